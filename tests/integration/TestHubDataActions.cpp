#include "ChangeLog.h"
#include "HubTestHarness.h"
#include "RecordStore.h"
#include "SiteReplica.h"
#include "StableId.h"
#include "TestHubAdminClient.h"
#include "TransferIds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>

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

const QString kCentral = QStringLiteral("National Medical Stores");
const QString kFrontDesk = QStringLiteral("Central Front Desk");
const QString kNorth = QStringLiteral("Northern Province Server");
const QString kDesk = str("client=") + enc(kFrontDesk);

QString action(const char* name, const QString& query = kDesk)
{
    return str("/api/v1/data/actions/%1?%2").arg(QLatin1String(name), query);
}

} // namespace

/// The store actions of the client kinds on a real hub over loopback: Central Front Desk (an msupply_client of the
/// msupply_central) adjusts stock, ships, receives, raises and answers requisitions in the hub's Active stores with
/// the rules and messages of StoreActions; DataApi's checks come first; the writes reach the sites' pulls.
class TestHubDataActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void optionsListWhatTheActionsNeed();
    void adjustsStockOfAnActiveStore();
    void shipsAndTheSitePullsTheShipment();
    void shipsBetweenHubStoresAndReceivesOnce();
    void raisesAndAnswersARequisition();
    void refusesWhoMayNotWrite();
    void refusesACollectorStoreAndUnknownStores();
    void passesOnStoreActionsRefusals();
    void refusesMalformedRequests();
    void recordsFollowTheClientKind();
    void remoteServerActsAsItsOwnSite();

private:
    Reply send(const char* method, const QString& target, const QString& user, const QJsonObject& body = {});
    QString token(const QString& user);
    /// A stock line of `store` with at least `packs` available (not on hold), and its item's code.
    std::pair<QJsonObject, QString> stockLineWith(const QString& store, double packs);

    std::unique_ptr<HubTestHarness> m_hub;
    std::unique_ptr<httplib::Client> m_http;
    QHash<QString, QString> m_tokens;
};

