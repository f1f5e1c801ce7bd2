#include "PushBench.h"

#include "Baseline.h"
#include "BenchHub.h"
#include "BenchReport.h"
#include "BenchSupport.h"
#include "Database.h"

#include "Gzip.h"
#include "RecordStore.h"
#include "SyncStateRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

namespace syncsites::bench {

namespace {

constexpr qint64 kHubRecords = 2000;
constexpr int kBodyRecords = 5000; // the hub's push_batch_max

struct PushBodies
{
    qint64 records = 0;
    qint64 json = 0;
    qint64 gzip = 0;
};

/// The push bodies of the stock lines of `batch` as the engine builds them (PushBatchBuilder: table, id, action and
/// the whole record as the replica holds it), in batches of the hub's maximum: their JSON size, and gzip'd at the
/// engine's level 1.
Result<PushBodies> pushBodies(Database& replica, const QString& batch)
{
    const Result<QSqlDatabase> connection = replica.connection();
    if (!connection)
        return connection.error();
    QSqlQuery query(*connection);
    query.prepare(QStringLiteral("SELECT id FROM stock_line WHERE batch = ? ORDER BY rowid"));
    query.addBindValue(batch);
    if (!query.exec())
        return Error(QStringLiteral("bench"), QStringLiteral("cannot read the pushed ids"));
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    RecordStore records(replica);
    PushBodies out;
    for (int from = 0; from < ids.size(); from += kBodyRecords) {
        QJsonArray part;
        for (int i = from; i < std::min(int(ids.size()), from + kBodyRecords); ++i) {
            const Result<std::optional<QJsonObject>> data = records.get(u"stock_line", ids[i]);
            if (!data || !data->has_value())
                return Error(QStringLiteral("bench"), QStringLiteral("cannot read stock line %1").arg(ids[i]));
            part.append(QJsonObject{{QStringLiteral("table"), QStringLiteral("stock_line")},
                                    {QStringLiteral("id"), ids[i]},
                                    {QStringLiteral("action"), QStringLiteral("upsert")},
                                    {QStringLiteral("data"), **data}});
        }
        const QByteArray body =
            QJsonDocument(QJsonObject{
                              {QStringLiteral("category"), QStringLiteral("core")},
                              {QStringLiteral("batch_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                              {QStringLiteral("records"), part},
                          })
                .toJson(QJsonDocument::Compact);
        out.records += part.size();
        out.json += body.size();
        out.gzip += Gzip::compress(body, 1).size();
    }
    return out;
}

/// The stages of a session as its replica logged them: "push 3.10 s, pull 0.20 s, ... of 3.40 s".
QString stageTimes(Database& replica, qint64 sessionId, double seconds)
{
    const Result<QVector<SyncStageEntry>> stages = SyncStateRepository(replica).stages(sessionId);
    if (!stages)
        return stages.error().message;
    QStringList parts;
    for (const SyncStageEntry& stage : *stages)
        if (stage.startedAt.isValid() && stage.finishedAt.isValid())
            parts << QStringLiteral("%1 %2 %3 s")
                         .arg(stage.link, syncStageId(stage.stage),
                              BenchReport::number(double(stage.startedAt.msecsTo(stage.finishedAt)) / 1000.0));
    return parts.join(QLatin1String(", ")) + QStringLiteral(" of %1 s").arg(BenchReport::number(seconds));
}

} // namespace

bool PushBench::run(int changes, int runs, BenchReport& report)
{
    Result<std::unique_ptr<BenchHub>> started = BenchHub::start(kHubRecords);
    if (!started) {
        report.note(QStringLiteral("push: hub setup failed: ") + started.error().message);
        return false;
    }
    BenchHub& hub = **started;
    Result<std::unique_ptr<Database>> replica = hub.newReplica(QStringLiteral("push.sqlite"));
    if (!replica) {
        report.note(QStringLiteral("push: replica: ") + replica.error().message);
        return false;
    }
    const SyncSummary first = hub.sync(**replica);
    if (first.outcome != SyncOutcome::Success) {
        report.note(QStringLiteral("push: first sync failed: ") + describe(first));
        return false;
    }
    QVector<double> rates;
    QVector<double> baselines;
    QVector<double> writeRates;
    QVector<double> bytesPerRecord;
    PushBodies bodies;
    QString stageNote;
    for (int r = 0; r < runs; ++r) {
        const QString batch = QStringLiteral("BENCH-PUSH-%1").arg(r);
        QElapsedTimer writeTimer;
        writeTimer.start();
        if (Status s = writeStockLines(**replica, hub, changes, batch); !s) {
            report.note(QStringLiteral("push: local writes: ") + s.error().message);
            return false;
        }
        writeRates.append(double(changes) / (double(writeTimer.nsecsElapsed()) / 1e9));

        const double bytesBefore = hub.requestBytes();
        QElapsedTimer timer;
        timer.start();
        const SyncSummary summary = hub.sync(**replica);
        const double elapsed = double(timer.nsecsElapsed()) / 1e9;
        if (summary.outcome != SyncOutcome::Success || summary.pushed < changes) {
            report.note(QStringLiteral("push: session did not push them all: ") + describe(summary));
            return false;
        }
        rates.append(double(summary.pushed) / elapsed);
        if (r == 0)
            stageNote = stageTimes(**replica, summary.sessionId, elapsed);
        bytesPerRecord.append((hub.requestBytes() - bytesBefore) / double(summary.pushed));
        if (r == 0) {
            const Result<PushBodies> made = pushBodies(**replica, batch);
            if (!made) {
                report.note(QStringLiteral("push: push bodies: ") + made.error().message);
                return false;
            }
            bodies = *made;
        }

        // The baseline file holds what the replica held before (untimed), then takes the same rows (timed).
        const QString mine = QStringLiteral("batch = '%1'").arg(batch);
        const QString others = QStringLiteral("batch <> '%1'").arg(batch);
        QVector<Baseline::Source> before;
        for (const Baseline::Source& s : Baseline::allSyncedTables())
            before.append({s.table, s.table == QLatin1String("stock_line") ? others : QString()});
        const Result<Baseline> existing = Baseline::read(**replica, before);
        const Result<Baseline> pushed = Baseline::read(**replica, {{QStringLiteral("stock_line"), mine}});
        if (!existing || !pushed) {
            report.note(QStringLiteral("push: baseline read failed"));
            return false;
        }
        const QString targetName = QStringLiteral("push-baseline-%1.sqlite").arg(r);
        Result<std::unique_ptr<Database>> target = Database::open(hub.path(targetName));
        if (!target) {
            report.note(QStringLiteral("push: baseline file: ") + target.error().message);
            return false;
        }
        const Result<double> untimed = existing->insertInto(**target);
        const Result<double> seconds = untimed ? pushed->insertInto(**target) : Result<double>(untimed.error());
        if (!seconds) {
            report.note(QStringLiteral("push: baseline insert: ") + seconds.error().message);
            return false;
        }
        baselines.append(double(pushed->rows()) / *seconds);
        (*target)->close();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(hub.path(targetName + suffix));
    }
    const QString label = QStringLiteral("push %1").arg(changes);
    report.rate(label + QStringLiteral(" records/s"), QStringLiteral("rec/s"), rates, baselines, 4.0);
    report.figure(label + QStringLiteral(" request body bytes per pushed record (gzip)"), QStringLiteral("B"),
                  bytesPerRecord);
    const double jsonPerRecord = double(bodies.json) / double(std::max<qint64>(1, bodies.records));
    const double enginePerRecord = BenchReport::median(bytesPerRecord);
    report.figure(label + QStringLiteral(" pushed JSON bytes per record (uncompressed)"), QStringLiteral("B"),
                  {jsonPerRecord});
    report.note(QStringLiteral("push: the pushed records' bodies made again as the engine makes them, in batches of "
                               "%1: %2 B of JSON per record, %3 B gzip level 1 (%4x smaller); on the wire above: %5 B "
                               "per record, %6x smaller than the JSON")
                    .arg(kBodyRecords)
                    .arg(BenchReport::number(jsonPerRecord),
                         BenchReport::number(double(bodies.gzip) / double(std::max<qint64>(1, bodies.records))),
                         BenchReport::number(double(bodies.json) / double(std::max<qint64>(1, bodies.gzip))),
                         BenchReport::number(enginePerRecord), BenchReport::number(jsonPerRecord / enginePerRecord)));
    report.note(QStringLiteral("push: where the first run's session went: ") + stageNote);
    report.note(QStringLiteral("push: writing the %1 local changes (RecordStore, one transaction, untimed above) ran "
                               "at %2 rec/s")
                    .arg(changes)
                    .arg(BenchReport::number(BenchReport::median(writeRates))));
    return true;
}

} // namespace syncsites::bench
