#include "DataApi.h"

#include "DataClient.h"

#include "DatabaseTimer.h"
#include "HubRepository.h"
#include "HubState.h"
#include "RecordStore.h"
#include "StableId.h"
#include "TableSchema.h"
#include "Transaction.h"
#include "UserSession.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace syncsites {

namespace {

// Its sentences, in the translation context "DataApi" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DataApi)
};

// Central tables a client may read (the names and codes its screens show). User accounts, credentials, links and
// visibility rows are not offered: GET /api/v1/data/stores says what the client sees.
bool isReadableCentralTable(QStringView table)
{
    return table == QLatin1String("item") || table == QLatin1String("store") || table == QLatin1String("site");
}

HttpResponse invalidField(const QString& field, const QString& message)
{
    return HttpResponse::error(400, QStringLiteral("invalid_field"), message,
                               QJsonObject{{QStringLiteral("field"), field}});
}

HttpResponse forbidden(const QString& message, const QString& reason)
{
    return HttpResponse::error(403, QStringLiteral("forbidden"), message,
                               QJsonObject{{QStringLiteral("reason"), reason}});
}

// A RecordStore error as the answer to give: the record's problems name their field.
HttpResponse recordError(const Error& error)
{
    const QVariantMap d = error.details.toMap();
    QJsonObject details{{QStringLiteral("field"), d.value(QStringLiteral("field")).toString()},
                        {QStringLiteral("table"), d.value(QStringLiteral("table")).toString()},
                        {QStringLiteral("record_id"), d.value(QStringLiteral("record_id")).toString()},
                        {QStringLiteral("reason"), error.code}};
    if (error.code == QLatin1String("record_in_use") || error.code == QLatin1String("record_conflict"))
        return HttpResponse::error(409, error.code, error.message, details);
    if (error.code == QLatin1String("record_not_found"))
        return HttpResponse::error(404, QStringLiteral("not_found"), error.message, details);
    if (error.code.startsWith(QLatin1String("record_")))
        return HttpResponse::error(400, QStringLiteral("invalid_field"), error.message, details);
    return HttpResponse::fromError(503, error);
}

// Shipments and requisitions start or answer a transfer by their type (as in SyncPush).
bool startsTransfer(QStringView table, const QJsonObject& header)
{
    const QString type = header.value(QStringLiteral("type")).toString();
    return (table == QLatin1String("invoice") && type == QLatin1String("outbound")) ||
           (table == QLatin1String("requisition") && type == QLatin1String("request"));
}

std::variant<const TableSchema*, HttpResponse> resolveTable(const DataClient& c, const QString& name, bool write)
{
    const TableSchema* table = TableSchema::find(name);
    if (!table)
        return HttpResponse::error(404, QStringLiteral("not_found"), Text::tr("There is no table \"%1\".").arg(name));
    if (table->table().category == Category::Oms && !c.client->info().openMsupply)
        return HttpResponse::error(403, QStringLiteral("category_not_carried"),
                                   Text::tr("%1 is not an Open mSupply kind, so it does not work with asset data (%2).")
                                       .arg(QString::fromLatin1(c.client->info().displayName), name));
    if (table->hasStore())
        return table;
    if (write)
        return HttpResponse::error(403, QStringLiteral("central_data_read_only"),
                                   Text::tr("%1 records are central data: an administrator changes them through the "
                                            "administration pages.")
                                       .arg(name));
    if (!isReadableCentralTable(name))
        return forbidden(Text::tr("%1 records are not available through the data API.").arg(name),
                         QStringLiteral("table_not_offered"));
    return table;
}

/// Where a record belongs: its store (a line: its header's), its partner, whether it starts a transfer.
struct Placement
{
    QString storeCode;
    QString partnerCode;
    bool starts = false;
};

