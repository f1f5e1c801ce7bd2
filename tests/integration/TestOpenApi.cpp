#include "Database.h"
#include "DemoDataWriter.h"
#include "HubProvisioner.h"
#include "HubServer.h"
#include "StableId.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <httplib.h>

using namespace syncsites;
using namespace syncsites::server;

/// Records real responses of every sync endpoint (successes and errors) and has docs/openapi.yaml checked, and
/// the responses checked against it, by a real OpenAPI validator (tests/openapi/validate.mjs).
class TestOpenApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void recordedResponsesMatchTheDocument();

private:
    void record(const char* method, const char* path, const httplib::Result& result);
    QByteArray handshakeBody(const QString& site, const QString& secret, int min = 1, int max = 1) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<HubServer> m_hub;
    std::unique_ptr<httplib::Client> m_client;
    QJsonObject m_credentials;
    QString m_installation = QUuid::createUuid().toString(QUuid::WithoutBraces);
    int m_recorded = 0;
};

void TestOpenApi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(QStringLiteral("hub.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.error().message));
    m_db = std::move(db).value();
    const DemoNetwork network = DemoNetwork::generate();
    DemoDataWriter writer(*m_db);
    QVERIFY(writer.writeNetwork(network).ok());
    auto credentials = HubProvisioner::provision(*m_db, network.topology, {}, PasswordHasher::kTestIterations);
    QVERIFY2(credentials.ok(), qPrintable(credentials.error().message));
    m_credentials = *credentials;
    QVERIFY(writer.writeRecords(network, 1, 300).ok());

    HubConfig config;
    config.passwordIterations = PasswordHasher::kTestIterations;
    m_hub = std::make_unique<HubServer>(*m_db, config);
    const auto port = m_hub->start(QStringLiteral("127.0.0.1"), 0);
    QVERIFY2(port.ok(), qPrintable(port.error().message));
    m_client = std::make_unique<httplib::Client>("127.0.0.1", int(*port));
    QDir(m_dir.path()).mkdir(QStringLiteral("recordings"));
}

void TestOpenApi::cleanupTestCase()
{
    if (m_hub)
        m_hub->stop();
}

QByteArray TestOpenApi::handshakeBody(const QString& site, const QString& secret, int min, int max) const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("protocol"),
                                      QJsonObject{{QStringLiteral("min"), min}, {QStringLiteral("max"), max}}},
                                     {QStringLiteral("site"), site},
                                     {QStringLiteral("secret"), secret},
                                     {QStringLiteral("installation_id"), m_installation},
                                     {QStringLiteral("app_version"), QStringLiteral("test")}})
        .toJson(QJsonDocument::Compact);
}

void TestOpenApi::record(const char* method, const char* path, const httplib::Result& result)
{
    QVERIFY2(result, "the request got no answer");
    const QJsonDocument body = QJsonDocument::fromJson(QByteArray::fromStdString(result->body));
    QVERIFY2(body.isObject(), result->body.c_str());
    const QJsonObject recording{{QStringLiteral("method"), QLatin1String(method)},
                                {QStringLiteral("path"), QLatin1String(path)},
                                {QStringLiteral("status"), result->status},
                                {QStringLiteral("body"), body.object()}};
    QFile file(m_dir.filePath(QStringLiteral("recordings/%1.json").arg(++m_recorded, 3, 10, QLatin1Char('0'))));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(recording).toJson());
}

