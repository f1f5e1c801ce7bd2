// The Nth-operation failure harness: one whole sync session of a site, with everything a session does (its own
// edits pushed, the hub's changes pulled, a transfer answered and the answer pushed, the report), run again and again
// with the Nth SQLite write failing, for every N the session makes: at the hub (an in-process demo hub whose files
// sit behind a FaultyVfs) and, separately, at the site (its replica). After the failure is gone the site syncs
// again, and then both sides must hold exactly what an unfailed run holds: the same records at the hub and at the
// site, the site's copy equal to what the hub routes to it, every edit on the hub, one answer for the transfer, no
// quarantine.
//
// Each run starts from a new hub and new replicas built the same way, so that runs do not share state. The number
// of N and the time taken are printed (docs/operations.md quotes them).
#include "FaultyVfs.h"
#include "HubTestHarness.h"
#include "RecordStore.h"
#include "SiteReplica.h"
#include "StableId.h"
#include "StoreActions.h"
#include "SyncStateRepository.h"
#include "TableSchema.h"
#include "Transaction.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>

using namespace syncsites;
using namespace syncsites::test;

namespace {

const QString kSefa = QStringLiteral("Sefa District Hospital");
const QString kLira = QStringLiteral("Lira Health Centre");
const QString kNote = QStringLiteral("counted at the Nth-write run");

enum class Side
{
    Hub,
    Site,
};

/// What a run leaves behind: how many records each table holds at the hub and at the site (records made during a
/// run get random ids, so runs are compared by counts, and each run's answer to its transfer is checked by id), and
/// the problems found.
struct Outcome
{
    QMap<QString, int> hub;
    QMap<QString, int> site;
    QStringList problems;
    qint64 writes = 0;     ///< writes counted (reference run) or made before and after the failure
    bool injected = false; ///< the write to fail was made (and failed)
    int sessions = 0;      ///< sessions the site needed after the failure
};

QMap<QString, int> recordsIn(Database& database)
{
    QMap<QString, int> counts;
    QSqlQuery query(database.connection().value());
    for (const TableSchema& table : TableSchema::all()) {
        const QString name = table.name();
        query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(name));
        counts.insert(name, query.next() ? query.value(0).toInt() : -1);
    }
    return counts;
}

QString describeDifference(const QMap<QString, int>& got, const QMap<QString, int>& expected)
{
    QStringList differences;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (got.value(it.key()) != it.value())
            differences << QStringLiteral("%1 %2 instead of %3").arg(it.key()).arg(got.value(it.key())).arg(it.value());
    }
    return differences.join(QLatin1String(", "));
}

// How many inbound shipments answer `outbound` in `database`.
int answersTo(Database& database, const QString& outbound)
{
    QSqlQuery query(database.connection().value());
    query.prepare(QStringLiteral("SELECT count(*) FROM invoice WHERE type = 'inbound' AND linked_invoice_id = ?"));
    query.addBindValue(outbound);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestNthWriteFailure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyWriteAtTheHub();
    void everyWriteAtTheSite();

private:
    /// One run; `failAt` 0 counts the writes instead of failing one.
    Outcome run(Side side, qint64 failAt);
    void everyWrite(Side side);

    Outcome m_reference[2];
};

void TestNthWriteFailure::initTestCase()
{
    FaultyVfs::install();
    // Each failed write at the hub is logged at error level: thousands of lines that say what the test does.
    QLoggingCategory::setFilterRules(QStringLiteral("syncsites.server.storage=false\nsyncsites.engine.health=false"));
}

void TestNthWriteFailure::cleanup()
{
    FaultyVfs::disarm();
}