std::variant<Placement, HttpResponse> placementOf(RecordStore& records, const TopologySnapshot& snapshot,
                                                  const TableSchema& table, const QJsonObject& row)
{
    QJsonObject header = row;
    QString headerTable = table.name();
    QString storeField = QStringLiteral("store_id");
    if (table.table().scope == TableScope::StoreChild) {
        headerTable = table.table().parentTable;
        storeField = table.table().parentKey;
        const QString headerId = row.value(storeField).toString();
        const Result<std::optional<QJsonObject>> found = records.get(headerTable, headerId);
        if (!found)
            return HttpResponse::fromError(503, found.error());
        if (!found->has_value())
            return invalidField(storeField, Text::tr("There is no %1 \"%2\" here.").arg(headerTable, headerId));
        header = **found;
    }
    Placement p;
    const QString storeId = header.value(QStringLiteral("store_id")).toString();
    p.storeCode = snapshot.storeCodeById.value(storeId);
    if (p.storeCode.isEmpty())
        return invalidField(
            storeField, Text::tr("The record names store id \"%1\", which this network does not have.").arg(storeId));
    const QString partnerId = header.value(QStringLiteral("partner_store_id")).toString();
    if (!partnerId.isEmpty()) {
        p.partnerCode = snapshot.storeCodeById.value(partnerId);
        if (p.partnerCode.isEmpty())
            return invalidField(
                QStringLiteral("partner_store_id"),
                Text::tr("The record names partner store id \"%1\", which this network does not have.").arg(partnerId));
    }
    p.starts = startsTransfer(headerTable, header);
    return p;
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject recordAnswer(const DataClient& c, const TableSchema& table, const QString& storeCode,
                         const QJsonObject& record)
{
    return QJsonObject{{QStringLiteral("client"), c.client->name},
                       {QStringLiteral("table"), QString(table.name())},
                       {QStringLiteral("store"), textOrNull(storeCode)},
                       {QStringLiteral("access"),
                        storeCode.isEmpty() ? storeAccessId(StoreAccess::Read) : storeAccessId(c.access(storeCode))},
                       {QStringLiteral("record"), record}};
}

} // namespace

QString storeAccessId(StoreAccess access)
{
    switch (access) {
    case StoreAccess::None:
        return QStringLiteral("none");
    case StoreAccess::Read:
        return QStringLiteral("read");
    case StoreAccess::ReadWrite:
        break;
    }
    return QStringLiteral("read_write");
}

Status DataApi::registerRoutes(HttpServer& http)
{
    using Handler = HttpResponse (DataApi::*)(const HttpRequest&);
    const struct
    {
        HttpMethod method;
        const char* path;
        const char* name;
        Handler handler;
    } routes[] = {
        {HttpMethod::Get, "/api/v1/data/stores", "data_stores", &DataApi::stores},
        {HttpMethod::Get, "/api/v1/data/{table}", "data_list", &DataApi::list},
        {HttpMethod::Get, "/api/v1/data/{table}/{id}", "data_get", &DataApi::get},
        {HttpMethod::Put, "/api/v1/data/{table}/{id}", "data_put", &DataApi::put},
        {HttpMethod::Delete, "/api/v1/data/{table}/{id}", "data_delete", &DataApi::remove},
    };
    for (const auto& route : routes) {
        const Handler handler = route.handler;
        if (Status s = http.addRoute(route.method, QLatin1String(route.path), QLatin1String(route.name),
                                     [this, handler](const HttpRequest& r) { return (this->*handler)(r); });
            !s)
            return s;
    }
    return {};
}

StoreAccess DataApi::clientAccess(const Topology& topology, const QString& client, const QString& storeCode)
{
    const Site* site = topology.site(client);
    if (!site || !site->isClient() || !topology.store(storeCode))
        return StoreAccess::None;
    const Site* server = topology.site(site->server);
    if (!server || !site->info().clientServers.contains(server->kind))
        return StoreAccess::None;
    switch (topology.syncType(storeCode, server->name)) {
    case SyncType::Active:
        return StoreAccess::ReadWrite;
    case SyncType::Collector:
        return site->info().collectorReadableOn.contains(server->kind) ? StoreAccess::Read : StoreAccess::None;
    case SyncType::Transfer:
    case SyncType::None:
        break;
    }
    return StoreAccess::None;
}

