#pragma once

#include "SiteKind.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

class QPainter;
class QRectF;

namespace syncsites::ui {

/// The icon of each site kind (resources/icons/kinds/<kind id>.svg), drawn in a given colour: the files stroke
/// with `currentColor`, which is replaced here so that icons follow the palette (light or dark).
class KindIcons
{
public:
    /// The resource path of a kind's icon.
    static QString path(SiteKind kind);
    /// A pixmap `size` device pixels square, cached per kind, size and colour.
    static QPixmap pixmap(SiteKind kind, int size, const QColor& color);
    /// For combo boxes and lists.
    static QIcon icon(SiteKind kind, const QColor& color);
    /// Draws the vector icon (for SVG export, where a pixmap would be embedded as an image).
    static void render(QPainter* painter, SiteKind kind, const QRectF& target, const QColor& color);

private:
    static QByteArray svg(SiteKind kind, const QColor& color);
};

} // namespace syncsites::ui
