// The local sync state (link cursors, sync log, stages, quarantine) and the replica settings.

#include "Database.h"
#include "SettingTable.h"
#include "StorageTestData.h"
#include "SyncStateRepository.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace syncsites;
using syncsites::test::json;

class TestStorageSyncState : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void linkStateStartsFreshAndIsSaved();
    void sessionsAreLoggedWithTheirStages();
    void quarantineKeepsRecordsUntilRemoved();
    void settingsAreSavedByKey();
    void installationIdIsMadeOnceAndKept();
    void outcomeAndStageIdsRoundTrip_data();
    void outcomeAndStageIdsRoundTrip();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestStorageSyncState::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = test::openIn(*m_dir);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_db = std::move(opened).value();
}

void TestStorageSyncState::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestStorageSyncState::linkStateStartsFreshAndIsSaved()
{
    SyncStateRepository state(*m_db);
    LinkState core = state.linkState(Category::Core).value();
    QCOMPARE(core.pullCursor, 0);
    QCOMPARE(core.pushPosition, 0);
    QVERIFY(!core.initialised);
    QVERIFY(state.linkStates().value().isEmpty());

    const QDateTime at = QDateTime::fromString(QStringLiteral("2024-05-01T10:00:00.123Z"), Qt::ISODateWithMs);
    QVERIFY(state.setPullCursor(Category::Core, 42, at).ok());
    QVERIFY(state.setPushPosition(Category::Core, 7).ok());
    QVERIFY(state.setInitialised(Category::Core, true).ok());
    core = state.linkState(Category::Core).value();
    QCOMPARE(core.pullCursor, 42);
    QCOMPARE(core.pushPosition, 7);
    QVERIFY(core.initialised);
    QCOMPARE(core.lastPullAt, at);

    LinkState oms;
    oms.category = Category::Oms;
    oms.hubUrl = QStringLiteral("http://127.0.0.1:8080");
    oms.pullCursor = 5;
    QVERIFY(state.saveLinkState(oms).ok());
    const QVector<LinkState> all = state.linkStates().value();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(1).hubUrl, oms.hubUrl);
    QCOMPARE(all.at(1).pullCursor, 5);
    QVERIFY(!all.at(1).lastPullAt.isValid());
}

void TestStorageSyncState::sessionsAreLoggedWithTheirStages()
{
    SyncStateRepository state(*m_db);
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-60);
    const qint64 first = state.startSession(started.addSecs(-3600)).value();
    const qint64 id = state.startSession(started).value();
    QVERIFY(id > first);
    QCOMPARE(state.session(id).value()->outcome, SyncOutcome::Running);

    SyncStageEntry stage;
    stage.sessionId = id;
    stage.link = QStringLiteral("core");
    stage.stage = SyncStage::Pull;
    stage.done = 10;
    stage.total = 500;
    stage.startedAt = started;
    QVERIFY(state.saveStage(stage).ok());
    stage.done = 500;
    stage.finishedAt = started.addSecs(5);
    QVERIFY(state.saveStage(stage).ok());
    stage.stage = SyncStage::Push;
    stage.total.reset();
    QVERIFY(state.saveStage(stage).ok());
    const QVector<SyncStageEntry> stages = state.stages(id).value();
    QCOMPARE(stages.size(), 2);
    QCOMPARE(stages.at(0).stage, SyncStage::Push);
    QVERIFY(!stages.at(0).total.has_value());
    QCOMPARE(stages.at(1).stage, SyncStage::Pull);
    QCOMPARE(stages.at(1).done, 500);
    QCOMPARE(*stages.at(1).total, 500);

    SyncLogEntry finished = *state.session(id).value();
    finished.finishedAt = started.addSecs(10);
    finished.outcome = SyncOutcome::Partial;
    finished.errorCode = QStringLiteral("push_rejected");
    finished.errorMessage = QStringLiteral("2 records were rejected.");
    finished.pushed = 3;
    finished.pulled = 500;
    finished.rejected = 2;
    QVERIFY(state.finishSession(finished).ok());
    const SyncLogEntry read = *state.session(id).value();
    QCOMPARE(read.outcome, SyncOutcome::Partial);
    QCOMPARE(read.errorMessage, finished.errorMessage);
    QCOMPARE(read.rejected, 2);
    QCOMPARE(read.startedAt, started);

    QCOMPARE(state.sessions(10).value().first().id, id); // newest first
    finished.id = 9999;
    QCOMPARE(state.finishSession(finished).error().code, QStringLiteral("sync_session_not_found"));

    QCOMPARE(state.pruneSessions(started.addSecs(-60)).value(), 1);
    QCOMPARE(state.sessions(10).value().size(), 1);
    state.pruneSessions(started.addSecs(60));
    QCOMPARE(test::rowCount(*m_db, QStringLiteral("sync_log_stage")), 0); // stages go with their session
}

