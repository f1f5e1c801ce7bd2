#include "ContentDigest.h"
#include "Database.h"
#include "DemoDataWriter.h"
#include "HubProvisioner.h"
#include "HubServer.h"
#include "StableId.h"
#include "Topology.h"
#include "TransferIds.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <httplib.h>

using namespace syncsites;

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
    std::string signIn(const char* username);
    void recordUserApis();
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
    QString healthCentre;
    for (const Site& s : network.topology.sites()) {
        if (s.name.endsWith(QLatin1String(" Health Centre")) && healthCentre.isEmpty())
            healthCentre = s.name;
    }
    QVERIFY(!healthCentre.isEmpty());
    const QString central = QStringLiteral("National Medical Stores");
    const QVector<NewUser> users{
        {QStringLiteral("admin"), QStringLiteral("Ada Admin"), QStringLiteral("administrator"), {central}},
        {QStringLiteral("super"), QStringLiteral("Sam Supervisor"), QStringLiteral("supervisor"), {central}},
        {QStringLiteral("desk"),
         QStringLiteral("Dee Desk"),
         QStringLiteral("field_staff"),
         {QStringLiteral("Central Front Desk")}},
        {QStringLiteral("nurse"), QStringLiteral("Nia Nurse"), QStringLiteral("field_staff"), {healthCentre}},
    };
    auto credentials = HubProvisioner::provision(*m_db, network.topology, users, PasswordHasher::testCost());
    QVERIFY2(credentials.ok(), qPrintable(credentials.error().message));
    m_credentials = *credentials;
    QVERIFY(writer.writeRecords(network, 1, 300).ok());

    HubConfig config;
    config.passwordCost = PasswordHasher::testCost();
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
    record("get", "/api/v1/sync/sites", m_client->Get("/api/v1/sync/sites"));
    record("post", "/api/v1/sync/check",
           m_client->Post("/api/v1/sync/check", R"({"site":"Nowhere","secret":"wrong"})", json));
    record("post", "/api/v1/sync/check", m_client->Post("/api/v1/sync/check", "{}", json));

    const std::string token = QJsonDocument::fromJson(QByteArray::fromStdString(good->body))
                                  .object()
                                  .value(QStringLiteral("token"))
                                  .toString()
                                  .toStdString();
    const httplib::Headers auth{{"Authorization", "Bearer " + token}};

    const QString store = StableId::store(QStringLiteral("NP-WH"));
    const QString item = StableId::item(QStringLiteral("PARA500"));
    const QString push = QStringLiteral(R"({"category":"core","batch_id":"b-1","through":42,"records":[
            {"table":"stock_line","id":"sl-openapi","action":"upsert","data":{"store_id":"%1","item_id":"%2"}},
            {"table":"stock_line","id":"sl-foreign","action":"upsert","data":{"store_id":"%3","item_id":"%2"}},
            {"table":"item","id":"%2","action":"upsert","data":{"code":"X","name":"X","unit":"x"}}]})")
                             .arg(store, item, StableId::store(QStringLiteral("CWS")));
    const auto pushed = m_client->Post("/api/v1/sync/push", auth, push.toStdString(), json);
    record("post", "/api/v1/sync/push", pushed);
    QCOMPARE(pushed->status, 200);
    record("post", "/api/v1/sync/push", m_client->Post("/api/v1/sync/push", push.toStdString(), json));
    // The batch said the position it completes: the next handshake says how far the hub holds the site's pushes.
    const auto again = m_client->Post("/api/v1/sync/handshake", handshakeBody(site, secret).toStdString(), json);
    record("post", "/api/v1/sync/handshake", again);
    QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(again->body))
                 .object()
                 .value(QStringLiteral("pushed_through"))
                 .toObject()
                 .value(QStringLiteral("core"))
                 .toInteger(),
             qint64(42));
    record("post", "/api/v1/sync/push",
           m_client->Post("/api/v1/sync/push", auth, R"({"category":"nope","batch_id":"x","records":[]})", json));

    const auto pullAs = [&](const std::string& target) {
        httplib::Headers headers = auth;
        headers.emplace("Target-Digest",
                        ContentDigest::ofTarget("GET", QByteArray::fromStdString(target)).toStdString());
        return m_client->Get(target, headers);
    };
    const auto pulled = pullAs("/api/v1/sync/pull?category=core&cursor=0&limit=50");
    record("get", "/api/v1/sync/pull", pulled);
    QCOMPARE(pulled->status, 200);
    record("get", "/api/v1/sync/pull", pullAs("/api/v1/sync/pull?category=core&cursor=-1"));
    record("get", "/api/v1/sync/pull", pullAs("/api/v1/sync/pull?category=oms&cursor=0"));
    // No Target-Digest (400 target_digest_required), and one that does not match (400 request_damaged).
    record("get", "/api/v1/sync/pull", m_client->Get("/api/v1/sync/pull?category=core&cursor=0", auth));
    httplib::Headers damaged = auth;
    damaged.emplace("Target-Digest",
                    ContentDigest::ofTarget("GET", "/api/v1/sync/pull?category=core&cursor=1").toStdString());
    record("get", "/api/v1/sync/pull", m_client->Get("/api/v1/sync/pull?category=core&cursor=0", damaged));

    const char* report = R"({"started_at":"2026-01-01T10:00:00.000Z","finished_at":"2026-01-01T10:00:02.500Z",
        "outcome":"success","pushed":1,"pulled":50,"rejected":2,"waiting":0})";
    record("post", "/api/v1/sync/report", m_client->Post("/api/v1/sync/report", auth, report, json));
    record("post", "/api/v1/sync/report", m_client->Post("/api/v1/sync/report", auth, "{}", json));
    recordUserApis();
    if (QTest::currentTestFailed())
        return;

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

