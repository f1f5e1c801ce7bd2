#include "IncrementalBench.h"

#include "BenchHub.h"
#include "BenchReport.h"
#include "BenchSupport.h"
#include "Database.h"

#include <QElapsedTimer>

#include <algorithm>

namespace syncsites::bench {

namespace {

constexpr qint64 kHubRecords = 2000;
constexpr int kWaitingChanges = 1000;

} // namespace

bool IncrementalBench::run(int idleRuns, int busyRuns, BenchReport& report)
{
    Result<std::unique_ptr<BenchHub>> started = BenchHub::start(kHubRecords);
    if (!started) {
        report.note(QStringLiteral("incremental: hub setup failed: ") + started.error().message);
        return false;
    }
    BenchHub& hub = **started;
    Result<std::unique_ptr<Database>> replica = hub.newReplica(QStringLiteral("incremental.sqlite"));
    if (!replica) {
        report.note(QStringLiteral("incremental: replica: ") + replica.error().message);
        return false;
    }
    const SyncSummary first = hub.sync(**replica);
    if (first.outcome != SyncOutcome::Success) {
        report.note(QStringLiteral("incremental: first sync failed: ") + describe(first));
        return false;
    }
    // A second session takes what the first one's report and transfers left behind.
    hub.sync(**replica);

    QVector<double> idle;
    for (int r = 0; r < idleRuns; ++r) {
        QElapsedTimer timer;
        timer.start();
        const SyncSummary summary = hub.sync(**replica);
        idle.append(double(timer.nsecsElapsed()) / 1e6);
        if (summary.outcome != SyncOutcome::Success || summary.pushed != 0 || summary.pulled != 0) {
            report.note(QStringLiteral("incremental: an idle session had something to do: ") + describe(summary));
            return false;
        }
    }
    QVector<double> busy;
    for (int r = 0; r < busyRuns; ++r) {
        if (Status s = writeStockLines(**replica, hub, kWaitingChanges, QStringLiteral("BENCH-INC-%1").arg(r)); !s) {
            report.note(QStringLiteral("incremental: local writes: ") + s.error().message);
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        const SyncSummary summary = hub.sync(**replica);
        busy.append(double(timer.nsecsElapsed()) / 1e6);
        if (summary.outcome != SyncOutcome::Success || summary.pushed < kWaitingChanges) {
            report.note(QStringLiteral("incremental: a session did not push the changes: ") + describe(summary));
            return false;
        }
    }
    report.figure(QStringLiteral("incremental idle median"), QStringLiteral("ms"), {BenchReport::median(idle)}, 50);
    report.figure(QStringLiteral("incremental idle p95"), QStringLiteral("ms"), {BenchReport::percentile(idle, 95)},
                  50);
    report.note(QStringLiteral("incremental idle: %1 sessions, min %2 ms, max %3 ms")
                    .arg(idle.size())
                    .arg(BenchReport::number(*std::min_element(idle.cbegin(), idle.cend())))
                    .arg(BenchReport::number(*std::max_element(idle.cbegin(), idle.cend()))));
    report.figure(QStringLiteral("incremental 1000 changes median"), QStringLiteral("ms"), {BenchReport::median(busy)},
                  250);
    report.figure(QStringLiteral("incremental 1000 changes p95"), QStringLiteral("ms"),
                  {BenchReport::percentile(busy, 95)}, 250);
    report.note(QStringLiteral("incremental 1000 changes: %1 sessions: %2 ms").arg(busy.size()).arg([&] {
        QStringList out;
        for (double v : busy)
            out.append(BenchReport::number(v));
        return out.join(QStringLiteral(", "));
    }()));
    return true;
}

} // namespace syncsites::bench
