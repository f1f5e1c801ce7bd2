// F7: a damaged replica does not sync. A site's replica is damaged (one b-tree page, as failing storage does):
// - the scheduled check finds it before the next session, which refuses with replica_damaged, and so does every
//   session after it (the mark is kept) until a check passes or the replica is set up again;
// - a corruption error met by a session has the replica checked at once, with the same result;
// - `syncsites-cli check` says it is damaged (exit 9) and `syncsites-cli sync` refuses it (exit 9, naming reinit);
// - `syncsites-cli reinit` exports the changes not yet pushed, moves the file aside, pulls a new replica under the
//   same installation (the hub's binding holds), writes the changes back and pushes them: the hub ends with every
//   edit and the site with exactly what the hub routes to it.
#include "FileDamage.h"
#include "HubTestHarness.h"
#include "RecordStore.h"
#include "ReplicaHealth.h"
#include "ReplicaReinit.h"
#include "ReplicaRescue.h"
#include "SettingTable.h"
#include "SiteReplica.h"
#include "StableId.h"
#include "Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace syncsites;
using namespace syncsites::test;

namespace {

const QString kLira = QStringLiteral("Lira Health Centre"); // oms_android
const QString kNote = QStringLiteral("counted before the disk failed");
constexpr int kEdits = 12;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QString& replica, const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(SYNCSITES_CLI), QStringList{QStringLiteral("--replica"), replica} + arguments);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString failureCode(const SyncSummary& summary)
{
    return summary.failure ? summary.failure->code
                           : QStringLiteral("(no failure: %1)").arg(SiteReplica::describe(summary));
}

// Empty when the replica opened again, otherwise why not.
QString reopen(SiteReplica& site)
{
    const Status reopened = site.reopen();
    return reopened ? QString() : reopened.error().message;
}

int rootPage(Database& database, const QString& name)
{
    QSqlQuery query(database.connection().value());
    query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(name));
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace

class TestDamagedReplica : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theScheduledCheckStopsSync();
    void aCorruptionErrorStopsSync();
    void reinitKeepsTheChangesNotYetPushed();
    void aLostRowIsNotExportedAsADelete();
    void aReinitCutShortResumes();

private:
    std::unique_ptr<SiteReplica> syncedSite(const QString& name);
    QStringList edit(SiteReplica& site);
    int editsIn(Database& database, const QStringList& ids);

    QTemporaryDir m_dir;
    std::unique_ptr<HubTestHarness> m_hub;
    QString m_note;
};

void TestDamagedReplica::initTestCase()
{
    QVERIFY(m_dir.isValid());
    HubHarnessOptions options;
    options.records = 8000;
    auto hub = HubTestHarness::start(options);
    QVERIFY2(hub.ok(), qPrintable(hub.error().message));
    m_hub = std::move(hub).value();
}

std::unique_ptr<SiteReplica> TestDamagedReplica::syncedSite(const QString& name)
{
    // One replica per test: each is bound to the hub as a new installation of Lira, so release the last binding.
    QSqlQuery release(m_hub->database().connection().value());
    release.exec(QStringLiteral("DELETE FROM installation_binding"));
    auto made = SiteReplica::create(m_dir.filePath(name), kLira, m_hub->url(), m_hub->secret(kLira));
    if (!made)
        return nullptr;
    const SyncSummary first = (*made)->sync();
    if (first.outcome != SyncOutcome::Success) {
        qWarning("%s", qPrintable(SiteReplica::describe(first)));
        return nullptr;
    }
    return std::move(made).value();
}

// Edits stock lines of the site's own stores (not pushed yet); returns their ids.
QStringList TestDamagedReplica::edit(SiteReplica& site)
{
    // A note of this replica's own: the same lines edited by an earlier case already hold the earlier note.
    m_note = QStringLiteral("%1 (%2)").arg(kNote, QFileInfo(site.path()).fileName());
    QStringList ids;
    QStringList storeIds;
    const QStringList stores = m_hub->topology().activeStores(kLira);
    for (const QString& store : stores)
        storeIds << QLatin1Char('\'') + StableId::store(store) + QLatin1Char('\'');
    QSqlQuery query(site.database().connection().value());
    query.exec(QStringLiteral("SELECT id FROM stock_line WHERE store_id IN (%1) ORDER BY id LIMIT %2")
                   .arg(storeIds.join(QLatin1Char(',')))
                   .arg(kEdits));
    while (query.next())
        ids << query.value(0).toString();
    RecordStore records(site.database());
    Result<Transaction> tx = Transaction::begin(site.database());
    if (!tx)
        return {};
    for (const QString& id : std::as_const(ids)) {
        QJsonObject line = records.get(u"stock_line", id).value().value();
        line.insert(QStringLiteral("note"), m_note);
        if (!records.upsert(u"stock_line", line))
            return {};
    }
    return tx->commit() ? ids : QStringList();
}