HttpResponse DataApi::stores(const HttpRequest& request)
{
    auto resolved = DataClient::resolve(m_hub, request, false);
    if (auto* refused = std::get_if<HttpResponse>(&resolved))
        return *refused;
    const DataClient& c = std::get<DataClient>(resolved);
    QJsonArray stores;
    for (const Store& store : c.topology().stores()) {
        const StoreAccess access = c.access(store.code);
        if (access == StoreAccess::None)
            continue;
        stores.append(
            QJsonObject{{QStringLiteral("code"), store.code},
                        {QStringLiteral("id"), StableId::store(store.code)},
                        {QStringLiteral("name"), store.name},
                        {QStringLiteral("home"), store.home},
                        {QStringLiteral("sync_type"), syncTypeId(c.topology().syncType(store.code, c.server->name))},
                        {QStringLiteral("access"), storeAccessId(access)}});
    }
    return HttpResponse::json(QJsonObject{{QStringLiteral("client"), c.client->name},
                                          {QStringLiteral("server"), c.server->name},
                                          {QStringLiteral("stores"), stores}});
}

HttpResponse DataApi::list(const HttpRequest& request)
{
    auto resolved = DataClient::resolve(m_hub, request, false);
    if (auto* refused = std::get_if<HttpResponse>(&resolved))
        return *refused;
    const DataClient& c = std::get<DataClient>(resolved);
    auto tableFound = resolveTable(c, request.pathParam(QStringLiteral("table")), false);
    if (auto* refused = std::get_if<HttpResponse>(&tableFound))
        return *refused;
    const TableSchema& table = *std::get<const TableSchema*>(tableFound);

    const QString storeCode = request.queryValue(QStringLiteral("store"));
    std::optional<QStringList> storeIds;
    if (table.hasStore()) {
        if (storeCode.isEmpty())
            return invalidField(
                QStringLiteral("store"),
                Text::tr("%1 records belong to a store: name it with store=CODE (GET /api/v1/data/stores "
                         "lists the stores you see).")
                    .arg(table.name()));
        if (std::optional<HttpResponse> refused = c.refuseStore(storeCode, false))
            return *refused;
        storeIds = QStringList{StableId::store(storeCode)};
    } else if (!storeCode.isEmpty()) {
        return invalidField(
            QStringLiteral("store"),
            Text::tr("%1 records belong to no store; leave out the store parameter.").arg(table.name()));
    }
    bool ok = true;
    const int limit =
        request.hasQueryItem(QStringLiteral("limit")) ? request.queryValue(QStringLiteral("limit")).toInt(&ok) : 500;
    if (!ok || limit < 1 || limit > 5000)
        return invalidField(QStringLiteral("limit"), Text::tr("\"limit\" must be a whole number from 1 to 5000."));
    const QString after = request.queryValue(QStringLiteral("after"));

    QJsonArray rows;
    {
        DatabaseTimer timer(m_hub.metrics(), QLatin1String("data_read"));
        Result<Transaction> read = Transaction::begin(m_hub.database(), Transaction::Mode::Read);
        if (!read)
            return HttpResponse::fromError(503, read.error());
        const Result<QStringList> ids =
            HubRepository(m_hub.database()).recordIds(QString(table.name()), storeIds, after, limit);
        if (!ids)
            return HttpResponse::fromError(503, ids.error());
        RecordStore records(m_hub.database());
        for (const QString& id : *ids) {
            const Result<std::optional<QJsonObject>> row = records.get(QString(table.name()), id);
            if (!row)
                return HttpResponse::fromError(503, row.error());
            if (row->has_value())
                rows.append(**row);
        }
        read->commit();
    }
    const QString last = rows.isEmpty() ? QString() : rows.last().toObject().value(QStringLiteral("id")).toString();
    return HttpResponse::json(QJsonObject{
        {QStringLiteral("client"), c.client->name},
        {QStringLiteral("table"), QString(table.name())},
        {QStringLiteral("store"), textOrNull(storeCode)},
        {QStringLiteral("access"), storeAccessId(storeCode.isEmpty() ? StoreAccess::Read : c.access(storeCode))},
        {QStringLiteral("records"), rows},
        // A full page may have more after it: ask again with after=next_after.
        {QStringLiteral("next_after"), rows.size() == limit ? textOrNull(last) : QJsonValue()}});
}

