#include "ChangeLog.h"
#include "DataApi.h"
#include "HubTestHarness.h"
#include "RecordStore.h"
#include "StableId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <httplib.h>

using namespace syncsites;
using syncsites::test::HubHarnessOptions;
using syncsites::test::HubTestHarness;
using Reply = HubTestHarness::Reply;

namespace {

QString str(const char* text)
{
    return QString::fromUtf8(text);
}

QString enc(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QString kCentral = QStringLiteral("National Medical Stores");
const QString kFrontDesk = QStringLiteral("Central Front Desk");
const QString kNorth = QStringLiteral("Northern Province Server");
const QString kDesk = str("client=") + enc(kFrontDesk);

QJsonObject stockLine(const QString& storeCode, const QString& itemCode = QStringLiteral("PARA500"))
{
    return QJsonObject{{str("store_id"), StableId::store(storeCode)},
                       {str("item_id"), StableId::item(itemCode)},
                       {str("batch"), str("B-DESK")},
                       {str("expiry_date"), str("2027-06-30")},
                       {str("pack_size"), 10},
                       {str("available_packs"), 25.0},
                       {str("cost_price"), 1.5},
                       {str("sell_price"), 2.0}};
}

} // namespace

/// The data API of the client kinds on a real hub over loopback: Central Front Desk (an msupply_client of the
/// msupply_central) reads Active and Collector stores and writes only Active ones, its writes flow to the sites
/// that hold the store, and every refusal says why.
class TestHubData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void clientAccessFollowsTheKindRules_data();
    void clientAccessFollowsTheKindRules();
    void storesVisibleToTheClient();
    void readsActiveAndCollectorStores();
    void writesAnActiveStoreAndSitesPullIt();
    void refusesWritingACollectorStore();
    void refusesAStoreNotVisible();
    void refusesUsersAndSitesThatDoNotFit();
    void validationErrorsNameTheField();
    void centralAndForeignTables();
    void rolesAndDataEndpoints_data();
    void rolesAndDataEndpoints();

private:
    Reply send(const char* method, const QString& target, const QString& user, const QJsonObject& body = {});
    QString token(const QString& user);

    std::unique_ptr<HubTestHarness> m_hub;
    std::unique_ptr<httplib::Client> m_http;
    QHash<QString, QString> m_tokens;
};

void TestHubData::initTestCase()
{
    HubHarnessOptions options;
    options.records = 5000; // about 8 stock lines per store
    auto hub = HubTestHarness::start(options);
    QVERIFY2(hub.ok(), qPrintable(hub.error().message));
    m_hub = std::move(hub).value();
    m_http = std::make_unique<httplib::Client>("127.0.0.1", int(m_hub->port()));
    m_http->set_keep_alive(true);
    m_http->set_url_encode(false);
    // The desk's users, next to the harness's admin, supervisor, fieldstaff (Soko Health Centre) and deskclerk
    // (Southern Dispensary Desk, a client of another server). Rows as HubProvisioner writes them.
    RecordStore records(m_hub->database());
    for (const auto& [name, role] :
         {std::pair{str("frontdesk"), str("field_staff")}, std::pair{str("frontsuper"), str("supervisor")}}) {
        const QString userId = StableId::user(name);
        QVERIFY(records.upsert(u"user_account", QJsonObject{{str("id"), userId},
                                                            {str("username"), name},
                                                            {str("password_hash"), str("unused")},
                                                            {str("role"), role},
                                                            {str("full_name"), name},
                                                            {str("active"), true}}));
        QVERIFY(records.upsert(u"user_site", QJsonObject{{str("id"), StableId::of(str("user_site"), name)},
                                                         {str("user_id"), userId},
                                                         {str("site_id"), StableId::site(kFrontDesk)}}));
    }
}

void TestHubData::cleanupTestCase()
{
    m_http.reset();
    m_hub.reset();
}

QString TestHubData::token(const QString& user)
{
    if (user.isEmpty())
        return QString();
    if (!m_tokens.contains(user))
        m_tokens.insert(user,
                        m_hub->server().state().tokens().issue(TokenSubject::User, user, std::chrono::hours(1)).token);
    return m_tokens.value(user);
}