int TestDamagedReplica::editsIn(Database& database, const QStringList& ids)
{
    RecordStore records(database);
    int found = 0;
    for (const QString& id : ids) {
        const Result<std::optional<QJsonObject>> line = records.get(u"stock_line", id);
        if (line && line->has_value() && (*line)->value(QStringLiteral("note")).toString() == m_note)
            ++found;
    }
    return found;
}

void TestDamagedReplica::theScheduledCheckStopsSync()
{
    std::unique_ptr<SiteReplica> site = syncedSite(QStringLiteral("scheduled.sqlite"));
    QVERIFY(site);
    // The first session checked the replica; the next check is due in a day. Make the day pass.
    QVERIFY(SettingTable(site->database())
                .setValue(ReplicaHealth::checkedAtKey(),
                          QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODateWithMs)));
    const int lines = rootPage(site->database(), QStringLiteral("stock_line"));
    site->close();
    const Result<DamagedPage> damaged = damageLastLeaf(site->path(), lines);
    QVERIFY2(damaged.ok(), qPrintable(damaged.error().message));
    QVERIFY2(reopen(*site).isEmpty(), qPrintable(reopen(*site)));

    const SyncSummary refused = site->sync();
    QCOMPARE(refused.outcome, SyncOutcome::Failed);
    QVERIFY(refused.failure);
    QCOMPARE(refused.failure->code, QStringLiteral("replica_damaged"));
    QCOMPARE(refused.failure->kind, SyncFailure::Kind::LocalStorage);
    QVERIFY(!refused.failure->transient);
    QVERIFY2(refused.failure->remedy.contains(QLatin1String("reinit")), qPrintable(refused.failure->remedy));
    // Marked: the next session refuses without checking again.
    QVERIFY(!ReplicaHealth(site->database()).damage().value().isEmpty());
    QCOMPARE(failureCode(site->sync()), QStringLiteral("replica_damaged"));
    site->close();

    const Run check = cli(site->path(), {QStringLiteral("check")});
    QVERIFY2(check.exitCode == 9, qPrintable(check.out + check.err));
    QVERIFY2(check.out.contains(QLatin1String("damaged:")), qPrintable(check.out));
    const Run sync = cli(site->path(), {QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 9, qPrintable(sync.err));
    QVERIFY2(sync.err.contains(QLatin1String("is damaged")) && sync.err.contains(QLatin1String("reinit")),
             qPrintable(sync.err));
}

void TestDamagedReplica::aCorruptionErrorStopsSync()
{
    std::unique_ptr<SiteReplica> site = syncedSite(QStringLiteral("error.sqlite"));
    QVERIFY(site);
    QCOMPARE(edit(*site).size(), kEdits);
    // The changelog's newest rows (the edits, which the next push reads) are on its last leaf. No check is due.
    const int changelog = rootPage(site->database(), QStringLiteral("changelog"));
    QVERIFY(changelog > 1);
    site->close();
    const Result<DamagedPage> damaged = damageLastLeaf(site->path(), changelog);
    QVERIFY2(damaged.ok(), qPrintable(damaged.error().message));
    QVERIFY2(reopen(*site).isEmpty(), qPrintable(reopen(*site)));

    const SyncSummary refused = site->sync();
    QCOMPARE(refused.outcome, SyncOutcome::Failed);
    QVERIFY(refused.failure);
    QVERIFY2(refused.failure->code == QLatin1String("replica_damaged"), qPrintable(SiteReplica::describe(refused)));
    QCOMPARE(failureCode(site->sync()), QStringLiteral("replica_damaged"));
}

