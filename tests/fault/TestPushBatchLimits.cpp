// F2: push batches fit what the hub (or a proxy in front of it) takes. Ordinary data larger than one request (stock
// lines with 8 kB notes) is pushed in batches under the limit the hub gives in its handshake; a proxy with a lower
// body limit (413, an HTML page) makes the site halve its batches until they pass; a single record too large for
// any request goes to the quarantine with its reason while the rest go on, and later pushes and pulls are not held.
#include "FaultProxy.h"
#include "HubTestHarness.h"
#include "RecordStore.h"
#include "SiteReplica.h"
#include "SyncStateRepository.h"
#include "Transaction.h"

#include <QRandomGenerator>
#include <QTest>

using namespace syncsites;
using namespace syncsites::test;

namespace {

const QString kLira = QStringLiteral("Lira Health Centre"); // oms_android

} // namespace

class TestPushBatchLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void batchesKeepToTheHubsLimit();
    void aProxysLimitHalvesTheBatches();

private:
    QStringList writeLines(SiteReplica& site, HubTestHarness& hub, int count, int noteBytes);
    bool onHub(HubTestHarness& hub, const QStringList& keys, QString* missing);

    QTemporaryDir m_dir;
    QRandomGenerator m_rng{20261205};
};

void TestPushBatchLimits::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QStringList TestPushBatchLimits::writeLines(SiteReplica& site, HubTestHarness& hub, int count, int noteBytes)
{
    const QString store = hub.topology().activeStores(site.site()).value(0);
    QStringList keys;
    RecordStore records(site.database());
    Result<Transaction> tx = Transaction::begin(site.database());
    if (!tx)
        return {};
    for (int i = 0; i < count; ++i) {
        QJsonObject line = HubTestHarness::stockLine(store).value(QStringLiteral("data")).toObject();
        // Letters at random: a note that gzip cannot shrink much, as real text is for a proxy's body limit.
        QString note(noteBytes, Qt::Uninitialized);
        for (QChar& c : note)
            c = QLatin1Char(char('a' + m_rng.bounded(26)));
        line.insert(QStringLiteral("note"), note);
        if (!records.upsert(u"stock_line", line))
            return {};
        keys << QStringLiteral("stock_line/") + line.value(QStringLiteral("id")).toString();
    }
    return tx->commit() ? keys : QStringList();
}

bool TestPushBatchLimits::onHub(HubTestHarness& hub, const QStringList& keys, QString* missing)
{
    QSet<QString> logged;
    for (const HubTestHarness::ChangeRow& row : hub.changesAfter(0))
        logged.insert(row.key);
    for (const QString& key : keys)
        if (!logged.contains(key)) {
            *missing = key;
            return false;
        }
    return true;
}

void TestPushBatchLimits::batchesKeepToTheHubsLimit()
{
    HubHarnessOptions options;
    options.http.maxRequestBodyBytes = 256 * 1024;
    auto started = HubTestHarness::start(options);
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    HubTestHarness& hub = **started;
    auto made =
        SiteReplica::create(m_dir.filePath(QStringLiteral("limit.sqlite")), kLira, hub.url(), hub.secret(kLira));
    QVERIFY2(made.ok(), qPrintable(made.error().message));
    SiteReplica& site = **made;
    SYNCSITES_SYNC_OK(site);

    // About 1 MB of ordinary lines, then one line no request can carry, then more ordinary lines.
    const QStringList before = writeLines(site, hub, 120, 8 * 1024);
    const QStringList huge = writeLines(site, hub, 1, 300 * 1024);
    const QStringList after = writeLines(site, hub, 10, 8 * 1024);
    QCOMPARE(before.size() + huge.size() + after.size(), 131);

    const SyncSummary summary = site.sync();
    QVERIFY2(summary.outcome == SyncOutcome::Partial, qPrintable(SiteReplica::describe(summary)));
    QCOMPARE(summary.rejected, 1);
    QCOMPARE(summary.pushed, 130);
    QString missing;
    QVERIFY2(onHub(hub, before + after, &missing), qPrintable(missing));
    QVERIFY2(!onHub(hub, huge, &missing), "the record larger than any request reached the hub");

    // In the quarantine with a reason a user can act on; its live row is still here to shorten.
    const auto quarantined = SyncStateRepository(site.database()).quarantined();
    QVERIFY(quarantined.ok());
    QCOMPARE(quarantined->size(), 1);
    QCOMPARE(quarantined->first().reasonCode, QStringLiteral("too_large"));
    QCOMPARE(QStringLiteral("stock_line/") + quarantined->first().recordId, huge.first());
    QVERIFY2(quarantined->first().reason.contains(QLatin1String("Shorten")), qPrintable(quarantined->first().reason));
    const auto live = RecordStore(site.database()).get(u"stock_line", quarantined->first().recordId);
    QVERIFY(live.ok() && live->has_value());

    // Nothing is held: the next change goes, and so does a pull.
    const QStringList later = writeLines(site, hub, 3, 100);
    const SyncSummary next = site.sync();
    QVERIFY2(next.outcome != SyncOutcome::Failed, qPrintable(SiteReplica::describe(next)));
    QVERIFY2(onHub(hub, later, &missing), qPrintable(missing));
}

void TestPushBatchLimits::aProxysLimitHalvesTheBatches()
{
    auto started = HubTestHarness::start(HubHarnessOptions());
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    HubTestHarness& hub = **started;
    FaultProxy proxy(hub.port());
    const Result<quint16> port = proxy.start();
    QVERIFY2(port.ok(), qPrintable(port.error().message));
    FaultPlan plan;
    plan.maxRequestBodyBytes = 150 * 1024; // nginx's client_max_body_size, lower than the hub's 32 MiB
    proxy.setPlan(plan);
    const QString url = proxy.url();
    hub.server().state().setPublicUrl(url); // the links' address: every request goes through the proxy
    auto made = SiteReplica::create(m_dir.filePath(QStringLiteral("proxy.sqlite")), kLira, url, hub.secret(kLira));
    QVERIFY2(made.ok(), qPrintable(made.error().message));
    SiteReplica& site = **made;
    SYNCSITES_SYNC_OK(site);

    const QStringList lines = writeLines(site, hub, 100, 8 * 1024); // about 800 kB, 500 kB gzipped
    QCOMPARE(lines.size(), 100);
    SessionOptions options = SiteReplica::testOptions();
    options.initialPushBatch = 100;
    const SyncSummary summary = site.sync(options);
    QVERIFY2(summary.outcome == SyncOutcome::Success, qPrintable(SiteReplica::describe(summary)));
    QCOMPARE(summary.pushed, 100);
    QString missing;
    QVERIFY2(onHub(hub, lines, &missing), qPrintable(missing));
    QVERIFY2(proxy.log().join(QLatin1Char('\n')).contains(QLatin1String("answered 413")),
             "the proxy never refused a batch: the test proves nothing");
    SYNCSITES_SYNC_OK(site);
}

QTEST_GUILESS_MAIN(TestPushBatchLimits)
#include "TestPushBatchLimits.moc"
