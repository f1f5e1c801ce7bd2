#include "FirstSyncBench.h"

#include "Baseline.h"
#include "BenchHub.h"
#include "BenchReport.h"
#include "BenchSupport.h"
#include "Database.h"

#include "WireSite.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>

namespace syncsites::bench {

namespace {

constexpr double kSiteRssTargetMb = 300;
constexpr qint64 kSiteRssTargetRecords = 1000000;

/// Bytes of the pull bodies of the site's whole stream, fetched again from cursor 0 as the engine fetches it.
struct PullBytes
{
    qint64 records = 0;
    qint64 bytes = 0; ///< as sent
    qint64 decoded = 0;
};

Result<PullBytes> pullAgain(const BenchHub& hub, bool gzip)
{
    WireSite wire(hub.port(), hub.site(), hub.secret(), hub.installationId(), gzip);
    if (Status s = wire.handshake(); !s)
        return s.error();
    PullBytes out;
    qint64 cursor = 0;
    for (;;) {
        const Result<wire::PullPage> page = wire.pull(cursor, wire.pullBatchMax());
        if (!page)
            return page.error();
        out.records += page->records.size();
        cursor = page->nextCursor;
        if (page->remaining == 0)
            break;
    }
    wire.close();
    out.bytes = wire.traffic().bytesReceived;
    out.decoded = wire.traffic().bytesReceivedDecoded;
    return out;
}

struct ChildSync
{
    double peakRssMb = 0;
    double seconds = 0;
    qint64 pulled = -1;
    QString line; ///< what syncsites-cli said
};

/// A first sync of the site by `syncsites-cli init` in a child process: its peak RSS is the site's alone.
Result<ChildSync> syncInChild(BenchHub& hub, const QString& cli)
{
    const QString name = QStringLiteral("child.sqlite");
    {
        // Registered here with the hub's installation id (the hub binds the site to the first it saw); the CLI
        // resumes the set-up of a replica that names its site already.
        Result<std::unique_ptr<Database>> replica = hub.newReplica(name);
        if (!replica)
            return replica.error();
        (*replica)->close();
    }
    const QString secretFile = hub.path(QStringLiteral("site.pw"));
    {
        QFile file(secretFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(hub.secret().toUtf8() + '\n') < 0)
            return Error(QStringLiteral("bench"), QStringLiteral("cannot write %1").arg(secretFile));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(cli,
                  {QStringLiteral("--replica"), hub.path(name), QStringLiteral("init"), QStringLiteral("--server"),
                   hub.url(), QStringLiteral("--site"), hub.site(), QStringLiteral("--password-file"), secretFile});
    if (!process.waitForStarted(10000))
        return Error(QStringLiteral("bench"), QStringLiteral("%1 did not start: %2").arg(cli, process.errorString()));
    ChildSync out;
    const qint64 pid = process.processId();
    // VmHWM of the running program (a high-water mark, so sampling every 100 ms misses at most the last 100 ms).
    // Not getrusage(RUSAGE_CHILDREN): Linux keeps a child's high-water mark across exec, so it counts the pages the
    // child shared with this process between fork and exec. With a 1,000,000-record hub in this process it said
    // 1,215 MB, while the CLI itself peaked at 127 MB (heaptrack's own RSS figure for it, heap 88 MB).
    while (!process.waitForFinished(100))
        out.peakRssMb = std::max(out.peakRssMb, processPeakRssMb(pid));
    out.seconds = double(timer.nsecsElapsed()) / 1e9;
    const QString said = QString::fromUtf8(process.readAllStandardError()).trimmed();
    out.line = said.split(QLatin1Char('\n')).constLast();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error(QStringLiteral("bench"),
                     QStringLiteral("syncsites-cli init exited with %1: %2").arg(process.exitCode()).arg(said));
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("pulled (\\d+)")).match(said);
    if (match.hasMatch())
        out.pulled = match.captured(1).toLongLong();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(hub.path(name + suffix));
    return out;
}

} // namespace

bool FirstSyncBench::run(qint64 records, int runs, const QString& cliBinary, BenchReport& report)
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
    const double enginePerRecord = BenchReport::median(bytesPerRecord);
    const Result<PullBytes> plain = pullAgain(hub, false);
    const Result<PullBytes> zipped = plain ? pullAgain(hub, true) : Result<PullBytes>(plain.error());
    if (!zipped) {
        report.note(QStringLiteral("first-sync: pulling the pages again failed: ") + zipped.error().message);
        return false;
    }
    const double jsonPerRecord = double(plain->bytes) / double(std::max<qint64>(1, plain->records));
    const double gzipPerRecord = double(zipped->bytes) / double(std::max<qint64>(1, zipped->records));
    report.figure(label + QStringLiteral(" pulled JSON bytes per record (uncompressed)"), QStringLiteral("B"),
                  {jsonPerRecord});
    report.note(
        QStringLiteral("first-sync: the site's stream pulled again from cursor 0 in pages of the hub's maximum: "
                       "%1 records, %2 B of JSON per record uncompressed, %3 B gzip (%4x smaller); the "
                       "engine's pages above: %5 B gzip per record, %6x smaller than the JSON")
            .arg(plain->records)
            .arg(BenchReport::number(jsonPerRecord), BenchReport::number(gzipPerRecord),
                 BenchReport::number(jsonPerRecord / gzipPerRecord), BenchReport::number(enginePerRecord),
                 BenchReport::number(jsonPerRecord / enginePerRecord)));

    const Result<ChildSync> child = syncInChild(hub, cliBinary);
    if (!child) {
        report.note(QStringLiteral("first-sync: the site in a child process: ") + child.error().message);
        return false;
    }
    report.figure(label + QStringLiteral(" site peak RSS (syncsites-cli init, own process)"), QStringLiteral("MB"),
                  {child->peakRssMb}, records >= kSiteRssTargetRecords ? kSiteRssTargetMb : 0);
    report.note(
        QStringLiteral("first-sync: the site alone: syncsites-cli init in a child process took %1 s (%2 "
                       "rec/s), peak RSS %3 MB (VmHWM); it said: %4")
            .arg(child->seconds, 0, 'f', 1)
            .arg(child->pulled > 0 ? BenchReport::number(double(child->pulled) / child->seconds) : QStringLiteral("?"))
            .arg(child->peakRssMb, 0, 'f', 0)
            .arg(child->line));
    report.note(QStringLiteral("first-sync: peak RSS of the process: %1 MB after the hub was made, %2 MB after the "
                               "first session (hub and site in one process: the site alone is less)")
                    .arg(rssAfterSetup, 0, 'f', 0)
                    .arg(rssAfterSync, 0, 'f', 0));
    return true;
}

} // namespace syncsites::bench