void TestOpenApi::recordedResponsesMatchTheDocument()
{
    const QString site = QStringLiteral("Northern Province Server");
    const QString secret = m_credentials.value(QStringLiteral("sites")).toObject().value(site).toString();
    QVERIFY(!secret.isEmpty());
    const char* json = "application/json";

    record("get", "/healthz", m_client->Get("/healthz"));
    const auto good = m_client->Post("/api/v1/sync/handshake", handshakeBody(site, secret).toStdString(), json);
    record("post", "/api/v1/sync/handshake", good);
    QCOMPARE(good->status, 200);
    record("post", "/api/v1/sync/handshake",
           m_client->Post("/api/v1/sync/handshake", handshakeBody(site, QStringLiteral("wrong")).toStdString(), json));
    record("post", "/api/v1/sync/handshake",
           m_client->Post("/api/v1/sync/handshake", handshakeBody(site, secret, 2, 3).toStdString(), json));
    record("post", "/api/v1/sync/handshake", m_client->Post("/api/v1/sync/handshake", "{}", json));

    const std::string token = QJsonDocument::fromJson(QByteArray::fromStdString(good->body))
                                  .object()
                                  .value(QStringLiteral("token"))
                                  .toString()
                                  .toStdString();
    const httplib::Headers auth{{"Authorization", "Bearer " + token}};

    const QString store = StableId::store(QStringLiteral("NP-WH"));
    const QString item = StableId::item(QStringLiteral("PARA500"));
    const QString push = QStringLiteral(R"({"category":"core","batch_id":"b-1","records":[
            {"table":"stock_line","id":"sl-openapi","action":"upsert","data":{"store_id":"%1","item_id":"%2"}},
            {"table":"stock_line","id":"sl-foreign","action":"upsert","data":{"store_id":"%3","item_id":"%2"}},
            {"table":"item","id":"%2","action":"upsert","data":{"code":"X","name":"X","unit":"x"}}]})")
                             .arg(store, item, StableId::store(QStringLiteral("CWS")));
    const auto pushed = m_client->Post("/api/v1/sync/push", auth, push.toStdString(), json);
    record("post", "/api/v1/sync/push", pushed);
    QCOMPARE(pushed->status, 200);
    record("post", "/api/v1/sync/push", m_client->Post("/api/v1/sync/push", push.toStdString(), json));
    record("post", "/api/v1/sync/push",
           m_client->Post("/api/v1/sync/push", auth, R"({"category":"nope","batch_id":"x","records":[]})", json));

    const auto pulled = m_client->Get("/api/v1/sync/pull?category=core&cursor=0&limit=50", auth);
    record("get", "/api/v1/sync/pull", pulled);
    QCOMPARE(pulled->status, 200);
    record("get", "/api/v1/sync/pull", m_client->Get("/api/v1/sync/pull?category=core&cursor=-1", auth));
    record("get", "/api/v1/sync/pull", m_client->Get("/api/v1/sync/pull?category=oms&cursor=0", auth));

    const char* report = R"({"started_at":"2026-01-01T10:00:00.000Z","finished_at":"2026-01-01T10:00:02.500Z",
        "outcome":"success","pushed":1,"pulled":50,"rejected":2,"waiting":0})";
    record("post", "/api/v1/sync/report", m_client->Post("/api/v1/sync/report", auth, report, json));
    record("post", "/api/v1/sync/report", m_client->Post("/api/v1/sync/report", auth, "{}", json));

    const QString openapiDir = QStringLiteral(SYNCSITES_SOURCE_DIR "/tests/openapi");
    QVERIFY2(QFileInfo::exists(openapiDir + QStringLiteral("/node_modules/ajv")),
             "the OpenAPI validator is not installed: run `npm ci` in tests/openapi (scripts/test.sh does)");
    QProcess node;
    node.setWorkingDirectory(openapiDir);
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(QStringLiteral("node"),
               {QStringLiteral("validate.mjs"), QStringLiteral(SYNCSITES_SOURCE_DIR "/docs/openapi.yaml"),
                m_dir.filePath(QStringLiteral("recordings"))});
    QVERIFY2(node.waitForFinished(60000), "node did not finish");
    const QByteArray output = node.readAll();
    qInfo("%s", output.constData());
    QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0, output.constData());
    QVERIFY(output.contains(QByteArray(QByteArray::number(m_recorded) + " recorded responses checked, 0 failed")));
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "TestOpenApi.moc"