Outcome TestNthWriteFailure::run(Side side, qint64 failAt)
{
    Outcome outcome;
    QTemporaryDir dir;
    HubHarnessOptions options;
    options.records = 400;
    auto started = HubTestHarness::start(options);
    if (!started) {
        outcome.problems << started.error().message;
        return outcome;
    }
    HubTestHarness& hub = **started;
    auto sefaMade =
        SiteReplica::create(dir.filePath(QStringLiteral("sefa.sqlite")), kSefa, hub.url(), hub.secret(kSefa));
    auto liraMade =
        SiteReplica::create(dir.filePath(QStringLiteral("lira.sqlite")), kLira, hub.url(), hub.secret(kLira));
    if (!sefaMade || !liraMade) {
        outcome.problems << QStringLiteral("replicas cannot be made");
        return outcome;
    }
    SiteReplica& sefa = **sefaMade;
    SiteReplica& lira = **liraMade;
    SessionOptions sessionOptions = SiteReplica::testOptions();
    sessionOptions.maxAttempts = 1; // a failed request ends the session: the next session is the retry
    const auto syncs = [&](SiteReplica& site) {
        return site.sync(sessionOptions).outcome == SyncOutcome::Success;
    };
    if (!syncs(sefa) || !syncs(lira)) {
        outcome.problems << QStringLiteral("the first syncs failed");
        return outcome;
    }

    // The session's work: a shipment from Sefa to Lira to answer, the hub's own change to pull, Lira's edits to push.
    const Result<QString> shipment =
        StoreActions(sefa.database())
            .createTransfer(QStringLiteral("SEF-PHA"), QStringLiteral("LIR-DSP"), QStringLiteral("ORS"), 4);
    if (!shipment || !syncs(sefa)) {
        outcome.problems << QStringLiteral("the shipment could not be sent: %1")
                                .arg(shipment ? QStringLiteral("sync failed") : shipment.error().message);
        return outcome;
    }
    RecordStore hubRecords(hub.database());
    QJsonObject item = hubRecords.get(u"item", StableId::item(QStringLiteral("ORS"))).value().value();
    item.insert(QStringLiteral("name"), QStringLiteral("Oral rehydration salts (renamed at the hub)"));
    if (!hubRecords.upsert(u"item", item)) {
        outcome.problems << QStringLiteral("the hub's change could not be written");
        return outcome;
    }
    QStringList edited;
    {
        RecordStore records(lira.database());
        Result<Transaction> tx = Transaction::begin(lira.database());
        for (int i = 1; i <= 3; ++i) {
            const QString id = QUuid::createUuidV5(QUuid(QStringLiteral("6ba7b810-9dad-11d1-80b4-00c04fd430c8")),
                                                   QStringLiteral("nth-write-line-%1").arg(i))
                                   .toString(QUuid::WithoutBraces);
            QJsonObject line = HubTestHarness::stockLine(QStringLiteral("LIR-DSP"), QStringLiteral("ORS"), id)
                                   .value(QStringLiteral("data"))
                                   .toObject();
            line.insert(QStringLiteral("note"), kNote);
            if (records.upsert(u"stock_line", line))
                edited << id;
        }
        if (!tx || !tx->commit() || edited.size() != 3) {
            outcome.problems << QStringLiteral("the site's edits could not be written");
            return outcome;
        }
    }

    // The session under test.
    const QString prefix = side == Side::Hub ? hub.directory() + QLatin1Char('/') : lira.path();
    if (failAt == 0)
        FaultyVfs::count(prefix);
    else
        FaultyVfs::failNth(prefix, failAt, SQLITE_IOERR_WRITE);
    const SyncSummary underTest = lira.sync(sessionOptions);
    outcome.writes = FaultyVfs::writes();
    const bool failed = FaultyVfs::failures() > 0;
    FaultyVfs::disarm();
    if (failAt == 0 && underTest.outcome != SyncOutcome::Success)
        outcome.problems << QStringLiteral("the reference session: %1").arg(SiteReplica::describe(underTest));
    // A session does not make quite the same writes every time (what a page holds depends on timing): a run
    // whose session made fewer than `failAt` writes is an unfailed run, still checked like the others.
    outcome.injected = failed;

    // Retry until a session succeeds: a hub that met a storage error stands unhealthy until a write succeeds (its
    // /healthz probe writes), and sites are told to come back later.
    bool done = underTest.outcome == SyncOutcome::Success;
    auto client = hub.client();
    for (int i = 0; i < 6 && !done; ++i) {
        client->get(QStringLiteral("/healthz"));
        const SyncSummary again = lira.sync(sessionOptions);
        ++outcome.sessions;
        done = again.outcome == SyncOutcome::Success;
        if (!done && i == 5)
            outcome.problems << QStringLiteral("no success after the failure: %1").arg(SiteReplica::describe(again));
    }
    // A last session picks up what the hub may still hold for the site (an answer pushed by the last session).
    if (done && !syncs(lira))
        outcome.problems << QStringLiteral("the session after success failed");

    outcome.hub = recordsIn(hub.database());
    outcome.site = recordsIn(lira.database());
    const QString difference = lira.differenceFrom(hub);
    if (!difference.isEmpty())
        outcome.problems << QStringLiteral("the site differs from the hub: ") + difference;
    int onHub = 0;
    for (const QString& id : std::as_const(edited)) {
        const auto line = hubRecords.get(u"stock_line", id);
        onHub += line && line->has_value() && (*line)->value(QStringLiteral("note")).toString() == kNote;
    }
    if (onHub != int(edited.size()))
        outcome.problems << QStringLiteral("%1 of %2 edits on the hub").arg(onHub).arg(edited.size());
    if (answersTo(hub.database(), *shipment) != 1 || answersTo(lira.database(), *shipment) != 1)
        outcome.problems << QStringLiteral("the shipment has %1 answer(s) at the hub and %2 at the site, not one")
                                .arg(answersTo(hub.database(), *shipment))
                                .arg(answersTo(lira.database(), *shipment));
    const Result<QVector<QuarantineEntry>> quarantined = SyncStateRepository(lira.database()).quarantined();
    if (!quarantined || !quarantined->isEmpty())
        outcome.problems << QStringLiteral("records in the quarantine");
    return outcome;
}

