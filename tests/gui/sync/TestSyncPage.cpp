// The Sync page and the tray icon against a real hub on loopback: Sync now with progress and history, records
// waiting before and after, a failure with its message and the offline indicator, cancel during a long sync, the
// quarantine (inspect, export, retry) and the automatic interval. Each site replica is synced by the real
// SyncEngine the page drives.

#include "HubTestHarness.h"
#include "LocalSite.h"
#include "QuarantineModel.h"
#include "RecordStore.h"
#include "ReplicaConfig.h"
#include "SiteReplica.h"
#include "StoreActions.h"
#include "SyncEngine.h"
#include "SyncHistoryModel.h"
#include "SyncPage.h"
#include "SyncStageModel.h"
#include "SyncTrayIcon.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace syncsites;
using namespace syncsites::test;
using namespace syncsites::ui;

namespace {

const QString kKasa = QStringLiteral("Kasa Health Centre");        // msupply_mobile: a small replica
const QString kNorth = QStringLiteral("Northern Province Server"); // msupply_remote: Collector of many stores
const QString kLira = QStringLiteral("Lira Health Centre");        // oms_android

constexpr int kSyncTimeoutMs = 120000;

// A site's replica, the engine syncing it and the page showing it.
struct Station
{
    std::unique_ptr<SiteReplica> replica;
    std::unique_ptr<LocalSite> site; // the replica as the desktop app opens it, with its engine
    SyncEngine* engine = nullptr;    // the site's
    std::unique_ptr<SyncPage> page;

    template <typename T> T* child(const char* name) const { return page->findChild<T*>(QString::fromLatin1(name)); }
    QPushButton* button() const { return child<QPushButton>("syncNowButton"); }
    QString text(const char* label) const { return child<QLabel>(label)->text(); }
    /// What a screen reader hears as the label's name.
    QString spoken(const char* label) const
    {
        QAccessibleInterface* face = QAccessible::queryAccessibleInterface(child<QLabel>(label));
        return face ? face->text(QAccessible::Name) : QString();
    }
    QAbstractItemModel* history() const { return child<QTableView>("historyView")->model(); }
    QAbstractItemModel* quarantine() const { return child<QTableView>("quarantineView")->model(); }
    bool offlineShown() const { return !child<QLabel>("offlineIndicator")->isHidden(); }
};

} // namespace

class TestSyncPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HubTestHarness> m_hub;
    QTemporaryDir m_dir;
    Station m_kasa;

    // A replica of `site` registered at `url` (the hub's when empty), with its engine and page, refreshed once.
    void makeStation(Station& station, const QString& site, const QString& url = QString(),
                     std::chrono::milliseconds retryBase = std::chrono::milliseconds(30000))
    {
        auto replica = SiteReplica::create(m_dir.filePath(site + QStringLiteral(".sqlite")), site,
                                           url.isEmpty() ? m_hub->url() : url, m_hub->secret(site));
        QVERIFY2(replica.ok(), qPrintable(replica.ok() ? QString() : replica.error().message));
        station.replica = std::move(replica).value();
        SiteOptions options;
        options.session = SiteReplica::testOptions();
        options.session.retryBase = retryBase;
        auto opened = LocalSite::open(station.replica->path(), options);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        station.site = std::move(opened).value();
        station.site->setSecret(m_hub->secret(site));
        station.engine = &station.site->engine();
        station.page = std::make_unique<SyncPage>(*station.site);
        station.page->resize(1000, 720);
        QSignalSpy refreshed(station.page.get(), &SyncPage::refreshed);
        QVERIFY(!refreshed.isEmpty() || refreshed.wait(10000));
    }

    // Clicks Sync now and waits for the session's end; returns its summary.
    SyncSummary clickSync(Station& station)
    {
        QSignalSpy finished(station.engine, &SyncEngine::sessionFinished);
        QSignalSpy refreshed(station.page.get(), &SyncPage::refreshed);
        QTest::mouseClick(station.button(), Qt::LeftButton);
        if (!finished.wait(kSyncTimeoutMs))
            return SyncSummary();
        // The page re-reads the replica after every session (the re-read may already have come).
        if (refreshed.isEmpty() && !refreshed.wait(10000))
            return SyncSummary();
        return finished.first().first().value<SyncSummary>();
    }

    void screenshot(Station& station, const QString& name)
    {
        const QString dir = qEnvironmentVariable("SYNCSITES_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QVERIFY(station.page->grab().save(dir + QLatin1Char('/') + name));
    }

private slots:
    void initTestCase()
    {
        HubHarnessOptions options;
        options.records = 40000; // Northern's first sync takes long enough to be cancelled
        auto hub = HubTestHarness::start(options);
        QVERIFY2(hub.ok(), qPrintable(hub.ok() ? QString() : hub.error().message));
        m_hub = std::move(hub).value();
        makeStation(m_kasa, kKasa);
    }

    // Before any session the page says so and shows the offline indicator; Sync now turns into Cancel, progress
    // reaches the page, and the history gains a success row with nothing left waiting.
    void syncNowShowsProgressAndHistory()
    {
        Station& s = m_kasa;
        QAbstractItemModelTester historyTester(s.history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester stageTester(s.child<QTableView>("stageView")->model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(s.history()->rowCount(), 0);
        QVERIFY(s.offlineShown());
        QCOMPARE(s.page->state(), SyncState::Offline);
        QCOMPARE(s.text("lastSuccessLabel"), QStringLiteral("never"));
        QCOMPARE(s.button()->text(), QStringLiteral("Sync now"));

        // What the page shows at each progress signal (the page's own slot runs first: it connected first).
        QStringList stages;
        int barMoved = 0;
        QProgressBar* bar = s.child<QProgressBar>("progressBar");
        connect(s.engine, &SyncEngine::progressed, this, [&] {
            stages << s.text("stageLabel");
            barMoved += bar->maximum() > 0 && bar->value() > 0;
        });
        QSignalSpy states(s.page.get(), &SyncPage::syncStateChanged);
        QSignalSpy finished(s.engine, &SyncEngine::sessionFinished);
        QSignalSpy refreshed(s.page.get(), &SyncPage::refreshed);

        QTest::mouseClick(s.button(), Qt::LeftButton);
        QCOMPARE(s.button()->text(), QStringLiteral("Cancel"));
        QCOMPARE(s.page->state(), SyncState::Syncing);
        QVERIFY(finished.wait(kSyncTimeoutMs));
        QVERIFY(!refreshed.isEmpty() || refreshed.wait(10000));
        disconnect(s.engine, &SyncEngine::progressed, this, nullptr);

        const SyncSummary summary = finished.first().first().value<SyncSummary>();
        QVERIFY2(summary.outcome == SyncOutcome::Success, qPrintable(SiteReplica::describe(summary)));
        QVERIFY(summary.pulled > 0);
        QVERIFY2(stages.contains(QStringLiteral("Receiving and saving core data")), qPrintable(stages.join(u'|')));
        QVERIFY(barMoved > 0);
        QCOMPARE(bar->value(), bar->maximum());
        QCOMPARE(s.text("stageLabel"), QStringLiteral("Finished"));
        QVERIFY(s.child<QTableView>("stageView")->model()->rowCount() >= 3);
        QCOMPARE(s.button()->text(), QStringLiteral("Sync now"));
        QVERIFY2(s.text("resultLabel").startsWith(QStringLiteral("Sync finished: 0 records sent")),
                 qPrintable(s.text("resultLabel")));

        QCOMPARE(s.history()->rowCount(), 1);
        QCOMPARE(s.history()->index(0, 0).data(SyncHistoryModel::OutcomeIdRole).toString(), QStringLiteral("success"));
        QCOMPARE(s.history()->index(0, SyncHistoryModel::PulledColumn).data(SyncHistoryModel::SortRole).toLongLong(),
                 summary.pulled);
        QCOMPARE(s.text("waitingLabel"), QStringLiteral("0 records"));
        QVERIFY(s.text("lastSuccessLabel").contains(QStringLiteral("just now")));
        QVERIFY(!s.offlineShown());
        QCOMPARE(s.page->state(), SyncState::Idle);
        QVERIFY(states.count() >= 2);
        QCOMPARE(states.first().first().value<SyncState>(), SyncState::Syncing);
        QCOMPARE(states.last().first().value<SyncState>(), SyncState::Idle);
        QCOMPARE(states.last().at(1).toString(), QStringLiteral("Synced just now"));

        // A screen reader hears the values with their captions, not the captions alone.
        QCOMPARE(s.spoken("waitingLabel"), QStringLiteral("Waiting to be sent: 0 records"));
        QCOMPARE(s.spoken("lastSuccessLabel"), QStringLiteral("Last successful sync: ") + s.text("lastSuccessLabel"));
        QVERIFY2(s.spoken("lastSuccessLabel").contains(QStringLiteral("just now")),
                 qPrintable(s.spoken("lastSuccessLabel")));
        QCOMPARE(s.spoken("resultLabel"), QStringLiteral("Result of the last sync: ") + s.text("resultLabel"));
        QVERIFY(s.spoken("resultLabel").contains(QStringLiteral("Sync finished: 0 records sent")));
        QCOMPARE(s.spoken("stageLabel"), QStringLiteral("Current stage: Finished"));
    }

    // Local changes are counted as waiting, then sent by the next session (started with F5 here).
    void waitingCountBeforeAndAfter()
    {
        Station& s = m_kasa;
        const QStringList active = m_hub->network().topology.activeStores(kKasa);
        QVERIFY(!active.isEmpty());
        StoreActions actions(s.replica->database());
        for (int i = 0; i < 3; ++i) {
            const auto put =
                actions.putRecord(active.first(), QStringLiteral("stock_line"),
                                  HubTestHarness::stockLine(active.first()).value(QStringLiteral("data")).toObject());
            QVERIFY2(put.ok(), qPrintable(put.ok() ? QString() : put.error().message));
        }
        QSignalSpy refreshed(s.page.get(), &SyncPage::refreshed);
        s.page->refresh();
        QVERIFY(!refreshed.isEmpty() || refreshed.wait(10000));
        QCOMPARE(s.text("waitingLabel"), QStringLiteral("3 records"));
        QCOMPARE(s.spoken("waitingLabel"), QStringLiteral("Waiting to be sent: 3 records"));

        s.page->show();
        QVERIFY(QTest::qWaitForWindowExposed(s.page.get()));
        s.page->activateWindow();
        QSignalSpy finished(s.engine, &SyncEngine::sessionFinished);
        QSignalSpy refreshedAfter(s.page.get(), &SyncPage::refreshed);
        QTest::keyClick(s.page.get(), Qt::Key_F5);
        QVERIFY(s.engine->isRunning());
        QVERIFY(finished.wait(kSyncTimeoutMs));
        QVERIFY(!refreshedAfter.isEmpty() || refreshedAfter.wait(10000));
        const SyncSummary summary = finished.first().first().value<SyncSummary>();
        QVERIFY2(summary.outcome == SyncOutcome::Success, qPrintable(SiteReplica::describe(summary)));
        QCOMPARE(summary.pushed, 3);
        QCOMPARE(s.text("waitingLabel"), QStringLiteral("0 records"));
        QCOMPARE(s.history()->rowCount(), 2);
        QCOMPARE(s.history()->index(0, SyncHistoryModel::PushedColumn).data(SyncHistoryModel::SortRole).toLongLong(),
                 3);
        QVERIFY(s.text("resultLabel").startsWith(QStringLiteral("Sync finished: 3 records sent")));
        screenshot(s, QStringLiteral("sync-page.png"));
        s.page->hide();
    }

    // A record of a store that is not Active here is refused by the hub: it shows in the quarantine with its
    // reason, can be inspected and exported, and a retry says it is still refused.
    void quarantineShowsRejectedRecord()
    {
        Station& s = m_kasa;
        QAbstractItemModelTester tester(s.quarantine(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString foreign;
        for (const QString& code : m_hub->network().topology.activeStores(kNorth)) {
            foreign = code;
            break;
        }
        QVERIFY(!foreign.isEmpty());
        const QJsonObject line = HubTestHarness::stockLine(foreign).value(QStringLiteral("data")).toObject();
        const QString id = line.value(QStringLiteral("id")).toString();
        const Status written = RecordStore(s.replica->database()).upsert(u"stock_line", line);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));

        const SyncSummary summary = clickSync(s);
        QVERIFY2(summary.outcome == SyncOutcome::Partial, qPrintable(SiteReplica::describe(summary)));
        QVERIFY(s.text("resultLabel").contains(QStringLiteral("refused")));
        QCOMPARE(s.quarantine()->rowCount(), 1);
        QCOMPARE(s.quarantine()->index(0, QuarantineModel::RecordColumn).data().toString(), id);
        QCOMPARE(s.quarantine()->index(0, QuarantineModel::TableColumn).data().toString(),
                 QStringLiteral("stock_line"));
        QCOMPARE(s.quarantine()->index(0, 0).data(QuarantineModel::ReasonCodeRole).toString(),
                 QStringLiteral("store_not_active"));
        QCOMPARE(s.child<QTabWidget>("syncTabs")->tabText(1), QStringLiteral("Quarantine (1)"));
        QCOMPARE(s.history()->index(0, 0).data(SyncHistoryModel::OutcomeIdRole).toString(), QStringLiteral("partial"));

        // Inspect.
        QTableView* view = s.child<QTableView>("quarantineView");
        view->selectRow(0);
        const QString details = s.child<QPlainTextEdit>("quarantineDetails")->toPlainText();
        QVERIFY2(details.contains(id) && details.contains(QStringLiteral("store_not_active")), qPrintable(details));

        // Export.
        const QString path = m_dir.filePath(QStringLiteral("quarantine.json"));
        QVERIFY(s.page->exportQuarantine(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray exported = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(exported.size(), 1);
        QCOMPARE(exported.first().toObject().value(QStringLiteral("record_id")).toString(), id);
        QVERIFY(s.text("quarantineMessage").contains(path));

        // Retry: the hub still refuses it, and it stays with one more retry counted.
        QPushButton* retry = s.child<QPushButton>("retryButton");
        QVERIFY(retry->isEnabled());
        QSignalSpy retried(s.page.get(), &SyncPage::quarantineRetried);
        QSignalSpy refreshed(s.page.get(), &SyncPage::refreshed);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(!retry->isEnabled());
        QVERIFY(retried.wait(30000));
        QCOMPARE(retried.first().first().toBool(), false);
        QVERIFY2(retried.first().at(1).toString().contains(QStringLiteral("still refused")),
                 qPrintable(retried.first().at(1).toString()));
        QVERIFY(!refreshed.isEmpty() || refreshed.wait(10000));
        QCOMPARE(s.quarantine()->rowCount(), 1);
        QCOMPARE(s.quarantine()->index(0, QuarantineModel::RetriesColumn).data().toInt(), 1);
    }

    // The interval chosen goes to the engine and into the replica's ReplicaConfig.
    void intervalIsAppliedAndSaved()
    {
        Station& s = m_kasa;
        QCOMPARE(s.engine->interval(), 300); // the replica's saved interval, applied when the page read it
        QComboBox* combo = s.child<QComboBox>("intervalCombo");
        QCOMPARE(combo->currentData().toInt(), 300);
        combo->setCurrentIndex(combo->findData(15 * 60));
        QCOMPARE(s.engine->interval(), 900);
        QTRY_COMPARE(ReplicaConfig::load(s.replica->database())->intervalSeconds, 900);
        combo->setCurrentIndex(combo->findData(0));
        QCOMPARE(s.engine->interval(), 0);
        QTRY_COMPARE(ReplicaConfig::load(s.replica->database())->intervalSeconds, 0);
    }

    // A server that cannot be reached: the failure's message and remedy, the offline indicator, the tray's offline
    // state and its notification.
    void failureShowsMessageAndOfflineIndicator()
    {
        Station s;
        makeStation(s, kLira, QStringLiteral("http://127.0.0.1:1"));
        SyncTrayIcon tray(*s.engine, nullptr);
        QVERIFY(!tray.isShown()); // no system tray under the offscreen platform
        QVERIFY(!SyncTrayIcon::iconFor(SyncState::Offline).isNull());
        QSignalSpy notified(&tray, &SyncTrayIcon::failureNotified);

        const SyncSummary summary = clickSync(s);
        QCOMPARE(summary.outcome, SyncOutcome::Failed);
        QVERIFY(summary.failure.has_value());
        QCOMPARE(summary.failure->kindId(), QStringLiteral("server_unreachable"));
        const QString result = s.text("resultLabel");
        QVERIFY2(result.contains(summary.failure->message) && result.contains(summary.failure->remedy),
                 qPrintable(result));
        QVERIFY(s.offlineShown());
        QVERIFY2(s.spoken("offlineIndicator").startsWith(QStringLiteral("Offline: ")),
                 qPrintable(s.spoken("offlineIndicator")));
        QVERIFY(s.spoken("resultLabel").contains(summary.failure->message));
        QCOMPARE(s.spoken("lastSuccessLabel"), QStringLiteral("Last successful sync: never"));
        QCOMPARE(s.page->state(), SyncState::Offline);
        QCOMPARE(tray.state(), SyncState::Offline);
        QCOMPARE(notified.count(), 1);
        QVERIFY(notified.first().at(1).toString().contains(summary.failure->message));
        QCOMPARE(s.history()->rowCount(), 1);
        QCOMPARE(s.history()->index(0, 0).data(SyncHistoryModel::OutcomeIdRole).toString(), QStringLiteral("failed"));
        QVERIFY(!s.history()->index(0, SyncHistoryModel::MessageColumn).data().toString().isEmpty());
        screenshot(s, QStringLiteral("sync-page-offline.png"));

        // Still offline at the next attempt: said once, not at every automatic sync.
        QCOMPARE(clickSync(s).outcome, SyncOutcome::Failed);
        QCOMPARE(tray.state(), SyncState::Offline);
        QCOMPARE(notified.count(), 1);

        // The next success clears it.
        s.replica->setServerUrl(m_hub->url());
        const SyncSummary second = clickSync(s);
        QVERIFY2(second.outcome == SyncOutcome::Success, qPrintable(SiteReplica::describe(second)));
        QVERIFY(!s.offlineShown());
        QCOMPARE(s.page->state(), SyncState::Idle);
        QCOMPARE(tray.state(), SyncState::Idle);
    }

    // After a failure that may pass, the page says when the engine tries again by itself, counts down, and offers
    // Retry now; the retry comes sooner than the interval; with automatic sync off, it says so instead.
    void failureSaysWhenItRetries()
    {
        Station s;
        makeStation(s, kLira, QStringLiteral("http://127.0.0.1:1"), std::chrono::milliseconds(4000));
        s.page->setAutomaticInterval(15 * 60);
        QWidget* line = s.child<QWidget>("retryLabel")->parentWidget();
        QVERIFY(line->isHidden()); // nothing failed yet

        QCOMPARE(clickSync(s).outcome, SyncOutcome::Failed);
        QVERIFY(s.engine->isRetryPlanned());
        QCOMPARE(s.engine->failuresInARow(), 1);
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(s.engine->nextAttempt());
        QVERIFY2(wait > 0 && wait <= 4000, qPrintable(QString::number(wait))); // 2-4 s, not the 15 min interval
        QVERIFY(!line->isHidden());
        QVERIFY2(s.text("retryLabel").startsWith(QStringLiteral("Trying again in ")), qPrintable(s.text("retryLabel")));
        QVERIFY(s.spoken("retryLabel").contains(QStringLiteral("second")));
        screenshot(s, QStringLiteral("sync-page-retrying.png"));

        // The engine tries again by itself; the next wait is longer (it doubles, with jitter in its upper half).
        QSignalSpy finished(s.engine, &SyncEngine::sessionFinished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(s.engine->failuresInARow(), 2);
        QTRY_VERIFY(s.engine->isRetryPlanned());
        QVERIFY(QDateTime::currentDateTimeUtc().msecsTo(s.engine->nextAttempt()) > 3000); // 4-8 s

        // Retry now does not wait for it.
        finished.clear();
        QTest::mouseClick(s.child<QPushButton>("retryNowButton"), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(s.engine->failuresInARow(), 3);

        // Automatic sync off: no retry, and the line says how to sync.
        s.page->setAutomaticInterval(0);
        QVERIFY(!s.engine->isRetryPlanned());
        QTRY_VERIFY(s.text("retryLabel").startsWith(QStringLiteral("Automatic sync is off")));

        // A success clears the count and the line.
        s.page->setAutomaticInterval(15 * 60);
        s.replica->setServerUrl(m_hub->url());
        QCOMPARE(clickSync(s).outcome, SyncOutcome::Success);
        QCOMPARE(s.engine->failuresInARow(), 0);
        QVERIFY(!s.engine->isRetryPlanned());
        QTRY_VERIFY(line->isHidden());
    }

    // Cancel during a long first sync: the session ends as cancelled, the button is Sync now again.
    void cancelDuringLongSync()
    {
        Station s;
        makeStation(s, kNorth);
        bool pulling = false;
        connect(s.engine, &SyncEngine::progressed, this, [&](const SyncProgress& p) {
            pulling = pulling || (p.stage == SyncStage::Pull && p.done > 0 && p.total > p.done);
        });
        QSignalSpy finished(s.engine, &SyncEngine::sessionFinished);
        QTest::mouseClick(s.button(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(pulling || !finished.isEmpty(), kSyncTimeoutMs);
        QVERIFY2(finished.isEmpty(), "the first sync ended before it could be cancelled: give the hub more records");
        QCOMPARE(s.button()->text(), QStringLiteral("Cancel"));
        QSignalSpy refreshed(s.page.get(), &SyncPage::refreshed);
        QTest::mouseClick(s.button(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<SyncSummary>().outcome, SyncOutcome::Cancelled);
        QVERIFY(!refreshed.isEmpty() || refreshed.wait(10000));
        QCOMPARE(s.button()->text(), QStringLiteral("Sync now"));
        QVERIFY(s.text("resultLabel").startsWith(QStringLiteral("Sync cancelled")));
        QCOMPARE(s.text("stageLabel"), QStringLiteral("Cancelled"));
        QCOMPARE(s.history()->index(0, 0).data(SyncHistoryModel::OutcomeIdRole).toString(),
                 QStringLiteral("cancelled"));
        disconnect(s.engine, &SyncEngine::progressed, this, nullptr);
    }

    void cleanupTestCase()
    {
        m_kasa.page.reset();
        m_kasa.engine = nullptr;
        m_kasa.site.reset();
        m_kasa.replica.reset();
    }
};

QTEST_MAIN(TestSyncPage)
#include "TestSyncPage.moc"
