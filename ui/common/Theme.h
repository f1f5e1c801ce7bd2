#pragma once

#include <QIcon>
#include <QString>

class QApplication;

namespace syncsites::ui {

/// The app's look: the Fusion style with a light or dark palette, or the system's. Every page uses palette roles
/// (and syncHealthColor / SyncTypeStyle, chosen to read on both), so switching needs no page to know.
class Theme
{
public:
    /// "system", "light" or "dark".
    static void apply(const QString& theme);
    static bool isDark();
    /// An SVG icon that stays readable on a selection: drawn as it is normally, and in the palette's
    /// highlighted-text colour when selected (navigation lists).
    static QIcon selectableIcon(const QString& svgResource);
};

} // namespace syncsites::ui
