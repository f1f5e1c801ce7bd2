// Every class of SyncFailure as it comes out of the real engine against a real hub (an in-process demo hub on
// loopback, some through a FaultProxy, one over TLS, one a fake hub): the kind, the stable code, whether it is
// transient, and a message and a remedy that are never empty. A full local disk fails the session without applying
// half a page, and the next session after space is freed converges.

#include "FaultProxy.h"
#include "HubTestHarness.h"
#include "RecordStore.h"
#include "ReplicaConfig.h"
#include "SiteReplica.h"
#include "StableId.h"
#include "SyncStateRepository.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <httplib.h>

#include <atomic>
#include <thread>

using namespace syncsites;
using namespace syncsites::test;
using namespace std::chrono_literals;

namespace {

const QString kSefa = QStringLiteral("Sefa District Hospital");    // oms_standalone
const QString kLira = QStringLiteral("Lira Health Centre");        // oms_android
const QString kKasa = QStringLiteral("Kasa Health Centre");        // msupply_mobile
const QString kNorth = QStringLiteral("Northern Province Server"); // msupply_remote
const QString kSouth = QStringLiteral("Southern Province Server"); // oms_remote
const QString kDesk = QStringLiteral("Central Front Desk");        // msupply_client

// The session failed with this kind and code, said whether a retry can help, and said what happened and what to do.
#define VERIFY_FAILURE(summary, expectedKind, expectedCode, expectedTransient)                                         \
    do {                                                                                                               \
        const SyncSummary& s_ = (summary);                                                                             \
        QVERIFY2(s_.outcome == SyncOutcome::Failed, qPrintable(SiteReplica::describe(s_)));                            \
        QVERIFY2(s_.failure.has_value(), qPrintable(SiteReplica::describe(s_)));                                       \
        QVERIFY2(s_.failure->kind == (expectedKind), qPrintable(SiteReplica::describe(s_)));                           \
        QCOMPARE(s_.failure->code, QStringLiteral(expectedCode));                                                      \
        QCOMPARE(s_.failure->transient, (expectedTransient));                                                          \
        QVERIFY2(!s_.failure->message.trimmed().isEmpty(), qPrintable(SiteReplica::describe(s_)));                     \
        QVERIFY2(!s_.failure->remedy.trimmed().isEmpty(), qPrintable(SiteReplica::describe(s_)));                      \
    } while (false)

// A port on 127.0.0.1 where nothing listens: bound once, then closed.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

qint64 pageCount(Database& database)
{
    QSqlQuery q(database.connection().value());
    return q.exec(QStringLiteral("PRAGMA page_count")) && q.next() ? q.value(0).toLongLong() : -1;
}

bool setMaxPageCount(Database& database, qint64 pages)
{
    QSqlQuery q(database.connection().value());
    return q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
}

// A hub that accepts any handshake and says the site is of `kind`; it counts the requests it gets by path.
class FakeHub
{
public:
    explicit FakeHub(const QString& kind)
    {
        const std::string answer =
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("protocol_version"), 1},
                    {QStringLiteral("token"), QStringLiteral("fake-token")},
                    {QStringLiteral("expires_at"), QStringLiteral("2099-01-01T00:00:00.000Z")},
                    {QStringLiteral("server_time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                    {QStringLiteral("site"), QJsonObject{{QStringLiteral("id"), StableId::site(kDesk)},
                                                         {QStringLiteral("name"), kDesk},
                                                         {QStringLiteral("kind"), kind}}},
                    {QStringLiteral("links"), QJsonArray()},
                    {QStringLiteral("limits"),
                     QJsonObject{{QStringLiteral("pull_batch_max"), 1000}, {QStringLiteral("push_batch_max"), 1000}}}})
                .toJson(QJsonDocument::Compact)
                .toStdString();
        m_server.Post("/api/v1/sync/handshake", [this, answer](const httplib::Request&, httplib::Response& res) {
            ++m_handshakes;
            res.set_content(answer, "application/json");
        });
        m_server.set_error_handler([this](const httplib::Request&, httplib::Response& res) {
            ++m_others;
            res.status = 404;
            res.set_content("{\"error\":{\"code\":\"not_found\",\"message\":\"no\",\"details\":null}}",
                            "application/json");
        });
        m_server.Post("/api/v1/sync/report", [this](const httplib::Request&, httplib::Response& res) {
            ++m_reports;
            res.status = 201;
            res.set_content("{\"id\":1}", "application/json");
        });
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
        while (!m_server.is_running())
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ~FakeHub()
    {
        m_server.stop();
        m_thread.join();
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    int handshakes() const { return m_handshakes.load(); }
    int others() const { return m_others.load(); }

private:
    httplib::Server m_server;
    std::thread m_thread;
    int m_port = 0;
    std::atomic<int> m_handshakes{0};
    std::atomic<int> m_others{0};
    std::atomic<int> m_reports{0};
};

} // namespace

