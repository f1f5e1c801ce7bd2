#include "FirstSyncBench.h"

#include "Baseline.h"
#include "BenchHub.h"
#include "BenchReport.h"
#include "BenchSupport.h"
#include "Database.h"

#include <QElapsedTimer>
#include <QFile>

namespace syncsites::bench {

bool FirstSyncBench::run(qint64 records, int runs, BenchReport& report)
{
    Result<std::unique_ptr<BenchHub>> started = BenchHub::start(records);
    if (!started) {
        report.note(QStringLiteral("first-sync: hub setup failed: ") + started.error().message);
        return false;
    }
    BenchHub& hub = **started;
    report.note(QStringLiteral("first-sync: hub with %1 generated records made in %2 s; site \"%3\" (every store "
                               "Collector there)")
                    .arg(records)
                    .arg(double(hub.setupMs()) / 1000.0, 0, 'f', 1)
                    .arg(hub.site()));
    QVector<double> rates;
    QVector<double> baselines;
    QVector<double> bytesPerRecord;
    QVector<double> seconds;
    QVector<double> bareBaselines;
    qint64 pulled = 0;
    QStringList perLink;
    const double rssAfterSetup = peakRssMb();
    double rssAfterSync = 0;
    qint64 baselineRows = 0;
    for (int r = 0; r < runs; ++r) {
        const QString name = QStringLiteral("first-%1.sqlite").arg(r);
        Result<std::unique_ptr<Database>> replica = hub.newReplica(name);
        if (!replica) {
            report.note(QStringLiteral("first-sync: replica: ") + replica.error().message);
            return false;
        }
        const double bytesBefore = hub.responseBytes();
        QElapsedTimer timer;
        timer.start();
        const SyncSummary summary = hub.sync(**replica);
        const double elapsed = double(timer.nsecsElapsed()) / 1e9;
        if (summary.outcome != SyncOutcome::Success || summary.pulled <= 0) {
            report.note(QStringLiteral("first-sync: session did not succeed: ") + describe(summary));
            return false;
        }
        pulled = summary.pulled;
        perLink.clear();
        for (const LinkSummary& link : summary.links)
            perLink.append(QStringLiteral("%1 %2").arg(categoryId(link.category)).arg(link.pulled));
        rates.append(double(summary.pulled) / elapsed);
        seconds.append(elapsed);
        bytesPerRecord.append((hub.responseBytes() - bytesBefore) / double(summary.pulled));
        if (r == 0)
            rssAfterSync = peakRssMb(); // before the baseline holds the rows in memory

        const Result<Baseline> baseline = Baseline::read(**replica, Baseline::allSyncedTables());
        if (!baseline) {
            report.note(QStringLiteral("first-sync: baseline read: ") + baseline.error().message);
            return false;
        }
        baselineRows = baseline->rows();
        const QString targetName = QStringLiteral("baseline-%1.sqlite").arg(r);
        Result<std::unique_ptr<Database>> target = Database::open(hub.path(targetName));
        if (!target) {
            report.note(QStringLiteral("first-sync: baseline file: ") + target.error().message);
            return false;
        }
        const Result<double> baselineSeconds = baseline->insertInto(**target);
        if (!baselineSeconds) {
            report.note(QStringLiteral("first-sync: baseline insert: ") + baselineSeconds.error().message);
            return false;
        }
        baselines.append(double(baseline->rows()) / *baselineSeconds);
        (*target)->close();
        // For the notes: the same rows without the changelog triggers (what SQLite alone costs).
        const QString bareName = QStringLiteral("bare-%1.sqlite").arg(r);
        if (Result<std::unique_ptr<Database>> bare = Database::open(hub.path(bareName))) {
            if (Baseline::dropTriggers(**bare)) {
                if (const Result<double> bareSeconds = baseline->insertInto(**bare))
                    bareBaselines.append(double(baseline->rows()) / *bareSeconds);
            }
            (*bare)->close();
        }
        (*replica)->close();
        for (const QString& file : {name, targetName, bareName})
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(hub.path(file + suffix));
    }
    const QString label = QStringLiteral("first-sync %1").arg(records);
    report.rate(label + QStringLiteral(" records/s"), QStringLiteral("rec/s"), rates, baselines, 3.0);
    report.figure(label + QStringLiteral(" session time"), QStringLiteral("s"), seconds);
    report.figure(label + QStringLiteral(" response body bytes per pulled record (gzip)"), QStringLiteral("B"),
                  bytesPerRecord);
    report.note(
        QStringLiteral("first-sync: %1 records pulled per session (by link: %3); the baseline inserted the %2 rows the "
                       "replica holds after it (synced tables), with triggers and indexes")
            .arg(pulled)
            .arg(baselineRows)
            .arg(perLink.join(QStringLiteral(", "))));
    if (!bareBaselines.isEmpty())
        report.note(QStringLiteral("first-sync: the same rows into the same schema without its changelog triggers: "
                                   "%1 rec/s (median of %2)")
                        .arg(BenchReport::number(BenchReport::median(bareBaselines)))
                        .arg(bareBaselines.size()));
    report.note(QStringLiteral("first-sync: peak RSS of the process: %1 MB after the hub was made, %2 MB after the "
                               "first session (hub and site in one process: the site alone is less)")
                    .arg(rssAfterSetup, 0, 'f', 0)
                    .arg(rssAfterSync, 0, 'f', 0));
    return true;
}

} // namespace syncsites::bench