void TestHubDataActions::initTestCase()
{
    HubHarnessOptions options;
    options.records = 5000;
    auto hub = HubTestHarness::start(options);
    QVERIFY2(hub.ok(), qPrintable(hub.error().message));
    m_hub = std::move(hub).value();
    m_http = std::make_unique<httplib::Client>("127.0.0.1", int(m_hub->port()));
    m_http->set_keep_alive(true);
    m_http->set_url_encode(false);
    // The desk's users, next to the harness's admin, supervisor, fieldstaff and deskclerk (Southern Dispensary
    // Desk, a client of another server). Rows as HubProvisioner writes them.
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

void TestHubDataActions::cleanupTestCase()
{
    m_http.reset();
    m_hub.reset();
}

QString TestHubDataActions::token(const QString& user)
{
    if (user.isEmpty())
        return QString();
    if (!m_tokens.contains(user))
        m_tokens.insert(user,
                        m_hub->server().state().tokens().issue(TokenSubject::User, user, std::chrono::hours(1)).token);
    return m_tokens.value(user);
}

Reply TestHubDataActions::send(const char* method, const QString& target, const QString& user, const QJsonObject& body)
{
    httplib::Headers headers;
    if (!user.isEmpty())
        headers.emplace("Authorization", "Bearer " + token(user).toStdString());
    const std::string path = target.toStdString();
    const std::string payload = QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString();
    httplib::Result result = qstrcmp(method, "GET") == 0 ? m_http->Get(path, headers)
                                                         : m_http->Post(path, headers, payload, "application/json");
    Reply reply;
    if (!result) {
        reply.transportError = QString::fromStdString(httplib::to_string(result.error()));
        return reply;
    }
    reply.status = result->status;
    reply.body = QByteArray::fromStdString(result->body);
    return reply;
}

std::pair<QJsonObject, QString> TestHubDataActions::stockLineWith(const QString& store, double packs)
{
    RecordStore records(m_hub->database());
    const Result<QVector<QJsonObject>> lines = records.list(u"stock_line", QStringList{StableId::store(store)});
    if (!lines)
        return {};
    for (const QJsonObject& line : *lines) {
        if (line.value(str("on_hold")).toBool() || line.value(str("available_packs")).toDouble() < packs)
            continue;
        const Result<std::optional<QJsonObject>> item = records.get(u"item", line.value(str("item_id")).toString());
        if (item && item->has_value())
            return {line, (**item).value(str("code")).toString()};
    }
    return {};
}

void TestHubDataActions::optionsListWhatTheActionsNeed()
{
    const Reply reply = send("GET", str("/api/v1/data/actions?%1&store=CWS").arg(kDesk), str("frontdesk"));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    const QJsonObject o = reply.json();
    QCOMPARE(o.value(str("server")).toString(), kCentral);
    QCOMPARE(o.value(str("access")).toString(), str("read_write"));
    // Every store is visible on the msupply_central: all but CWS itself are partners.
    QCOMPARE(o.value(str("partners")).toArray().size(), m_hub->network().topology.stores().size() - 1);
    for (const QJsonValue& p : o.value(str("partners")).toArray())
        QVERIFY(p.toObject().value(str("code")).toString() != str("CWS"));
    QCOMPARE(o.value(str("items")).toArray().size(), m_hub->network().items.size());
    const auto [line, itemCode] = stockLineWith(str("CWS"), 1);
    QVERIFY2(!itemCode.isEmpty(), "the demo records should give CWS stock");
    bool found = false;
    for (const QJsonValue& v : o.value(str("items")).toArray())
        found = found || (v.toObject().value(str("code")).toString() == itemCode &&
                          v.toObject().value(str("available_packs")).toDouble() > 0);
    QVERIFY(found);
    QVERIFY(o.value(str("shipments_to_receive")).isArray());
    QVERIFY(o.value(str("requisitions_to_answer")).isArray());

    // A supervisor reads them (read access); a Collector store's too; an unknown store is not visible.
    const Reply supervised = send("GET", str("/api/v1/data/actions?%1&store=CWS").arg(kDesk), str("frontsuper"));
    QCOMPARE(supervised.status, 200);
    QCOMPARE(supervised.json().value(str("access")).toString(), str("read"));
    QCOMPARE(send("GET", str("/api/v1/data/actions?%1&store=SEF-PHA").arg(kDesk), str("frontdesk"))
                 .json()
                 .value(str("access"))
                 .toString(),
             str("read"));
    const Reply unknown = send("GET", str("/api/v1/data/actions?%1&store=NOPE").arg(kDesk), str("frontdesk"));
    QCOMPARE(unknown.status, 403);
    QCOMPARE(unknown.errorCode(), str("store_not_visible"));
    const Reply noStore = send("GET", str("/api/v1/data/actions?") + kDesk, str("frontdesk"));
    QCOMPARE(noStore.status, 400);
    QCOMPARE(noStore.errorDetails().value(str("field")).toString(), str("store"));
}

void TestHubDataActions::adjustsStockOfAnActiveStore()
{
    const auto [line, itemCode] = stockLineWith(str("CPH"), 0);
    QVERIFY(!itemCode.isEmpty());
    const QString id = line.value(str("id")).toString();
    const double newPacks = line.value(str("available_packs")).toDouble() + 7;
    const Reply reply = send("POST", action("adjust-stock"), str("frontdesk"),
                             QJsonObject{{str("store"), str("CPH")},
                                         {str("stock_line_id"), id},
                                         {str("available_packs"), newPacks},
                                         {str("note"), str("counted at the desk")}});
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(reply.json().value(str("id")).toString(), id);
    QCOMPARE(reply.json().value(str("store")).toString(), str("CPH"));
    const Result<std::optional<QJsonObject>> stored = RecordStore(m_hub->database()).get(u"stock_line", id);
    QVERIFY(stored && stored->has_value());
    QCOMPARE((**stored).value(str("available_packs")).toDouble(), newPacks);
    QCOMPARE((**stored).value(str("note")).toString(), str("counted at the desk"));
    QCOMPARE((**stored).value(str("batch")), line.value(str("batch"))); // the rest of the line kept
    // The hub's own write, not received: it flows to the sites that hold CPH.
    const Result<QVector<ChangeLogEntry>> rows = ChangeLog(m_hub->database()).forRecord(str("stock_line"), id);
    QVERIFY(rows.ok() && !rows->isEmpty());
    QCOMPARE(rows->last().sourceSiteId, StableId::site(kCentral));
    QVERIFY(!rows->last().received);

    // A line of another store named as CPH's: StoreActions' store_mismatch, nothing written.
    const auto [other, otherItem] = stockLineWith(str("CWS"), 0);
    const qint64 before = m_hub->maxCursor();
    const Reply mismatch = send("POST", action("adjust-stock"), str("frontdesk"),
                                QJsonObject{{str("store"), str("CPH")},
                                            {str("stock_line_id"), other.value(str("id")).toString()},
                                            {str("available_packs"), 1.0}});
    QCOMPARE(mismatch.status, 400);
    QCOMPARE(mismatch.errorCode(), str("store_mismatch"));
    QVERIFY2(mismatch.errorMessage().contains(str("CWS")), qPrintable(mismatch.errorMessage()));
    const Reply missing = send("POST", action("adjust-stock"), str("frontdesk"),
                               QJsonObject{{str("store"), str("CPH")},
                                           {str("stock_line_id"), str("no-such-line")},
                                           {str("available_packs"), 1.0}});
    QCOMPARE(missing.status, 404);
    QCOMPARE(m_hub->maxCursor(), before);
}

void TestHubDataActions::shipsAndTheSitePullsTheShipment()
{
    auto client = m_hub->client();
    const QString northToken = m_hub->token(kNorth, *client);
    QVERIFY(!northToken.isEmpty());
    const qint64 before = m_hub->maxCursor();
    const auto [line, itemCode] = stockLineWith(str("CWS"), 2);
    QVERIFY2(!itemCode.isEmpty(), "CWS should hold a batch with 2 packs");
    RecordStore records(m_hub->database());
    const auto stockOfItem = [&records, itemId = line.value(str("item_id"))] {
        double total = 0;
        const Result<QVector<QJsonObject>> lines =
            records.list(u"stock_line", QStringList{StableId::store(str("CWS"))});
        for (const QJsonObject& l : *lines)
            if (l.value(str("item_id")) == itemId && !l.value(str("on_hold")).toBool())
                total += l.value(str("available_packs")).toDouble();
        return total;
    };
    const double stockBefore = stockOfItem();

    const Reply shipped =
        send("POST", action("transfer"), str("frontdesk"),
             QJsonObject{
                 {str("from"), str("CWS")}, {str("to"), str("NP-WH")}, {str("item"), itemCode}, {str("packs"), 2.0}});
    QVERIFY2(shipped.status == 201, shipped.describe().constData());
    const QString invoiceId = shipped.json().value(str("id")).toString();
    QVERIFY(!invoiceId.isEmpty());
    QCOMPARE(shipped.json().value(str("action")).toString(), str("transfer"));
    const Result<std::optional<QJsonObject>> invoice = records.get(u"invoice", invoiceId);
    QVERIFY(invoice && invoice->has_value());
    QCOMPARE((**invoice).value(str("type")).toString(), str("outbound"));
    QCOMPARE((**invoice).value(str("status")).toString(), str("shipped"));
    QCOMPARE((**invoice).value(str("partner_store_id")).toString(), StableId::store(str("NP-WH")));
    // A batch of the item went down by the 2 packs shipped (StoreActions' rule: the one expiring first).
    QCOMPARE(stockOfItem(), stockBefore - 2);
    const Result<QVector<ChangeLogEntry>> changed = ChangeLog(m_hub->database()).forRecord(str("invoice"), invoiceId);
    QVERIFY(changed.ok() && changed->size() == 1);
    QCOMPARE(changed->first().sourceSiteId, StableId::site(kCentral));
    QVERIFY(!changed->first().received);

    // The Northern Province Server (NP-WH is Active there) pulls the shipment and its line, and answers it.
    const HubTestHarness::PullResult pulled = client->pullAll(northToken, str("core"), before, 1000);
    QVERIFY2(pulled.ok, pulled.failure.describe().constData());
    QVERIFY(pulled.keys().contains(str("invoice/") + invoiceId));
    bool linePulled = false;
    for (const QJsonObject& r : pulled.records)
        linePulled = linePulled || (r.value(str("table")).toString() == str("invoice_line") &&
                                    r.value(str("data")).toObject().value(str("invoice_id")).toString() == invoiceId);
    QVERIFY(linePulled);

    // Receiving it here is refused: its inbound belongs to NP-WH, which is not a store of this server.
    const Reply elsewhere = send("POST", action("receive"), str("frontdesk"), QJsonObject{{str("invoice"), invoiceId}});
    QCOMPARE(elsewhere.status, 403);
    QCOMPARE(elsewhere.errorCode(), str("store_read_only"));
}

void TestHubDataActions::shipsBetweenHubStoresAndReceivesOnce()
{
    const auto [line, itemCode] = stockLineWith(str("CWS"), 1);
    QVERIFY(!itemCode.isEmpty());
    const Reply shipped = send(
        "POST", action("transfer"), str("frontdesk"),
        QJsonObject{{str("from"), str("CWS")}, {str("to"), str("CPH")}, {str("item"), itemCode}, {str("packs"), 1.0}});
    QVERIFY2(shipped.status == 201, shipped.describe().constData());
    const QString outboundId = shipped.json().value(str("id")).toString();
    // The hub ran its transfer processor, as after a push: the inbound waits in CPH at once.
    const QString inboundId = TransferIds::inboundInvoice(outboundId);
    const Reply waiting = send("GET", str("/api/v1/data/actions?%1&store=CPH").arg(kDesk), str("frontdesk"));
    QVERIFY2(waiting.status == 200, waiting.describe().constData());
    QStringList ids;
    for (const QJsonValue& s : waiting.json().value(str("shipments_to_receive")).toArray())
        ids << s.toObject().value(str("id")).toString();
    QVERIFY2(ids.contains(inboundId), qPrintable(ids.join(u',')));

    const Reply received = send("POST", action("receive"), str("frontdesk"), QJsonObject{{str("invoice"), inboundId}});
    QVERIFY2(received.status == 200, received.describe().constData());
    QCOMPARE(received.json().value(str("id")).toString(), inboundId);
    QCOMPARE(received.json().value(str("store")).toString(), str("CPH"));
    RecordStore records(m_hub->database());
    QCOMPARE(records.get(u"invoice", inboundId)->value().value(str("status")).toString(), str("delivered"));
    // The processor ran again: the outbound is delivered too.
    QCOMPARE(records.get(u"invoice", outboundId)->value().value(str("status")).toString(), str("delivered"));

    // Twice: StoreActions' already_received, as a conflict; by the outbound's id as well.
    for (const QString& id : {inboundId, outboundId}) {
        const Reply again = send("POST", action("receive"), str("frontdesk"), QJsonObject{{str("invoice"), id}});
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), str("already_received"));
        QVERIFY2(again.errorMessage().contains(str("twice")), qPrintable(again.errorMessage()));
    }
    const Reply unknown =
        send("POST", action("receive"), str("frontdesk"), QJsonObject{{str("invoice"), str("no-such-shipment")}});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), str("invoice_not_found"));
}