Reply TestHubData::send(const char* method, const QString& target, const QString& user, const QJsonObject& body)
{
    httplib::Headers headers;
    if (!user.isEmpty())
        headers.emplace("Authorization", "Bearer " + token(user).toStdString());
    const std::string path = target.toStdString();
    const std::string payload = QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString();
    httplib::Result result = qstrcmp(method, "GET") == 0   ? m_http->Get(path, headers)
                             : qstrcmp(method, "PUT") == 0 ? m_http->Put(path, headers, payload, "application/json")
                                                           : m_http->Delete(path, headers);
    Reply reply;
    if (!result) {
        reply.transportError = QString::fromStdString(httplib::to_string(result.error()));
        return reply;
    }
    reply.status = result->status;
    reply.body = QByteArray::fromStdString(result->body);
    return reply;
}

void TestHubData::clientAccessFollowsTheKindRules_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("store");
    QTest::addColumn<QString>("access");

    QTest::newRow("msupply_client, Active on its central") << kFrontDesk << str("CWS") << str("read_write");
    QTest::newRow("msupply_client, Collector on its central") << kFrontDesk << str("SEF-PHA") << str("read");
    QTest::newRow("oms_desktop, Active on its server")
        << str("Southern Dispensary Desk") << str("SP-WH") << str("read_write");
    QTest::newRow("oms_desktop, Collector on its server")
        << str("Southern Dispensary Desk") << str("BWE-PHA") << str("none");
    QTest::newRow("oms_desktop, Transfer on its server")
        << str("Southern Dispensary Desk") << str("CWS") << str("none");
    QTest::newRow("oms_desktop, not on its server") << str("Southern Dispensary Desk") << str("SEF-PHA") << str("none");
    QTest::newRow("a data-holding site") << kNorth << str("NP-WH") << str("none");
    QTest::newRow("unknown client") << str("Nowhere") << str("CWS") << str("none");
    QTest::newRow("unknown store") << kFrontDesk << str("NOPE") << str("none");
}

void TestHubData::clientAccessFollowsTheKindRules()
{
    QFETCH(QString, client);
    QFETCH(QString, store);
    QFETCH(QString, access);
    QCOMPARE(storeAccessId(DataApi::clientAccess(m_hub->network().topology, client, store)), access);
}

void TestHubData::storesVisibleToTheClient()
{
    const Reply reply = send("GET", str("/api/v1/data/stores?") + kDesk, str("frontdesk"));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(reply.json().value(str("server")).toString(), kCentral);
    const QJsonArray stores = reply.json().value(str("stores")).toArray();
    // On the msupply_central every store is Active (its own four) or Collector.
    QCOMPARE(stores.size(), m_hub->network().topology.stores().size());
    QHash<QString, QJsonObject> byCode;
    for (const QJsonValue& s : stores)
        byCode.insert(s.toObject().value(str("code")).toString(), s.toObject());
    for (const char* code : {"CWS", "NVS", "CPH", "QCL"}) {
        QCOMPARE(byCode.value(QLatin1String(code)).value(str("access")).toString(), str("read_write"));
        QCOMPARE(byCode.value(QLatin1String(code)).value(str("sync_type")).toString(), str("active"));
    }
    QCOMPARE(byCode.value(str("SEF-PHA")).value(str("access")).toString(), str("read"));
    QCOMPARE(byCode.value(str("SEF-PHA")).value(str("sync_type")).toString(), str("collector"));
    QCOMPARE(byCode.value(str("SEF-PHA")).value(str("home")).toString(), str("Sefa District Hospital"));

    // The header names the client as well as the query parameter; a supervisor's access is read only.
    httplib::Headers headers{{"Authorization", "Bearer " + token(str("frontsuper")).toStdString()},
                             {"X-SyncSites-Client", kFrontDesk.toStdString()}};
    const httplib::Result viaHeader = m_http->Get("/api/v1/data/stores", headers);
    QVERIFY(viaHeader);
    QCOMPARE(viaHeader->status, 200);
    const QJsonArray supervised =
        QJsonDocument::fromJson(QByteArray::fromStdString(viaHeader->body)).object().value(str("stores")).toArray();
    for (const QJsonValue& s : supervised)
        QCOMPARE(s.toObject().value(str("access")).toString(), str("read"));
}

