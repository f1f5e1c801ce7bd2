#include "ManySitesBench.h"

#include "BenchReport.h"
#include "ChangeLog.h"
#include "Database.h"
#include "DemoDataWriter.h"
#include "DemoNetwork.h"
#include "HubProcess.h"
#include "HubProvisioner.h"
#include "HubRepository.h"
#include "StableId.h"
#include "WireSite.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace syncsites::bench {

namespace {

/// A virtual site of the load generator and what it keeps between sessions (as a replica would).
struct VirtualSite
{
    QString name;
    QString store;
    QString secret;
    QString installationId;
    qint64 cursor = 0;
};

struct SessionResult
{
    bool ok = false;
    QString error;
    double ms = 0;       ///< connect to the report's answer
    double servedMs = 0; ///< the handshake's answer to the report's answer (what follows a free hub worker)
    qint64 pushed = 0;
    qint64 pulled = 0;
    qint64 rejected = 0;
    WireTraffic traffic;
};

QJsonArray stockLines(const VirtualSite& site, const QVector<DemoItem>& items, int count, int round)
{
    QJsonArray records;
    const QString store = StableId::store(site.store);
    for (int i = 0; i < count; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const DemoItem& item = items[i % items.size()];
        const QJsonObject data{{QStringLiteral("id"), id},
                               {QStringLiteral("store_id"), store},
                               {QStringLiteral("item_id"), StableId::item(item.code)},
                               {QStringLiteral("batch"), QStringLiteral("LOAD-%1").arg(round)},
                               {QStringLiteral("expiry_date"), QStringLiteral("2028-06-30")},
                               {QStringLiteral("pack_size"), 10},
                               {QStringLiteral("available_packs"), 1 + i % 500},
                               {QStringLiteral("cost_price"), 0.25 * (1 + i % 40)},
                               {QStringLiteral("sell_price"), 0.3 * (1 + i % 40)}};
        records.append(QJsonObject{{QStringLiteral("table"), QStringLiteral("stock_line")},
                                   {QStringLiteral("id"), id},
                                   {QStringLiteral("action"), QStringLiteral("upsert")},
                                   {QStringLiteral("data"), data}});
    }
    return records;
}

/// One session: handshake, push `records` in batches, pull from the site's cursor to the end, report.
SessionResult session(VirtualSite& site, quint16 port, const QJsonArray& records)
{
    SessionResult r;
    QElapsedTimer timer;
    timer.start();
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    WireSite wire(port, site.name, site.secret, site.installationId);
    auto fail = [&](const Error& e) {
        r.traffic = wire.traffic();
        r.ms = double(timer.nsecsElapsed()) / 1e6;
        r.error = QStringLiteral("%1: %2 (after %3 ms)").arg(e.code, e.message).arg(qint64(r.ms));
        return r;
    };
    if (Status s = wire.handshake(); !s)
        return fail(s.error());
    const double handshakeMs = double(timer.nsecsElapsed()) / 1e6;
    const int batch = std::max(1, wire.pushBatchMax());
    for (int from = 0; from < records.size(); from += batch) {
        QJsonArray part;
        for (int i = from; i < std::min(int(records.size()), from + batch); ++i)
            part.append(records[i]);
        const Result<wire::PushAnswer> answer = wire.push(part);
        if (!answer)
            return fail(answer.error());
        r.pushed += answer->accepted;
        r.rejected += answer->rejected.size();
        if (!answer->rejected.isEmpty() && r.error.isEmpty())
            r.error =
                QStringLiteral("rejected: %1 %2").arg(answer->rejected.first().code, answer->rejected.first().message);
    }
    const int limit = std::min(1000, std::max(1, wire.pullBatchMax()));
    for (;;) {
        const Result<wire::PullPage> page = wire.pull(site.cursor, limit);
        if (!page)
            return fail(page.error());
        r.pulled += page->records.size();
        site.cursor = page->nextCursor;
        if (page->remaining == 0)
            break;
    }
    if (Status s = wire.report(startedAt, QDateTime::currentDateTimeUtc(), r.pushed, r.pulled, r.rejected); !s)
        return fail(s.error());
    wire.close();
    r.ms = double(timer.nsecsElapsed()) / 1e6;
    r.servedMs = r.ms - handshakeMs;
    r.traffic = wire.traffic();
    r.ok = r.rejected == 0;
    return r;
}

/// Runs `work(i)` for i in [0, count) on `threads` threads that start together; returns the wall time in seconds.
template <typename Work> double runTogether(int count, int threads, Work work)
{
    std::atomic<int> next{0};
    std::mutex mutex;
    std::condition_variable ready;
    bool go = false;
    std::vector<std::thread> pool;
    pool.reserve(size_t(threads));
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&] {
            {
                std::unique_lock lock(mutex);
                ready.wait(lock, [&] { return go; });
            }
            for (int i = next++; i < count; i = next++)
                work(i);
        });
    }
    QElapsedTimer timer;
    {
        std::lock_guard lock(mutex);
        go = true;
        timer.start();
    }
    ready.notify_all();
    for (std::thread& t : pool)
        t.join();
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

