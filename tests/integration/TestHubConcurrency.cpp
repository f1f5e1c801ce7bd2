// Many sites pushing and pulling at the same time against one real hub on 127.0.0.1 (HubTestHarness): afterwards no
// record is lost or duplicated, every site's cursor only moved forward, and what each site received is exactly what
// core's routing rules send it. Seeded (SYNCSITES_TEST_SEED repeats a run).
#include "ChangeLog.h"
#include "HubRepository.h"
#include "HubTestHarness.h"
#include "RecordStore.h"
#include "SplitMix64.h"
#include "StableId.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <thread>

using namespace syncsites;
using namespace syncsites::test;
using Harness = HubTestHarness;

namespace {

constexpr int kSites = 8;
constexpr int kBatches = 20;
constexpr int kBatchSize = 50;
constexpr int kPullLimit = 500;

// What one site's thread did and saw.
struct SiteRun
{
    QString site;
    QString token;
    std::uint64_t seed = 0;
    QStringList activeStores;
    QHash<QString, QString> partnerOf; ///< an Active store → a store visible on the site to ship to
    QStringList errors;
    QSet<QString> pushed; ///< table/id
    QSet<QString> pulled; ///< table/id
    qint64 cursor = 0;
    qint64 initialisedAt = -1; ///< the cursor of the first pull that reached the end
    int pulls = 0;
    int accepted = 0;
    int busyRetries = 0;
    int replayed = 0;
};

// Pulls to the end from the run's cursor, checking that cursors only move forward.
void catchUp(Harness::Client& client, SiteRun& run)
{
    for (int page = 0; page < 10000; ++page) {
        const Harness::PullPage p = client.pull(run.token, QStringLiteral("core"), run.cursor, kPullLimit);
        if (p.reply.status == 503) {
            ++run.busyRetries;
            QThread::msleep(50);
            continue;
        }
        if (p.reply.status != 200) {
            run.errors.append(QStringLiteral("pull: ") + QString::fromUtf8(p.reply.describe()));
            return;
        }
        ++run.pulls;
        if (p.nextCursor < run.cursor || (!p.records.isEmpty() && p.nextCursor <= run.cursor))
            run.errors.append(QStringLiteral("next_cursor went from %1 to %2").arg(run.cursor).arg(p.nextCursor));
        qint64 previous = run.cursor;
        for (const QJsonValue& v : p.records) {
            const QJsonObject r = v.toObject();
            const qint64 c = r.value(QStringLiteral("cursor")).toInteger();
            if (c <= previous || c > p.nextCursor)
                run.errors.append(
                    QStringLiteral("record cursor %1 outside (%2, %3]").arg(c).arg(previous).arg(p.nextCursor));
            previous = c;
            run.pulled.insert(r.value(QStringLiteral("table")).toString() + QLatin1Char('/') +
                              r.value(QStringLiteral("id")).toString());
        }
        run.cursor = p.nextCursor;
        if (p.remaining == 0) {
            if (run.initialisedAt < 0)
                run.initialisedAt = run.cursor;
            return;
        }
    }
    run.errors.append(QStringLiteral("pull never reached the end"));
}

// 20 batches of 50 records of the site's own Active stores (stock lines; shipments with a line to a partner visible
// on the site), pulling after every other batch.
void work(quint16 port, SiteRun& run)
{
    Harness::Client client(port);
    SplitMix64 rng(run.seed);
    catchUp(client, run);
    for (int b = 0; b < kBatches; ++b) {
        QJsonArray batch;
        while (batch.size() < kBatchSize) {
            const QString store = run.activeStores[int(rng.below(std::uint64_t(run.activeStores.size())))];
            QJsonObject record;
            if (batch.size() <= kBatchSize - 2 && run.partnerOf.contains(store) && rng.chance(30)) {
                const QJsonObject shipment =
                    Harness::invoice(store, run.partnerOf.value(store), QStringLiteral("outbound"));
                const QJsonObject line = Harness::invoiceLine(shipment.value(QStringLiteral("id")).toString());
                batch.append(shipment);
                batch.append(line);
                run.pushed.insert(QStringLiteral("invoice/") + shipment.value(QStringLiteral("id")).toString());
                run.pushed.insert(QStringLiteral("invoice_line/") + line.value(QStringLiteral("id")).toString());
            } else {
                const QJsonObject line = Harness::stockLine(store);
                batch.append(line);
                run.pushed.insert(QStringLiteral("stock_line/") + line.value(QStringLiteral("id")).toString());
            }
        }
        const QString batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (int attempt = 0;; ++attempt) {
            const Harness::Reply reply = client.push(run.token, QStringLiteral("core"), batchId, batch);
            if (reply.status == 503 && attempt < 50) {
                ++run.busyRetries; // the same batch id again: applied once whatever happened to the first try
                QThread::msleep(50);
                continue;
            }
            if (reply.status != 200) {
                run.errors.append(QStringLiteral("push: ") + QString::fromUtf8(reply.describe()));
                return;
            }
            if (!reply.header("X-Replayed").isEmpty())
                ++run.replayed;
            const QJsonObject body = reply.json();
            run.accepted += body.value(QStringLiteral("accepted")).toInt();
            if (!body.value(QStringLiteral("rejected")).toArray().isEmpty())
                run.errors.append(QStringLiteral("rejected: ") + QString::fromUtf8(reply.body.left(300)));
            break;
        }
        if (b % 2 == 1)
            catchUp(client, run);
    }
}

} // namespace

class TestHubConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void sitesPushAndPullAtOnce();
};

void TestHubConcurrency::sitesPushAndPullAtOnce()
{
    const std::uint64_t seed = testSeed("TestHubConcurrency");
    HubHarnessOptions options;
    options.records = 2000;
    options.dataSeed = seed % 1000 + 1;
    options.http.workerThreads = 2 * kSites; // a worker per keep-alive connection, and spare ones
    Result<std::unique_ptr<Harness>> started = Harness::start(options);
    QVERIFY2(started, qPrintable(started.error().message));
    Harness& hub = **started;
    const Topology topology = hub.topology();

    // Eight sites chosen by the seed.
    QStringList candidates = hub.syncingSites();
    SplitMix64 pick(seed);
    for (int i = int(candidates.size()) - 1; i > 0; --i)
        candidates.swapItemsAt(i, int(pick.below(std::uint64_t(i) + 1)));
    std::vector<SiteRun> runs(kSites);
    auto setupClient = hub.client();
    for (int i = 0; i < kSites; ++i) {
        SiteRun& run = runs[std::size_t(i)];
        run.site = candidates[i];
        run.seed = seed + std::uint64_t(i) * 7919;
        run.token = hub.token(run.site, *setupClient);
        QVERIFY2(!run.token.isEmpty(), qPrintable(run.site));
        run.activeStores = topology.activeStores(run.site);
        for (const QString& store : run.activeStores) {
            for (const Store& partner : topology.stores()) {
                const SyncType t = topology.syncType(partner.code, run.site);
                if (t == SyncType::Transfer || t == SyncType::Collector) {
                    run.partnerOf.insert(store, partner.code);
                    break;
                }
            }
        }
    }
    RecordStore records(hub.database());
    const qsizetype stockBefore = records.list(u"stock_line")->size();

    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> threads;
    for (SiteRun& run : runs)
        threads.emplace_back(work, hub.port(), std::ref(run));
    for (std::thread& t : threads)
        t.join();
    const qint64 ms = timer.elapsed();

    // Each site catches up once more, now that everyone is done.
    int retries = 0;
    int replayed = 0;
    for (SiteRun& run : runs) {
        catchUp(*setupClient, run);
        QVERIFY2(run.errors.isEmpty(),
                 qPrintable(run.site + QStringLiteral(": ") + run.errors.join(QStringLiteral("; "))));
        QCOMPARE(run.accepted, kBatches * kBatchSize);
        QCOMPARE(qsizetype(run.pushed.size()), qsizetype(kBatches * kBatchSize));
        retries += run.busyRetries;
        replayed += run.replayed;
    }
    qInfo("%d sites pushed %d records in %d batches and pulled in between in %lld ms (%d retries after 503, %d "
          "replayed answers); seed %llu",
          kSites, kSites * kBatches * kBatchSize, kSites * kBatches, ms, retries, replayed,
          static_cast<unsigned long long>(seed));

    // Nothing lost, nothing twice: every pushed record is on the hub, logged exactly once, from its site.
    ChangeLog changelog(hub.database());
    qsizetype stockPushed = 0;
    for (const SiteRun& run : runs) {
        for (const QString& key : run.pushed) {
            const qsizetype slash = key.indexOf(QLatin1Char('/'));
            const QString table = key.left(slash);
            const QString id = key.mid(slash + 1);
            stockPushed += table == QLatin1String("stock_line") ? 1 : 0;
            const Result<std::optional<QJsonObject>> row = records.get(table, id);
            QVERIFY2(row && row->has_value(), qPrintable(key));
            const Result<QVector<ChangeLogEntry>> history = changelog.forRecord(table, id);
            QVERIFY(history);
            QCOMPARE(history->size(), 1);
            QCOMPARE(history->first().sourceSiteId, StableId::site(run.site));
        }
    }
    QCOMPARE(records.list(u"stock_line")->size(), stockBefore + stockPushed);

    // What each site received is what the rules send it: everything while initialising (its first pull to the end),
    // then everything but its own records.
    HubRepository repository(hub.database());
    for (const SiteRun& run : runs) {
        QVERIFY(run.initialisedAt > 0);
        QVERIFY(*repository.isInitialised(StableId::site(run.site), Category::Core));
        const QSet<QString> expected = hub.routedByCore(run.site, Category::Core, true, 0, {}, run.initialisedAt) |
                                       hub.routedByCore(run.site, Category::Core, false, run.initialisedAt);
        QVERIFY2(run.pulled == expected, qPrintable(run.site + QStringLiteral(": ") +
                                                    QString::fromUtf8(Harness::difference(run.pulled, expected))));
        // Its own records came back only while it was initialising.
        const QSet<QString> whileInitialising =
            hub.routedByCore(run.site, Category::Core, true, 0, {}, run.initialisedAt);
        for (const QString& key : run.pushed)
            QVERIFY2(!run.pulled.contains(key) || whileInitialising.contains(key), qPrintable(key));
    }

    // And one full pull of each site, as a new installation would make it, equals the rules too.
    for (const SiteRun& run : runs) {
        const Harness::PullResult whole = setupClient->pullAll(run.token, QStringLiteral("core"), 0, 5000);
        QVERIFY2(whole.ok, whole.failure.describe().constData());
        SYNCSITES_COMPARE_KEYS(whole.keys(), hub.routedByCore(run.site, Category::Core, true));
    }
}

QTEST_GUILESS_MAIN(TestHubConcurrency)
#include "TestHubConcurrency.moc"