void TestNthWriteFailure::everyWrite(Side side)
{
    QElapsedTimer timer;
    timer.start();
    Outcome& reference = m_reference[int(side)];
    reference = run(side, 0);
    QVERIFY2(reference.problems.isEmpty(), qPrintable(reference.problems.join(QLatin1String("; "))));
    QVERIFY2(reference.writes > 0, "the session made no write to count");
    QStringList failures;
    int sessions = 0;
    int injected = 0;
    qint64 n = 1;
    // Every N the reference made, and on while runs still reach the write to fail (a run may make a few more).
    for (bool reached = true; n <= reference.writes || reached; ++n) {
        const Outcome outcome = run(side, n);
        reached = outcome.injected;
        injected += outcome.injected;
        sessions += outcome.sessions;
        QStringList problems = outcome.problems;
        if (outcome.hub != reference.hub)
            problems << QStringLiteral("hub: ") + describeDifference(outcome.hub, reference.hub);
        if (outcome.site != reference.site)
            problems << QStringLiteral("site: ") + describeDifference(outcome.site, reference.site);
        if (!problems.isEmpty())
            failures << QStringLiteral("write %1 of %2 failed: %3")
                            .arg(n)
                            .arg(reference.writes)
                            .arg(problems.join(QLatin1String("; ")));
    }
    qInfo("%s: %lld writes in the reference session; %d runs failed one (N = 1..%lld); %d retry sessions in all; "
          "%lld ms",
          side == Side::Hub ? "hub" : "site", reference.writes, injected, n - 1, sessions, qint64(timer.elapsed()));
    // Nearly every N was reached: the harness did fail the writes it says it failed.
    QVERIFY2(injected >= reference.writes * 9 / 10,
             qPrintable(QStringLiteral("%1 of %2 writes failed").arg(injected).arg(reference.writes)));
    QVERIFY2(failures.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 runs:\n").arg(failures.size()).arg(reference.writes) +
                        failures.mid(0, 10).join(QLatin1Char('\n'))));
}

void TestNthWriteFailure::everyWriteAtTheHub()
{
    everyWrite(Side::Hub);
}

void TestNthWriteFailure::everyWriteAtTheSite()
{
    everyWrite(Side::Site);
}

QTEST_GUILESS_MAIN(TestNthWriteFailure)
#include "TestNthWriteFailure.moc"
