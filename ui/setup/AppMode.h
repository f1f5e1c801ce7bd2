#pragma once

#include <QString>

#include <optional>

namespace syncsites::ui {

/// How the desktop app runs on this computer.
enum class AppMode
{
    Standalone, ///< a site with its own SQLite replica, synced by the engine
    Client,     ///< a client of a server (msupply_client, oms_desktop): no local data
    Console,    ///< administrators and supervisors connected to the central hub: no local data
};

QString appModeId(AppMode mode); ///< "standalone", "client", "console"
std::optional<AppMode> appModeFromId(QStringView id);
QString appModeLabel(AppMode mode); ///< translated

} // namespace syncsites::ui