void TestHubDataActions::raisesAndAnswersARequisition()
{
    auto client = m_hub->client();
    const QString northToken = m_hub->token(kNorth, *client);
    const qint64 before = m_hub->maxCursor();
    // CPH asks CWS (both Active on the hub): the hub answers with a draft response in CWS at once.
    const Reply raised =
        send("POST", action("requisition"), str("frontdesk"),
             QJsonObject{
                 {str("from"), str("CPH")}, {str("to"), str("CWS")}, {str("item"), str("ORS")}, {str("packs"), 30.0}});
    QVERIFY2(raised.status == 201, raised.describe().constData());
    const QString requestId = raised.json().value(str("id")).toString();
    const QString responseId = TransferIds::responseRequisition(requestId);
    const Reply waiting = send("GET", str("/api/v1/data/actions?%1&store=CWS").arg(kDesk), str("frontdesk"));
    QJsonObject entry;
    for (const QJsonValue& r : waiting.json().value(str("requisitions_to_answer")).toArray())
        if (r.toObject().value(str("request_id")).toString() == requestId)
            entry = r.toObject();
    QVERIFY2(!entry.isEmpty(), waiting.describe().constData());
    QCOMPARE(entry.value(str("id")).toString(), responseId);
    QCOMPARE(entry.value(str("requester_code")).toString(), str("CPH"));
    QCOMPARE(entry.value(str("packs")).toDouble(), 30.0);

    // Answered by the request's id: the response is finalised, supplying what was asked; the request follows.
    const Reply answered =
        send("POST", action("respond"), str("frontdesk"), QJsonObject{{str("requisition"), requestId}});
    QVERIFY2(answered.status == 200, answered.describe().constData());
    QCOMPARE(answered.json().value(str("id")).toString(), responseId);
    QCOMPARE(answered.json().value(str("store")).toString(), str("CWS"));
    RecordStore records(m_hub->database());
    QCOMPARE(records.get(u"requisition", responseId)->value().value(str("status")).toString(), str("finalised"));
    QCOMPARE(records.get(u"requisition", requestId)->value().value(str("status")).toString(), str("finalised"));
    const Reply again =
        send("POST", action("respond"), str("frontdesk"), QJsonObject{{str("requisition"), responseId}});
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), str("already_finalised"));

    // A request to a store of another site: it goes out by the changelog to the Northern Province Server's pull.
    const Reply north =
        send("POST", action("requisition"), str("frontdesk"),
             QJsonObject{
                 {str("from"), str("CWS")}, {str("to"), str("NP-WH")}, {str("item"), str("ORS")}, {str("packs"), 4.0}});
    QVERIFY2(north.status == 201, north.describe().constData());
    const HubTestHarness::PullResult pulled = client->pullAll(northToken, str("core"), before, 1000);
    QVERIFY2(pulled.ok, pulled.failure.describe().constData());
    QVERIFY(pulled.keys().contains(str("requisition/") + north.json().value(str("id")).toString()));
}