class TestSyncFailures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void wrongSecretIsCredentials();
    void secondInstallationIsBound();
    void clientKindIsRefusedByTheHub();
    void clientKindAcceptedByAHubIsRefusedByTheEngine();
    void noCommonProtocolTellsToUpgradeThisComputer();
    void nothingListeningIsUnreachable();
    void serverErrorsAreRetriedThenTransient();
    void serverErrorsOnPullAreRetriedThenTransient();
    void slowServerIsTimeout();
    void untrustedCertificateIsTlsAndTheAuthorityFixesIt();
    void fullDiskIsLocalStorageAndNothingHalfApplied();
    void cancelledBeforeStartIsCancelled();
    void hubLimitsBelowTheEnginesMinimumsAreObeyed();

private:
    std::unique_ptr<SiteReplica> replica(const QString& file, const QString& site, const QString& url,
                                         const QString& secret);

    QTemporaryDir m_dir;
    std::unique_ptr<HubTestHarness> m_hub;
};

void TestSyncFailures::initTestCase()
{
    QVERIFY(m_dir.isValid());
    HubHarnessOptions options;
    options.records = 1500; // enough that a first pull takes many pages
    auto hub = HubTestHarness::start(options);
    QVERIFY2(hub.ok(), qPrintable(hub.ok() ? QString() : hub.error().message));
    m_hub = std::move(hub).value();
}

void TestSyncFailures::cleanupTestCase()
{
    m_hub.reset();
}

std::unique_ptr<SiteReplica> TestSyncFailures::replica(const QString& file, const QString& site, const QString& url,
                                                       const QString& secret)
{
    auto made = SiteReplica::create(m_dir.filePath(file), site, url, secret);
    if (!made) {
        qWarning().noquote() << "replica" << file << ":" << made.error().message;
        return nullptr;
    }
    return std::move(made).value();
}

void TestSyncFailures::wrongSecretIsCredentials()
{
    auto kasa = replica(QStringLiteral("kasa-wrong.sqlite"), kKasa, m_hub->url(), QStringLiteral("not the secret"));
    QVERIFY(kasa);
    const SyncSummary summary = kasa->sync();
    VERIFY_FAILURE(summary, SyncFailure::Kind::Credentials, "wrong_credentials", false);
    QCOMPARE(summary.failure->httpStatus, 401);
    QCOMPARE(summary.pulled, 0);
    // The session log says so too.
    const auto sessions = SyncStateRepository(kasa->database()).sessions(5);
    QVERIFY(sessions.ok());
    QCOMPARE(sessions->size(), 1);
    QCOMPARE(sessions->first().outcome, SyncOutcome::Failed);
    QCOMPARE(sessions->first().errorCode, QStringLiteral("wrong_credentials"));
    QVERIFY(!sessions->first().errorMessage.isEmpty());
}

void TestSyncFailures::secondInstallationIsBound()
{
    auto first = replica(QStringLiteral("lira-1.sqlite"), kLira, m_hub->url(), m_hub->secret(kLira));
    auto second = replica(QStringLiteral("lira-2.sqlite"), kLira, m_hub->url(), m_hub->secret(kLira));
    QVERIFY(first && second);
    const SyncSummary ok = first->sync();
    QVERIFY2(ok.outcome == SyncOutcome::Success, qPrintable(SiteReplica::describe(ok)));

    const SyncSummary refused = second->sync();
    VERIFY_FAILURE(refused, SyncFailure::Kind::Bound, "installation_mismatch", false);
    QCOMPARE(refused.failure->httpStatus, 403);
    QCOMPARE(refused.pulled, 0);
    QVERIFY(second->keys(Category::Core).isEmpty());
    // The first installation keeps syncing.
    const SyncSummary again = first->sync();
    QVERIFY2(again.outcome == SyncOutcome::Success, qPrintable(SiteReplica::describe(again)));
}