void TestDamagedReplica::reinitKeepsTheChangesNotYetPushed()
{
    std::unique_ptr<SiteReplica> site = syncedSite(QStringLiteral("reinit.sqlite"));
    QVERIFY(site);
    const QStringList ids = edit(*site);
    QCOMPARE(ids.size(), kEdits);
    QCOMPARE(editsIn(m_hub->database(), ids), 0);
    // Damage away from the edits: the last leaf of the item table (central data, pulled again).
    const int items = rootPage(site->database(), QStringLiteral("item"));
    QVERIFY(SettingTable(site->database())
                .setValue(ReplicaHealth::checkedAtKey(),
                          QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODateWithMs)));
    site->close();
    QVERIFY(damageLastLeaf(site->path(), items).ok());
    QVERIFY2(reopen(*site).isEmpty(), qPrintable(reopen(*site)));
    QCOMPARE(failureCode(site->sync()), QStringLiteral("replica_damaged"));
    site->close();

    const QString exported = m_dir.filePath(QStringLiteral("reinit-unpushed.json"));
    const Run reinit = cli(site->path(), {QStringLiteral("reinit"), QStringLiteral("--export"), exported});
    QVERIFY2(reinit.exitCode == 0, qPrintable(reinit.err));
    QVERIFY2(reinit.err.contains(QStringLiteral("Saved %1 changed and 0 deleted").arg(kEdits)), qPrintable(reinit.err));

    // The export names every edit; the old file is kept aside.
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(document.value(QStringLiteral("changes")).toArray().size(), kEdits);
    QVERIFY(document.value(QStringLiteral("unreadable")).toArray().isEmpty());
    const QStringList aside = QDir(m_dir.path()).entryList({QStringLiteral("reinit.sqlite.damaged-*")});
    QVERIFY2(!aside.isEmpty(), qPrintable(QDir(m_dir.path()).entryList().join(QLatin1Char(' '))));

    // The hub has every edit; the new replica holds them and exactly what the hub routes to the site.
    QCOMPARE(editsIn(m_hub->database(), ids), kEdits);
    QVERIFY2(reopen(*site).isEmpty(), qPrintable(reopen(*site)));
    QCOMPARE(editsIn(site->database(), ids), kEdits);
    QVERIFY(ReplicaHealth(site->database()).damage().value().isEmpty());
    const SyncSummary after = site->sync();
    QVERIFY2(after.outcome == SyncOutcome::Success, qPrintable(SiteReplica::describe(after)));
    const QString difference = site->differenceFrom(*m_hub);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestDamagedReplica::aLostRowIsNotExportedAsADelete()
{
    std::unique_ptr<SiteReplica> site = syncedSite(QStringLiteral("lost.sqlite"));
    QVERIFY(site);
    const QStringList ids = edit(*site);
    QCOMPARE(ids.size(), kEdits);
    // One edited row vanishes without a delete being made here (as with a lost page): the triggers that log
    // deletes are dropped first, on this throwaway replica.
    QSqlQuery query(site->database().connection().value());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = "
                                      "'stock_line'")));
    QStringList triggers;
    while (query.next())
        triggers << query.value(0).toString();
    for (const QString& trigger : std::as_const(triggers))
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(trigger)));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM stock_line WHERE id = '%1'").arg(ids.first())));

    const QString path = m_dir.filePath(QStringLiteral("lost-unpushed.json"));
    const Result<UnpushedExport> exported = ReplicaRescue::exportUnpushed(site->database(), path);
    QVERIFY2(exported.ok(), qPrintable(exported.error().message));
    QCOMPARE(exported->upserts, kEdits - 1);
    QCOMPARE(exported->deletes, 0);
    QCOMPARE(exported->unreadable.size(), 1);
    QVERIFY2(exported->unreadable.first().contains(ids.first()), qPrintable(exported->unreadable.first()));
}

void TestDamagedReplica::aReinitCutShortResumes()
{
    std::unique_ptr<SiteReplica> site = syncedSite(QStringLiteral("resume.sqlite"));
    QVERIFY(site);
    const QStringList ids = edit(*site);
    QCOMPARE(ids.size(), kEdits);
    site->close();

    // The first run loses its connection in the new replica's first session (the failure is injected in place of
    // the session); nothing is written back yet, and sync refuses the half-made replica.
    const QString secret = m_hub->secret(kLira);
    const auto realSession = [&secret](Database& replica, const ReplicaConfig& config) {
        SyncSession session(replica, config, secret, SiteReplica::testOptions());
        return session.run();
    };
    const Result<ReplicaReinit::Report> cut =
        ReplicaReinit::run(site->path(), QString(), [](Database&, const ReplicaConfig&) {
            SyncSummary failed;
            failed.outcome = SyncOutcome::Failed;
            failed.failure = SyncFailure::classify(Error{QStringLiteral("connection_lost"), QStringLiteral("cut")});
            return failed;
        });
    QVERIFY2(cut.ok(), qPrintable(cut.error().message));
    QVERIFY(!cut->finished());
    QCOMPARE(cut->exported.upserts, kEdits);
    QVERIFY(!cut->asidePath.isEmpty() && QFile::exists(cut->asidePath));
    const Run sync = cli(site->path(), {QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 64 && sync.err.contains(QLatin1String("reinit")), qPrintable(sync.err));

    // Run again: it resumes (no second export, no second move) and finishes.
    const Result<ReplicaReinit::Report> resumed = ReplicaReinit::run(site->path(), QString(), realSession);
    QVERIFY2(resumed.ok(), qPrintable(resumed.error().message));
    QVERIFY(resumed->resumed);
    QVERIFY(resumed->asidePath.isEmpty());
    QCOMPARE(resumed->exportPath, cut->exportPath);
    QCOMPARE(resumed->written, kEdits);
    QVERIFY2(resumed->finished(), qPrintable(SiteReplica::describe(resumed->pushed)));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("resume.sqlite.damaged-*")}).size(), 1);
    QCOMPARE(editsIn(m_hub->database(), ids), kEdits);
    QVERIFY(reopen(*site).isEmpty());
    QCOMPARE(editsIn(site->database(), ids), kEdits);
    QVERIFY2(site->differenceFrom(*m_hub).isEmpty(), qPrintable(site->differenceFrom(*m_hub)));
}

QTEST_GUILESS_MAIN(TestDamagedReplica)
#include "TestDamagedReplica.moc"