void TestHubData::readsActiveAndCollectorStores()
{
    RecordStore records(m_hub->database());
    for (const char* code : {"CWS", "SEF-PHA"}) {
        const QString store = QLatin1String(code);
        const Result<QVector<QJsonObject>> expected = records.list(u"stock_line", QStringList{StableId::store(store)});
        QVERIFY(expected.ok());
        QVERIFY2(expected->size() >= 3, "the demo records should give every store a few stock lines");
        const Reply all =
            send("GET", str("/api/v1/data/stock_line?%1&store=%2").arg(kDesk, enc(store)), str("frontdesk"));
        QVERIFY2(all.status == 200, all.describe().constData());
        QCOMPARE(all.json().value(str("access")).toString(),
                 store == QLatin1String("CWS") ? str("read_write") : str("read"));
        const QJsonArray rows = all.json().value(str("records")).toArray();
        QCOMPARE(rows.size(), expected->size());
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(rows.at(i).toObject(), expected->at(i));
        QVERIFY(all.json().value(str("next_after")).isNull());

        // Page by page: limit and after.
        const Reply first =
            send("GET", str("/api/v1/data/stock_line?%1&store=%2&limit=2").arg(kDesk, enc(store)), str("frontdesk"));
        QCOMPARE(first.json().value(str("records")).toArray().size(), 2);
        const QString after = first.json().value(str("next_after")).toString();
        QCOMPARE(after, expected->at(1).value(str("id")).toString());
        const Reply second =
            send("GET", str("/api/v1/data/stock_line?%1&store=%2&limit=2&after=%3").arg(kDesk, enc(store), enc(after)),
                 str("frontdesk"));
        QCOMPARE(second.json().value(str("records")).toArray().first().toObject(), expected->at(2));

        // One record.
        const QString id = expected->first().value(str("id")).toString();
        const Reply one = send("GET", str("/api/v1/data/stock_line/%1?%2").arg(id, kDesk), str("frontdesk"));
        QVERIFY2(one.status == 200, one.describe().constData());
        QCOMPARE(one.json().value(str("record")).toObject(), expected->first());
        QCOMPARE(one.json().value(str("store")).toString(), store);
    }
    // Lines by their header's store.
    const Result<QVector<QJsonObject>> lines =
        records.list(u"invoice_line", QStringList{StableId::store(str("SEF-PHA"))});
    const Reply sefaLines =
        send("GET", str("/api/v1/data/invoice_line?%1&store=SEF-PHA&limit=5000").arg(kDesk), str("frontdesk"));
    QCOMPARE(sefaLines.json().value(str("records")).toArray().size(), lines->size());
    // Central data without a store.
    const Reply items = send("GET", str("/api/v1/data/item?") + kDesk, str("frontdesk"));
    QVERIFY2(items.status == 200, items.describe().constData());
    QCOMPARE(items.json().value(str("records")).toArray().size(), m_hub->network().items.size());
    const Reply missing = send("GET", str("/api/v1/data/stock_line/no-such-id?") + kDesk, str("frontdesk"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), str("not_found"));
}

