#include "DataActionsApi.h"

#include "DataApi.h"
#include "DataClient.h"
#include "DatabaseTimer.h"
#include "HubState.h"
#include "RecordStore.h"
#include "ReplicaBrowser.h"
#include "StoreActions.h"
#include "TableSchema.h"
#include "Transaction.h"
#include "TransferProcessor.h"
#include "UserSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <memory>

namespace syncsites {

namespace {

// What the transfer processor could not do after an action (as after a push).
Q_LOGGING_CATEGORY(lcActions, "syncsites.engine.transfers", QtInfoMsg)

// Its sentences, in the translation context "DataActionsApi" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DataActionsApi)
};

// A refusal DataApi also gives, in its words (translated once, in its context).
QString dataApiTr(const char* text)
{
    return QCoreApplication::translate("DataApi", text);
}

HttpResponse invalidField(const QString& field, const QString& message)
{
    return HttpResponse::error(400, QStringLiteral("invalid_field"), message,
                               QJsonObject{{QStringLiteral("field"), field}});
}

// A StoreActions refusal as the answer to give: its code and sentence, with the status its kind calls for.
HttpResponse actionError(const Error& error)
{
    static const QStringList notFound{QStringLiteral("invoice_not_found"), QStringLiteral("requisition_not_found"),
                                      QStringLiteral("record_not_found")};
    static const QStringList forbiddenHere{QStringLiteral("store_not_active"), QStringLiteral("partner_not_visible"),
                                           QStringLiteral("category_not_carried"),
                                           QStringLiteral("central_data_read_only")};
    static const QStringList conflict{QStringLiteral("not_enough_stock"),  QStringLiteral("already_received"),
                                      QStringLiteral("not_shipped"),       QStringLiteral("inbound_not_arrived"),
                                      QStringLiteral("already_finalised"), QStringLiteral("response_not_arrived"),
                                      QStringLiteral("record_in_use"),     QStringLiteral("record_conflict")};
    static const QStringList badRequest{QStringLiteral("invalid_packs"), QStringLiteral("same_store"),
                                        QStringLiteral("unknown_item"),  QStringLiteral("unknown_store"),
                                        QStringLiteral("unknown_table"), QStringLiteral("store_mismatch")};
    if (notFound.contains(error.code))
        return HttpResponse::fromError(404, error);
    if (forbiddenHere.contains(error.code))
        return HttpResponse::fromError(403, error);
    if (conflict.contains(error.code))
        return HttpResponse::fromError(409, error);
    if (badRequest.contains(error.code) || error.code.startsWith(QLatin1String("record_")))
        return HttpResponse::fromError(400, error);
    return HttpResponse::fromError(503, error); // the database's own errors, replica_not_registered
}

// A required text field of the body.
std::variant<QString, HttpResponse> textField(const QJsonObject& body, const char* name)
{
    const QString key = QLatin1String(name);
    const QString value = body.value(key).toString().trimmed();
    if (value.isEmpty())
        return invalidField(key, Text::tr("Give \"%1\" as a text in the request body.").arg(key));
    return value;
}

// A required number of the body.
std::variant<double, HttpResponse> numberField(const QJsonObject& body, const char* name)
{
    const QString key = QLatin1String(name);
    const QJsonValue value = body.value(key);
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return invalidField(key, Text::tr("Give \"%1\" as a number in the request body.").arg(key));
    return value.toDouble();
}

// The store whose data a receipt or an answer writes: the answer's store, or the start's partner (who answers it).
// Empty when the record is not here (StoreActions then says so).
QString answeringStore(Database& database, const TopologySnapshot& snapshot, QStringView table, const QString& id,
                       const QString& startType)
{
    const Result<std::optional<QJsonObject>> found = RecordStore(database).get(table, id);
    if (!found || !found->has_value())
        return QString();
    const QJsonObject& record = **found;
    const bool start = record.value(QLatin1String("type")).toString() == startType;
    const QString storeId =
        record.value(start ? QLatin1String("partner_store_id") : QLatin1String("store_id")).toString();
    return snapshot.storeCodeById.value(storeId, storeId);
}

QJsonArray storesJson(const QVector<BrowsableStore>& stores)
{
    QJsonArray out;
    for (const BrowsableStore& s : stores)
        out.append(QJsonObject{{QStringLiteral("code"), s.code},
                               {QStringLiteral("name"), s.name},
                               {QStringLiteral("home"), s.home},
                               {QStringLiteral("sync_type"), syncTypeId(s.type)}});
    return out;
}

} // namespace

