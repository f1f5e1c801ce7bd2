#pragma once

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
};

} // namespace syncsites::ui
