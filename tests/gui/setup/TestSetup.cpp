// The set-up wizard, sign-in (online and offline), settings, the secret store and the shell, against a real hub
// on loopback.
#include "AppSettings.h"
#include "HubApiClient.h"
#include "HubRepository.h"
#include "HubTestHarness.h"
#include "LocalSite.h"
#include "MainWindow.h"
#include "OfflineSignIn.h"
#include "SecretStore.h"
#include "SettingsDialog.h"
#include "SetupWizard.h"
#include "SignInDialog.h"
#include "SiteReplica.h"
#include "StableId.h"
#include "SyncEngine.h"
#include "TestSupport.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace syncsites;
using namespace syncsites::test;

namespace {

QString firstHealthCentre(const Topology& topology)
{
    for (const Site& s : topology.sites())
        if (s.name.endsWith(QStringLiteral("Health Centre")))
            return s.name;
    return QString();
}

} // namespace

class TestSetup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Result<std::unique_ptr<HubTestHarness>> hub = HubTestHarness::start();
        QVERIFY2(hub, qPrintable(hub.error().message));
        m_hub = std::move(hub).value();
    }

    void cleanupTestCase() { m_hub.reset(); }

    void wizardTestsTheServerAndTheUser()
    {
        HubApiClient api;
        ui::SetupWizard wizard(api, m_dir.filePath(QStringLiteral("site.sqlite")));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.findChild<QRadioButton*>(QStringLiteral("mode_console"))->click();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::ServerPage));

        auto* url = wizard.findChild<QLineEdit*>(QStringLiteral("serverUrl"));
        auto* result = wizard.findChild<QLabel*>(QStringLiteral("serverResult"));
        url->setText(QStringLiteral("ftp://somewhere"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::ServerPage));
        QVERIFY2(result->text().contains(QStringLiteral("https://")), qPrintable(result->text()));

        // Nothing listens on port 1: the failure is explained, and the wizard stays.
        url->setText(QStringLiteral("http://127.0.0.1:1"));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("Nothing answers")), 10000);
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::ServerPage));

        url->setText(m_hub->url());
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ui::SetupWizard::IdentityPage), 10000);
        QVERIFY(!wizard.findChild<QLineEdit*>(QStringLiteral("siteSecret"))->isVisible());

        auto* user = wizard.findChild<QLineEdit*>(QStringLiteral("wizardUsername"));
        auto* password = wizard.findChild<QLineEdit*>(QStringLiteral("wizardPassword"));
        auto* identity = wizard.findChild<QLabel*>(QStringLiteral("identityResult"));
        user->setText(QStringLiteral("admin"));
        password->setText(QStringLiteral("not the password"));
        QSignalSpy finished(&wizard, &QDialog::finished);
        wizard.button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!identity->text().isEmpty() && !identity->text().contains(QStringLiteral("…")), 10000);
        QVERIFY(finished.isEmpty());
        QVERIFY2(identity->text().contains(QStringLiteral("password"), Qt::CaseInsensitive),
                 qPrintable(identity->text()));

        password->setText(m_hub->password(QStringLiteral("admin")));
        wizard.button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        const ui::SetupChoice choice = wizard.choice();
        QCOMPARE(choice.mode, ui::AppMode::Console);
        QCOMPARE(choice.serverUrl, m_hub->url());
        QCOMPARE(choice.user.username, QStringLiteral("admin"));
        QCOMPARE(choice.user.role, UserRole::Administrator);
        QVERIFY(!choice.user.token.isEmpty());
    }

    void standaloneWizardAsksForTheSite()
    {
        HubApiClient api;
        ui::SetupWizard wizard(api, m_dir.filePath(QStringLiteral("site.sqlite")));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next(); // standalone is the default
        wizard.findChild<QLineEdit*>(QStringLiteral("serverUrl"))->setText(m_hub->url());
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ui::SetupWizard::IdentityPage), 10000);
        QVERIFY(wizard.findChild<QLineEdit*>(QStringLiteral("siteSecret"))->isVisible());
        QVERIFY(!wizard.findChild<QLineEdit*>(QStringLiteral("wizardUsername"))->isVisible());
        auto* identity = wizard.findChild<QLabel*>(QStringLiteral("identityResult"));
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(wizard.isVisible()); // site and secret missing

        // The server's data-holding sites waiting for set-up are offered; its clients and the hub are not.
        auto* sites = wizard.findChild<QComboBox*>(QStringLiteral("siteName"));
        const QString site = firstHealthCentre(m_hub->network().topology);
        QTRY_VERIFY_WITH_TIMEOUT(sites->findText(site) >= 0, 10000);
        QCOMPARE(sites->findText(QStringLiteral("Central Front Desk")), -1);
        QCOMPARE(sites->findText(QStringLiteral("National Medical Stores")), -1);
        sites->setCurrentIndex(sites->findText(site));

        // A wrong secret is refused before anything is made, in the server's words.
        wizard.findChild<QLineEdit*>(QStringLiteral("siteSecret"))->setText(QStringLiteral("s3cret"));
        wizard.button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(identity->text().contains(QStringLiteral("secret is wrong")), 10000);
        QVERIFY(wizard.isVisible());

        // The right one finishes the wizard, without binding this computer to the site yet.
        wizard.findChild<QLineEdit*>(QStringLiteral("siteSecret"))->setText(m_hub->secret(site));
        wizard.button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), 10000);
        QVERIFY2(identity->text().contains(QStringLiteral("secret is right")), qPrintable(identity->text()));
        QCOMPARE(wizard.choice().mode, ui::AppMode::Standalone);
        QCOMPARE(wizard.choice().siteName, site);
        QCOMPARE(wizard.choice().siteSecret, m_hub->secret(site));
        QVERIFY(!HubRepository(m_hub->database()).binding(StableId::site(site))->has_value());
    }

    void signInOnlineThenOfflineWithTheSyncedAccount()
    {
        // A health centre's replica, synced: it holds the accounts of the people who work there.
        const QString site = firstHealthCentre(m_hub->network().topology); // as the harness picks it
        Result<std::unique_ptr<SiteReplica>> replica = SiteReplica::create(
            m_dir.filePath(QStringLiteral("centre.sqlite")), site, m_hub->url(), m_hub->secret(site));
        QVERIFY2(replica, qPrintable(replica.error().message));
        SYNCSITES_SYNC_OK(**replica);

        auto centre = LocalSite::open((*replica)->path()); // as the desktop app opens it
        QVERIFY2(centre, qPrintable(centre.ok() ? QString() : centre.error().message));
        (*centre)->engine().setInterval(0);
        HubApiClient api;
        api.setServer(QUrl(m_hub->url()));
        const auto offline = [&](const QString& u, const QString& p) {
            return ui::OfflineSignIn(**centre).signIn(u, p);
        };
        {
            ui::SignInDialog dialog(api, offline);
            dialog.show();
            dialog.signInWith(QStringLiteral("fieldstaff"), m_hub->password(QStringLiteral("fieldstaff")));
            QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
            QVERIFY(!dialog.user().offline);
            QCOMPARE(dialog.user().role, UserRole::FieldStaff);
            QCOMPARE(dialog.user().sites, QStringList{site});
        }

        // The server goes away: the dialog says so and offers the offline sign-in.
        api.setServer(QUrl(QStringLiteral("http://127.0.0.1:1")));
        ui::SignInDialog dialog(api, offline);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* problem = dialog.findChild<QLabel*>(QStringLiteral("signInProblem"));
        auto* offlineButton = dialog.findChild<QPushButton*>(QStringLiteral("signInOfflineButton"));
        dialog.signInWith(QStringLiteral("fieldstaff"), QStringLiteral("wrong"));
        QVERIFY(!offlineButton->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!problem->text().isEmpty(), 10000);
        QVERIFY(offlineButton->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("offline")), qPrintable(problem->text()));
        offlineButton->click(); // the wrong password is refused offline too
        QVERIFY(dialog.isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("Wrong")), qPrintable(problem->text()));

        dialog.findChild<QLineEdit*>(QStringLiteral("password"))
            ->setText(m_hub->password(QStringLiteral("fieldstaff")));
        offlineButton->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.user().offline);
        QCOMPARE(dialog.user().username, QStringLiteral("fieldstaff"));
        QCOMPARE(dialog.user().role, UserRole::FieldStaff);

        // The administrator works at the central hub only: no account here.
        const Result<SignedInUser> admin =
            ui::OfflineSignIn(**centre).signIn(QStringLiteral("admin"), m_hub->password(QStringLiteral("admin")));
        QVERIFY(!admin);
        QCOMPARE(admin.error().code, QStringLiteral("wrong_credentials"));
    }

    void settingsDialogChecksTheAddress()
    {
        ui::SettingsDialog::Values values;
        values.serverUrl = QStringLiteral("https://hub.example.org");
        values.intervalSeconds = 900;
        values.theme = QStringLiteral("dark");
        ui::SettingsDialog dialog(values);
        dialog.show();
        auto* server = dialog.findChild<QLineEdit*>(QStringLiteral("settingsServer"));
        auto* interval = dialog.findChild<QComboBox*>(QStringLiteral("settingsInterval"));
        QCOMPARE(interval->currentData().toInt(), 900);
        server->setText(QStringLiteral("ftp://wrong"));
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.isVisible());
        server->setText(QStringLiteral("http://127.0.0.1:8080"));
        interval->setCurrentIndex(interval->findData(0));
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.values().serverUrl, QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(dialog.values().intervalSeconds, 0);
        QCOMPARE(dialog.values().theme, QStringLiteral("dark"));
        QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("newSecret"))->isVisible()); // no site here
        QVERIFY(dialog.values().newSecret.isEmpty());
    }

    void settingsDialogTakesANewSiteSecret()
    {
        ui::SettingsDialog::Values values;
        values.serverUrl = QStringLiteral("https://hub.example.org");
        values.secretBackend = QStringLiteral("file");
        ui::SettingsDialog dialog(values);
        dialog.show();
        auto* secret = dialog.findChild<QLineEdit*>(QStringLiteral("newSecret"));
        QVERIFY(secret->isVisible());
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QVERIFY(dialog.values().newSecret.isEmpty()); // empty keeps the one there is
        secret->setText(QStringLiteral("  aJjWzmNH3f96pzqOzAZE4dSumC2gBb1E \n"));
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.values().newSecret, QStringLiteral("aJjWzmNH3f96pzqOzAZE4dSumC2gBb1E"));
    }

    void settingsAndSecretsPersist()
    {
        const QString ini = m_dir.filePath(QStringLiteral("settings.ini"));
        {
            ui::AppSettings settings(ini);
            QVERIFY(!settings.isConfigured());
            settings.setMode(ui::AppMode::Client);
            settings.setServerUrl(QStringLiteral("http://127.0.0.1:9"));
            settings.setSiteName(QStringLiteral("Central Front Desk"));
        }
        ui::AppSettings again(ini);
        QVERIFY(again.isConfigured());
        QCOMPARE(again.mode(), ui::AppMode::Client);
        QCOMPARE(again.siteName(), QStringLiteral("Central Front Desk"));

        // SYNCSITES_NO_KEYCHAIN=1 (set for this test): the protected file.
        SecretStore secrets(QStringLiteral("SyncSitesTest"), m_dir.filePath(QStringLiteral("secrets")));
        QVERIFY(!secrets.read(QStringLiteral("site:x@h")));
        QVERIFY(secrets.write(QStringLiteral("site:x@h"), QStringLiteral("top secret")));
        QCOMPARE(secrets.lastBackend(), QStringLiteral("file"));
        QCOMPARE(*secrets.read(QStringLiteral("site:x@h")), QStringLiteral("top secret"));
        const QFileInfoList files = QDir(m_dir.filePath(QStringLiteral("secrets"))).entryInfoList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(secrets.remove(QStringLiteral("site:x@h")));
        QVERIFY(!secrets.read(QStringLiteral("site:x@h")));
    }

    void shellSwitchesPagesByShortcut()
    {
        ui::MainWindow window;
        auto* first = new QLabel(QStringLiteral("first"));
        auto* second = new QLabel(QStringLiteral("second"));
        window.addPage(QStringLiteral("one"), first, QStringLiteral("One"), QStringLiteral("network"));
        window.addPage(QStringLiteral("two"), second, QStringLiteral("Two"), QStringLiteral("stores"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPage(), QStringLiteral("one"));
        QSignalSpy shown(&window, &ui::MainWindow::pageShown);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(second->isVisible());
        QCOMPARE(shown.value(0).value(0).toString(), QStringLiteral("two"));
        QVERIFY(window.showPage(QStringLiteral("one")));
        QVERIFY(!window.showPage(QStringLiteral("three")));
        window.removeAllPages();
        QVERIFY(window.pageIds().isEmpty());
    }

private:
    std::unique_ptr<HubTestHarness> m_hub;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSetup)
#include "TestSetup.moc"