void TestStorageSyncState::quarantineKeepsRecordsUntilRemoved()
{
    SyncStateRepository state(*m_db);
    QuarantineEntry entry;
    entry.tableName = QStringLiteral("invoice");
    entry.recordId = QStringLiteral("inv-1");
    entry.storeId = QStringLiteral("store-a");
    entry.payload = json(R"({"id": "inv-1", "status": "shipped"})");
    entry.reasonCode = QStringLiteral("store_not_active");
    entry.reason = QStringLiteral("Store A is no longer active on this site.");
    const qint64 id = state.quarantine(entry).value();
    QCOMPARE(state.quarantineCount().value(), 1);

    const QuarantineEntry read = state.quarantined().value().first();
    QCOMPARE(read.id, id);
    QCOMPARE(read.payload, entry.payload);
    QCOMPARE(read.reason, entry.reason);
    QVERIFY(!read.sessionId.has_value());
    QVERIFY(read.quarantinedAt.isValid());
    QCOMPARE(read.retryCount, 0);

    QCOMPARE(state.countRetry(id).value(), 1);
    QCOMPARE(state.countRetry(id).value(), 2);
    QCOMPARE(state.countRetry(id + 100).error().code, QStringLiteral("quarantine_entry_not_found"));
    QVERIFY(state.removeFromQuarantine(id).ok());
    QCOMPARE(state.quarantineCount().value(), 0);
}

void TestStorageSyncState::settingsAreSavedByKey()
{
    SettingTable settings(*m_db);
    QVERIFY(!settings.siteId().value().has_value());
    QCOMPARE(settings.role().value(), DatabaseRole::Replica);
    QVERIFY(settings.setSiteId(QStringLiteral("site-x")).ok());
    QVERIFY(settings.setSiteName(QStringLiteral("Site X")).ok());
    QVERIFY(settings.setRole(DatabaseRole::Hub).ok());
    QCOMPARE(*settings.siteId().value(), QStringLiteral("site-x"));
    QCOMPARE(*settings.siteName().value(), QStringLiteral("Site X"));
    QCOMPARE(settings.role().value(), DatabaseRole::Hub);
    QVERIFY(settings.remove(SettingTable::siteNameKey()).ok());
    QVERIFY(!settings.siteName().value().has_value());
}

void TestStorageSyncState::installationIdIsMadeOnceAndKept()
{
    QString fromThread;
    std::unique_ptr<QThread> thread(
        QThread::create([&] { fromThread = SettingTable(*m_db).installationId().value(); }));
    thread->start();
    const QString id = SettingTable(*m_db).installationId().value();
    QVERIFY(thread->wait(10000));
    QVERIFY(!QUuid::fromString(id).isNull());
    QCOMPARE(fromThread, id);

    const QString path = m_db->path();
    m_db.reset();
    auto reopened = Database::open(path);
    QCOMPARE(SettingTable(**reopened).installationId().value(), id);
}

void TestStorageSyncState::outcomeAndStageIdsRoundTrip_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("isOutcome");
    for (const char* id : {"running", "success", "partial", "failed", "cancelled"})
        QTest::newRow(id) << QString::fromLatin1(id) << true;
    for (const char* id : {"handshake", "push", "pull", "transfers", "report"})
        QTest::newRow(id) << QString::fromLatin1(id) << false;
}

void TestStorageSyncState::outcomeAndStageIdsRoundTrip()
{
    QFETCH(QString, id);
    QFETCH(bool, isOutcome);
    if (isOutcome)
        QCOMPARE(syncOutcomeId(syncOutcomeFromId(id).value()), id);
    else
        QCOMPARE(syncStageId(syncStageFromId(id).value()), id);
}

QTEST_GUILESS_MAIN(TestStorageSyncState)
#include "TestStorageSyncState.moc"