void TestHubDataActions::refusesWhoMayNotWrite()
{
    const QJsonObject ship{
        {str("from"), str("CWS")}, {str("to"), str("CPH")}, {str("item"), str("ORS")}, {str("packs"), 1.0}};
    const qint64 before = m_hub->maxCursor();
    // Supervisors read only.
    const Reply supervisor = send("POST", action("transfer"), str("frontsuper"), ship);
    QCOMPARE(supervisor.status, 403);
    QCOMPARE(supervisor.errorCode(), str("forbidden"));
    // Field staff of another site.
    const Reply fieldstaff = send("POST", action("transfer"), str("fieldstaff"), ship);
    QCOMPARE(fieldstaff.status, 403);
    QCOMPARE(fieldstaff.errorDetails().value(str("reason")).toString(), str("not_your_site"));
    // A client of another server (Southern Dispensary Desk is a client of the Southern Province Server).
    const Reply wrongServer =
        send("POST", action("transfer", str("client=") + enc(str("Southern Dispensary Desk"))), str("deskclerk"), ship);
    QCOMPARE(wrongServer.status, 403);
    QCOMPARE(wrongServer.errorDetails().value(str("reason")).toString(), str("client_of_another_server"));
    QVERIFY2(wrongServer.errorMessage().contains(kCentral), qPrintable(wrongServer.errorMessage()));
    // A site that keeps its own data is no client.
    const Reply notClient = send("POST", action("transfer", str("client=") + enc(kNorth)), str("admin"), ship);
    QCOMPARE(notClient.errorDetails().value(str("reason")).toString(), str("not_a_client"));
    // Nobody signed in.
    QCOMPARE(send("POST", action("transfer"), QString(), ship).status, 401);
    // Administrators need not work at the client.
    const Reply admin = send("POST", action("transfer"), str("admin"), ship);
    QVERIFY2(admin.status == 201, admin.describe().constData());
    QVERIFY(m_hub->maxCursor() > before);
}

