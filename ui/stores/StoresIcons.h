#pragma once

#include <QIcon>

namespace syncsites::ui {

/// The Stores page's small icons, drawn from SVG held in the code.
class StoresIcons
{
public:
    /// A red warning sign for the cells, rows and columns a violation names.
    static QIcon warning();
    /// The colour of violation markers: a red readable on light and dark palettes.
    static QColor violationColor();
};

} // namespace syncsites::ui
