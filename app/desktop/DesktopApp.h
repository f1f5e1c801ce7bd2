#pragma once

#include "DesktopOptions.h"
#include "SignedInUser.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace syncsites {
class Database;
class HubApi;
class SecretStore;
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
    /// (after saying why).
    bool start();

    ui::MainWindow* window() const { return m_window.get(); }
    HubApi* api() const { return m_api; }
    SyncEngine* engine() const { return m_engine.get(); }
    const SignedInUser& user() const { return m_user; }

    /// Grabs every page into `folder` (for the documentation's screenshots).
    void grabPages(const QString& folder);

private:
    bool runSetup();
    void applySetup(const ui::SetupChoice& choice);
    bool openReplica();
    bool reinitReplica();
    bool signIn();
    void buildPages();
    void refreshFromHub();
    void sessionFinished(const SyncSummary& summary);
    void openSettings();
    void signOut();
    void setUpAgain();
    void showAbout();
    QString secretKey() const;
    bool fail(const QString& title, const QString& message);

    DesktopOptions m_options;
    std::unique_ptr<DemoEnvironment> m_demo;
    std::unique_ptr<ui::AppSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    HubApi* m_api;
    std::unique_ptr<Database> m_replica;
    std::unique_ptr<SyncEngine> m_engine;
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
