#include "DesktopApp.h"

#include "AdminPage.h"
#include "AppSettings.h"
#include "ClientDataPage.h"
#include "DashboardPage.h"
#include "DataPage.h"
#include "DemoEnvironment.h"
#include "DesktopPaths.h"
#include "HubApiClient.h"
#include "InstanceGuard.h"
#include "LocalSite.h"
#include "LogFile.h"
#include "MainWindow.h"
#include "OfflineSignIn.h"
#include "ReinitProgress.h"
#include "ReplicaConfig.h"
#include "SecretStore.h"
#include "SettingsDialog.h"
#include "SetupWizard.h"
#include "SignInDialog.h"
#include "StoresPage.h"
#include "SupportMenu.h"
#include "SyncEngine.h"
#include "SyncPage.h"
#include "SyncTrayIcon.h"
#include "Theme.h"
#include "TopologyPage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLibraryInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTranslator>

#include <cstdio>
#include <utility>

namespace syncsites::app {

using namespace syncsites::ui;

DesktopApp::DesktopApp(DesktopOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_api(new HubApiClient(this))
{
    m_statusTimer.setInterval(60 * 1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &DesktopApp::refreshFromHub);
    connect(m_api, &HubApiClient::reachabilityChanged, this, [this](bool reachable) {
        if (m_window)
            m_window->setConnection(reachable, reachable ? tr("Online") : tr("Offline"));
    });
    connect(m_api, &HubApiClient::signInRequired, this, [this](const QString& reason) {
        if (!m_window || m_user.offline)
            return;
        m_statusTimer.stop();
        // Unapplied sync-type edits survive only the same person signing in again: say so before they choose.
        const bool pending = m_storesPage && m_storesPage->hasPendingEdits();
        QMessageBox box(QMessageBox::Information, tr("Sign in again"),
                        tr("The server ended your session: %1").arg(reason), QMessageBox::Ok, m_window.get());
        if (pending)
            box.setInformativeText(tr("Sign in again as %1 to keep the sync-type edits not yet applied; if someone "
                                      "else signs in, they are discarded.")
                                       .arg(m_user.username));
        box.setObjectName(QStringLiteral("sessionEndedBox"));
        box.exec();
        const SignedInUser before = m_user;
        m_user = SignedInUser();
        if (!signIn())
            return;
        // The same person again: keep the pages (an administrator's unapplied edits stay); anyone else: rebuild.
        if (m_user.username == before.username && m_user.role == before.role && m_user.offline == before.offline) {
            refreshFromHub();
            m_statusTimer.start();
        } else {
            buildPages();
        }
    });
}

DesktopApp::~DesktopApp()
{
    m_statusTimer.stop();
    m_window.reset(); // pages first: they hold the site
    m_tray = nullptr;
    m_site.reset(); // stops its engine, finishes its work, closes the replica
    m_demo.reset();
    m_instance.reset(); // the replica is closed: another start may have it now
    m_log.reset();
}

SyncEngine* DesktopApp::engine() const
{
    return m_site ? &m_site->engine() : nullptr;
}

bool DesktopApp::fail(const QString& title, const QString& message)
{
    QMessageBox::critical(m_window.get(), title, message);
    return false;
}

QString DesktopApp::secretKey() const
{
    return QStringLiteral("site:%1@%2").arg(m_settings->siteName(), QUrl(m_settings->serverUrl()).authority());
}

bool DesktopApp::claimInstance(const QString& file)
{
    if (!m_instance) {
        m_instance = std::make_unique<InstanceGuard>();
        connect(m_instance.get(), &InstanceGuard::showRequested, this,
                [this] { InstanceGuard::bringToFront(m_window.get()); });
    }
    const InstanceGuard::Claim claim = m_instance->claim(file);
    if (claim == InstanceGuard::Claim::Ours)
        return true;
    m_anotherInstance = claim == InstanceGuard::Claim::OtherTold;
    if (!m_anotherInstance)
        return fail(tr("SyncSites is already running"), m_instance->refusal(file));
    std::fprintf(stderr, "%s\n", qPrintable(m_instance->refusal(file)));
    return false;
}

bool DesktopApp::start()
{
    // Before anything else: a second start for the same replica starts no demo hub and writes no log.
    if (!claimInstance(DesktopPaths::instanceFile(m_options)))
        return false;
    m_log = std::make_unique<LogFile>(DesktopPaths::logFile(m_options),
                                      LogFile::Limits{m_options.logMaxBytes, m_options.logFiles});
    m_log->install();

    QString settingsFile = m_options.settingsFile;
    QString secretsFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!m_options.demoFolder.isEmpty()) {
        Result<std::unique_ptr<DemoEnvironment>> demo =
            DemoEnvironment::start(m_options.demoFolder, m_options.demoRecords);
        if (!demo)
            return fail(tr("The demo cannot start"), demo.error().message);
        m_demo = std::move(demo).value();
        settingsFile = m_demo->settingsPath();
        secretsFolder = QFileInfo(m_demo->replicaPath()).absolutePath();
        qputenv("SYNCSITES_NO_KEYCHAIN", "1"); // the demo's secret stays in the demo folder
    }
    m_settings = std::make_unique<AppSettings>(settingsFile);
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("SyncSites"), secretsFolder);
    Theme::apply(m_settings->theme());
    // The language chosen in Settings (read at each start) or the system's: the app's strings (translations/,
    // embedded under :/i18n), Qt's own (standard buttons and dialogs) and QLocale's default (dates, numbers).
    const QLocale locale = m_settings->language().isEmpty() ? QLocale::system() : QLocale(m_settings->language());
    QLocale::setDefault(locale);
    for (const auto& [name, folder] :
         {std::pair{QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
          std::pair{QStringLiteral("syncsites"), QStringLiteral(":/i18n")}}) {
        auto* translator = new QTranslator(this);
        // Qt ships Portuguese as Brazil's only (qtbase_pt_BR): closer for Qt's own buttons than English.
        if (translator->load(locale, name, QStringLiteral("_"), folder) ||
            (name == QLatin1String("qtbase") && locale.language() == QLocale::Portuguese &&
             translator->load(QStringLiteral("qtbase_pt_BR"), folder)))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }

    if (m_demo) {
        // Every start serves the hub on a new port: the replica follows it (its cursors belong to the hub's id,
        // not its address, so nothing is pulled again).
        m_settings->setMode(AppMode::Standalone);
        m_settings->setServerUrl(m_demo->hubUrl());
        m_settings->setSiteName(QLatin1String(DemoEnvironment::siteName));
        m_settings->setReplicaPath(m_demo->replicaPath());
        if (Status s = m_secrets->write(secretKey(), m_demo->siteSecret()); !s)
            return fail(tr("The demo cannot start"), s.error().message);
    } else if (!m_settings->isConfigured() && !runSetup()) {
        return false;
    }
    m_api->setServer(QUrl(m_settings->serverUrl()));
    m_api->setCaCertificateFile(m_settings->caCertificateFile());
    m_api->setProxy(m_settings->proxyUrl());

    if (m_settings->mode() == AppMode::Standalone && m_settings->reinitPending() && !reinitReplica())
        return false;
    if (m_settings->mode() == AppMode::Standalone && !openReplica())
        return false;

    m_window = std::make_unique<MainWindow>();
    m_window->rememberIn(m_settings.get(), QGuiApplication::primaryScreen()->availableGeometry());
    m_window->setCloseGuard([this] { return mayDropWork(); });
    // Closing the window of a site leaves it syncing from the tray, unless the person turned that off.
    m_window->setKeepRunningOnClose([this] { return m_settings->closeToTray() && m_tray && m_tray->isShown(); });
    connect(m_window.get(), &MainWindow::hiddenToBackground, this, [this] {
        if (m_settings->trayNoticeShown() || !m_tray)
            return;
        m_tray->notifyRunningInBackground(); // once: people learn where the app went
        m_settings->setTrayNoticeShown(true);
    });
    QMenu* file = m_window->fileMenu();
    QAction* settings = file->addAction(tr("&Settings…"), this, &DesktopApp::openSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setObjectName(QStringLiteral("settingsAction"));
    file->addAction(tr("Sign &out"), this, &DesktopApp::signOut)->setObjectName(QStringLiteral("signOutAction"));
    file->addAction(tr("Set &up again…"), this, &DesktopApp::setUpAgain);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &DesktopApp::quit);
    quit->setShortcut(QKeySequence::Quit);
    QAction* dark = m_window->viewMenu()->addAction(tr("&Dark appearance"));
    dark->setCheckable(true);
    dark->setChecked(Theme::isDark());
    dark->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(dark, &QAction::toggled, this, [this](bool on) {
        m_settings->setTheme(on ? QStringLiteral("dark") : QStringLiteral("light"));
        Theme::apply(m_settings->theme());
    });
    QAction* refresh =
        m_window->viewMenu()->addAction(tr("&Refresh from the server"), this, &DesktopApp::refreshFromHub);
    refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)); // F5 belongs to the pages
    auto* support = new SupportMenu({m_options, m_settings.get(), m_site.get(), &m_user, m_secrets.get(), m_log.get()},
                                    m_window.get(), this);
    support->addTo(m_window->helpMenu());
    m_window->helpMenu()->addSeparator();
    m_window->helpMenu()->addAction(tr("&About SyncSites"), this, &DesktopApp::showAbout);

    const QString place =
        m_settings->mode() == AppMode::Console
            ? tr("Network console on %1").arg(m_settings->serverUrl())
            : tr("%1 (%2) — server %3")
                  .arg(m_settings->siteName(), appModeLabel(m_settings->mode()), m_settings->serverUrl());
    m_window->setPlace(place);
    m_window->setConnection(true, tr("Online"));
    m_window->show();

    if (m_demo && !m_demoSignedIn) {
        signInDemo();
        return true;
    }
    if (!signIn())
        return false;
    enter();
    return true;
}

