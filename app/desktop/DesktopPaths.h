#pragma once

#include "DesktopOptions.h"

#include <QString>

namespace syncsites::app {

/// Where the desktop app keeps its own files on this computer, from its command line: the log, the settings, and
/// the file a running app claims (InstanceGuard). The demo keeps all of them in its folder.
class DesktopPaths
{
public:
    /// The demo's folder with --demo, else the user's local app data folder (QStandardPaths::AppLocalDataLocation).
    static QString dataFolder(const DesktopOptions& options);
    /// logs/syncsites.log in dataFolder().
    static QString logFile(const DesktopOptions& options);
    /// --settings FILE, the demo's settings.ini, or the platform's settings file (QSettings). Where the platform
    /// keeps settings in no file (the Windows registry), a name in dataFolder() stands for them.
    static QString settingsFile(const DesktopOptions& options);
    /// Whether settingsFile() is the file the settings are in (false: the registry's stand-in).
    static bool settingsAreAFile(const DesktopOptions& options);
    /// The file one running app has to itself: the replica of a site set up (the demo's, or the one the settings
    /// name), else the settings file (console and client modes, and before the set-up).
    static QString instanceFile(const DesktopOptions& options);
};

} // namespace syncsites::app