// The hub keeps no credential for a client kind (it holds no data and never syncs), and answers its handshake as it
// answers any unknown site: wrong_credentials, so that a handshake cannot tell which site names exist.
void TestSyncFailures::clientKindIsRefusedByTheHub()
{
    QVERIFY(m_hub->secret(kDesk).isEmpty());
    auto desk = replica(QStringLiteral("desk.sqlite"), kDesk, m_hub->url(), QStringLiteral("whatever"));
    QVERIFY(desk);
    const SyncSummary summary = desk->sync();
    VERIFY_FAILURE(summary, SyncFailure::Kind::Credentials, "wrong_credentials", false);
    QVERIFY(desk->keys(Category::Core).isEmpty());
}

// Should a hub ever accept a client kind's handshake, the engine itself refuses to sync it: it pulls and pushes
// nothing.
void TestSyncFailures::clientKindAcceptedByAHubIsRefusedByTheEngine()
{
    FakeHub fake(QStringLiteral("msupply_client"));
    auto desk = replica(QStringLiteral("desk-fake.sqlite"), kDesk, fake.url(), QStringLiteral("whatever"));
    QVERIFY(desk);
    const SyncSummary summary = desk->sync();
    VERIFY_FAILURE(summary, SyncFailure::Kind::Credentials, "site_not_data_holding", false);
    QVERIFY2(summary.failure->message.contains(kDesk), qPrintable(summary.failure->message));
    QCOMPARE(fake.handshakes(), 1);
    QCOMPARE(fake.others(), 0); // no push, no pull
    QVERIFY(summary.links.isEmpty());
}

void TestSyncFailures::noCommonProtocolTellsToUpgradeThisComputer()
{
    HubHarnessOptions options;
    options.hub.protocolMin = 2;
    options.hub.protocolMax = 2;
    auto newer = HubTestHarness::start(options);
    QVERIFY2(newer.ok(), qPrintable(newer.ok() ? QString() : newer.error().message));
    auto sefa = replica(QStringLiteral("sefa-old.sqlite"), kSefa, (*newer)->url(), (*newer)->secret(kSefa));
    QVERIFY(sefa);
    const SyncSummary summary = sefa->sync();
    VERIFY_FAILURE(summary, SyncFailure::Kind::Incompatible, "protocol_incompatible", false);
    QCOMPARE(summary.failure->httpStatus, 426);
    QVERIFY2(summary.failure->remedy.contains(QLatin1String("this computer")), qPrintable(summary.failure->remedy));
}

void TestSyncFailures::nothingListeningIsUnreachable()
{
    const quint16 port = closedPort();
    QVERIFY(port > 0);
    auto kasa = replica(QStringLiteral("kasa-nowhere.sqlite"), kKasa, QStringLiteral("http://127.0.0.1:%1").arg(port),
                        m_hub->secret(kKasa));
    QVERIFY(kasa);
    const SyncSummary summary = kasa->sync();
    VERIFY_FAILURE(summary, SyncFailure::Kind::ServerUnreachable, "server_unreachable", true);
    QVERIFY2(summary.failure->message.contains(QString::number(port)), qPrintable(summary.failure->message));
}

// A hub (or something in front of it) answering 500 to everything: the handshake is tried maxAttempts times, then
// the session fails as a transient server error.
void TestSyncFailures::serverErrorsAreRetriedThenTransient()
{
    FaultProxy proxy(m_hub->port());
    QVERIFY(proxy.start().ok());
    FaultPlan plan;
    plan.status500EveryNth = 1;
    proxy.setPlan(plan);
    auto north = replica(QStringLiteral("north-500.sqlite"), kNorth, proxy.url(), m_hub->secret(kNorth));
    QVERIFY(north);
    SessionOptions options = SiteReplica::testOptions(3);
    options.maxAttempts = 3;
    const SyncSummary summary = north->sync(options);
    VERIFY_FAILURE(summary, SyncFailure::Kind::ServerError, "server_error", true);
    QCOMPARE(summary.failure->httpStatus, 500);
    const FaultCounts counts = proxy.counts();
    QVERIFY2(counts.requests == 3 && counts.status500 == 3, proxy.logText().constData());
    proxy.stop();
}