void DesktopApp::enter()
{
    buildPages();
    if (m_site && (m_demo || m_user.offline == false))
        m_site->engine().syncNow(); // bring the site up to date as the app opens
    emit signedIn();
}

void DesktopApp::signInDemo()
{
    // The demo signs its administrator in once, as the README promises; after signing out, the dialog.
    m_demoSignedIn = true;
    m_api->signIn(QLatin1String(DemoEnvironment::adminUsername),
                  m_demo->password(QLatin1String(DemoEnvironment::adminUsername)), this,
                  [this](Result<SignedInUser> user) {
                      if (!user) {
                          fail(tr("The demo cannot start"), user.error().message);
                          quit();
                          return;
                      }
                      m_user = *user;
                      enter();
                  });
}

bool DesktopApp::runSetup()
{
    const QString defaultReplica =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("site.sqlite"));
    SetupWizard wizard(*m_api, defaultReplica);
    // "Set up again" keeps the values: the person changes what changed, not everything from memory.
    wizard.prefill(SetupWizard::lastUsed(*m_settings));
    if (wizard.exec() != QDialog::Accepted)
        return false; // a pending set-up stays pending: it runs again at the next start
    applySetup(wizard.choice());
    m_settings->setSetupPending(false);
    m_settings->sync();
    m_replicaMayBeCreated = true;
    return true;
}

