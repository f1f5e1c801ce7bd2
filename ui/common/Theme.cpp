#include "Theme.h"

#include <algorithm>
#include <cmath>

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QSvgRenderer>

namespace syncsites::ui {

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe7, 0xe9);
    const QColor muted(0x9a, 0x9e, 0xa6);
    const QColor accent(0x4f, 0x8c, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x37, 0x3a, 0x40));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb0, 0xf0));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3b, 0x3e, 0x44));
    p.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x37));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x74, 0x78, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x48, 0x4e));
    return p;
}

} // namespace

void Theme::apply(const QString& theme)
{
    if (theme == QLatin1String("dark")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    } else if (theme == QLatin1String("light")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        QApplication::setPalette(QPalette());
    }
}

QIcon Theme::selectableIcon(const QString& svgResource)
{
    QFile file(svgResource);
    if (!file.open(QIODevice::ReadOnly))
        return QIcon(svgResource);
    const QByteArray svg = file.readAll();
    const QByteArray white = QApplication::palette().color(QPalette::HighlightedText).name().toLatin1();
    QByteArray selected = svg;
    selected.replace("#4a6fa5", white).replace("currentColor", white);
    QSvgRenderer normalRenderer(svg);
    QSvgRenderer selectedRenderer(selected);
    QIcon icon;
    for (const int size : {16, 20, 22, 24, 32, 44, 48, 64}) {
        for (const auto& [renderer, mode] :
             {std::pair{&normalRenderer, QIcon::Normal}, std::pair{&selectedRenderer, QIcon::Selected}}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            renderer->render(&painter);
            painter.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

bool Theme::isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor Theme::healthTextColor(SyncHealth health)
{
    const bool dark = isDark();
    switch (health) {
    case SyncHealth::NeverSynced:
        return dark ? QColor(0xae, 0xb3, 0xbb) : QColor(0x5c, 0x61, 0x69);
    case SyncHealth::Synced:
        return dark ? QColor(0x5c, 0xc9, 0x8a) : QColor(0x1b, 0x73, 0x40);
    case SyncHealth::Late:
        return dark ? QColor(0xe8, 0xb8, 0x4a) : QColor(0x87, 0x57, 0x00);
    case SyncHealth::Stale:
        return dark ? QColor(0xf2, 0x9a, 0x5c) : QColor(0xa3, 0x44, 0x0b);
    case SyncHealth::Failing:
        return dark ? QColor(0xff, 0x8f, 0x8f) : QColor(0xb0, 0x2a, 0x2a);
    }
    return QApplication::palette().color(QPalette::Text);
}

double Theme::contrastRatio(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace syncsites::ui
