#include "StoresIcons.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace syncsites::ui {

namespace {

const char kWarningSvg[] = R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">
<path d="M8 1 L15.5 14.5 L0.5 14.5 Z" fill="#d32f2f" stroke="#ffffff" stroke-width="0.8"/>
<rect x="7.2" y="5" width="1.6" height="5.5" fill="#ffffff"/>
<rect x="7.2" y="11.6" width="1.6" height="1.6" fill="#ffffff"/>
</svg>)";

} // namespace

QIcon StoresIcons::warning()
{
    static const QIcon icon = [] {
        QSvgRenderer renderer(QByteArray::fromRawData(kWarningSvg, int(sizeof(kWarningSvg) - 1)));
        QIcon result;
        for (int size : {16, 32}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            renderer.render(&painter);
            painter.end();
            result.addPixmap(pixmap);
        }
        return result;
    }();
    return icon;
}

QColor StoresIcons::violationColor()
{
    return QColor(0xd3, 0x2f, 0x2f);
}

} // namespace syncsites::ui