void DesktopApp::applySetup(const SetupChoice& choice)
{
    m_settings->setMode(choice.mode);
    m_settings->setServerUrl(choice.serverUrl);
    m_settings->setCaCertificateFile(choice.caCertificateFile);
    m_settings->setProxyUrl(choice.proxyUrl);
    m_settings->setSiteName(choice.siteName);
    if (choice.mode == AppMode::Standalone) {
        m_settings->setReplicaPath(choice.replicaPath);
        if (Status s = m_secrets->write(secretKey(), choice.siteSecret); !s)
            QMessageBox::warning(nullptr, tr("The secret was not saved"), s.error().message);
    }
    if (!choice.user.username.isEmpty()) {
        m_user = choice.user;
        m_settings->setLastUsername(choice.user.username);
    }
    m_settings->sync();
}

bool DesktopApp::openReplica()
{
    const QString path = m_settings->replicaPath();
    if (!claimInstance(path)) // a replica just chosen in the set-up, or another set-up's
        return false;
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Only the set-up (and the demo's first start) makes a replica: one that went missing or was emptied since is
    // never silently replaced by an empty one (its unsent changes would be lost, and the hub would refuse it).
    // Only the set-up (and the demo's first start) makes a replica: one that went missing or was emptied since is
    // never silently replaced by an empty one (its unsent changes would be lost, and the hub would refuse it).
    SiteOptions options;
    options.createIfMissing = m_replicaMayBeCreated || (m_demo && !QFileInfo::exists(path));
    options.session.appVersion = QCoreApplication::applicationVersion();
    Result<std::unique_ptr<LocalSite>> site = LocalSite::open(path, options);
    if (!site) {
        const QString code = site.error().code;
        if (m_demo || (code != QLatin1String("database_missing") && code != QLatin1String("database_empty")))
            return fail(tr("The site's data cannot be opened"), site.error().message);
        QMessageBox box(QMessageBox::Critical, tr("The site's data is missing"),
                        tr("%1\n\nRestore the file from a backup and start again, or set this site up again "
                           "(the network administrator must first release the site's binding on the server).")
                            .arg(site.error().message),
                        QMessageBox::Close);
        box.setObjectName(QStringLiteral("replicaMissingBox"));
        QPushButton* again = box.addButton(tr("Set up again…"), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() != again || !runSetup())
            return false;
        return openReplica();
    }
    const ReplicaConfig config = (*site)->config();
    if (!config.siteName.isEmpty() && config.siteName != m_settings->siteName())
        return fail(tr("This data file belongs to another site"),
                    tr("%1 holds the data of \"%2\", not \"%3\". Choose another data file in the set-up.")
                        .arg(path, config.siteName, m_settings->siteName()));
    // Where the server is: the replica's own configuration is the one source of truth once it has one (the cli may
    // have changed it since); a replica just set up (or the demo's, on a new port) takes the set-up's choice. The
    // app's settings keep a copy, for a start that cannot open the replica (a re-initialisation).
    if (m_replicaMayBeCreated || m_demo || !config.isRegistered()) {
        ReplicaConfig chosen = config;
        chosen.serverUrl = m_settings->serverUrl();
        chosen.siteName = m_settings->siteName();
        chosen.caCertificatePath = m_settings->caCertificateFile();
        chosen.proxyUrl = m_settings->proxyUrl();
        if (Status s = (*site)->saveConfigNow(chosen); !s)
            return fail(tr("The site's data cannot be opened"), s.error().message);
    } else {
        m_settings->setServerUrl(config.serverUrl);
        m_settings->setCaCertificateFile(config.caCertificatePath);
        m_settings->setProxyUrl(config.proxyUrl);
        m_settings->sync();
        m_api->setServer(QUrl(config.serverUrl));
        m_api->setCaCertificateFile(config.caCertificatePath);
        m_api->setProxy(config.proxyUrl);
    }
    Result<QString> secret = m_secrets->read(secretKey());
    if (!secret) {
        // A new keychain, or the secret was removed: ask for it again rather than refuse to start.
        bool entered = false;
        const QString typed = QInputDialog::getText(
            nullptr, tr("The site's secret"),
            tr("This computer holds no secret for %1 (a new or locked keychain, or it was removed). Enter the "
               "site's secret; the network administrator has it.")
                .arg(m_settings->siteName()),
            QLineEdit::Password, QString(), &entered);
        if (!entered || typed.isEmpty())
            return fail(tr("The site's secret is missing"), secret.error().message);
        if (Status s = m_secrets->write(secretKey(), typed); !s)
            QMessageBox::warning(nullptr, tr("The secret was not saved"), s.error().message);
        secret = typed;
    }
    m_secret = *secret;
    m_site = std::move(site).value();
    m_site->setSecret(m_secret);
    connect(&m_site->engine(), &SyncEngine::sessionFinished, this, &DesktopApp::sessionFinished);
    return true;
}

bool DesktopApp::signIn()
{
    if (!m_user.username.isEmpty() && !m_api->token().isEmpty())
        return true; // signed in by the set-up wizard
    SignInDialog::OfflineCheck offline;
    if (m_site)
        offline = [this](const QString& username, const QString& password) {
            return OfflineSignIn(*m_site).signIn(username, password);
        };
    SignInDialog dialog(*m_api, offline, m_window.get());
    dialog.setUsername(m_settings->lastUsername());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_user = dialog.user();
    m_settings->setLastUsername(m_user.username);
    return true;
}

void DesktopApp::buildPages()
{
    m_window->removeAllPages();
    // The new Sync page tells again whether the clock is off.
    m_window->setClockWarning(QString(), QString());
    m_shownRevision = -1; // new pages: show the network whatever its revision
    m_localShown = false;
    const bool staff = m_user.role == UserRole::FieldStaff;
    if (!staff) {
        m_topologyPage = new TopologyPage;
        m_topologyPage->setHubApi(m_user.offline ? nullptr : m_api);
        m_window->addPage(QStringLiteral("topology"), m_topologyPage, tr("Network"), QStringLiteral("network"));
        m_storesPage = new StoresPage;
        m_storesPage->setHubApi(m_user.offline ? nullptr : m_api);
        m_storesPage->setEditable(m_user.mayEditNetwork() && !m_user.offline);
        connect(m_storesPage, &StoresPage::topologyApplied, this, [this](const RevisedTopology& revised) {
            m_shownRevision = std::max(m_shownRevision, revised.revision);
            if (m_topologyPage)
                m_topologyPage->setNetwork(revised.topology);
        });
        connect(m_storesPage, &StoresPage::reviewRequested, this,
                [this] { m_window->showPage(QStringLiteral("stores")); });
        m_window->addPage(QStringLiteral("stores"), m_storesPage, tr("Stores"), QStringLiteral("stores"));
    }
    if (m_site) {
        m_syncPage = new SyncPage(*m_site);
        m_window->addPage(QStringLiteral("sync"), m_syncPage, tr("Sync"), QStringLiteral("sync"));
        if (!m_tray) {
            m_tray = new SyncTrayIcon(m_site->engine(), this);
            connect(m_tray, &SyncTrayIcon::quitRequested, this, &DesktopApp::quit);
            connect(m_tray, &SyncTrayIcon::openRequested, this, [this] {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
                m_window->showPage(QStringLiteral("sync"));
            });
        }
        connect(m_syncPage, &SyncPage::syncStateChanged, m_tray, &SyncTrayIcon::setState);
        connect(m_syncPage, &SyncPage::syncStateChanged, this,
                [this](SyncState, const QString& text) { m_window->setSyncState(text); });
        connect(m_syncPage, &SyncPage::clockWarningChanged, m_window.get(), &MainWindow::setClockWarning);
    }
    m_dashboardPage = new DashboardPage;
    m_dashboardPage->setHubApi(m_user.offline ? nullptr : m_api);
    m_window->addPage(QStringLiteral("dashboard"), m_dashboardPage, tr("Dashboard"), QStringLiteral("dashboard"));
    if (m_settings->mode() == AppMode::Client) {
        // No local data: the client site's stores through its server.
        auto* page = new ClientDataPage(*m_api, m_settings->siteName());
        m_window->addPage(QStringLiteral("data"), page, tr("Data"), QStringLiteral("data"));
        if (!m_user.offline)
            page->reload();
    } else if (m_settings->mode() != AppMode::Console) {
        m_dataPage = new DataPage;
        m_dataPage->setSite(m_site.get());
        // Supervisors change nothing; field staff change the stores of the sites they work at.
        const bool worksHere = m_user.isAdministrator() || m_user.sites.contains(m_settings->siteName());
        if (m_user.role == UserRole::Supervisor)
            m_dataPage->setEditable(false, tr("Supervisors see every store's data but change none."));
        else if (!worksHere)
            m_dataPage->setEditable(false, tr("%1 does not work at %2: its stores are read-only for them.")
                                               .arg(m_user.username, m_settings->siteName()));
        m_window->addPage(QStringLiteral("data"), m_dataPage, tr("Data"), QStringLiteral("data"));
    }
    if (m_user.mayEditNetwork() && !m_user.offline && m_settings->mode() != AppMode::Client) {
        // Administrators, in console mode and at a site: sites, installations, secrets, stores' homes.
        auto* admin = new AdminPage(*m_api);
        connect(admin, &AdminPage::networkChanged, this, &DesktopApp::refreshFromHub);
        m_window->addPage(QStringLiteral("administration"), admin, tr("Administration"), QStringLiteral("admin"));
        admin->reload();
    }
    if (m_topologyPage) // the site a supervisor drilled into is the one selected on the network page
        connect(m_dashboardPage, &DashboardPage::siteActivated, m_topologyPage,
                [page = m_topologyPage](const QString& site) { page->findSite(site); });
    if (!m_window->showRememberedPage())
        m_window->showPage(staff                                 ? QStringLiteral("sync")
                           : m_user.role == UserRole::Supervisor ? QStringLiteral("dashboard")
                                                                 : QStringLiteral("topology"));
    m_window->setIdentity(tr("%1 — %2%3")
                              .arg(m_user.fullName.isEmpty() ? m_user.username : m_user.fullName,
                                   userRoleLabel(m_user.role), m_user.offline ? tr(" (offline)") : QString()));
    refreshFromHub();
    m_statusTimer.start();
}

void DesktopApp::refreshFromHub()
{
    if (!m_window)
        return;
    const auto showLocal = [this] {
        // Offline (or no hub rights): the network as this site last received it; read again only after a sync
        // (the minute timer would otherwise reset the pages under the cursor).
        if (!m_site || m_localShown)
            return;
        m_localShown = true;
        m_site->topology().then(this, [this](Result<Topology> local) {
            if (!local)
                return;
            if (m_topologyPage)
                m_topologyPage->setNetwork(*local);
            if (m_storesPage)
                m_storesPage->setTopology(*local);
        });
    };
    if (m_user.offline || m_user.role == UserRole::FieldStaff) {
        showLocal();
    } else {
        m_api->fetchTopology(this, [this, showLocal](Result<RevisedTopology> revised) {
            if (!revised)
                return showLocal();
            // Only a newer network is shown: an unchanged one would reset the matrix under the cursor and lay the
            // drawing out again every minute, and an answer overtaken by an edit must not bring the old one back.
            if (revised->revision <= m_shownRevision)
                return;
            m_shownRevision = revised->revision;
            if (m_topologyPage)
                m_topologyPage->setNetwork(revised->topology);
            if (m_storesPage && !m_storesPage->hasPendingEdits())
                m_storesPage->setRevisedTopology(*revised);
        });
        m_api->fetchSiteStatuses(this, [this](Result<SiteStatusList> statuses) {
            if (statuses && m_topologyPage)
                m_topologyPage->setStatuses(*statuses);
        });
    }
    if (m_dashboardPage && !m_user.offline)
        m_dashboardPage->refresh();
}

bool DesktopApp::reinitReplica()
{
    const QString title = tr("The site cannot be set up again");
    const Result<QString> secret = m_secrets->read(secretKey());
    if (!secret)
        return fail(title, secret.error().message);
    ReplicaConfig server;
    server.siteName = m_settings->siteName();
    server.serverUrl = m_settings->serverUrl();
    server.caCertificatePath = m_settings->caCertificateFile();
    server.proxyUrl = m_settings->proxyUrl();
    const Result<ReplicaReinit::Report> report =
        ReinitProgress::run(nullptr, m_settings->replicaPath(), *secret, server);
    if (!report) {
        // A file too damaged to read its settings cannot be set up again from: the question is not asked again.
        if (report.error().code == QLatin1String("replica_unreadable") ||
            report.error().code == QLatin1String("replica_not_set_up")) {
            m_settings->setReinitPending(false);
            m_settings->sync();
        }
        return fail(title, report.error().message);
    }
    if (report->pulled.outcome != SyncOutcome::Success && report->pulled.outcome != SyncOutcome::Partial)
        return fail(title,
                    tr("Copying the site's data from the server did not finish: %1\n\nStart SyncSites again "
                       "when the server can be reached; it resumes, and the changes not yet sent are kept "
                       "in %2.")
                        .arg(report->pulled.failure ? report->pulled.failure->text() : QString(), report->exportPath));
    m_settings->setReinitPending(false);
    m_settings->sync();
    // Short enough for a 1024x600 screen at 200%; the paths (long) go to the details.
    QMessageBox done(QMessageBox::Information, tr("Set up again"),
                     tr("%1 is set up again from the server.").arg(m_settings->siteName()), QMessageBox::Ok);
    done.setInformativeText(
        tr("Changes made here and not yet sent that were carried over: %1.").arg(report->written) +
        (report->refused.isEmpty()
             ? QString()
             : QLatin1Char(' ') + tr("Not carried over (refused here): %1.").arg(report->refused.size())));
    QStringList details{tr("The changes carried over are listed in %1.").arg(report->exportPath)};
    if (!report->asidePath.isEmpty())
        details << tr("The damaged file is kept at %1.").arg(report->asidePath);
    if (!report->refused.isEmpty())
        details << tr("Not carried over: %1").arg(report->refused.join(QLatin1String("; ")));
    done.setDetailedText(details.join(QLatin1Char('\n')));
    done.setObjectName(QStringLiteral("reinitDoneBox"));
    done.exec();
    return true;
}

void DesktopApp::sessionFinished(const SyncSummary& summary)
{
    // A damaged replica does not sync (ReplicaHealth): offer to set the site up again, once per run.
    if (summary.failure && summary.failure->code == QLatin1String("replica_damaged") && !m_damageAsked) {
        m_damageAsked = true;
        // Short enough for a 1024x600 screen at 200%; the file and what the check found go to the details.
        QMessageBox box(QMessageBox::Warning, tr("The site's data is damaged"),
                        tr("This computer's copy of the site's data is damaged. Sync is stopped so that the damage "
                           "does not spread."),
                        QMessageBox::Yes | QMessageBox::No, m_window.get());
        box.setInformativeText(tr("Set the site up again from the server? SyncSites closes; at its next start it "
                                  "keeps the changes not yet sent and sends them again."));
        box.setDetailedText(summary.failure->message);
        box.setObjectName(QStringLiteral("replicaDamagedBox"));
        if (box.exec() == QMessageBox::Yes) {
            m_settings->setReinitPending(true);
            m_settings->sync();
            quit();
            return;
        }
    }
    m_localShown = false; // the sync may have brought a changed network
    if (m_dataPage)
        m_dataPage->reload();
    refreshFromHub();
}

void DesktopApp::openSettings()
{
    SettingsDialog::Values values;
    // A site's own configuration is the truth; without a replica (console and client modes), the app's settings.
    values.serverUrl = m_site ? m_site->config().serverUrl : m_settings->serverUrl();
    values.caCertificateFile = m_site ? m_site->config().caCertificatePath : m_settings->caCertificateFile();
    values.proxyUrl = m_site ? m_site->config().proxyUrl : m_settings->proxyUrl();
    values.language = m_settings->language();
    values.theme = m_settings->theme();
    values.intervalSeconds = m_site ? m_site->config().intervalSeconds : -1;
    values.secretBackend = m_site ? m_secrets->lastBackend() : QString();
    values.closeToTray = m_settings->closeToTray();
    values.trayAvailable = m_tray && m_tray->isShown();
    SettingsDialog dialog(values, m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SettingsDialog::Values chosen = dialog.values();
    const bool serverChanged = chosen.serverUrl != (m_site ? m_site->config().serverUrl : m_settings->serverUrl());
    m_settings->setServerUrl(chosen.serverUrl);
    m_settings->setCaCertificateFile(chosen.caCertificateFile);
    m_settings->setProxyUrl(chosen.proxyUrl);
    m_settings->setLanguage(chosen.language);
    m_settings->setTheme(chosen.theme);
    m_settings->setCloseToTray(chosen.closeToTray);
    m_settings->sync();
    Theme::apply(chosen.theme);
    m_api->setServer(QUrl(chosen.serverUrl));
    m_api->setCaCertificateFile(chosen.caCertificateFile);
    m_api->setProxy(chosen.proxyUrl);
    if (m_site) {
        ReplicaConfig config = m_site->config();
        config.serverUrl = chosen.serverUrl;
        config.caCertificatePath = chosen.caCertificateFile;
        config.proxyUrl = chosen.proxyUrl;
        config.intervalSeconds = chosen.intervalSeconds;
        m_site->saveConfig(config).then(this, [this](const Status& saved) {
            if (!saved)
                QMessageBox::warning(m_window.get(), tr("Settings not saved"), saved.error().message);
        });
        if (!chosen.newSecret.isEmpty()) {
            // The administrator made a new one (the old one stopped working): the next sync uses it.
            m_secret = chosen.newSecret;
            m_site->setSecret(m_secret);
        }
        if (serverChanged || !chosen.newSecret.isEmpty())
            m_secrets->write(secretKey(), m_secret); // the secret follows the server it is for
    }
}

void DesktopApp::quit()
{
    const bool hidden = m_window->isHidden();
    if (m_window->quit() && hidden)
        QCoreApplication::quit(); // closing a window already hidden in the tray is not "the last window closed"
}

bool DesktopApp::mayDropWork()
{
    return !m_storesPage || m_storesPage->mayDropPendingEdits();
}

void DesktopApp::signOut()
{
    if (!mayDropWork())
        return;
    m_statusTimer.stop();
    m_api->signOut();
    m_user = SignedInUser();
    m_window->removeAllPages();
    m_window->setIdentity(QString());
    if (signIn())
        buildPages();
    else
        quit();
}

void DesktopApp::setUpAgain()
{
    const auto answer = QMessageBox::question(
        m_window.get(), tr("Set up again"),
        tr("Choose how this computer works with the network again? The app closes; the site's data stays on disk "
           "and the set-up runs at the next start."));
    if (answer != QMessageBox::Yes || !mayDropWork())
        return;
    // The values stay, for the wizard to start from; only the flag makes the next start run it.
    m_settings->setSetupPending(true);
    m_settings->sync();
    quit();
}

void DesktopApp::showAbout()
{
    QMessageBox::about(m_window.get(), tr("About SyncSites"),
                       tr("<b>SyncSites %1</b><p>Sync sites for health supply networks: each store Active on one "
                          "site, Collector copies for reports, Transfer partners for stock transfers.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void DesktopApp::grabPages(const QString& folder)
{
    QDir().mkpath(folder);
    // A common laptop screen (1366x768) unless --screenshot-size says otherwise: the window as a person sees it.
    m_window->setWindowState(Qt::WindowNoState);
    m_window->resize(m_options.screenshotSize.isValid() ? m_options.screenshotSize : QSize(1366, 768));
    const auto save = [&](const QString& name) {
        QApplication::processEvents();
        m_window->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    };
    for (const QString& id : m_window->pageIds()) {
        m_window->showPage(id);
        QApplication::processEvents();
        // What the page needs at least: a window smaller than this cuts its right or bottom edge off.
        const QSize least = m_window->pageMinimumSize(id);
        qInfo("%s", qPrintable(QStringLiteral("%1: window %2x%3, the page needs at least %4x%5")
                                   .arg(id)
                                   .arg(m_window->width())
                                   .arg(m_window->height())
                                   .arg(least.width())
                                   .arg(least.height())));
        save(id + QStringLiteral("-page"));
        // A page of tabs (Administration): each tab too, named after it.
        if (auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("adminTabs")); tabs && tabs->isVisible()) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                save(id + QLatin1Char('-') + tabs->tabText(i).remove(QLatin1Char('&')).toLower());
            }
            tabs->setCurrentIndex(0);
        }
    }
}

} // namespace syncsites::app
