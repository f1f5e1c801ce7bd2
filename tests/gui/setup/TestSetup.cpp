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
#include "SecretToggle.h"
#include "SettingsDialog.h"
#include "SetupIdentityPage.h"
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
#include <QToolButton>

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

/// A secret field's show/hide toggle, driven from the keyboard only: Tab from the field reaches the eye, Space shows
/// the secret, Alt+F8 in the field hides it again.
void checkSecretToggle(QLineEdit* edit)
{
    QVERIFY(edit->isVisible());
    auto* toggle = edit->findChild<ui::SecretToggle*>();
    QVERIFY2(toggle, qPrintable(edit->objectName()));
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QCOMPARE(toggle->toolTip(), QStringLiteral("Show the secret"));
    QToolButton* eye = toggle->button();
    QVERIFY(eye);
    QVERIFY(eye->isVisible());
    QCOMPARE(eye->accessibleName(), QStringLiteral("Show the secret"));

    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_Tab);
    QTRY_VERIFY(eye->hasFocus());
    QTest::keyClick(eye, Qt::Key_Space);
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    QCOMPARE(eye->accessibleName(), QStringLiteral("Hide the secret"));
    QCOMPARE(toggle->toolTip(), QStringLiteral("Hide the secret"));

    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_F8, Qt::AltModifier);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QCOMPARE(eye->accessibleName(), QStringLiteral("Show the secret"));
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

    // Field staff work at a site: the console mode refuses them, says what to choose instead, and stays.
    void consoleRefusesFieldStaff()
    {
        HubApiClient api;
        ui::SetupWizard wizard(api, m_dir.filePath(QStringLiteral("site.sqlite")));
        QVERIFY(openIdentityPage(wizard, QStringLiteral("mode_console")));
        auto* user = wizard.findChild<QLineEdit*>(QStringLiteral("wizardUsername"));
        auto* password = wizard.findChild<QLineEdit*>(QStringLiteral("wizardPassword"));
        auto* identity = wizard.findChild<QLabel*>(QStringLiteral("identityResult"));
        user->setText(QStringLiteral("fieldstaff"));
        password->setText(m_hub->password(QStringLiteral("fieldstaff")));
        QSignalSpy finished(&wizard, &QDialog::finished);
        wizard.button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(identity->text().contains(QStringLiteral("Field staff use SyncSites at a site")),
                                 10000);
        QVERIFY2(identity->text().contains(QStringLiteral("\"A site with its own data (standalone)\"")),
                 qPrintable(identity->text()));
        QVERIFY(!identity->property("good").toBool());
        QVERIFY(finished.isEmpty());
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::IdentityPage));
        QVERIFY(wizard.choice().user.username.isEmpty());

        // Finish again: refused again (the refusal is not a pass), and still here.
        wizard.button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(identity->text().contains(QStringLiteral("Field staff")), 10000);
        QTest::qWait(200);
        QVERIFY(finished.isEmpty());

        // A supervisor is welcome.
        user->setText(QStringLiteral("supervisor"));
        password->setText(m_hub->password(QStringLiteral("supervisor")));
        wizard.button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(wizard.choice().user.role, UserRole::Supervisor);
    }

    // A result shown for one address, certificate, proxy, user, password, site or secret goes when it changes.
    void changingAFieldClearsTheOldResult()
    {
        HubApiClient api;
        ui::SetupWizard wizard(api, m_dir.filePath(QStringLiteral("site.sqlite")));
        wizard.findChild<QRadioButton*>(QStringLiteral("mode_console"))->setChecked(true);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        auto* url = wizard.findChild<QLineEdit*>(QStringLiteral("serverUrl"));
        auto* proxy = wizard.findChild<QLineEdit*>(QStringLiteral("proxyUrl"));
        auto* caFile = wizard.findChild<QLineEdit*>(QStringLiteral("caFile"));
        auto* result = wizard.findChild<QLabel*>(QStringLiteral("serverResult"));
        auto* test = wizard.findChild<QPushButton*>(QStringLiteral("testConnection"));
        const auto answered = [&] {
            url->setText(m_hub->url());
            test->click();
            return QTest::qWaitFor([&] { return result->text().contains(QStringLiteral("answered")); }, 10000);
        };
        QVERIFY(answered());
        url->setText(m_hub->url() + QStringLiteral("/other"));
        QCOMPARE(result->text(), QString());
        QVERIFY(answered());
        caFile->setText(m_dir.filePath(QStringLiteral("ca.pem")));
        QCOMPARE(result->text(), QString());
        caFile->clear();
        QVERIFY(answered());
        proxy->setText(QStringLiteral("http://127.0.0.1:1"));
        QCOMPARE(result->text(), QString());
        proxy->clear();

        // A failure goes too.
        url->setText(QStringLiteral("http://127.0.0.1:1"));
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("Nothing answers")), 10000);
        url->setText(m_hub->url());
        QCOMPARE(result->text(), QString());

        // An answer that comes after the address changed is not shown under the new one.
        test->click();
        url->setText(QStringLiteral("http://127.0.0.1:2"));
        QTest::qWait(1000);
        QVERIFY2(!result->text().contains(QStringLiteral("answered")), qPrintable(result->text()));

        url->setText(m_hub->url());
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ui::SetupWizard::IdentityPage), 10000);
        auto* user = wizard.findChild<QLineEdit*>(QStringLiteral("wizardUsername"));
        auto* password = wizard.findChild<QLineEdit*>(QStringLiteral("wizardPassword"));
        auto* identity = wizard.findChild<QLabel*>(QStringLiteral("identityResult"));
        const auto refused = [&] {
            user->setText(QStringLiteral("admin"));
            password->setText(QStringLiteral("not the password"));
            wizard.button(QWizard::FinishButton)->click();
            return QTest::qWaitFor([&] { return identity->text().contains(QStringLiteral("password")); }, 10000);
        };
        QVERIFY(refused());
        password->setText(QStringLiteral("another"));
        QCOMPARE(identity->text(), QString());
        QVERIFY(refused());
        user->setText(QStringLiteral("supervisor"));
        QCOMPARE(identity->text(), QString());
        // Back to the server and here again: the old result does not come back with the page.
        QVERIFY(refused());
        wizard.back();
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ui::SetupWizard::IdentityPage), 10000);
        QCOMPARE(identity->text(), QString());

        // A standalone site's name and secret.
        ui::SetupWizard standalone(api, m_dir.filePath(QStringLiteral("site.sqlite")));
        QVERIFY(openIdentityPage(standalone, QStringLiteral("mode_standalone")));
        auto* sites = standalone.findChild<QComboBox*>(QStringLiteral("siteName"));
        auto* secret = standalone.findChild<QLineEdit*>(QStringLiteral("siteSecret"));
        auto* checked = standalone.findChild<QLabel*>(QStringLiteral("identityResult"));
        const QString site = firstHealthCentre(m_hub->network().topology);
        QTRY_VERIFY_WITH_TIMEOUT(sites->findText(site) >= 0, 10000);
        const auto wrongSecret = [&] {
            sites->setCurrentIndex(sites->findText(site));
            secret->setText(QStringLiteral("s3cret"));
            standalone.button(QWizard::FinishButton)->click();
            return QTest::qWaitFor([&] { return checked->text().contains(QStringLiteral("secret is wrong")); }, 10000);
        };
        QVERIFY(wrongSecret());
        secret->setText(QStringLiteral("s3cret2"));
        QCOMPARE(checked->text(), QString());
        QVERIFY(wrongSecret());
        sites->setEditText(QStringLiteral("Another site"));
        QCOMPARE(checked->text(), QString());
    }

    // Every secret and password field shows and hides what was typed, from the keyboard too.
    void secretFieldsShowAndHide()
    {
        HubApiClient api;
        {
            ui::SetupWizard wizard(api, m_dir.filePath(QStringLiteral("site.sqlite")));
            QVERIFY(openIdentityPage(wizard, QStringLiteral("mode_standalone")));
            QVERIFY(QTest::qWaitForWindowActive(&wizard));
            auto* secret = wizard.findChild<QLineEdit*>(QStringLiteral("siteSecret"));
            secret->setText(QStringLiteral("s3cret"));
            checkSecretToggle(secret);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(secret->text(), QStringLiteral("s3cret")); // Tab, Space and Alt+F8 typed nothing
        }
        {
            ui::SetupWizard wizard(api, m_dir.filePath(QStringLiteral("site.sqlite")));
            QVERIFY(openIdentityPage(wizard, QStringLiteral("mode_client")));
            QVERIFY(QTest::qWaitForWindowActive(&wizard));
            checkSecretToggle(wizard.findChild<QLineEdit*>(QStringLiteral("wizardPassword")));
            if (QTest::currentTestFailed())
                return;
        }
        ui::SettingsDialog::Values values;
        values.serverUrl = QStringLiteral("https://hub.example.org");
        values.secretBackend = QStringLiteral("file");
        ui::SettingsDialog dialog(values);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        checkSecretToggle(dialog.findChild<QLineEdit*>(QStringLiteral("newSecret")));
    }

    // The data file's Browse button asks where to keep it (through the page's chooser: no native dialog here).
    void dataFileIsChosenByBrowsing()
    {
        HubApiClient api;
        const QString first = m_dir.filePath(QStringLiteral("site.sqlite"));
        ui::SetupWizard wizard(api, first);
        QVERIFY(openIdentityPage(wizard, QStringLiteral("mode_standalone")));
        auto* path = wizard.findChild<QLineEdit*>(QStringLiteral("replicaPath"));
        auto* browse = wizard.findChild<QPushButton*>(QStringLiteral("browseReplica"));
        QVERIFY(browse);
        QVERIFY(browse->isVisible());
        QVERIFY(browse->focusPolicy() & Qt::TabFocus);

        QStringList asked;
        QString answer = m_dir.filePath(QStringLiteral("elsewhere/centre.sqlite"));
        wizard.identityPage()->setFileChooser(
            [&](QWidget* parent, const QString&, const QString& current, const QString& filter) {
                asked << current;
                [&] { // QVERIFY returns; here it returns from this lambda only
                    QVERIFY(parent);
                    QVERIFY(filter.contains(QStringLiteral("*.sqlite")));
                }();
                return answer;
            });
        browse->click();
        QCOMPARE(asked, QStringList{first});
        QCOMPARE(path->text(), answer);
        QCOMPARE(wizard.choice().replicaPath, answer);

        answer.clear(); // cancelled: the path stays
        browse->click();
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.last(), m_dir.filePath(QStringLiteral("elsewhere/centre.sqlite")));
        QCOMPARE(path->text(), m_dir.filePath(QStringLiteral("elsewhere/centre.sqlite")));

        // Clients and consoles keep no data: no data file, no Browse.
        ui::SetupWizard client(api, first);
        QVERIFY(openIdentityPage(client, QStringLiteral("mode_client")));
        QVERIFY(!client.findChild<QPushButton*>(QStringLiteral("browseReplica"))->isVisible());
    }

    // "Set up again": the settings keep the last values while the set-up is pending, and the wizard starts from
    // them, except the secret and the password.
    void setUpAgainStartsFromTheLastValues()
    {
        const QString ini = m_dir.filePath(QStringLiteral("again.ini"));
        const QString replica = m_dir.filePath(QStringLiteral("kept.sqlite"));
        const QString ca = m_dir.filePath(QStringLiteral("ca.pem"));
        {
            ui::AppSettings settings(ini);
            settings.setMode(ui::AppMode::Client);
            settings.setServerUrl(m_hub->url());
            settings.setCaCertificateFile(ca);
            settings.setProxyUrl(QStringLiteral("http://proxy.example.org:3128"));
            settings.setSiteName(QStringLiteral("Central Front Desk"));
            settings.setReplicaPath(replica);
            settings.setLastUsername(QStringLiteral("supervisor"));
            settings.setSetupPending(true); // what DesktopApp::setUpAgain() leaves
        }
        const ui::AppSettings settings(ini);
        QVERIFY(!settings.isConfigured()); // the set-up runs at the next start...
        ui::SetupChoice last = ui::SetupWizard::lastUsed(settings);
        QCOMPARE(last.serverUrl, m_hub->url()); // ...with the values kept
        QVERIFY(last.siteSecret.isEmpty());
        last.siteSecret = QStringLiteral("never shown"); // even if a caller had one
        last.user.token = QStringLiteral("never used");

        HubApiClient api;
        ui::SetupWizard wizard(api, m_dir.filePath(QStringLiteral("default.sqlite")));
        wizard.prefill(last);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(wizard.findChild<QRadioButton*>(QStringLiteral("mode_client"))->isChecked());
        QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("serverUrl"))->text(), m_hub->url());
        QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("caFile"))->text(), ca);
        QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("proxyUrl"))->text(),
                 QStringLiteral("http://proxy.example.org:3128"));
        QCOMPARE(wizard.findChild<QComboBox*>(QStringLiteral("siteName"))->currentText(),
                 QStringLiteral("Central Front Desk"));
        QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("replicaPath"))->text(), replica);
        QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("wizardUsername"))->text(), QStringLiteral("supervisor"));
        QVERIFY(wizard.findChild<QLineEdit*>(QStringLiteral("siteSecret"))->text().isEmpty());
        QVERIFY(wizard.findChild<QLineEdit*>(QStringLiteral("wizardPassword"))->text().isEmpty());
        const ui::SetupChoice again = wizard.choice();
        QCOMPARE(again.mode, ui::AppMode::Client);
        QCOMPARE(again.siteName, QStringLiteral("Central Front Desk"));
        QVERIFY(again.siteSecret.isEmpty());
        QVERIFY(again.user.token.isEmpty());

        // A first set-up (nothing kept) starts as before: standalone, the default data file.
        ui::SetupWizard fresh(api, m_dir.filePath(QStringLiteral("default.sqlite")));
        fresh.prefill(ui::SetupWizard::lastUsed(ui::AppSettings(m_dir.filePath(QStringLiteral("none.ini")))));
        QVERIFY(fresh.findChild<QRadioButton*>(QStringLiteral("mode_standalone"))->isChecked());
        QCOMPARE(fresh.findChild<QLineEdit*>(QStringLiteral("replicaPath"))->text(),
                 m_dir.filePath(QStringLiteral("default.sqlite")));
        QVERIFY(fresh.findChild<QLineEdit*>(QStringLiteral("serverUrl"))->text().isEmpty());
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
        // The whole message shows: the label is as tall as its wrapped text at its width, inside the dialog.
        QTRY_VERIFY2(
            problem->height() >= problem->heightForWidth(problem->width()),
            qPrintable(
                QStringLiteral("%1 < %2").arg(problem->height()).arg(problem->heightForWidth(problem->width()))));
        QVERIFY(dialog.rect().contains(problem->geometry()));
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
    /// Shows `wizard`, chooses the mode by its radio button's name and goes on to the identity page with the hub.
    bool openIdentityPage(ui::SetupWizard& wizard, const QString& modeButton)
    {
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            return false;
        wizard.findChild<QRadioButton*>(modeButton)->click();
        wizard.next();
        wizard.findChild<QLineEdit*>(QStringLiteral("serverUrl"))->setText(m_hub->url());
        wizard.next();
        return QTest::qWaitFor([&] { return wizard.currentId() == ui::SetupWizard::IdentityPage; }, 10000);
    }

    std::unique_ptr<HubTestHarness> m_hub;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSetup)
#include "TestSetup.moc"
