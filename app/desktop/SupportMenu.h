#pragma once

#include "DesktopDiagnostics.h"
#include "DesktopOptions.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QMainWindow;
class QMenu;

namespace syncsites {
class LocalSite;
class SecretStore;
struct SignedInUser;
namespace ui {
class AppSettings;
} // namespace ui
} // namespace syncsites

namespace syncsites::app {

class LogFile;

/// Help → Copy diagnostics (DesktopDiagnostics on the clipboard) and Help → Save debug archive… (DebugArchive, then
/// "Saved …" with Open folder, as the dashboard's exports say). What it reads, it reads from the app's parts when
/// asked: the settings, the site (its sync log, on its database thread), the signed-in user, the log.
class SupportMenu : public QObject
{
    Q_OBJECT

public:
    /// The app's parts; they outlive this object (the app owns both). `site`, `secrets` and `log` may be null.
    struct Sources
    {
        DesktopOptions options;
        ui::AppSettings* settings = nullptr;
        LocalSite* site = nullptr;
        const SignedInUser* user = nullptr;
        SecretStore* secrets = nullptr;
        const LogFile* log = nullptr;
    };

    SupportMenu(Sources sources, QMainWindow* window, QObject* parent = nullptr);

    /// Adds the two actions (copyDiagnosticsAction, saveDebugArchiveAction) to `help`.
    void addTo(QMenu* help);

    /// Collects the diagnostics; `done` runs on this thread when they are (a site's log is read on its thread).
    void collect(std::function<void(const QString&)> done);
    /// Puts the diagnostics on the clipboard; diagnosticsCopied() follows.
    void copyDiagnostics();
    /// Writes the debug archive to `file` and says so in a box (debugArchiveSavedBox, with Open folder) or why not
    /// (debugArchiveFailedBox); debugArchiveSaved() or debugArchiveFailed() follows.
    void saveDebugArchive(const QString& file);

signals:
    void diagnosticsCopied(const QString& text);
    void debugArchiveSaved(const QString& file);
    void debugArchiveFailed(const QString& message);

private:
    void chooseArchiveFile();
    DesktopDiagnostics::Facts facts() const;
    /// The INI file of the settings; empty for the platform's own place (QSettings()).
    QString settingsIni() const;

    Sources m_sources;
    QPointer<QMainWindow> m_window;
};

} // namespace syncsites::app
