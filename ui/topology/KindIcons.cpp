#include "KindIcons.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

namespace syncsites::ui {

QString KindIcons::path(SiteKind kind)
{
    return QStringLiteral(":/icons/kinds/") + siteKindId(kind) + QStringLiteral(".svg");
}

QByteArray KindIcons::svg(SiteKind kind, const QColor& color)
{
    static QHash<int, QByteArray> files;
    auto it = files.find(int(kind));
    if (it == files.end()) {
        QFile file(path(kind));
        it = files.insert(int(kind), file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    }
    QByteArray data = it.value();
    data.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    return data;
}

QPixmap KindIcons::pixmap(SiteKind kind, int size, const QColor& color)
{
    static QHash<QString, QPixmap> cache;
    const QString key =
        siteKindId(kind) + QLatin1Char('/') + QString::number(size) + QLatin1Char('/') + color.name(QColor::HexArgb);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return it.value();
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QSvgRenderer renderer(svg(kind, color));
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    cache.insert(key, pixmap);
    return pixmap;
}

QIcon KindIcons::icon(SiteKind kind, const QColor& color)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(pixmap(kind, size, color));
    return icon;
}

void KindIcons::render(QPainter* painter, SiteKind kind, const QRectF& target, const QColor& color)
{
    QSvgRenderer renderer(svg(kind, color));
    renderer.render(painter, target);
}

} // namespace syncsites::ui