// The same while pulling: the handshake goes through, each pull is answered 500 and retried, the session fails
// after maxAttempts pulls, and what was integrated before stays.
void TestSyncFailures::serverErrorsOnPullAreRetriedThenTransient()
{
    FaultProxy proxy(m_hub->port());
    QVERIFY(proxy.start().ok());
    // Links point at the proxy, as they would at a load balancer in front of the hub.
    m_hub->server().state().setPublicUrl(proxy.url());
    FaultPlan plan;
    plan.status500EveryNth = 1;
    plan.pathPrefix = QByteArrayLiteral("/api/v1/sync/pull");
    proxy.setPlan(plan);
    auto south = replica(QStringLiteral("south-500.sqlite"), kSouth, proxy.url(), m_hub->secret(kSouth));
    QVERIFY(south);
    SessionOptions options = SiteReplica::testOptions(4);
    options.maxAttempts = 4;
    const SyncSummary summary = south->sync(options);
    m_hub->server().state().setPublicUrl(m_hub->url());
    VERIFY_FAILURE(summary, SyncFailure::Kind::ServerError, "server_error", true);
    const FaultCounts counts = proxy.counts();
    QVERIFY2(counts.status500 == 4, proxy.logText().constData());
    QCOMPARE(south->keys(Category::Core).size(), 0);

    // Without the faults the next session converges.
    proxy.clearFaults();
    const SyncSummary ok = south->sync();
    QVERIFY2(ok.outcome == SyncOutcome::Success, qPrintable(SiteReplica::describe(ok)));
    const QString difference = south->differenceFrom(*m_hub);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    proxy.stop();
}

void TestSyncFailures::slowServerIsTimeout()
{
    FaultProxy proxy(m_hub->port());
    QVERIFY(proxy.start().ok());
    FaultPlan plan;
    plan.responseDelayMs = 1500;
    proxy.setPlan(plan);
    auto kasa = replica(QStringLiteral("kasa-slow.sqlite"), kKasa, proxy.url(), m_hub->secret(kKasa));
    QVERIFY(kasa);
    SessionOptions options = SiteReplica::testOptions(5);
    options.maxAttempts = 2;
    options.readTimeout = 400ms;
    const SyncSummary summary = kasa->sync(options);
    VERIFY_FAILURE(summary, SyncFailure::Kind::Timeout, "timeout", true);
    QVERIFY2(proxy.counts().requests == 2, proxy.logText().constData());
    proxy.stop();
}