void TestHubData::writesAnActiveStoreAndSitesPullIt()
{
    auto client = m_hub->client();
    const QString northToken = m_hub->token(kNorth, *client);
    QVERIFY(!northToken.isEmpty());
    const qint64 before = m_hub->maxCursor();

    // A shipment from the Central Warehouse to the Northern Province warehouse, made at the front desk.
    const QString invoiceId = newId();
    const QJsonObject invoice{{str("store_id"), StableId::store(str("CWS"))},
                              {str("partner_store_id"), StableId::store(str("NP-WH"))},
                              {str("type"), str("outbound")},
                              {str("status"), str("new")},
                              {str("created_at"), str("2026-01-05T09:00:00.000Z")},
                              {str("comment"), str("from the desk")}};
    const Reply created =
        send("PUT", str("/api/v1/data/invoice/%1?%2").arg(invoiceId, kDesk), str("frontdesk"), invoice);
    QVERIFY2(created.status == 201, created.describe().constData());
    QCOMPARE(created.json().value(str("store")).toString(), str("CWS"));
    QCOMPARE(created.json().value(str("record")).toObject().value(str("comment")).toString(), str("from the desk"));
    const QString lineId = newId();
    const Reply line = send("PUT", str("/api/v1/data/invoice_line/%1?%2").arg(lineId, kDesk), str("frontdesk"),
                            QJsonObject{{str("invoice_id"), invoiceId},
                                        {str("item_id"), StableId::item(str("ORS"))},
                                        {str("pack_size"), 1},
                                        {str("packs"), 12.0}});
    QVERIFY2(line.status == 201, line.describe().constData());
    // Fields left out keep their values.
    const Reply edited = send("PUT", str("/api/v1/data/invoice/%1?%2").arg(invoiceId, kDesk), str("frontdesk"),
                              QJsonObject{{str("comment"), str("checked twice")}});
    QVERIFY2(edited.status == 200, edited.describe().constData());
    QCOMPARE(edited.json().value(str("record")).toObject().value(str("type")).toString(), str("outbound"));
    QCOMPARE(edited.json().value(str("record")).toObject().value(str("comment")).toString(), str("checked twice"));

    // In the changelog as the hub's own writes, not received: they flow to every site that should get them.
    const Result<QVector<ChangeLogEntry>> rows = ChangeLog(m_hub->database()).forRecord(str("invoice"), invoiceId);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2);
    for (const ChangeLogEntry& row : *rows) {
        QCOMPARE(row.sourceSiteId, StableId::site(kCentral));
        QVERIFY(!row.received);
        QCOMPARE(row.storeId, StableId::store(str("CWS")));
    }

    // The Northern Province Server (NP-WH is Active there) pulls both.
    const HubTestHarness::PullResult pulled = client->pullAll(northToken, str("core"), before, 1000);
    QVERIFY2(pulled.ok, pulled.failure.describe().constData());
    QVERIFY(pulled.keys().contains(str("invoice/") + invoiceId));
    QVERIFY(pulled.keys().contains(str("invoice_line/") + lineId));
    for (const QJsonObject& r : pulled.records) {
        if (r.value(str("id")).toString() == invoiceId)
            QCOMPARE(r.value(str("data")).toObject().value(str("comment")).toString(), str("checked twice"));
    }

    // And a stock line of an Active store, then deleted again.
    const QString stockId = newId();
    QCOMPARE(
        send("PUT", str("/api/v1/data/stock_line/%1?%2").arg(stockId, kDesk), str("frontdesk"), stockLine(str("CPH")))
            .status,
        201);
    QCOMPARE(send("DELETE", str("/api/v1/data/stock_line/%1?%2").arg(stockId, kDesk), str("frontdesk")).status, 204);
    QCOMPARE(send("DELETE", str("/api/v1/data/stock_line/%1?%2").arg(stockId, kDesk), str("frontdesk")).status, 404);
    const Result<QVector<ChangeLogEntry>> stockRows =
        ChangeLog(m_hub->database()).forRecord(str("stock_line"), stockId);
    QCOMPARE(stockRows->size(), 2);
    QCOMPARE(stockRows->last().action, ChangeLogEntry::Action::Delete);
    QCOMPARE(stockRows->last().sourceSiteId, StableId::site(kCentral));
}

void TestHubData::refusesWritingACollectorStore()
{
    const qint64 before = m_hub->maxCursor();
    const Reply refused = send("PUT", str("/api/v1/data/stock_line/%1?%2").arg(newId(), kDesk), str("frontdesk"),
                               stockLine(str("SEF-PHA")));
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.errorCode(), str("store_read_only"));
    QVERIFY2(refused.errorMessage().contains(str("Collector")) &&
                 refused.errorMessage().contains(str("Sefa District Hospital")),
             qPrintable(refused.errorMessage()));
    QCOMPARE(refused.errorDetails().value(str("store")).toString(), str("SEF-PHA"));

    // An existing Collector record may be neither edited, moved into an Active store, nor deleted.
    RecordStore records(m_hub->database());
    const Result<QVector<QJsonObject>> sefa = records.list(u"stock_line", QStringList{StableId::store(str("SEF-PHA"))});
    QVERIFY(sefa.ok() && !sefa->isEmpty());
    const QString id = sefa->first().value(str("id")).toString();
    const QString target = str("/api/v1/data/stock_line/%1?%2").arg(id, kDesk);
    QCOMPARE(send("PUT", target, str("frontdesk"), QJsonObject{{str("note"), str("x")}}).errorCode(),
             str("store_read_only"));
    QCOMPARE(
        send("PUT", target, str("frontdesk"), QJsonObject{{str("store_id"), StableId::store(str("CWS"))}}).errorCode(),
        str("store_read_only"));
    QCOMPARE(send("DELETE", target, str("frontdesk")).errorCode(), str("store_read_only"));
    QCOMPARE(m_hub->maxCursor(), before); // nothing written
}