HttpResponse DataApi::get(const HttpRequest& request)
{
    auto resolved = DataClient::resolve(m_hub, request, false);
    if (auto* refused = std::get_if<HttpResponse>(&resolved))
        return *refused;
    const DataClient& c = std::get<DataClient>(resolved);
    auto tableFound = resolveTable(c, request.pathParam(QStringLiteral("table")), false);
    if (auto* refused = std::get_if<HttpResponse>(&tableFound))
        return *refused;
    const TableSchema& table = *std::get<const TableSchema*>(tableFound);
    const QString id = request.pathParam(QStringLiteral("id"));

    DatabaseTimer timer(m_hub.metrics(), QLatin1String("data_read"));
    RecordStore records(m_hub.database());
    const Result<std::optional<QJsonObject>> row = records.get(QString(table.name()), id);
    if (!row)
        return HttpResponse::fromError(503, row.error());
    if (!row->has_value())
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   Text::tr("There is no %1 with id \"%2\" on this server.").arg(table.name(), id));
    QString storeCode;
    if (table.hasStore()) {
        const Result<QString> storeId = records.storeOf(QString(table.name()), id);
        if (!storeId)
            return recordError(storeId.error());
        storeCode = c.snapshot->storeCodeById.value(*storeId, *storeId);
        if (std::optional<HttpResponse> refused = c.refuseStore(storeCode, false))
            return *refused;
    }
    return HttpResponse::json(recordAnswer(c, table, storeCode, **row));
}