Status DataActionsApi::registerRoutes(HubState& hub, HttpServer& http)
{
    // The routes own the handler: HubState outlives the HTTP server's routes (HubServer's order of members).
    const auto api = std::make_shared<DataActionsApi>(hub);
    if (Status s =
            http.addRoute(HttpMethod::Get, QLatin1String("/api/v1/data/actions"), QLatin1String("data_action_options"),
                          [api](const HttpRequest& r) { return api->options(r); });
        !s)
        return s;
    return http.addRoute(HttpMethod::Post, QLatin1String("/api/v1/data/actions/{action}"), QLatin1String("data_action"),
                         [api](const HttpRequest& r) { return api->act(r); });
}

HttpResponse DataActionsApi::options(const HttpRequest& request)
{
    auto resolved = DataClient::resolve(m_hub, request, false);
    if (auto* refused = std::get_if<HttpResponse>(&resolved))
        return *refused;
    const DataClient& c = std::get<DataClient>(resolved);
    const QString storeCode = request.queryValue(QStringLiteral("store"));
    if (storeCode.isEmpty())
        return invalidField(
            QStringLiteral("store"),
            Text::tr("Name the store to act on with store=CODE (GET /api/v1/data/stores lists the stores "
                     "you see)."));
    if (std::optional<HttpResponse> refused = c.refuseStore(storeCode, false))
        return *refused;

    // The partners a transfer or requisition may name: every store visible on the server, by code.
    QVector<BrowsableStore> partners;
    for (const Store& store : c.topology().stores()) {
        const SyncType type = c.topology().syncType(store.code, c.server->name);
        if (type != SyncType::None && store.code != storeCode)
            partners.append(BrowsableStore{store.code, store.name, store.home, type});
    }
    std::sort(partners.begin(), partners.end(),
              [](const BrowsableStore& a, const BrowsableStore& b) { return a.code < b.code; });

    DatabaseTimer timer(m_hub.metrics(), QLatin1String("data_read"));
    Result<Transaction> read = Transaction::begin(m_hub.database(), Transaction::Mode::Read);
    if (!read)
        return HttpResponse::fromError(503, read.error());
    ReplicaBrowser browser(m_hub.database());
    const Result<QVector<ItemStock>> items = browser.itemStock(storeCode);
    if (!items)
        return HttpResponse::fromError(503, items.error());
    const Result<QVector<ShipmentToReceive>> shipments = browser.shipmentsToReceive(storeCode);
    if (!shipments)
        return HttpResponse::fromError(503, shipments.error());
    const Result<QVector<RequisitionToAnswer>> requisitions =
        StoreActions(m_hub.database()).requisitionsToAnswer(storeCode);
    if (!requisitions)
        return HttpResponse::fromError(503, requisitions.error());
    read->commit();

    QJsonArray itemRows;
    for (const ItemStock& item : *items)
        itemRows.append(QJsonObject{{QStringLiteral("code"), item.code},
                                    {QStringLiteral("name"), item.name},
                                    {QStringLiteral("available_packs"), item.availablePacks},
                                    {QStringLiteral("largest_batch"), item.largestBatch}});
    QJsonArray shipmentRows;
    for (const ShipmentToReceive& s : *shipments)
        shipmentRows.append(QJsonObject{{QStringLiteral("id"), s.id},
                                        {QStringLiteral("partner_code"), s.partnerCode},
                                        {QStringLiteral("partner_name"), s.partnerName},
                                        {QStringLiteral("shipped_at"), s.shippedAt},
                                        {QStringLiteral("lines"), s.lines},
                                        {QStringLiteral("packs"), s.packs}});
    QJsonArray requisitionRows;
    for (const RequisitionToAnswer& r : *requisitions)
        requisitionRows.append(QJsonObject{{QStringLiteral("id"), r.id},
                                           {QStringLiteral("request_id"), r.requestId},
                                           {QStringLiteral("requester_code"), r.requesterCode},
                                           {QStringLiteral("requester_name"), r.requesterName},
                                           {QStringLiteral("sent_at"), r.sentAt},
                                           {QStringLiteral("lines"), r.lines},
                                           {QStringLiteral("packs"), r.packs}});
    return HttpResponse::json(QJsonObject{{QStringLiteral("client"), c.client->name},
                                          {QStringLiteral("server"), c.server->name},
                                          {QStringLiteral("store"), storeCode},
                                          {QStringLiteral("access"), storeAccessId(c.access(storeCode))},
                                          {QStringLiteral("open_msupply"), c.client->info().openMsupply},
                                          {QStringLiteral("partners"), storesJson(partners)},
                                          {QStringLiteral("items"), itemRows},
                                          {QStringLiteral("shipments_to_receive"), shipmentRows},
                                          {QStringLiteral("requisitions_to_answer"), requisitionRows}});
}