void TestHubData::refusesAStoreNotVisible()
{
    const Reply unknown = send("GET", str("/api/v1/data/stock_line?%1&store=NOPE").arg(kDesk), str("frontdesk"));
    QCOMPARE(unknown.status, 403);
    QCOMPARE(unknown.errorCode(), str("store_not_visible"));
    QVERIFY(unknown.errorMessage().contains(str("NOPE")));
    const Reply write =
        send("PUT", str("/api/v1/data/stock_line/%1?%2").arg(newId(), kDesk), str("frontdesk"),
             QJsonObject{{str("store_id"), str("not-a-store")}, {str("item_id"), StableId::item(str("PARA500"))}});
    QCOMPARE(write.status, 400);
    QCOMPARE(write.errorDetails().value(str("field")).toString(), str("store_id"));
}

void TestHubData::refusesUsersAndSitesThatDoNotFit()
{
    const QString stores = str("/api/v1/data/stores?");
    struct Case
    {
        const char* user;
        QString query;
        int status;
        const char* code;
        const char* reason;
    };
    const Case cases[] = {
        {"fieldstaff", kDesk, 403, "forbidden", "not_your_site"},
        {"deskclerk", str("client=") + enc(str("Southern Dispensary Desk")), 403, "forbidden",
         "client_of_another_server"},
        {"frontdesk", str("client=") + enc(kNorth), 403, "forbidden", "not_a_client"},
        {"frontdesk", str("client=Nowhere"), 403, "forbidden", "unknown_client"},
        {"frontdesk", QString(), 400, "invalid_field", nullptr},
        {"admin", kDesk, 200, nullptr, nullptr}, // administrators need not work there
    };
    for (const Case& c : cases) {
        const Reply r = send("GET", stores + c.query, QLatin1String(c.user));
        QVERIFY2(r.status == c.status, r.describe().constData());
        if (c.code)
            QCOMPARE(r.errorCode(), QLatin1String(c.code));
        if (c.reason)
            QCOMPARE(r.errorDetails().value(str("reason")).toString(), QLatin1String(c.reason));
    }
    const Reply noClient = send("GET", stores, str("frontdesk"));
    QCOMPARE(noClient.errorDetails().value(str("field")).toString(), str("client"));
    const Reply fieldstaff =
        send("PUT", str("/api/v1/data/stock_line/%1?%2").arg(newId(), kDesk), str("fieldstaff"), stockLine(str("CWS")));
    QCOMPARE(fieldstaff.status, 403);
    QCOMPARE(fieldstaff.errorDetails().value(str("reason")).toString(), str("not_your_site"));
    const Reply supervisor =
        send("PUT", str("/api/v1/data/stock_line/%1?%2").arg(newId(), kDesk), str("frontsuper"), stockLine(str("CWS")));
    QCOMPARE(supervisor.status, 403);
    QCOMPARE(supervisor.errorCode(), str("forbidden"));
}

void TestHubData::validationErrorsNameTheField()
{
    struct Case
    {
        const char* name;
        QJsonObject body;
        const char* field;
    };
    QJsonObject badPacks = stockLine(str("CWS"));
    badPacks.insert(str("pack_size"), str("ten"));
    QJsonObject noItem = stockLine(str("CWS"));
    noItem.remove(str("item_id"));
    QJsonObject ghostItem = stockLine(str("CWS"));
    ghostItem.insert(str("item_id"), str("no-such-item"));
    QJsonObject colour = stockLine(str("CWS"));
    colour.insert(str("colour"), str("blue"));
    QJsonObject otherId = stockLine(str("CWS"));
    otherId.insert(str("id"), str("another-id"));
    QJsonObject badDate = stockLine(str("CWS"));
    badDate.insert(str("expiry_date"), str("31/12/2027"));
    const Case cases[] = {
        {"a number as text", badPacks, "pack_size"}, {"a required field missing", noItem, "item_id"},
        {"a missing item", ghostItem, "item_id"},    {"an unknown field", colour, "colour"},
        {"another id in the body", otherId, "id"},   {"a date in another format", badDate, "expiry_date"},
    };
    const qint64 before = m_hub->maxCursor();
    for (const Case& c : cases) {
        const Reply r = send("PUT", str("/api/v1/data/stock_line/%1?%2").arg(newId(), kDesk), str("frontdesk"), c.body);
        QVERIFY2(r.status == 400, QByteArray(QByteArray(c.name) + ": " + r.describe()).constData());
        QCOMPARE(r.errorCode(), str("invalid_field"));
        QCOMPARE(r.errorDetails().value(str("field")).toString(), QLatin1String(c.field));
        QVERIFY2(r.errorMessage().contains(QLatin1String(c.field)), qPrintable(r.errorMessage()));
    }
    QCOMPARE(m_hub->maxCursor(), before);
}