void TestHubDataActions::refusesACollectorStoreAndUnknownStores()
{
    const qint64 before = m_hub->maxCursor();
    const auto [sefaLine, sefaItem] = stockLineWith(str("SEF-PHA"), 1);
    QVERIFY(!sefaItem.isEmpty());
    const QJsonObject bodies[] = {
        QJsonObject{
            {str("from"), str("SEF-PHA")}, {str("to"), str("CWS")}, {str("item"), sefaItem}, {str("packs"), 1.0}},
        QJsonObject{{str("store"), str("SEF-PHA")},
                    {str("stock_line_id"), sefaLine.value(str("id")).toString()},
                    {str("available_packs"), 0.0}},
    };
    const char* actions[] = {"transfer", "adjust-stock"};
    for (int i = 0; i < 2; ++i) {
        const Reply r = send("POST", action(actions[i]), str("frontdesk"), bodies[i]);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), str("store_read_only"));
        QVERIFY2(r.errorMessage().contains(str("Collector")) &&
                     r.errorMessage().contains(str("Sefa District Hospital")),
                 qPrintable(r.errorMessage()));
        QCOMPARE(r.errorDetails().value(str("store")).toString(), str("SEF-PHA"));
    }
    const Reply requisition =
        send("POST", action("requisition"), str("frontdesk"),
             QJsonObject{
                 {str("from"), str("SEF-PHA")}, {str("to"), str("CWS")}, {str("item"), sefaItem}, {str("packs"), 1.0}});
    QCOMPARE(requisition.errorCode(), str("store_read_only"));
    const Reply unknown =
        send("POST", action("transfer"), str("frontdesk"),
             QJsonObject{
                 {str("from"), str("NOPE")}, {str("to"), str("CWS")}, {str("item"), str("ORS")}, {str("packs"), 1.0}});
    QCOMPARE(unknown.status, 403);
    QCOMPARE(unknown.errorCode(), str("store_not_visible"));
    QCOMPARE(m_hub->maxCursor(), before);
}