std::string TestOpenApi::signIn(const char* username)
{
    const QString password =
        m_credentials.value(QStringLiteral("users")).toObject().value(QLatin1String(username)).toString();
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), QLatin1String(username)},
                                                      {QStringLiteral("password"), password}})
                                .toJson(QJsonDocument::Compact);
    const auto answer = m_client->Post("/api/v1/auth/login", body.toStdString(), "application/json");
    record("post", "/api/v1/auth/login", answer);
    if (!answer || answer->status != 200)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromStdString(answer->body))
        .object()
        .value(QStringLiteral("token"))
        .toString()
        .toStdString();
}

namespace {
QJsonObject bodyOf(const httplib::Result& r)
{
    return r ? QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object() : QJsonObject();
}
} // namespace

void TestOpenApi::recordUserApis()
{
    const char* json = "application/json";
    const std::string adminToken = signIn("admin");
    QVERIFY(!adminToken.empty());
    const std::string superToken = signIn("super");
    const std::string deskToken = signIn("desk");
    const std::string nurseToken = signIn("nurse");
    QVERIFY(!superToken.empty() && !deskToken.empty() && !nurseToken.empty());
    const auto wrong = m_client->Post("/api/v1/auth/login", R"({"username":"admin","password":"wrong"})", json);
    record("post", "/api/v1/auth/login", wrong);
    QCOMPARE(wrong->status, 401);
    const httplib::Headers admin{{"Authorization", "Bearer " + adminToken}};
    const httplib::Headers super{{"Authorization", "Bearer " + superToken}};
    const httplib::Headers desk{{"Authorization", "Bearer " + deskToken}};
    const httplib::Headers nurse{{"Authorization", "Bearer " + nurseToken}};

    const auto me = m_client->Get("/api/v1/auth/me", desk);
    record("get", "/api/v1/auth/me", me);
    QCOMPARE(me->status, 200);
    record("get", "/api/v1/auth/me", m_client->Get("/api/v1/auth/me"));

    const auto topology = m_client->Get("/api/v1/admin/topology", super);
    record("get", "/api/v1/admin/topology", topology);
    QCOMPARE(topology->status, 200);
    record("get", "/api/v1/admin/topology", m_client->Get("/api/v1/admin/topology", desk));
    const qint64 revision = bodyOf(topology).value(QStringLiteral("revision")).toInteger(-1);
    QVERIFY(revision >= 0);

    const char* syncType = "/api/v1/admin/stores/{code}/sync-types/{site}";
    const std::string npwh = "/api/v1/admin/stores/NP-WH/sync-types/National%20Medical%20Stores";
    const auto edit = [&](qint64 r, const char* type) {
        return m_client->Put(
            npwh, admin,
            QStringLiteral(R"({"revision":%1,"sync_type":"%2"})").arg(r).arg(QLatin1String(type)).toStdString(), json);
    };
    // NP-WH Collector on the central: the data API below finds a read-only store there.
    const auto edited = edit(revision, "collector");
    record("put", syncType, edited);
    QCOMPARE(edited->status, 200);
    const qint64 now = bodyOf(edited).value(QStringLiteral("revision")).toInteger(-1);
    QVERIFY(now > 0);
    const auto stale = edit(now - 1, "transfer");
    record("put", syncType, stale);
    QCOMPARE(stale->status, 409);
    const auto invalid =
        m_client->Put("/api/v1/admin/stores/CWS/sync-types/National%20Medical%20Stores", admin,
                      QStringLiteral(R"({"revision":%1,"sync_type":"collector"})").arg(now).toStdString(), json);
    record("put", syncType, invalid);
    QCOMPARE(invalid->status, 422);

    const std::string whole =
        QJsonDocument(QJsonObject{{QStringLiteral("topology"), bodyOf(topology).value(QStringLiteral("topology"))}})
            .toJson(QJsonDocument::Compact)
            .toStdString();
    const auto preview = m_client->Post("/api/v1/admin/topology/preview", admin, whole, json);
    record("post", "/api/v1/admin/topology/preview", preview);
    QCOMPARE(preview->status, 200);
    record("post", "/api/v1/admin/topology/preview",
           m_client->Post("/api/v1/admin/topology/preview", admin, R"({"topology":1})", json));

    const auto siteList = m_client->Get("/api/v1/admin/sites", super);
    record("get", "/api/v1/admin/sites", siteList);
    QCOMPARE(siteList->status, 200);
    record("get", "/api/v1/admin/sites", m_client->Get("/api/v1/admin/sites", nurse));

    const auto users = m_client->Get("/api/v1/admin/users", admin);
    record("get", "/api/v1/admin/users", users);
    QCOMPARE(users->status, 200);
    record("get", "/api/v1/admin/users", m_client->Get("/api/v1/admin/users", super));
    const auto added = m_client->Post("/api/v1/admin/users", admin,
                                      R"({"username":"clerk","full_name":"Cal Clerk","role":"field_staff",
                                          "sites":["Central Front Desk"]})",
                                      json);
    record("post", "/api/v1/admin/users", added);
    QCOMPARE(added->status, 201);
    record("post", "/api/v1/admin/users",
           m_client->Post("/api/v1/admin/users", admin, R"({"username":"clerk","role":"field_staff"})", json));

    const auto items = m_client->Get("/api/v1/admin/items", super);
    record("get", "/api/v1/admin/items", items);
    QCOMPARE(items->status, 200);
    record("get", "/api/v1/admin/items", m_client->Get("/api/v1/admin/items", nurse));
    const auto newItem =
        m_client->Post("/api/v1/admin/items", admin,
                       R"({"code":"OAPI1","name":"Documented item","unit":"tablet","pack_size":10})", json);
    record("post", "/api/v1/admin/items", newItem);
    QCOMPARE(newItem->status, 201);
    record("post", "/api/v1/admin/items",
           m_client->Post("/api/v1/admin/items", admin, R"({"code":"OAPI1","name":"Again"})", json));
    record("post", "/api/v1/admin/items", m_client->Post("/api/v1/admin/items", admin, R"({"code":"X"})", json));
    const char* oneItem = "/api/v1/admin/items/{code}";
    record("get", oneItem, m_client->Get("/api/v1/admin/items/OAPI1", super));
    record("get", oneItem, m_client->Get("/api/v1/admin/items/NOPE", super));
    const auto patched = m_client->Patch("/api/v1/admin/items/OAPI1", admin, R"({"unit":null,"active":false})", json);
    record("patch", oneItem, patched);
    QCOMPARE(patched->status, 200);
    record("patch", oneItem, m_client->Patch("/api/v1/admin/items/OAPI1", admin, R"({"pack_size":0})", json));
    record("delete", oneItem, m_client->Delete("/api/v1/admin/items/NOPE", admin));
    const auto deleted = m_client->Delete("/api/v1/admin/items/OAPI1", admin);
    record("delete", oneItem, deleted);
    QCOMPARE(deleted->status, 200);
    const auto imported = m_client->Post("/api/v1/admin/items/import?dry_run=true", admin,
                                         "code,name,pack_size\nOAPI2,Imported,5\nBAD/1,Refused,1\n", "text/csv");
    record("post", "/api/v1/admin/items/import", imported);
    QCOMPARE(imported->status, 200);
    record("post", "/api/v1/admin/items/import",
           m_client->Post("/api/v1/admin/items/import", admin, R"({"csv":"name\nno code"})", json));

    const auto audit = m_client->Get("/api/v1/admin/audit?limit=10", super);
    record("get", "/api/v1/admin/audit", audit);
    QCOMPARE(audit->status, 200);
    record("get", "/api/v1/admin/audit", m_client->Get("/api/v1/admin/audit?limit=0", admin));

    const auto sites = m_client->Get("/api/v1/status/sites", admin);
    record("get", "/api/v1/status/sites", sites);
    QCOMPARE(sites->status, 200);
    record("get", "/api/v1/status/sites", m_client->Get("/api/v1/status/sites", nurse));
    record("get", "/api/v1/status/sites", m_client->Get("/api/v1/status/sites"));
    const char* sessions = "/api/v1/status/sites/{name}/sessions";
    const auto history = m_client->Get("/api/v1/status/sites/Northern%20Province%20Server/sessions", super);
    record("get", sessions, history);
    QCOMPARE(history->status, 200);
    record("get", sessions, m_client->Get("/api/v1/status/sites/Northern%20Province%20Server/sessions", nurse));
    record("get", sessions, m_client->Get("/api/v1/status/sites/Nowhere/sessions", admin));
    const auto summary = m_client->Get("/api/v1/status/summary?days=3", admin);
    record("get", "/api/v1/status/summary", summary);
    QCOMPARE(summary->status, 200);
    record("get", "/api/v1/status/summary", m_client->Get("/api/v1/status/summary?days=0", admin));

    const auto stores = m_client->Get("/api/v1/data/stores?client=Central%20Front%20Desk", desk);
    record("get", "/api/v1/data/stores", stores);
    QCOMPARE(stores->status, 200);
    record("get", "/api/v1/data/stores", m_client->Get("/api/v1/data/stores?client=Central%20Front%20Desk", nurse));
    record("get", "/api/v1/data/stores", m_client->Get("/api/v1/data/stores", desk));
    const auto list = m_client->Get("/api/v1/data/stock_line?client=Central%20Front%20Desk&store=CWS&limit=5", desk);
    record("get", "/api/v1/data/{table}", list);
    QCOMPARE(list->status, 200);
    record("get", "/api/v1/data/{table}", m_client->Get("/api/v1/data/nothing?client=Central%20Front%20Desk", desk));

    const QString cws = StableId::store(QStringLiteral("CWS"));
    const QString item = StableId::item(QStringLiteral("PARA500"));
    const char* one = "/api/v1/data/{table}/{id}";
    const std::string line = "/api/v1/data/stock_line/sl-data-api?client=Central%20Front%20Desk";
    const auto created = m_client->Put(
        line, desk, QStringLiteral(R"({"store_id":"%1","item_id":"%2"})").arg(cws, item).toStdString(), json);
    record("put", one, created);
    QCOMPARE(created->status, 201);
    const auto changed = m_client->Put(
        line, desk, QStringLiteral(R"({"store_id":"%1","item_id":"%2"})").arg(cws, item).toStdString(), json);
    record("put", one, changed);
    QCOMPARE(changed->status, 200);
    const auto readOnly = m_client->Put("/api/v1/data/stock_line/sl-data-api-2?client=Central%20Front%20Desk", desk,
                                        QStringLiteral(R"({"store_id":"%1","item_id":"%2"})")
                                            .arg(StableId::store(QStringLiteral("NP-WH")), item)
                                            .toStdString(),
                                        json);
    record("put", one, readOnly);
    QCOMPARE(readOnly->status, 403);
    QCOMPARE(bodyOf(readOnly).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("store_read_only"));
    const auto got = m_client->Get(line, desk);
    record("get", one, got);
    QCOMPARE(got->status, 200);
    record("get", one, m_client->Get("/api/v1/data/stock_line/missing?client=Central%20Front%20Desk", desk));
    record("put", one, m_client->Put(line, super, "{}", json));

    // The store actions of a client (DataActionsApi): what they need, then each action, done and refused.
    const std::string deskQuery = "client=Central%20Front%20Desk";
    const auto options = m_client->Get("/api/v1/data/actions?" + deskQuery + "&store=CWS", desk);
    record("get", "/api/v1/data/actions", options);
    QCOMPARE(options->status, 200);
    record("get", "/api/v1/data/actions", m_client->Get("/api/v1/data/actions?" + deskQuery, desk));
    QString shippable; // an item CWS can ship one pack of: a batch with a pack, or no stock line at all (untracked)
    for (const QJsonValue& v : bodyOf(options).value(QStringLiteral("items")).toArray()) {
        const QJsonObject i = v.toObject();
        if (shippable.isEmpty() && (i.value(QStringLiteral("largest_batch")).toDouble() >= 1 ||
                                    i.value(QStringLiteral("available_packs")).toDouble() == 0))
            shippable = i.value(QStringLiteral("code")).toString();
    }
    QVERIFY(!shippable.isEmpty());
    const char* act = "/api/v1/data/actions/{action}";
    const auto post = [&](const char* action, const httplib::Headers& who, const QString& body) {
        return m_client->Post("/api/v1/data/actions/" + std::string(action) + "?" + deskQuery, who, body.toStdString(),
                              json);
    };
    const auto shipped =
        post("transfer", desk, QStringLiteral(R"({"from":"CWS","to":"CPH","item":"%1","packs":1})").arg(shippable));
    record("post", act, shipped);
    QCOMPARE(shipped->status, 201);
    const QString inbound = TransferIds::inboundInvoice(bodyOf(shipped).value(QStringLiteral("id")).toString());
    const auto received = post("receive", desk, QStringLiteral(R"({"invoice":"%1"})").arg(inbound));
    record("post", act, received);
    QCOMPARE(received->status, 200);
    const auto twice = post("receive", desk, QStringLiteral(R"({"invoice":"%1"})").arg(inbound));
    record("post", act, twice);
    QCOMPARE(twice->status, 409);
    const auto requested =
        post("requisition", desk, QStringLiteral(R"({"from":"CPH","to":"CWS","item":"%1","packs":3})").arg(shippable));
    record("post", act, requested);
    QCOMPARE(requested->status, 201);
    const auto answered =
        post("respond", desk,
             QStringLiteral(R"({"requisition":"%1"})").arg(bodyOf(requested).value(QStringLiteral("id")).toString()));
    record("post", act, answered);
    QCOMPARE(answered->status, 200);
    const auto adjusted = post("adjust-stock", desk,
                               QStringLiteral(R"({"store":"CWS","stock_line_id":"sl-data-api","available_packs":4})"));
    record("post", act, adjusted);
    QCOMPARE(adjusted->status, 200);
    const auto collector =
        post("transfer", desk, QStringLiteral(R"({"from":"NP-WH","to":"CWS","item":"%1","packs":1})").arg(shippable));
    record("post", act, collector);
    QCOMPARE(collector->status, 403);
    record("post", act, post("transfer", super, QStringLiteral(R"({"from":"CWS","to":"CPH","item":"X","packs":1})")));
    record("post", act, post("transfer", desk, QStringLiteral(R"({"from":"CWS","to":"CPH","packs":1})")));
    record("post", act, post("respond", desk, QStringLiteral(R"({"requisition":"none"})")));
    record("post", act, post("steal", desk, QStringLiteral("{}")));
    const auto recorded = post(
        "record", desk, QStringLiteral(R"({"store":"CWS","table":"stock_line","record":{"item_id":"%1"}})").arg(item));
    record("post", act, recorded);
    QCOMPARE(recorded->status, 201);
    record(
        "post", act,
        post("record", desk,
             QStringLiteral(R"({"store":"CWS","table":"asset","record":{"code":"F","asset_type":"refrigerator"}})")));

    const auto out = m_client->Post("/api/v1/auth/logout", desk, "", json);
    QVERIFY(out);
    QCOMPARE(out->status, 204);
    record("get", "/api/v1/auth/me", m_client->Get("/api/v1/auth/me", desk));
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "TestOpenApi.moc"