HttpResponse DataActionsApi::act(const HttpRequest& request)
{
    auto resolved = DataClient::resolve(m_hub, request, true);
    if (auto* refused = std::get_if<HttpResponse>(&resolved))
        return *refused;
    const DataClient& c = std::get<DataClient>(resolved);
    const QString action = request.pathParam(QStringLiteral("action"));
    static const QStringList actions{QStringLiteral("adjust-stock"), QStringLiteral("transfer"),
                                     QStringLiteral("receive"),      QStringLiteral("requisition"),
                                     QStringLiteral("respond"),      QStringLiteral("record")};
    if (!actions.contains(action))
        return HttpResponse::error(
            404, QStringLiteral("not_found"),
            Text::tr("There is no action \"%1\". The actions are: %2.").arg(action, actions.join(QLatin1String(", "))));
    const Result<QJsonObject> parsed = request.jsonObject();
    if (!parsed)
        return HttpResponse::fromError(400, parsed.error());
    const QJsonObject& body = *parsed;
    Database& database = m_hub.database();

    DatabaseTimer timer(m_hub.metrics(), QLatin1String("data_action"));
    // The checks and the action in one transaction (StoreActions' own is a savepoint inside it), so that nothing
    // moves a record to another store in between. The server's own write origin (the default) sends the writes to
    // every site that holds the store.
    Result<Transaction> tx = Transaction::begin(database);
    if (!tx)
        return HttpResponse::fromError(503, tx.error());
    StoreActions store(database);
    QString storeCode;
    Result<QString> done = QString();
    int created = 200;
    bool startsOrAnswers = action != QLatin1String("adjust-stock"); // a shipment or requisition, made or answered
    if (action == QLatin1String("record")) {
        auto code = textField(body, "store");
        auto table = textField(body, "table");
        for (auto* refused : {std::get_if<HttpResponse>(&code), std::get_if<HttpResponse>(&table)})
            if (refused)
                return *refused;
        if (!body.value(QLatin1String("record")).isObject())
            return invalidField(QStringLiteral("record"),
                                Text::tr("Give \"record\" as an object in the request body."));
        storeCode = std::get<QString>(code);
        const QString tableName = std::get<QString>(table);
        const TableSchema* schema = TableSchema::find(tableName);
        if (schema && schema->table().category == Category::Oms && !c.client->info().openMsupply)
            return HttpResponse::error(
                403, QStringLiteral("category_not_carried"),
                dataApiTr("%1 is not an Open mSupply kind, so it does not work with asset data (%2).")
                    .arg(QString::fromLatin1(c.client->info().displayName), tableName));
        if (std::optional<HttpResponse> refused = c.refuseStore(storeCode, true))
            return *refused;
        startsOrAnswers = schema && schema->table().transfer;
        const Result<PutOutcome> put =
            store.putRecord(storeCode, tableName, body.value(QLatin1String("record")).toObject());
        done = put ? Result<QString>(put->id) : Result<QString>(put.error());
        created = put && put->created ? 201 : 200;
    } else if (action == QLatin1String("adjust-stock")) {
        auto code = textField(body, "store");
        auto lineId = textField(body, "stock_line_id");
        auto packs = numberField(body, "available_packs");
        for (auto* refused : {std::get_if<HttpResponse>(&code), std::get_if<HttpResponse>(&lineId)})
            if (refused)
                return *refused;
        if (auto* refused = std::get_if<HttpResponse>(&packs))
            return *refused;
        storeCode = std::get<QString>(code);
        if (std::optional<HttpResponse> refused = c.refuseStore(storeCode, true))
            return *refused;
        if (std::get<double>(packs) < 0)
            return invalidField(
                QStringLiteral("available_packs"),
                Text::tr("The available packs cannot be less than 0 (got %1).").arg(std::get<double>(packs)));
        // The whole line as stored, changed in its packs (and note): putRecord wants every required field.
        const Result<std::optional<QJsonObject>> stored =
            RecordStore(database).get(u"stock_line", std::get<QString>(lineId));
        if (!stored)
            return HttpResponse::fromError(503, stored.error());
        if (!stored->has_value())
            return HttpResponse::error(
                404, QStringLiteral("record_not_found"),
                Text::tr("There is no stock line %1 on \"%2\"; it may have been removed meanwhile.")
                    .arg(std::get<QString>(lineId), c.server->name),
                QJsonObject{{QStringLiteral("table"), QStringLiteral("stock_line")},
                            {QStringLiteral("record_id"), std::get<QString>(lineId)}});
        QJsonObject change = **stored;
        change.insert(QStringLiteral("available_packs"), std::get<double>(packs));
        if (body.contains(QLatin1String("note")))
            change.insert(QStringLiteral("note"), body.value(QLatin1String("note")).toString());
        const Result<PutOutcome> put = store.putRecord(storeCode, QStringLiteral("stock_line"), change);
        done = put ? Result<QString>(put->id) : Result<QString>(put.error());
    } else if (action == QLatin1String("transfer") || action == QLatin1String("requisition")) {
        auto from = textField(body, "from");
        auto to = textField(body, "to");
        auto item = textField(body, "item");
        auto packs = numberField(body, "packs");
        for (auto* refused :
             {std::get_if<HttpResponse>(&from), std::get_if<HttpResponse>(&to), std::get_if<HttpResponse>(&item)})
            if (refused)
                return *refused;
        if (auto* refused = std::get_if<HttpResponse>(&packs))
            return *refused;
        storeCode = std::get<QString>(from);
        if (std::optional<HttpResponse> refused = c.refuseStore(storeCode, true))
            return *refused;
        const bool shipment = action == QLatin1String("transfer");
        done = shipment ? store.createTransfer(storeCode, std::get<QString>(to), std::get<QString>(item),
                                               std::get<double>(packs))
                        : store.createRequisition(storeCode, std::get<QString>(to), std::get<QString>(item),
                                                  std::get<double>(packs));
        created = 201;
    } else {
        const bool shipment = action == QLatin1String("receive");
        auto id = textField(body, shipment ? "invoice" : "requisition");
        if (auto* refused = std::get_if<HttpResponse>(&id))
            return *refused;
        storeCode = answeringStore(database, *c.snapshot, shipment ? u"invoice" : u"requisition", std::get<QString>(id),
                                   shipment ? QStringLiteral("outbound") : QStringLiteral("request"));
        if (!storeCode.isEmpty())
            if (std::optional<HttpResponse> refused = c.refuseStore(storeCode, true))
                return *refused;
        done = shipment ? store.receive(std::get<QString>(id)) : store.respond(std::get<QString>(id));
    }
    if (!done)
        return actionError(done.error());
    if (Status s = tx->commit(); !s)
        return HttpResponse::fromError(503, s.error());

    // The hub answers the transfers to its own Active stores at once, as after a push (a remote server's replica
    // does so in its own sync sessions). Its writes are local: the partners get them at their next pull.
    if (!m_hub.config().replica && startsOrAnswers) {
        const Result<TransferReport> processed = TransferProcessor(database).run();
        if (!processed)
            qCWarning(lcActions).noquote() << "transfer processing after" << action << "at" << c.client->name
                                           << "failed:" << processed.error().message;
    }
    return HttpResponse::json(QJsonObject{{QStringLiteral("client"), c.client->name},
                                          {QStringLiteral("server"), c.server->name},
                                          {QStringLiteral("action"), action},
                                          {QStringLiteral("store"), storeCode},
                                          {QStringLiteral("id"), *done}},
                              created);
}

} // namespace syncsites