void TestHubDataActions::passesOnStoreActionsRefusals()
{
    const qint64 before = m_hub->maxCursor();
    const auto [line, itemCode] = stockLineWith(str("CWS"), 1);
    QVERIFY(!itemCode.isEmpty());
    struct Case
    {
        const char* name;
        QJsonObject body;
        int status;
        const char* code;
        const char* says; ///< a part of StoreActions' sentence
    };
    const auto ship = [](const char* to, const QString& item, double packs) {
        return QJsonObject{
            {str("from"), str("CWS")}, {str("to"), QLatin1String(to)}, {str("item"), item}, {str("packs"), packs}};
    };
    const Case cases[] = {
        {"not enough stock", ship("CPH", itemCode, 1e9), 409, "not_enough_stock", "Ship fewer packs"},
        {"to itself", ship("CWS", itemCode, 1), 400, "same_store", "itself"},
        {"no packs", ship("CPH", itemCode, 0), 400, "invalid_packs", "more than 0"},
        {"unknown item", ship("CPH", str("NO-SUCH-ITEM"), 1), 400, "unknown_item", "NO-SUCH-ITEM"},
        {"unknown partner", ship("NOPE", itemCode, 1), 400, "unknown_store", "NOPE"},
    };
    for (const Case& c : cases) {
        const Reply r = send("POST", action("transfer"), str("frontdesk"), c.body);
        QVERIFY2(r.status == c.status, QByteArray(QByteArray(c.name) + ": " + r.describe()).constData());
        QCOMPARE(r.errorCode(), QLatin1String(c.code));
        QVERIFY2(r.errorMessage().contains(QLatin1String(c.says)), qPrintable(r.errorMessage()));
    }
    const Reply noRequest =
        send("POST", action("respond"), str("frontdesk"), QJsonObject{{str("requisition"), str("no-such-request")}});
    QCOMPARE(noRequest.status, 404);
    QCOMPARE(noRequest.errorCode(), str("requisition_not_found"));
    QCOMPARE(m_hub->maxCursor(), before); // nothing written
}

void TestHubDataActions::refusesMalformedRequests()
{
    const Reply noAction = send("POST", action("steal"), str("frontdesk"), QJsonObject{});
    QCOMPARE(noAction.status, 404);
    QVERIFY(noAction.errorMessage().contains(str("adjust-stock")));
    const Reply noItem = send("POST", action("transfer"), str("frontdesk"),
                              QJsonObject{{str("from"), str("CWS")}, {str("to"), str("CPH")}, {str("packs"), 1.0}});
    QCOMPARE(noItem.status, 400);
    QCOMPARE(noItem.errorCode(), str("invalid_field"));
    QCOMPARE(noItem.errorDetails().value(str("field")).toString(), str("item"));
    const Reply textPacks = send(
        "POST", action("requisition"), str("frontdesk"),
        QJsonObject{
            {str("from"), str("CWS")}, {str("to"), str("CPH")}, {str("item"), str("ORS")}, {str("packs"), str("ten")}});
    QCOMPARE(textPacks.errorDetails().value(str("field")).toString(), str("packs"));
    const Reply noClient =
        send("POST", action("receive", QString()), str("frontdesk"), QJsonObject{{str("invoice"), str("x")}});
    QCOMPARE(noClient.status, 400);
    QCOMPARE(noClient.errorDetails().value(str("field")).toString(), str("client"));
    const Reply negative =
        send("POST", action("adjust-stock"), str("frontdesk"),
             QJsonObject{{str("store"), str("CWS")}, {str("stock_line_id"), str("x")}, {str("available_packs"), -1.0}});
    QCOMPARE(negative.status, 400);
    QCOMPARE(negative.errorDetails().value(str("field")).toString(), str("available_packs"));
}

