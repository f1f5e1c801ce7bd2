#include "PushBench.h"

#include "Baseline.h"
#include "BenchHub.h"
#include "BenchReport.h"
#include "BenchSupport.h"
#include "Database.h"

#include <QElapsedTimer>
#include <QFile>

namespace syncsites::bench {

namespace {

constexpr qint64 kHubRecords = 2000;

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
        bytesPerRecord.append((hub.requestBytes() - bytesBefore) / double(summary.pushed));

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
    report.note(QStringLiteral("push: writing the %1 local changes (RecordStore, one transaction, untimed above) ran "
                               "at %2 rec/s")
                    .arg(changes)
                    .arg(BenchReport::number(BenchReport::median(writeRates))));
    return true;
}

} // namespace syncsites::bench