void TestHubData::centralAndForeignTables()
{
    const QString item = StableId::item(str("PARA500"));
    const Reply writeItem = send("PUT", str("/api/v1/data/item/%1?%2").arg(item, kDesk), str("frontdesk"),
                                 QJsonObject{{str("name"), str("Renamed")}});
    QCOMPARE(writeItem.status, 403);
    QCOMPARE(writeItem.errorCode(), str("central_data_read_only"));
    const Reply users = send("GET", str("/api/v1/data/user_account?") + kDesk, str("admin"));
    QCOMPARE(users.status, 403);
    QCOMPARE(users.errorDetails().value(str("reason")).toString(), str("table_not_offered"));
    const Reply assets = send("GET", str("/api/v1/data/asset?%1&store=CWS").arg(kDesk), str("frontdesk"));
    QCOMPARE(assets.status, 403);
    QCOMPARE(assets.errorCode(), str("category_not_carried"));
    QCOMPARE(send("GET", str("/api/v1/data/nope?") + kDesk, str("frontdesk")).status, 404);
    const Reply noStore = send("GET", str("/api/v1/data/stock_line?") + kDesk, str("frontdesk"));
    QCOMPARE(noStore.status, 400);
    QCOMPARE(noStore.errorDetails().value(str("field")).toString(), str("store"));
}

void TestHubData::rolesAndDataEndpoints_data()
{
    QTest::addColumn<QString>("user"); // empty: no token
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("status");

    const QString read = str("/api/v1/data/stock_line?%1&store=CWS").arg(kDesk);
    const QString write = str("/api/v1/data/stock_line/%1?%2");
    struct Row
    {
        const char* user;
        int stores;
        int read;
        int put;
        int remove; ///< of a record that does not exist: 404 once every check has passed
    };
    for (const Row& r : {Row{"admin", 200, 200, 201, 404}, Row{"supervisor", 403, 403, 403, 403},
                         Row{"frontsuper", 200, 200, 403, 403}, Row{"frontdesk", 200, 200, 201, 404},
                         Row{"fieldstaff", 403, 403, 403, 403}, Row{"", 401, 401, 401, 401}}) {
        const QString user = QLatin1String(r.user);
        const QByteArray who = user.isEmpty() ? QByteArray("nobody") : QByteArray(r.user);
        QTest::newRow(QByteArray(who + " stores").constData())
            << user << QByteArray("GET") << str("/api/v1/data/stores?") + kDesk << r.stores;
        QTest::newRow(QByteArray(who + " list").constData()) << user << QByteArray("GET") << read << r.read;
        QTest::newRow(QByteArray(who + " put").constData())
            << user << QByteArray("PUT") << write.arg(newId(), kDesk) << r.put;
        QTest::newRow(QByteArray(who + " delete").constData())
            << user << QByteArray("DELETE") << write.arg(newId(), kDesk) << r.remove;
    }
}

void TestHubData::rolesAndDataEndpoints()
{
    QFETCH(QString, user);
    QFETCH(QByteArray, method);
    QFETCH(QString, target);
    QFETCH(int, status);
    const Reply reply = send(method.constData(), target, user, stockLine(str("CWS")));
    QVERIFY2(reply.status == status, reply.describe().constData());
}

QTEST_GUILESS_MAIN(TestHubData)
#include "TestHubData.moc"
