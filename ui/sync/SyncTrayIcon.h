#pragma once

#include "SyncState.h"
#include "SyncSummary.h"

#include <QIcon>
#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace syncsites {
class SyncEngine;
}

namespace syncsites::ui {

/// The sync state in the system tray: an icon per state (idle, syncing, failed, offline) with the state in its
/// tooltip, a menu with Sync now and Open, and a notification when a session fails.
///
/// It follows the engine's signals on its own; SyncPage::syncStateChanged can be connected to setState() so that
/// the tray also shows what the page read from the replica at start-up (offline before the first sync, say). Where
/// QSystemTrayIcon::isSystemTrayAvailable() is false (the offscreen platform, a desktop without a tray) the icon
/// stays hidden and everything else keeps working. The engine must outlive this object.
class SyncTrayIcon : public QObject
{
    Q_OBJECT

public:
    SyncTrayIcon(syncsites::SyncEngine& engine, QObject* parent);
    ~SyncTrayIcon() override;

    SyncState state() const { return m_state; }
    QString stateText() const { return m_text; }
    /// Whether the icon is shown (a system tray is available).
    bool isShown() const;
    /// The tray icon itself (for tests and for the owner's own menu entries).
    QSystemTrayIcon* trayIcon() const { return m_tray; }
    /// The icon shown for a state.
    static QIcon iconFor(SyncState state);

    /// Says, once per call, that the window was closed and SyncSites keeps syncing in the background (a
    /// notification from the icon); the text is returned for callers that show it otherwise.
    QString notifyRunningInBackground();

public slots:
    /// Shows this state and text (connect SyncPage::syncStateChanged here).
    void setState(syncsites::ui::SyncState state, const QString& text);

signals:
    /// "Open" was chosen in the menu, or the icon was clicked: bring the window up on the Sync page.
    void openRequested();
    /// "Quit" was chosen in the menu: the app stops (and automatic sync with it).
    void quitRequested();
    /// A notification about a failed session was shown (also when no tray shows it: for tests and logs).
    void failureNotified(const QString& title, const QString& message);

private:
    void onSessionFinished(const syncsites::SyncSummary& summary);

    syncsites::SyncEngine& m_engine;
    QSystemTrayIcon* m_tray;
    QMenu* m_menu;
    QAction* m_syncAction;
    QAction* m_openAction;
    QAction* m_quitAction;
    SyncState m_state = SyncState::Idle;
    SyncState m_lastEnded = SyncState::Idle; ///< how the last session that ended left things
    QString m_text;
};

} // namespace syncsites::ui
