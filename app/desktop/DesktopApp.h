#pragma once

#include "DesktopOptions.h"
#include "SignedInUser.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace syncsites {
class HubApiClient;
class SecretStore;
class LocalSite;
class SyncEngine;
struct SyncSummary;
namespace ui {
class AppSettings;
class DashboardPage;
class DataPage;
class MainWindow;
class StoresPage;
class SyncPage;
class SyncTrayIcon;
class TopologyPage;
struct SetupChoice;
} // namespace ui
} // namespace syncsites

namespace syncsites::app {

class DemoEnvironment;
class InstanceGuard;
class LogFile;

/// The desktop app's wiring: set-up on first run, the local replica and its sync engine (standalone mode), the
/// hub's API, sign-in, and the pages the signed-in user's role allows in the MainWindow shell. Owns everything it
/// starts; destroying it stops the engine and the demo hub.
class DesktopApp : public QObject
{
    Q_OBJECT

public:
    explicit DesktopApp(DesktopOptions options, QObject* parent = nullptr);
    ~DesktopApp() override;

    /// Runs set-up and sign-in and shows the window. False when the person cancelled or the app cannot start
    /// (after saying why). The demo signs its administrator in without a dialog: the pages follow when the hub
    /// answers (signedIn()).
    ///
    /// One app per replica (per settings file without one: InstanceGuard): when another one has it, that one is
    /// asked to show its window, this one says so on stderr and starts nothing (false; anotherInstanceRuns()).
    bool start();
    /// start() found the app running already for the same replica (or settings) and showed that one's window.
    bool anotherInstanceRuns() const { return m_anotherInstance; }

    ui::MainWindow* window() const { return m_window.get(); }
    HubApiClient* api() const { return m_api; }
    SyncEngine* engine() const;
    LocalSite* site() const { return m_site.get(); }
    const SignedInUser& user() const { return m_user; }

    /// Grabs every page into `folder` (for the documentation's screenshots).
    void grabPages(const QString& folder);

signals:
    /// A user is signed in and the pages of their role are built.
    void signedIn();

private:
    bool runSetup();
    void applySetup(const ui::SetupChoice& choice);
    bool openReplica();
    bool reinitReplica();
    bool signIn();
    /// The demo's administrator, signed in through the hub's API; the pages follow when it answers.
    void signInDemo();
    /// Pages for the user just signed in, and the first sync of the session.
    void enter();
    void buildPages();
    void refreshFromHub();
    void sessionFinished(const SyncSummary& summary);
    void openSettings();
    /// Pending work a page would lose (the Stores page's edits): asks; true when the caller may go on.
    bool mayDropWork();
    /// Closes the window for good (File → Quit, the tray's Quit, a set-up to run again): the app ends.
    void quit();
    void signOut();
    void setUpAgain();
    void showAbout();
    QString secretKey() const;
    bool fail(const QString& title, const QString& message);
    /// Claims `file` for this app (InstanceGuard); false when another app has it (after telling it or saying why).
    bool claimInstance(const QString& file);

    DesktopOptions m_options;
    std::unique_ptr<InstanceGuard> m_instance; ///< released last but the log: after the replica is closed
    std::unique_ptr<LogFile> m_log;
    bool m_anotherInstance = false;
    std::unique_ptr<DemoEnvironment> m_demo;
    std::unique_ptr<ui::AppSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    HubApiClient* m_api;
    std::unique_ptr<LocalSite> m_site; ///< standalone mode: this computer's site
    QString m_secret;
    SignedInUser m_user;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::SyncTrayIcon* m_tray = nullptr;
    QPointer<ui::TopologyPage> m_topologyPage;
    QPointer<ui::StoresPage> m_storesPage;
    QPointer<ui::SyncPage> m_syncPage;
    QPointer<ui::DashboardPage> m_dashboardPage;
    QPointer<ui::DataPage> m_dataPage;
    QTimer m_statusTimer;
    qint64 m_shownRevision = -1; ///< the network revision the pages show
    bool m_demoSignedIn = false;
    bool m_localShown = false;          ///< the replica's copy of the network is on the pages
    bool m_replicaMayBeCreated = false; ///< set by the set-up: only it makes a new replica
    bool m_damageAsked = false;         ///< the damaged replica's question was asked once this run
};

} // namespace syncsites::app