// A remote server (`serve --db REPLICA`) runs the actions on its replica as its own site: its Active stores only, a
// partner visible there, and the writes are local, so its next sync pushes them to the central hub.
void TestHubDataActions::remoteServerActsAsItsOwnSite()
{
    const QString south = QStringLiteral("Southern Province Server");
    const QString desk = QStringLiteral("Southern Dispensary Desk"); // its oms_desktop client; deskclerk works there
    QTemporaryDir dir;
    auto made = test::SiteReplica::create(dir.filePath(QStringLiteral("south.sqlite")), south, m_hub->url(),
                                          m_hub->secret(south));
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
    std::unique_ptr<test::SiteReplica> replica = std::move(made).value();
    SYNCSITES_SYNC_OK(*replica);
    HubConfig config;
    config.replica = true;
    config.passwordCost = PasswordHasher::testCost();
    HubServer server(replica->database(), config);
    const Result<quint16> port = server.start(QStringLiteral("127.0.0.1"), 0);
    QVERIFY(port);
    test::AdminClient remote(*port);
    const QString token = remote.token(str("deskclerk"), m_hub->password(str("deskclerk")));
    QVERIFY(!token.isEmpty());
    const QString query = str("client=") + enc(desk);

    // A store Active on the remote server, one of its items and a partner visible there; a store not visible there.
    const Topology& topology = m_hub->network().topology;
    QString active, partner, hidden;
    for (const Store& store : topology.stores()) {
        const SyncType type = topology.syncType(store.code, south);
        if (type == SyncType::Active && active.isEmpty())
            active = store.code;
        else if (type != SyncType::None && partner.isEmpty())
            partner = store.code;
        else if (type == SyncType::None && hidden.isEmpty())
            hidden = store.code;
    }
    QVERIFY(!active.isEmpty() && !partner.isEmpty() && !hidden.isEmpty());
    const test::AdminClient::Reply options =
        remote.get(str("/api/v1/data/actions?%1&store=%2").arg(query, enc(active)), token);
    QVERIFY2(options.status == 200, options.describe().constData());
    QCOMPARE(options.json().value(str("server")).toString(), south);
    QString item; // one the store can ship a pack of: a batch with a pack, or none at all (untracked)
    for (const QJsonValue& v : options.json().value(str("items")).toArray())
        if (item.isEmpty() && (v.toObject().value(str("largest_batch")).toDouble() >= 1 ||
                               v.toObject().value(str("available_packs")).toDouble() == 0))
            item = v.toObject().value(str("code")).toString();
    QVERIFY(!item.isEmpty());

    const auto ship = [&](const QString& to) {
        return remote.post(
            str("/api/v1/data/actions/transfer?") + query,
            QJsonObject{{str("from"), active}, {str("to"), to}, {str("item"), item}, {str("packs"), 1.0}}, token);
    };
    const test::AdminClient::Reply refused = ship(hidden);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.errorCode(), str("partner_not_visible"));
    QVERIFY2(refused.errorMessage().contains(hidden), qPrintable(refused.errorMessage()));
    const test::AdminClient::Reply shipped = ship(partner);
    QVERIFY2(shipped.status == 201, shipped.describe().constData());
    QCOMPARE(shipped.json().value(str("server")).toString(), south);
    const QString invoiceId = shipped.json().value(str("id")).toString();
    // Written on the replica as the remote server's own change (not received), so its sync pushes it.
    const Result<QVector<ChangeLogEntry>> rows = ChangeLog(replica->database()).forRecord(str("invoice"), invoiceId);
    QVERIFY(rows.ok() && rows->size() == 1);
    QVERIFY(!rows->first().received);

    // An Open mSupply Desktop records cold-chain data: an asset of the store (its id made up, its store filled in),
    // then a temperature reading of it.
    const auto record = [&](const char* table, const QJsonObject& fields) {
        return remote.post(
            str("/api/v1/data/actions/record?") + query,
            QJsonObject{{str("store"), active}, {str("table"), QLatin1String(table)}, {str("record"), fields}}, token);
    };
    const test::AdminClient::Reply asset =
        record("asset", QJsonObject{{str("code"), str("FRIDGE-DESK")}, {str("asset_type"), str("refrigerator")}});
    QVERIFY2(asset.status == 201, asset.describe().constData());
    const QString assetId = asset.json().value(str("id")).toString();
    // Rewritten: an update of the same record (the id given).
    const test::AdminClient::Reply renamed = record(
        "asset",
        QJsonObject{{str("id"), assetId}, {str("code"), str("FRIDGE-2")}, {str("asset_type"), str("refrigerator")}});
    QVERIFY2(renamed.status == 200, renamed.describe().constData());
    const test::AdminClient::Reply reading =
        record("temperature_log", QJsonObject{{str("asset_id"), assetId},
                                              {str("logged_at"), str("2026-03-01T08:00:00.000Z")},
                                              {str("temperature_c"), 5.5}});
    QVERIFY2(reading.status == 201, reading.describe().constData());
    // Another store's record is not the store's to write (StoreActions' store_mismatch).
    const test::AdminClient::Reply elsewhere =
        remote.post(str("/api/v1/data/actions/record?") + query,
                    QJsonObject{{str("store"), active},
                                {str("table"), str("asset")},
                                {str("record"), QJsonObject{{str("store_id"), StableId::store(partner)},
                                                            {str("code"), str("X")},
                                                            {str("asset_type"), str("refrigerator")}}}},
                    token);
    QCOMPARE(elsewhere.status, 400);
    QCOMPARE(elsewhere.errorCode(), str("store_mismatch"));

    server.stop();
    SYNCSITES_SYNC_OK(*replica);
    RecordStore hub(m_hub->database());
    const Result<std::optional<QJsonObject>> onHub = hub.get(u"invoice", invoiceId);
    QVERIFY(onHub && onHub->has_value());
    QCOMPARE((**onHub).value(str("partner_store_id")).toString(), StableId::store(partner));
    const Result<std::optional<QJsonObject>> assetOnHub = hub.get(u"asset", assetId);
    QVERIFY(assetOnHub && assetOnHub->has_value());
    QCOMPARE((**assetOnHub).value(str("code")).toString(), str("FRIDGE-2"));
    QCOMPARE((**assetOnHub).value(str("store_id")).toString(), StableId::store(active));
    const Result<std::optional<QJsonObject>> logOnHub =
        hub.get(u"temperature_log", reading.json().value(str("id")).toString());
    QVERIFY(logOnHub && logOnHub->has_value());
}

