// The Administration page against a real hub in-process (HubTestHarness's demo network), driven through its
// widgets as an administrator would: the sites with their installations and last contact, adding a site (its
// secret shown once), a new secret, releasing an installation, removing a site, adding, renaming, moving home and
// retiring a store through the hub's preview, and an edit based on a revision someone else changed meanwhile.
#include "AdminPage.h"
#include "HubApiClient.h"
#include "HubTestHarness.h"
#include "ReviewDialog.h"
#include "SiteEditDialog.h"
#include "SiteSecretDialog.h"
#include "SiteTableModel.h"
#include "SitesTab.h"
#include "StoreEditDialog.h"
#include "StoresAdminTab.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace syncsites;
using namespace syncsites::ui;
using syncsites::test::HubTestHarness;

namespace {

const QString kLira = QStringLiteral("Lira Health Centre");
const QString kKasa = QStringLiteral("Kasa Health Centre");
const QString kSefa = QStringLiteral("Sefa District Hospital");

QString newInstallation()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The visible dialog of type T among `parent`'s children, waited for.
template <typename T> T* waitForDialog(QWidget& parent)
{
    T* found = nullptr;
    // A dialog that never shows leaves `found` null, which the caller checks.
    (void)QTest::qWaitFor(
        [&] {
            for (T* d : parent.findChildren<T*>()) {
                if (d->isVisible())
                    found = d;
            }
            return found != nullptr;
        },
        10000);
    return found;
}

// Clicks the button of a confirmation that does the thing (not Cancel); returns its text.
QString confirm(QWidget& parent)
{
    auto* box = waitForDialog<QMessageBox>(parent);
    if (!box)
        return QString();
    const QString text = box->text();
    for (QAbstractButton* b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::AcceptRole) {
            b->click();
            return text;
        }
    }
    return QString();
}

void clickOk(QDialog& dialog)
{
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    ok->click();
}

} // namespace

class TestAdminPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HubTestHarness> m_hub;
    HubApiClient m_api;
    std::unique_ptr<AdminPage> m_page;

    bool signIn(HubApiClient& api)
    {
        api.setServer(QUrl(m_hub->url()));
        bool done = false;
        bool ok = false;
        api.signIn(QStringLiteral("admin"), m_hub->password(QStringLiteral("admin")), this,
                   [&](Result<SignedInUser> result) {
                       done = true;
                       ok = result.ok();
                   });
        return QTest::qWaitFor([&] { return done; }, 20000) && ok;
    }

    // The page signed in as the administrator, loaded and shown on a 1024x600 screen.
    bool openPage()
    {
        if (!signIn(m_api))
            return false;
        m_page = std::make_unique<AdminPage>(m_api);
        m_page->resize(1024, 600);
        m_page->reload();
        m_page->show();
        return waitIdle();
    }

    bool waitIdle()
    {
        return QTest::qWaitFor(
            [&] {
                return !m_page->sitesTab()->isBusy() && !m_page->storesTab()->isBusy() &&
                       m_page->sitesTab()->revision() >= 0 && m_page->storesTab()->revision() > 0;
            },
            20000);
    }

    QString cell(const QString& site, int column) const
    {
        const SiteTableModel* model = m_page->sitesTab()->model();
        return model->index(model->rowOf(site), column).data().toString();
    }

    // Pictures for the documentation when SYNCSITES_SCREENSHOT_DIR is set.
    static void screenshot(QWidget& widget, const QString& file)
    {
        const QString dir = qEnvironmentVariable("SYNCSITES_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(widget.grab().save(QDir(dir).filePath(file)));
    }

    static void click(QWidget& parent, const char* name)
    {
        auto* button = parent.findChild<QPushButton*>(QString::fromLatin1(name));
        QVERIFY2(button, name);
        QVERIFY2(button->isEnabled(), name);
        button->click();
    }

    RevisedTopology fetch()
    {
        HubApiClient other;
        RevisedTopology out;
        if (!signIn(other))
            return out;
        bool done = false;
        other.fetchTopology(this, [&](Result<RevisedTopology> result) {
            done = true;
            if (result)
                out = *result;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qWarning("fetchTopology did not answer");
        return out;
    }

private slots:
    void init()
    {
        Result<std::unique_ptr<HubTestHarness>> hub = HubTestHarness::start();
        QVERIFY2(hub.ok(), qPrintable(hub.error().message));
        m_hub = std::move(hub).value();
    }

    void cleanup()
    {
        m_page.reset();
        m_hub.reset();
    }

    void listShowsInstallationAndLastContact()
    {
        // Lira synced once from one installation; Kasa never did.
        auto sync = m_hub->client();
        const QString installation = newInstallation();
        const QString token = sync->token(kLira, m_hub->secret(kLira), installation);
        QVERIFY(!token.isEmpty());
        const QDateTime finished = QDateTime::currentDateTimeUtc().addSecs(-120);
        const HubTestHarness::Reply reported = sync->report(
            token, QJsonObject{{QStringLiteral("started_at"), finished.addSecs(-2).toString(Qt::ISODateWithMs)},
                               {QStringLiteral("finished_at"), finished.toString(Qt::ISODateWithMs)},
                               {QStringLiteral("outcome"), QStringLiteral("success")},
                               {QStringLiteral("app_version"), QStringLiteral("0.1.0-test")},
                               {QStringLiteral("protocol_version"), 1}});
        QVERIFY2(reported.status == 201, reported.describe().constData());

        QVERIFY(openPage());
        const SiteTableModel* model = m_page->sitesTab()->model();
        QCOMPARE(model->rowCount(), m_hub->topology().sites().size());
        QCOMPARE(model->headerData(SiteTableModel::Installation, Qt::Horizontal).toString(),
                 QStringLiteral("Installation"));
        QCOMPARE(model->headerData(SiteTableModel::LastContact, Qt::Horizontal).toString(),
                 QStringLiteral("Last contact"));
        QCOMPARE(cell(kLira, SiteTableModel::Installation), installation);
        QCOMPARE(cell(kLira, SiteTableModel::LastContact),
                 QLocale().toString(finished.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(cell(kKasa, SiteTableModel::Installation), QStringLiteral("not bound"));
        QCOMPARE(cell(kKasa, SiteTableModel::LastContact), QStringLiteral("never"));
        QCOMPARE(cell(kSefa, SiteTableModel::ActiveStores), QStringLiteral("SEF-LAB, SEF-PHA, SEF-WRD"));
        QStringList titles;
        for (int i = 0; i < m_page->tabs()->count(); ++i)
            titles.append(m_page->tabs()->tabText(i).remove(QLatin1Char('&')));
        QCOMPARE(titles, (QStringList{QStringLiteral("Sites"), QStringLiteral("Stores"), QStringLiteral("Items"),
                                      QStringLiteral("Users"), QStringLiteral("Topology")}));
        screenshot(*m_page, QStringLiteral("admin-sites.png"));
        m_page->tabs()->setCurrentWidget(m_page->storesTab());
        screenshot(*m_page, QStringLiteral("admin-stores.png"));
    }

    void addedSiteShowsItsSecretOnce()
    {
        QVERIFY(openPage());
        SitesTab& tab = *m_page->sitesTab();
        const qint64 before = tab.revision();
        click(tab, "addSite");
        auto* dialog = waitForDialog<SiteEditDialog>(tab);
        QVERIFY(dialog);
        dialog->setName(kLira);
        QVERIFY(!dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled()); // taken
        const QString name = QStringLiteral("Bago Health Centre");
        dialog->setName(name);
        dialog->setKind(SiteKind::OmsAndroid);
        clickOk(*dialog);

        auto* secretDialog = waitForDialog<SiteSecretDialog>(tab);
        QVERIFY(secretDialog);
        const QString secret = secretDialog->secret();
        QVERIFY(secret.size() >= 32);
        screenshot(*secretDialog, QStringLiteral("admin-secret.png"));
        QVERIFY(secretDialog->findChild<QLabel*>(QStringLiteral("explanation"))
                    ->text()
                    .contains(QStringLiteral("Settings")));
        secretDialog->findChild<QPushButton*>(QStringLiteral("copy"))->click();
        QCOMPARE(QApplication::clipboard()->text(), secret);
        secretDialog->reject();
        QTRY_VERIFY_WITH_TIMEOUT(tab.model()->rowOf(name) >= 0, 20000);
        QVERIFY(tab.revision() > before);
        QVERIFY(tab.message().contains(name));
        QVERIFY(!tab.message().contains(secret));
        QTRY_VERIFY(tab.findChildren<SiteSecretDialog*>().isEmpty()); // closed, and no second showing

        // The secret opens a session at the hub.
        QCOMPARE(m_hub->client()->handshake(name, secret, newInstallation()).status, 200);
    }

    void newSecretReplacesTheOldOne()
    {
        QVERIFY(openPage());
        SitesTab& tab = *m_page->sitesTab();
        const QString old = m_hub->secret(kLira);
        QVERIFY(tab.selectSite(kLira));
        click(tab, "newSecret");
        QVERIFY(confirm(tab).contains(QStringLiteral("sessions end")));
        auto* secretDialog = waitForDialog<SiteSecretDialog>(tab);
        QVERIFY(secretDialog);
        QVERIFY(secretDialog->findChild<QLabel*>(QStringLiteral("explanation"))
                    ->text()
                    .contains(QStringLiteral("sessions have ended")));
        const QString secret = secretDialog->secret();
        QVERIFY(secret != old);
        secretDialog->reject();
        auto sync = m_hub->client();
        QCOMPARE(sync->handshake(kLira, old, m_hub->installationId(kLira)).status, 401);
        QCOMPARE(sync->handshake(kLira, secret, m_hub->installationId(kLira)).status, 200);
    }

    void releasingTheInstallationLetsAnotherIn()
    {
        auto sync = m_hub->client();
        const QString first = newInstallation();
        QVERIFY(!sync->token(kLira, m_hub->secret(kLira), first).isEmpty());
        QVERIFY(openPage());
        SitesTab& tab = *m_page->sitesTab();
        QCOMPARE(cell(kLira, SiteTableModel::Installation), first);
        QVERIFY(tab.selectSite(kLira));
        click(tab, "releaseBinding");
        const QString question = confirm(tab);
        QVERIFY2(question.contains(QStringLiteral("another computer may sync as")), qPrintable(question));
        QVERIFY(question.contains(first));
        QTRY_COMPARE_WITH_TIMEOUT(cell(kLira, SiteTableModel::Installation), QStringLiteral("not bound"), 20000);
        QVERIFY(tab.message().contains(first));
        QCOMPARE(sync->handshake(kLira, m_hub->secret(kLira), newInstallation()).status, 200);
    }

    void removingASiteSaysWhatHappens()
    {
        QVERIFY(openPage());
        SitesTab& tab = *m_page->sitesTab();
        // Stores Active there: explained, naming them, and nothing is sent.
        const qint64 revision = tab.revision();
        QVERIFY(tab.selectSite(kSefa));
        click(tab, "removeSite");
        for (const char* store : {"SEF-LAB", "SEF-PHA", "SEF-WRD"})
            QVERIFY2(tab.message().contains(QLatin1String(store)), qPrintable(tab.message()));
        QVERIFY(tab.message().contains(QStringLiteral("Move home")));
        QVERIFY(tab.findChildren<QMessageBox*>().isEmpty());
        QCOMPARE(tab.revision(), revision);

        // A client with no stores goes, after the question.
        const QString desk = QStringLiteral("Central Front Desk");
        QVERIFY(tab.selectSite(desk));
        click(tab, "removeSite");
        QVERIFY(confirm(tab).contains(desk));
        QTRY_VERIFY_WITH_TIMEOUT(tab.model()->rowOf(desk) < 0 && !tab.isBusy(), 20000);
        QVERIFY(!fetch().topology.site(desk));
    }

    void storesAreAddedRenamedMovedAndRetired()
    {
        QVERIFY(openPage());
        m_page->tabs()->setCurrentWidget(m_page->storesTab());
        StoresAdminTab& tab = *m_page->storesTab();
        const QString code = QStringLiteral("LIR-NEW");

        click(tab, "addStore");
        auto* add = waitForDialog<StoreEditDialog>(tab);
        QVERIFY(add);
        add->setCode(code);
        add->setName(QStringLiteral("Lira Annex"));
        add->setHome(kLira);
        clickOk(*add);
        QTRY_VERIFY_WITH_TIMEOUT(tab.topology().store(code) && !tab.isBusy(), 20000);
        QCOMPARE(tab.topology().store(code)->home, kLira);
        // The Sites tab follows: the new store is Active on Lira there too.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_page->sitesTab()->model()->site(m_page->sitesTab()->model()->rowOf(kLira))->activeStores.contains(code),
            20000);

        QVERIFY(tab.selectStore(code));
        click(tab, "renameStore");
        auto* rename = waitForDialog<StoreEditDialog>(tab);
        QVERIFY(rename);
        rename->setName(QStringLiteral("Lira Outpatient Pharmacy"));
        clickOk(*rename);
        QTRY_COMPARE_WITH_TIMEOUT(fetch().topology.store(code)->name, QStringLiteral("Lira Outpatient Pharmacy"),
                                  20000);

        // The hand-over: reviewed with the hub's preview, then applied.
        QTRY_VERIFY(!tab.isBusy());
        QVERIFY(tab.selectStore(code));
        click(tab, "moveHome");
        auto* move = waitForDialog<StoreEditDialog>(tab);
        QVERIFY(move);
        move->setHome(kKasa);
        clickOk(*move);
        QPointer<ReviewDialog> review = waitForDialog<ReviewDialog>(tab);
        QVERIFY(review);
        QTRY_VERIFY_WITH_TIMEOUT(review->isApplyEnabled(), 20000);
        screenshot(*review, QStringLiteral("admin-handover-review.png"));
        review->findChild<QAbstractButton*>(QStringLiteral("applyButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!review, 20000); // closed when applied
        QTRY_VERIFY_WITH_TIMEOUT(tab.message().contains(kKasa) && !tab.isBusy(), 20000);
        RevisedTopology after = fetch();
        QCOMPARE(after.topology.store(code)->home, kKasa);
        QCOMPARE(after.topology.syncType(code, kLira), SyncType::Collector);

        // Retiring goes through the same review.
        QTRY_VERIFY(tab.topology().store(code) && tab.topology().store(code)->home == kKasa);
        QVERIFY(tab.selectStore(code));
        click(tab, "retireStore");
        review = waitForDialog<ReviewDialog>(tab);
        QVERIFY(review);
        QTRY_VERIFY_WITH_TIMEOUT(review->isApplyEnabled(), 20000);
        review->findChild<QAbstractButton*>(QStringLiteral("applyButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!tab.topology().store(code) && !tab.isBusy(), 20000);
        QVERIFY(!fetch().topology.store(code));
    }

    void staleRevisionIsReloadedAndRedone()
    {
        QVERIFY(openPage());
        StoresAdminTab& stores = *m_page->storesTab();
        SitesTab& sites = *m_page->sitesTab();
        const qint64 loaded = stores.revision();

        // Someone else changes the network meanwhile.
        HubApiClient other;
        QVERIFY(signIn(other));
        const RevisedTopology theirs = fetch();
        Topology changed = theirs.topology;
        Store renamed = *changed.store(QStringLiteral("SEF-LAB"));
        renamed.name = QStringLiteral("Sefa Laboratory (renamed elsewhere)");
        changed.putStore(renamed);
        bool done = false;
        qint64 newRevision = -1;
        other.replaceTopology(theirs.revision, changed, this, [&](Result<qint64> r) {
            done = true;
            newRevision = r ? *r : -1;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
        QVERIFY(newRevision > loaded);

        // The hand-over based on the old revision is refused: the tab reloads and says so.
        m_page->tabs()->setCurrentWidget(&stores);
        QVERIFY(stores.selectStore(QStringLiteral("SEF-PHA")));
        click(stores, "moveHome");
        auto* move = waitForDialog<StoreEditDialog>(stores);
        QVERIFY(move);
        move->setHome(kLira);
        clickOk(*move);
        QPointer<ReviewDialog> review = waitForDialog<ReviewDialog>(stores);
        QVERIFY(review);
        QTRY_VERIFY_WITH_TIMEOUT(review->isApplyEnabled(), 20000);
        review->findChild<QAbstractButton*>(QStringLiteral("applyButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(stores.message().contains(QStringLiteral("Someone else changed the network")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(stores.revision() == newRevision && !stores.isBusy(), 20000);
        QTRY_VERIFY(!review); // closed
        QCOMPARE(fetch().topology.store(QStringLiteral("SEF-PHA"))->home, kSefa);
        QCOMPARE(stores.topology().store(QStringLiteral("SEF-LAB"))->name, renamed.name);

        // The Sites tab was reloaded too (the change was announced), so an edit from it goes through.
        QTRY_VERIFY_WITH_TIMEOUT(sites.revision() == newRevision && !sites.isBusy(), 20000);

        // Redone on the latest, it is applied.
        QVERIFY(stores.selectStore(QStringLiteral("SEF-PHA")));
        click(stores, "moveHome");
        move = waitForDialog<StoreEditDialog>(stores);
        QVERIFY(move);
        move->setHome(kLira);
        clickOk(*move);
        review = waitForDialog<ReviewDialog>(stores);
        QVERIFY(review);
        QTRY_VERIFY_WITH_TIMEOUT(review->isApplyEnabled(), 20000);
        review->findChild<QAbstractButton*>(QStringLiteral("applyButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(stores.message().contains(QStringLiteral("now Active on")), 20000);
        QCOMPARE(fetch().topology.store(QStringLiteral("SEF-PHA"))->home, kLira);

        // The Sites tab's edit based on an old revision: refused, reloaded, said.
        QTRY_VERIFY_WITH_TIMEOUT(!sites.isBusy() && sites.revision() > newRevision, 20000);
        const qint64 sitesLoaded = sites.revision();
        other.setSyncType(sitesLoaded, QStringLiteral("SEF-LAB"), kKasa, SyncType::Transfer, this,
                          [&](Result<qint64> r) { newRevision = r ? *r : -1; });
        QTRY_VERIFY_WITH_TIMEOUT(newRevision > sitesLoaded, 20000);
        m_page->tabs()->setCurrentWidget(&sites);
        click(sites, "addSite");
        auto* add = waitForDialog<SiteEditDialog>(sites);
        QVERIFY(add);
        add->setName(QStringLiteral("Too Late Health Centre"));
        clickOk(*add);
        QTRY_VERIFY_WITH_TIMEOUT(sites.message().contains(QStringLiteral("Someone else changed the network")), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(sites.revision(), newRevision, 20000);
        QVERIFY(sites.model()->rowOf(QStringLiteral("Too Late Health Centre")) < 0);
        QVERIFY(sites.findChildren<SiteSecretDialog*>().isEmpty());
    }
};

QTEST_MAIN(TestAdminPage)
#include "TestAdminPage.moc"