HttpResponse DataApi::put(const HttpRequest& request)
{
    auto resolved = DataClient::resolve(m_hub, request, true);
    if (auto* refused = std::get_if<HttpResponse>(&resolved))
        return *refused;
    const DataClient& c = std::get<DataClient>(resolved);
    auto tableFound = resolveTable(c, request.pathParam(QStringLiteral("table")), true);
    if (auto* refused = std::get_if<HttpResponse>(&tableFound))
        return *refused;
    const TableSchema& table = *std::get<const TableSchema*>(tableFound);
    const QString id = request.pathParam(QStringLiteral("id"));
    const Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return HttpResponse::fromError(400, body.error());
    if (body->contains(QStringLiteral("id")) && body->value(QStringLiteral("id")).toString() != id)
        return invalidField(QStringLiteral("id"),
                            Text::tr("The record's id differs from the id in the path; a record's "
                                     "id cannot change."));
    for (auto it = body->constBegin(); it != body->constEnd(); ++it) {
        if (!table.column(it.key()))
            return invalidField(it.key(), Text::tr("%1 records have no field \"%2\".").arg(table.name(), it.key()));
    }

    DatabaseTimer timer(m_hub.metrics(), QLatin1String("data_write"));
    // The checks and the write in one transaction, so that nothing changes the record's store in between. The
    // hub's own write origin (the default) makes the change flow to every site that holds the store.
    Result<Transaction> tx = Transaction::begin(m_hub.database());
    if (!tx)
        return HttpResponse::fromError(503, tx.error());
    RecordStore records(m_hub.database());
    const Result<std::optional<QJsonObject>> existing = records.get(QString(table.name()), id);
    if (!existing)
        return HttpResponse::fromError(503, existing.error());
    // Fields left out keep their stored values; a new record needs every required field.
    QJsonObject merged = existing->value_or(QJsonObject());
    for (auto it = body->constBegin(); it != body->constEnd(); ++it)
        merged.insert(it.key(), it.value());
    merged.insert(QStringLiteral("id"), id);
    if (Status valid = RecordStore::validate(table, merged, true); !valid)
        return recordError(valid.error());

    auto target = placementOf(records, *c.snapshot, table, merged);
    if (auto* refused = std::get_if<HttpResponse>(&target))
        return *refused;
    const Placement& place = std::get<Placement>(target);
    if (existing->has_value()) {
        // Moving a record out of a store needs write access to that store too.
        auto before = placementOf(records, *c.snapshot, table, **existing);
        if (const auto* was = std::get_if<Placement>(&before); was && was->storeCode != place.storeCode)
            if (std::optional<HttpResponse> refused = c.refuseStore(was->storeCode, true))
                return *refused;
    }
    if (std::optional<HttpResponse> refused = c.refuseStore(place.storeCode, true))
        return *refused;
    if (place.starts && !place.partnerCode.isEmpty() &&
        c.topology().syncType(place.partnerCode, c.server->name) == SyncType::None)
        return HttpResponse::error(
            403, QStringLiteral("partner_not_visible"),
            Text::tr("Store \"%1\" is not visible on \"%2\", so a transfer to it cannot start here.")
                .arg(place.partnerCode, c.server->name),
            c.describe(place.partnerCode));

    if (Status written = records.upsert(QString(table.name()), merged); !written)
        return recordError(written.error());
    const Result<std::optional<QJsonObject>> stored = records.get(QString(table.name()), id);
    if (!stored || !stored->has_value())
        return HttpResponse::fromError(503, stored
                                                ? Error{QStringLiteral("server_error"), Text::tr("The record was not "
                                                                                                 "saved.")}
                                                : stored.error());
    if (Status s = tx->commit(); !s)
        return HttpResponse::fromError(503, s.error());
    return HttpResponse::json(recordAnswer(c, table, place.storeCode, **stored), existing->has_value() ? 200 : 201);
}

HttpResponse DataApi::remove(const HttpRequest& request)
{
    auto resolved = DataClient::resolve(m_hub, request, true);
    if (auto* refused = std::get_if<HttpResponse>(&resolved))
        return *refused;
    const DataClient& c = std::get<DataClient>(resolved);
    auto tableFound = resolveTable(c, request.pathParam(QStringLiteral("table")), true);
    if (auto* refused = std::get_if<HttpResponse>(&tableFound))
        return *refused;
    const TableSchema& table = *std::get<const TableSchema*>(tableFound);
    const QString id = request.pathParam(QStringLiteral("id"));

    DatabaseTimer timer(m_hub.metrics(), QLatin1String("data_write"));
    Result<Transaction> tx = Transaction::begin(m_hub.database());
    if (!tx)
        return HttpResponse::fromError(503, tx.error());
    RecordStore records(m_hub.database());
    const Result<std::optional<QJsonObject>> existing = records.get(QString(table.name()), id);
    if (!existing)
        return HttpResponse::fromError(503, existing.error());
    if (!existing->has_value())
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   Text::tr("There is no %1 with id \"%2\" on this server.").arg(table.name(), id));
    auto place = placementOf(records, *c.snapshot, table, **existing);
    if (auto* refused = std::get_if<HttpResponse>(&place))
        return *refused;
    if (std::optional<HttpResponse> refused = c.refuseStore(std::get<Placement>(place).storeCode, true))
        return *refused;
    const Result<bool> removed = records.remove(QString(table.name()), id);
    if (!removed)
        return recordError(removed.error());
    if (Status s = tx->commit(); !s)
        return HttpResponse::fromError(503, s.error());
    return HttpResponse::noContent();
}

} // namespace syncsites