void TestHubDataActions::recordsFollowTheClientKind()
{
    // An mSupply Client is no Open mSupply kind: no asset data, in DataApi's words.
    const Reply asset = send(
        "POST", action("record"), str("frontdesk"),
        QJsonObject{{str("store"), str("CWS")},
                    {str("table"), str("asset")},
                    {str("record"), QJsonObject{{str("code"), str("F1")}, {str("asset_type"), str("refrigerator")}}}});
    QCOMPARE(asset.status, 403);
    QCOMPARE(asset.errorCode(), str("category_not_carried"));
    QVERIFY(!send("GET", str("/api/v1/data/actions?%1&store=CWS").arg(kDesk), str("frontdesk"))
                 .json()
                 .value(str("open_msupply"))
                 .toBool());
    // Its core records go through the same rules: a stock line of CWS, its store filled in; not of a Collector store.
    const Reply line = send("POST", action("record"), str("frontdesk"),
                            QJsonObject{{str("store"), str("CWS")},
                                        {str("table"), str("stock_line")},
                                        {str("record"), QJsonObject{{str("item_id"), StableId::item(str("ORS"))},
                                                                    {str("pack_size"), 1},
                                                                    {str("available_packs"), 9.0}}}});
    QVERIFY2(line.status == 201, line.describe().constData());
    const Result<std::optional<QJsonObject>> stored =
        RecordStore(m_hub->database()).get(u"stock_line", line.json().value(str("id")).toString());
    QVERIFY(stored && stored->has_value());
    QCOMPARE((**stored).value(str("store_id")).toString(), StableId::store(str("CWS")));
    const Reply collector =
        send("POST", action("record"), str("frontdesk"),
             QJsonObject{{str("store"), str("SEF-PHA")},
                         {str("table"), str("stock_line")},
                         {str("record"), QJsonObject{{str("item_id"), StableId::item(str("ORS"))}}}});
    QCOMPARE(collector.errorCode(), str("store_read_only"));
    const Reply noRecord = send("POST", action("record"), str("frontdesk"),
                                QJsonObject{{str("store"), str("CWS")}, {str("table"), str("stock_line")}});
    QCOMPARE(noRecord.errorDetails().value(str("field")).toString(), str("record"));
}

QTEST_GUILESS_MAIN(TestHubDataActions)
#include "TestHubDataActions.moc"