bool ManySitesBench::run(const Options& options, BenchReport& report)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        report.note(QStringLiteral("many-sites: cannot make a temporary directory"));
        return false;
    }
    const int maxSites = *std::max_element(options.siteCounts.cbegin(), options.siteCounts.cend());

    // The hub: the demo network (its items are what stock lines refer to) plus one single-user site per virtual
    // site, each the home of one store of its own, so that each virtual site may write that store's rows.
    QElapsedTimer setup;
    setup.start();
    DemoNetwork network = DemoNetwork::generate(DemoNetwork::defaultSeed);
    const Site* model = nullptr;
    for (const Site& s : network.topology.sites())
        if (s.kind == SiteKind::MsupplySingleUser) {
            model = &s;
            break;
        }
    if (!model) {
        report.note(QStringLiteral("many-sites: the demo network has no single-user site to copy"));
        return false;
    }
    const QMap<Category, QString> links = model->links;
    QVector<VirtualSite> sites(maxSites);
    for (int i = 0; i < maxSites; ++i) {
        VirtualSite& v = sites[i];
        v.name = QStringLiteral("Load Site %1").arg(i + 1, 4, 10, QLatin1Char('0'));
        v.store = QStringLiteral("LOAD%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        v.installationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Site site;
        site.name = v.name;
        site.kind = SiteKind::MsupplySingleUser;
        site.links = links;
        network.topology.putSite(site);
        network.topology.putStore(Store{v.store, v.name + QStringLiteral(" Store"), v.name, {}});
    }
    const QString hubFile = dir.filePath(QStringLiteral("hub.sqlite"));
    qint64 endCursor = 0;
    {
        Result<std::unique_ptr<Database>> db = Database::open(hubFile);
        if (!db) {
            report.note(QStringLiteral("many-sites: hub database: ") + db.error().message);
            return false;
        }
        DemoDataWriter writer(**db);
        if (Status s = writer.writeNetwork(network); !s) {
            report.note(QStringLiteral("many-sites: hub network: ") + s.error().message);
            return false;
        }
        const Result<QJsonObject> credentials = HubProvisioner::provision(**db, network.topology,
                                                                          {{QStringLiteral("admin"),
                                                                            QStringLiteral("Bench Administrator"),
                                                                            QStringLiteral("administrator"),
                                                                            {network.topology.central()->name}}},
                                                                          PasswordHasher::testCost());
        if (!credentials) {
            report.note(QStringLiteral("many-sites: provisioning: ") + credentials.error().message);
            return false;
        }
        const QJsonObject secrets = credentials->value(QStringLiteral("sites")).toObject();
        // Each site as after its first sync (bound to its installation, pulled to the end of its stream and on
        // from there): a first sync pulls the 3,000-odd central records every site is sent, which 1,000 sites
        // would take minutes to do here. The hub's own repository writes that state, as its pull handler would.
        const Result<qint64> end = ChangeLog(**db).maxCursor();
        if (!end) {
            report.note(QStringLiteral("many-sites: changelog: ") + end.error().message);
            return false;
        }
        HubRepository repository(**db);
        for (VirtualSite& v : sites) {
            v.secret = secrets.value(v.name).toString();
            v.cursor = *end;
            const QString id = StableId::site(v.name);
            Status s = repository.bind(id, v.installationId).ok()
                           ? repository.recordPull(id, Category::Core, *end, true, true)
                           : Status(Error(QStringLiteral("bench"), QStringLiteral("cannot bind %1").arg(v.name)));
            if (s)
                s = repository.confirmInitialised(id, Category::Core, *end);
            if (!s) {
                report.note(QStringLiteral("many-sites: site state: ") + s.error().message);
                return false;
            }
        }
        endCursor = *end;
        (*db)->close();
    }
    QStringList serverArguments;
    if (options.workers > 0)
        serverArguments << QStringLiteral("--workers") << QString::number(options.workers);
    // Every virtual site connects from 127.0.0.1, one connection per thread: the cap on connections per client
    // address (64 by default) would refuse all beyond it, so it is raised to the most threads of any round.
    int mostThreads = 0;
    for (const int count : options.siteCounts)
        mostThreads = std::max(mostThreads, options.threads > 0 ? std::min(options.threads, count) : count);
    serverArguments << QStringLiteral("--max-connections-per-address") << QString::number(mostThreads + 16);
    const QString log = dir.filePath(QStringLiteral("server.log"));
    Result<std::unique_ptr<HubProcess>> started = HubProcess::start(
        options.serverBinary, hubFile, dir.filePath(QStringLiteral("hub.port")), log, serverArguments);
    if (!started) {
        report.note(QStringLiteral("many-sites: ") + started.error().message);
        return false;
    }
    HubProcess& hub = **started;
    report.note(QStringLiteral("many-sites: hub of %1 sites and %2 stores made in %3 s (secrets hashed with "
                               "HMAC-SHA-256), served by a separate syncsites-server process (pid %4, %5 workers), "
                               "peak RSS %6 MB at start; every site marked as synced to cursor %7 beforehand")
                    .arg(network.topology.sites().size())
                    .arg(network.topology.stores().size())
                    .arg(double(setup.elapsed()) / 1000.0, 0, 'f', 1)
                    .arg(hub.pid())
                    .arg(options.workers > 0 ? QString::number(options.workers) : QStringLiteral("default"))
                    .arg(hub.peakRssMb(), 0, 'f', 0)
                    .arg(endCursor));

    for (int round = 0; round < options.siteCounts.size(); ++round) {
        const int count = options.siteCounts[round];
        QVector<QJsonArray> records(count);
        for (int i = 0; i < count; ++i)
            records[i] = stockLines(sites[i], network.items, options.changes, round);
        QVector<SessionResult> results(count);
        const int threads = options.threads > 0 ? std::min(options.threads, count) : count;
        const double cpuBefore = hub.cpuSeconds();
        const double wall =
            runTogether(count, threads, [&](int i) { results[i] = session(sites[i], hub.port(), records[i]); });
        const double hubCpu = hub.cpuSeconds() - cpuBefore;
        QVector<double> times;
        QVector<double> served;
        qint64 errors = 0;
        qint64 rejected = 0;
        qint64 pushed = 0;
        qint64 busy = 0;
        qint64 reconnects = 0;
        qint64 pulled = 0;
        qint64 requests = 0;
        QString firstError;
        for (const SessionResult& r : results) {
            times.append(r.ms);
            if (r.ok)
                served.append(r.servedMs);
            else
                ++errors;
            if (!r.ok && firstError.isEmpty())
                firstError = r.error;
            rejected += r.rejected;
            pushed += r.pushed;
            busy += r.traffic.busyRetries;
            reconnects += r.traffic.connectionRetries;
            pulled += r.pulled;
            requests += r.traffic.requests;
        }
        const QString label = QStringLiteral("many-sites %1").arg(count);
        report.figure(label + QStringLiteral(" sessions/s"), QStringLiteral("sessions/s"), {double(count) / wall});
        report.figure(label + QStringLiteral(" session time p50"), QStringLiteral("ms"),
                      {BenchReport::percentile(times, 50)});
        report.figure(label + QStringLiteral(" session time p99"), QStringLiteral("ms"),
                      {BenchReport::percentile(times, 99)});
        report.zero(label + QStringLiteral(" errors"), errors);
        report.figure(label + QStringLiteral(" hub peak RSS"), QStringLiteral("MB"), {hub.peakRssMb()});
        report.note(
            QStringLiteral("many-sites %1: %2 sessions on %3 threads (one connection each) in %4 s; %5 records "
                           "pushed, %6 rejected, %13 pulled; %7 requests, %8 answered 503 server_busy and retried "
                           "after Retry-After, %14 sent again after a connection failure; after the handshake's answer "
                           "a session took p50 %9 ms, p99 %10 ms "
                           "(the rest is waiting for a free hub worker); hub CPU %11 ms per session%12")
                .arg(count)
                .arg(count)
                .arg(threads)
                .arg(wall, 0, 'f', 1)
                .arg(pushed)
                .arg(rejected)
                .arg(requests)
                .arg(busy)
                .arg(BenchReport::number(BenchReport::percentile(served, 50)))
                .arg(BenchReport::number(BenchReport::percentile(served, 99)))
                .arg(BenchReport::number(hubCpu * 1000.0 / double(count)))
                .arg(firstError.isEmpty() ? QString() : QStringLiteral("; first error: ") + firstError)
                .arg(pulled)
                .arg(reconnects));
        if (errors > 0) {
            QFile file(log);
            if (file.open(QIODevice::ReadOnly)) {
                const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
                for (qsizetype l = std::max<qsizetype>(0, lines.size() - 5); l < lines.size(); ++l)
                    report.note(QStringLiteral("many-sites: server log: ") + QString::fromUtf8(lines[l]));
            }
        }
    }
    const int exitCode = hub.stop();
    if (exitCode != 0)
        report.note(QStringLiteral("many-sites: the hub exited with %1 after SIGTERM").arg(exitCode));
    return true;
}

} // namespace syncsites::bench
