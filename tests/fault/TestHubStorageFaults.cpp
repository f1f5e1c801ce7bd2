// F1: the hub's own storage trouble is the hub's. An in-process demo hub whose database writes fail (a FaultyVfs
// under SQLite: the disk full, then an I/O error) is synced by a site that only pulls and by one with changes to
// push. The sites' sessions fail as a server problem (server_error, transient, retried), never as a problem of their
// own disk; /healthz answers 503 naming the cause; the hub logs the cause at error level and counts it in
// /metrics. Once the disk has room again /healthz is 200 and the sites' next sessions bring everything across.
#include "FaultyVfs.h"
#include "HubTestHarness.h"
#include "RecordStore.h"
#include "SiteReplica.h"
#include "Transaction.h"

#include <QRegularExpression>
#include <QTest>

#include <sqlite3.h>

using namespace syncsites;
using namespace syncsites::test;

namespace {

const QString kLira = QStringLiteral("Lira Health Centre"); // oms_android: pushes
const QString kKasa = QStringLiteral("Kasa Health Centre"); // msupply_mobile: only pulls here

} // namespace

class TestHubStorageFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void diskFullIsTheServersProblem_data();
    void diskFullIsTheServersProblem();
    void cleanup();

private:
    std::unique_ptr<SiteReplica> replica(const QString& site);
    QString writeStockLine(SiteReplica& site);

    std::unique_ptr<HubTestHarness> m_hub;
    QTemporaryDir m_dir;
    std::unique_ptr<SiteReplica> m_puller;
    std::unique_ptr<SiteReplica> m_pusher;
};

void TestHubStorageFaults::initTestCase()
{
    FaultyVfs::install(); // before the hub opens its database
    QVERIFY(m_dir.isValid());
    HubHarnessOptions options;
    options.records = 300;
    auto hub = HubTestHarness::start(options);
    QVERIFY2(hub.ok(), qPrintable(hub.error().message));
    m_hub = std::move(hub).value();
    m_puller = replica(kKasa);
    m_pusher = replica(kLira);
    QVERIFY(m_puller && m_pusher);
}

void TestHubStorageFaults::cleanup()
{
    FaultyVfs::disarm();
}

std::unique_ptr<SiteReplica> TestHubStorageFaults::replica(const QString& site)
{
    const QString path = m_dir.filePath(site + QStringLiteral(".sqlite"));
    auto made = SiteReplica::create(path, site, m_hub->url(), m_hub->secret(site));
    if (!made) {
        qWarning() << made.error().message;
        return nullptr;
    }
    return std::move(made).value();
}

QString TestHubStorageFaults::writeStockLine(SiteReplica& site)
{
    const QString store = m_hub->topology().activeStores(site.site()).value(0);
    const QJsonObject line = HubTestHarness::stockLine(store).value(QStringLiteral("data")).toObject();
    RecordStore records(site.database());
    Result<Transaction> tx = Transaction::begin(site.database());
    if (!tx)
        return tx.error().message;
    if (const Status s = records.upsert(u"stock_line", line); !s)
        return s.error().message;
    if (const Status s = tx->commit(); !s)
        return s.error().message;
    return QStringLiteral("stock_line/") + line.value(QStringLiteral("id")).toString();
}

void TestHubStorageFaults::diskFullIsTheServersProblem_data()
{
    QTest::addColumn<int>("sqliteError");
    QTest::addColumn<QString>("cause");
    QTest::newRow("disk full") << int(SQLITE_FULL) << QStringLiteral("disk_full");
    QTest::newRow("write error") << int(SQLITE_IOERR_WRITE) << QStringLiteral("database_io_error");
}

void TestHubStorageFaults::diskFullIsTheServersProblem()
{
    QFETCH(int, sqliteError);
    QFETCH(QString, cause);
    SiteReplica* puller = m_puller.get();
    SiteReplica* pusher = m_pusher.get();
    SYNCSITES_SYNC_OK(*puller);
    SYNCSITES_SYNC_OK(*pusher);
    const QString line = writeStockLine(*pusher);
    QVERIFY2(line.startsWith(QLatin1String("stock_line/")), qPrintable(line));

    auto client = m_hub->client();
    QCOMPARE(client->get(QStringLiteral("/healthz")).status, 200);

    FaultyVfs::failAll(m_hub->directory() + QLatin1Char('/'), sqliteError);
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("storage error %1").arg(cause)));
    SessionOptions options = SiteReplica::testOptions();
    options.maxAttempts = 1; // the hub asks for 30 s before a retry: the next session is the retry here
    for (SiteReplica* site : {puller, pusher}) {
        const SyncSummary failed = site->sync(options);
        QVERIFY2(failed.outcome == SyncOutcome::Failed, qPrintable(SiteReplica::describe(failed)));
        QVERIFY(failed.failure.has_value());
        QVERIFY2(failed.failure->kind == SyncFailure::Kind::ServerError, qPrintable(SiteReplica::describe(failed)));
        QCOMPARE(failed.failure->code, QStringLiteral("server_storage"));
        QVERIFY(failed.failure->transient);
        QVERIFY2(failed.failure->remedy.contains(QLatin1String("administrator")), qPrintable(failed.failure->remedy));
        QVERIFY2(!failed.failure->text().contains(QLatin1String("this computer is full")),
                 qPrintable(failed.failure->text()));
    }
    QVERIFY(FaultyVfs::failures() > 0);

    // /healthz says so, with the cause, while the disk is still full; /metrics counts it.
    const HubTestHarness::Reply health = client->get(QStringLiteral("/healthz"));
    QCOMPARE(health.status, 503);
    QCOMPARE(health.errorCode(), QStringLiteral("server_storage"));
    QCOMPARE(health.errorDetails().value(QStringLiteral("cause")).toString(), cause);
    const QByteArray metrics = client->get(QStringLiteral("/metrics"), HubTestHarness::metricsToken()).body;
    QVERIFY2(metrics.contains(QStringLiteral("syncsites_storage_errors_total{cause=\"%1\"}").arg(cause).toUtf8()),
             metrics.constData());
    QVERIFY(metrics.contains("syncsites_storage_healthy 0"));

    // Room again: healthy, and the next sessions bring the change across.
    FaultyVfs::disarm();
    QCOMPARE(client->get(QStringLiteral("/healthz")).status, 200);
    QVERIFY(client->get(QStringLiteral("/metrics"), HubTestHarness::metricsToken())
                .body.contains("syncsites_storage_healthy 1"));
    SYNCSITES_SYNC_OK(*pusher);
    SYNCSITES_SYNC_OK(*puller);
    QVERIFY(m_hub->changesAfter(0).size() > 0);
    bool onHub = false;
    for (const HubTestHarness::ChangeRow& row : m_hub->changesAfter(0))
        onHub = onHub || row.key == line;
    QVERIFY2(onHub, qPrintable(line));
}

QTEST_GUILESS_MAIN(TestHubStorageFaults)
#include "TestHubStorageFaults.moc"
