// F6: the pull cursor travels in the request's address, outside Content-Digest. A FaultProxy changes one digit of
// the query string of pulls (the cursor, the limit or a backfill's bound) on the way to the hub; each damaged
// request is refused (400 request_damaged, from its Target-Digest), never served from the wrong place, and the
// site, retrying, ends holding exactly what the hub routes to it, with nothing quarantined. Without the check a
// cursor moved forward skips records silently and one moved back brings pages twice.
#include "ContentDigest.h"
#include "FaultProxy.h"
#include "HubTestHarness.h"
#include "SiteReplica.h"

#include <QTest>

using namespace syncsites;
using namespace syncsites::test;

namespace {

const QString kLira = QStringLiteral("Lira Health Centre"); // oms_android

} // namespace

class TestPullCursorIntegrity : public QObject
{
    Q_OBJECT

private slots:
    void aDamagedCursorIsRefused();
    void theHubRequiresTheDigestOnAPull();
};

void TestPullCursorIntegrity::aDamagedCursorIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HubHarnessOptions hubOptions;
    hubOptions.records = 12000;
    auto started = HubTestHarness::start(hubOptions);
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    HubTestHarness& hub = **started;
    FaultProxy proxy(hub.port());
    QVERIFY(proxy.start().ok());
    hub.server().state().setPublicUrl(proxy.url());

    FaultPlan plan;
    plan.pathPrefix = QByteArrayLiteral("/api/v1/sync/pull");
    plan.corruptTargetEveryNth = 2;
    plan.seed = 20261205;
    proxy.setPlan(plan);

    auto made = SiteReplica::create(dir.filePath(QStringLiteral("lira.sqlite")), kLira, proxy.url(), hub.secret(kLira));
    QVERIFY2(made.ok(), qPrintable(made.error().message));
    SiteReplica& site = **made;

    SessionOptions options = SiteReplica::testOptions();
    options.initialPullLimit = 100; // many pages, so many cursors on the way
    options.minPullLimit = 100;
    options.targetRoundTripMs = 1; // the pages stay at 100 records: many requests
    options.backoffBase = std::chrono::milliseconds(1);
    options.backoffMax = std::chrono::milliseconds(5);
    int sessions = 0;
    qint64 quarantined = 0;
    SyncSummary last;
    do {
        last = site.sync(options);
        quarantined += last.rejected;
        ++sessions;
    } while (last.outcome != SyncOutcome::Success && sessions < 60);
    proxy.clearFaults();

    const FaultCounts counts = proxy.counts();
    QVERIFY2(counts.corruptedTargets >= 5,
             qPrintable(QStringLiteral("%1 of %2 pulls damaged").arg(counts.corruptedTargets).arg(counts.requests)));
    QVERIFY2(last.outcome == SyncOutcome::Success,
             qPrintable(QStringLiteral("after %1 sessions: %2").arg(sessions).arg(SiteReplica::describe(last))));
    QCOMPARE(quarantined, qint64(0));
    const QString difference = site.differenceFrom(hub);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // Every damaged request was refused by the hub, none served.
    int refused = 0;
    const QStringList log = proxy.log();
    for (const QString& line : log) {
        if (!line.contains(QLatin1String("corrupt_target")))
            continue;
        QVERIFY2(line.contains(QLatin1String("upstream 400")), qPrintable(line));
        ++refused;
    }
    QCOMPARE(qint64(refused), counts.corruptedTargets);
    qInfo("%lld of %lld pulls damaged on the way, all refused; %d sessions", counts.corruptedTargets, counts.requests,
          sessions);
}

void TestPullCursorIntegrity::theHubRequiresTheDigestOnAPull()
{
    auto started = HubTestHarness::start();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    HubTestHarness& hub = **started;
    HubTestHarness::Client client(hub.port());
    const QString token = hub.token(kLira, client);
    QVERIFY(!token.isEmpty());
    const QString target = QStringLiteral("/api/v1/sync/pull?category=core&cursor=0&limit=5");

    QCOMPARE(client.get(target, token).status, 200);

    const HubTestHarness::Reply missing = client.getWithTargetDigest(target, token, QByteArray());
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errorCode(), QStringLiteral("target_digest_required"));

    // The digest of another cursor: the address was changed after the client computed it.
    const HubTestHarness::Reply damaged = client.getWithTargetDigest(
        target, token,
        ContentDigest::ofTarget("GET", QByteArrayLiteral("/api/v1/sync/pull?category=core&cursor=9&limit=5")));
    QCOMPARE(damaged.status, 400);
    QCOMPARE(damaged.errorCode(), QStringLiteral("request_damaged"));

    // A header damaged itself (no sha-256 entry left to check) is no pass.
    for (const QByteArray& garbled : {QByteArrayLiteral("sha-256=:not base64"), QByteArrayLiteral("sha-265=:AAAA:")}) {
        const HubTestHarness::Reply reply = client.getWithTargetDigest(target, token, garbled);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("request_damaged"));
    }

    // The check belongs to the HTTP layer: any route refuses an address that does not match its digest.
    const HubTestHarness::Reply healthz =
        client.getWithTargetDigest(QStringLiteral("/healthz"), QString(), ContentDigest::ofTarget("GET", "/healthy"));
    QCOMPARE(healthz.status, 400);
    QCOMPARE(healthz.errorCode(), QStringLiteral("request_damaged"));
}

QTEST_GUILESS_MAIN(TestPullCursorIntegrity)
#include "TestPullCursorIntegrity.moc"