void TestSyncFailures::untrustedCertificateIsTlsAndTheAuthorityFixesIt()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not installed: no certificate can be made");
    const QString cert = m_dir.filePath(QStringLiteral("hub-cert.pem"));
    const QString key = m_dir.filePath(QStringLiteral("hub-key.pem"));
    QProcess make;
    make.start(openssl,
               {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-days"), QStringLiteral("1")});
    QVERIFY(make.waitForFinished(30000));
    QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());

    HubHarnessOptions options;
    options.http.tlsCertificateFile = cert;
    options.http.tlsPrivateKeyFile = key;
    auto tls = HubTestHarness::start(options);
    QVERIFY2(tls.ok(), qPrintable(tls.ok() ? QString() : tls.error().message));
    HubTestHarness& hub = **tls;
    const QString url = QStringLiteral("https://127.0.0.1:%1").arg(hub.port());
    hub.server().state().setPublicUrl(url);

    auto lira = replica(QStringLiteral("lira-tls.sqlite"), kLira, url, hub.secret(kLira));
    QVERIFY(lira);
    const SyncSummary untrusted = lira->sync();
    VERIFY_FAILURE(untrusted, SyncFailure::Kind::Tls, "tls_certificate", false);
    QVERIFY(lira->keys(Category::Core).isEmpty());

    // The administrator hands out the certificate; with it as the authority the site syncs.
    Result<ReplicaConfig> config = ReplicaConfig::load(lira->database());
    QVERIFY(config.ok());
    config->caCertificatePath = cert;
    QVERIFY(config->save(lira->database()).ok());
    const SyncSummary trusted = lira->sync();
    QVERIFY2(trusted.outcome == SyncOutcome::Success, qPrintable(SiteReplica::describe(trusted)));
    QVERIFY(trusted.pulled > 0);
    const QString difference = lira->differenceFrom(hub);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// The replica's disk fills up during the first pull (SQLite's max_page_count on the session's connection): the
// session fails as a local storage problem; every page integrated before is whole, the failing one left no trace;
// once space is freed the next session carries on and converges.
void TestSyncFailures::fullDiskIsLocalStorageAndNothingHalfApplied()
{
    auto sefa = replica(QStringLiteral("sefa-full.sqlite"), kSefa, m_hub->url(), m_hub->secret(kSefa));
    QVERIFY(sefa);
    Database& db = sefa->database();
    const qint64 pages = pageCount(db);
    QVERIFY(pages > 0);
    // Room for the session's log and a few pages of records, not for the whole network.
    QVERIFY(setMaxPageCount(db, pages + 6));
    SessionOptions options = SiteReplica::testOptions(6);
    options.initialPullLimit = 50;
    options.minPullLimit = 50;
    options.targetRoundTripMs = 1000000; // keep the pages small
    const SyncSummary full = sefa->sync(options);
    VERIFY_FAILURE(full, SyncFailure::Kind::LocalStorage, "disk_full", false);

    // Nothing half-applied: the replica holds exactly what the hub routed up to the saved cursor.
    const Result<LinkState> core = SyncStateRepository(db).linkState(Category::Core);
    QVERIFY(core.ok());
    QVERIFY2(core->pullCursor > 0, "not even one page fitted: give the test more pages");
    QVERIFY(!core->initialised);
    const QSet<QString> held = sefa->keys(Category::Core);
    QVERIFY(!held.isEmpty());
    SYNCSITES_COMPARE_KEYS(held, m_hub->routedByCore(kSefa, Category::Core, true, 0, {}, core->pullCursor));

    QVERIFY(setMaxPageCount(db, 1073741823));
    const SyncSummary ok = sefa->sync(options);
    QVERIFY2(ok.outcome == SyncOutcome::Success, qPrintable(SiteReplica::describe(ok)));
    const QString difference = sefa->differenceFrom(*m_hub);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    const auto quarantined = SyncStateRepository(db).quarantineCount();
    QVERIFY(quarantined.ok());
    QCOMPARE(*quarantined, qint64(0));
}

void TestSyncFailures::cancelledBeforeStartIsCancelled()
{
    auto kasa = replica(QStringLiteral("kasa-cancel.sqlite"), kKasa, m_hub->url(), m_hub->secret(kKasa));
    QVERIFY(kasa);
    std::unique_ptr<SyncSession> session = kasa->session();
    session->cancel();
    const SyncSummary summary = kasa->sync(*session);
    QCOMPARE(summary.outcome, SyncOutcome::Cancelled);
    QVERIFY(summary.failure.has_value());
    QCOMPARE(summary.failure->kind, SyncFailure::Kind::Cancelled);
    QCOMPARE(summary.failure->code, QStringLiteral("cancelled"));
    QVERIFY(!summary.failure->transient);
    QVERIFY(!summary.failure->message.isEmpty());
    QVERIFY(!summary.failure->remedy.isEmpty());
}

// A hub whose batch limits are below the engine's own minimums (50 records a pull, 20 a push): its limits win, so
// no request is refused as too large and the site converges.
void TestSyncFailures::hubLimitsBelowTheEnginesMinimumsAreObeyed()
{
    HubHarnessOptions options;
    options.hub.pullBatchMax = 20;
    options.hub.pushBatchMax = 5;
    auto small = HubTestHarness::start(options);
    QVERIFY2(small.ok(), qPrintable(small.ok() ? QString() : small.error().message));
    HubTestHarness& hub = **small;
    auto kasa = replica(QStringLiteral("kasa-small.sqlite"), kKasa, hub.url(), hub.secret(kKasa));
    QVERIFY(kasa);
    const SyncSummary first = kasa->sync();
    QVERIFY2(first.outcome == SyncOutcome::Success, qPrintable(SiteReplica::describe(first)));
    QVERIFY(first.pulled > 40);

    RecordStore records(kasa->database());
    for (int i = 0; i < 12; ++i)
        QVERIFY(
            records
                .upsert(u"stock_line",
                        HubTestHarness::stockLine(QStringLiteral("KAS-DSP")).value(QLatin1String("data")).toObject())
                .ok());
    const SyncSummary pushed = kasa->sync();
    QVERIFY2(pushed.outcome == SyncOutcome::Success, qPrintable(SiteReplica::describe(pushed)));
    QCOMPARE(pushed.pushed, qint64(12));
    const QString difference = kasa->differenceFrom(hub);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

QTEST_GUILESS_MAIN(TestSyncFailures)
#include "TestSyncFailures.moc"
