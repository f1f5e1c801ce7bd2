#include "DesktopPaths.h"

#include "AppSettings.h"
#include "DemoEnvironment.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace syncsites::app {

QString DesktopPaths::dataFolder(const DesktopOptions& options)
{
    if (!options.demoFolder.isEmpty())
        return QDir(options.demoFolder).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString DesktopPaths::logFile(const DesktopOptions& options)
{
    return QDir(dataFolder(options)).filePath(QStringLiteral("logs/syncsites.log"));
}

bool DesktopPaths::settingsAreAFile(const DesktopOptions& options)
{
#ifdef Q_OS_WIN
    return !options.settingsFile.isEmpty() || !options.demoFolder.isEmpty() ||
           QSettings::defaultFormat() != QSettings::NativeFormat;
#else
    Q_UNUSED(options)
    return true; // macOS's property lists and Unix's INI files are files
#endif
}

QString DesktopPaths::settingsFile(const DesktopOptions& options)
{
    if (!options.demoFolder.isEmpty())
        return DemoEnvironment::settingsPathIn(options.demoFolder);
    if (!options.settingsFile.isEmpty())
        return QDir().absoluteFilePath(options.settingsFile);
    if (!settingsAreAFile(options))
        return QDir(dataFolder(options)).filePath(QStringLiteral("settings"));
    return QSettings().fileName();
}

QString DesktopPaths::instanceFile(const DesktopOptions& options)
{
    if (!options.demoFolder.isEmpty())
        return DemoEnvironment::replicaPathIn(options.demoFolder);
    const ui::AppSettings settings(options.settingsFile);
    if (settings.isConfigured() && settings.mode() == ui::AppMode::Standalone && !settings.replicaPath().isEmpty())
        return QDir().absoluteFilePath(settings.replicaPath());
    return settingsFile(options);
}

} // namespace syncsites::app
