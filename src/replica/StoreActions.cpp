#include "StoreActions.h"

#include "Database.h"
#include "RecordStore.h"
#include "ReplicaSupport.h"
#include "StableId.h"
#include "TableSchema.h"
#include "Topology.h"
#include "TopologyRepository.h"
#include "Transaction.h"
#include "TransferIds.h"
#include "TransferProcessor.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QVariantMap>

#include <cmath>

namespace syncsites {

struct StoreActions::Here
{
    QString siteId;
    QString siteName;      ///< empty when the topology does not have this site yet
    bool syncsOms = false; ///< the site syncs oms (a link, or it is the oms hub): it may write assets and logs
    Topology topology;
    QHash<QString, QString> storeIdByCode;
    QHash<QString, QString> storeCodeById;
};

namespace {

using replica::runQuery;

// Its sentences, in the translation context "StoreActions" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StoreActions)
};

Error refusal(const char* code, const QString& message, const QVariantMap& details = {})
{
    return Error{QLatin1String(code), message, details};
}

QString typeName(SyncType type)
{
    switch (type) {
    case SyncType::Active:
        return Text::tr("Active");
    case SyncType::Collector:
        return Text::tr("Collector");
    case SyncType::Transfer:
        return Text::tr("Transfer");
    case SyncType::None:
        break;
    }
    return Text::tr("not visible");
}

Error unknownStore(const QString& code)
{
    return refusal(
        "unknown_store",
        Text::tr("There is no store with code \"%1\" on this site. Check the code; `syncsites-cli records list "
                 "--table store` lists the stores.")
            .arg(code),
        {{QStringLiteral("store"), code}});
}

Error unknownTable(const QString& table)
{
    QStringList names;
    for (const TableSchema& known : TableSchema::all())
        names << known.name();
    return refusal(
        "unknown_table",
        Text::tr("There is no table named \"%1\". The tables are: %2.").arg(table, names.join(QLatin1String(", "))),
        {{QStringLiteral("table"), table}});
}

Status checkPacks(double packs)
{
    if (!std::isfinite(packs) || packs <= 0)
        return refusal("invalid_packs", Text::tr("The number of packs must be more than 0 (got %1).").arg(packs));
    return {};
}

Result<QString> itemId(const QSqlDatabase& db, const QString& code)
{
    Result<QSqlQuery> q =
        runQuery(db, QStringLiteral("SELECT id FROM item WHERE code = ?"), {code}, Text::tr("looking up an item"));
    if (!q)
        return q.error();
    if (!q->next())
        return refusal(
            "unknown_item",
            Text::tr("There is no item with code \"%1\" on this site. Check the code; `syncsites-cli records "
                     "list --table item` lists the items.")
                .arg(code),
            {{QStringLiteral("item"), code}});
    return q->value(0).toString();
}

// Runs the transfer processor inside the open transaction, so that an answer this site owes (an inbound shipment, a
// response) exists before it is used.
Status answerTransfers(Database& database)
{
    Result<TransferReport> report = TransferProcessor(database).run();
    if (!report)
        return report.error();
    return {};
}

} // namespace

StoreActions::StoreActions(Database& database) : m_database(database) {}

Result<StoreActions::Here> StoreActions::loadHere()
{
    Here here;
    Result<QString> siteId = replica::localSiteId(m_database);
    if (!siteId)
        return siteId.error();
    here.siteId = *siteId;
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> site = runQuery(*db, QStringLiteral("SELECT name FROM site WHERE id = ?"), {here.siteId},
                                      Text::tr("reading this site"));
    if (!site)
        return site.error();
    if (site->next())
        here.siteName = site->value(0).toString();
    Result<QSqlQuery> stores =
        runQuery(*db, QStringLiteral("SELECT id, code FROM store"), {}, Text::tr("reading the stores"));
    if (!stores)
        return stores.error();
    while (stores->next()) {
        here.storeIdByCode.insert(stores->value(1).toString(), stores->value(0).toString());
        here.storeCodeById.insert(stores->value(0).toString(), stores->value(1).toString());
    }
    Result<Topology> topology = TopologyRepository(m_database).load();
    if (!topology)
        return topology.error();
    here.topology = std::move(topology).value();
    if (const Site* me = here.topology.site(here.siteName))
        here.syncsOms = me->carries(Category::Oms);
    return here;
}

// The id of a store that is Active here, or why it may not be written here.
Result<QString> StoreActions::writableStore(const Here& here, const QString& code)
{
    const Store* store = here.topology.store(code);
    if (store == nullptr || !here.storeIdByCode.contains(code))
        return unknownStore(code);
    if (here.siteName.isEmpty() || store->home != here.siteName) {
        const SyncType type =
            here.siteName.isEmpty() ? SyncType::None : here.topology.syncType(store->code, here.siteName);
        return refusal("store_not_active",
                       Text::tr("Store \"%1\" is %2 on this site; its data is edited at %3.")
                           .arg(code, typeName(type), store->home),
                       {{QStringLiteral("store"), code},
                        {QStringLiteral("sync_type"), syncTypeId(type)},
                        {QStringLiteral("home_site"), store->home}});
    }
    return here.storeIdByCode.value(code);
}

// The id of the partner of a transfer or requisition started by `fromCode`: it must exist, differ from the
// starting store and be visible on this site (any type), as the hub's push rule 6 requires.
Result<QString> StoreActions::partnerStore(const Here& here, const QString& fromCode, const QString& toCode)
{
    const Store* partner = here.topology.store(toCode);
    if (partner == nullptr || !here.storeIdByCode.contains(toCode))
        return unknownStore(toCode);
    if (toCode == fromCode)
        return refusal("same_store",
                       Text::tr("A store cannot ship to or request from itself (\"%1\"). Name another store "
                                "with --to.")
                           .arg(toCode));
    if (here.siteName.isEmpty() || here.topology.syncType(toCode, here.siteName) == SyncType::None)
        return refusal(
            "partner_not_visible",
            Text::tr("Store \"%1\" is not visible on this site, so a transfer or requisition to it cannot start "
                     "here. Ask an administrator to make it a Transfer store on this site.")
                .arg(toCode),
            {{QStringLiteral("store"), toCode}});
    return here.storeIdByCode.value(toCode);
}

Result<QVector<QJsonObject>> StoreActions::listRecords(const QString& table, const QString& storeCode)
{
    const TableSchema* schema = TableSchema::find(table);
    if (schema == nullptr)
        return unknownTable(table);
    if (schema->table().scope == TableScope::CentralSecret)
        return refusal("table_not_listable",
                       Text::tr("%1 records are secrets of the hub; they cannot be listed here.").arg(table));
    std::optional<QStringList> stores;
    if (!storeCode.isEmpty()) {
        if (!schema->hasStore())
            return refusal("store_filter_invalid",
                           Text::tr("%1 records belong to no store; list them without --store.").arg(table));
        Result<Transaction> tx = Transaction::begin(m_database, Transaction::Mode::Read);
        if (!tx)
            return tx.error();
        Result<QSqlQuery> q = runQuery(tx->connection(), QStringLiteral("SELECT id FROM store WHERE code = ?"),
                                       {storeCode}, Text::tr("looking up a store"));
        if (!q)
            return q.error();
        if (!q->next())
            return unknownStore(storeCode);
        stores = QStringList{q->value(0).toString()};
    }
    return RecordStore(m_database).list(table, stores);
}

Result<QString> StoreActions::writableRecordStore(const Here& here, const QString& storeCode, const TableSchema& schema)
{
    const QString table = QString(schema.name());
    if (!here.storeIdByCode.contains(storeCode))
        return unknownStore(storeCode);
    if (!schema.hasStore())
        return refusal("central_data_read_only",
                       Text::tr("%1 records are central data: they are changed only on the central server, by an "
                                "administrator.")
                           .arg(table));
    Result<QString> storeId = writableStore(here, storeCode);
    if (!storeId)
        return storeId.error();
    if (schema.table().category == Category::Oms && !here.syncsOms)
        return refusal(
            "category_not_carried",
            Text::tr("This site does not sync Open mSupply data (assets and temperature logs), so %1 records "
                     "cannot be written or deleted here. Record them at a site that syncs them.")
                .arg(table));
    return storeId;
}

Result<PutOutcome> StoreActions::putRecord(const QString& storeCode, const QString& table, const QJsonObject& given)
{
    const TableSchema* schema = TableSchema::find(table);
    if (schema == nullptr)
        return unknownTable(table);
    Result<Transaction> tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    Result<Here> here = loadHere();
    if (!here)
        return here.error();
    Result<QString> storeId = writableRecordStore(*here, storeCode, *schema);
    if (!storeId)
        return storeId.error();

    QJsonObject record = given;
    const bool hasId = record.contains(QLatin1String("id"));
    if (!hasId ||
        (record.value(QLatin1String("id")).isString() && record.value(QLatin1String("id")).toString().isEmpty()))
        record.insert(QStringLiteral("id"), replica::newRecordId());
    const QString id = record.value(QLatin1String("id")).toString();
    RecordStore records(m_database);
    Result<std::optional<QJsonObject>> existing = records.get(table, id);
    if (!existing)
        return existing.error();
    const bool creating = !existing->has_value();
    const QString storeField = QStringLiteral("store_id");
    if (schema->table().scope == TableScope::Store && creating && !record.contains(storeField))
        record.insert(storeField, *storeId);
    if (Status valid = RecordStore::validate(*schema, record, creating); !valid)
        return valid.error();

    // The record as it will be: the stored one with the given fields over it.
    QJsonObject merged = creating ? QJsonObject() : **existing;
    for (auto it = record.constBegin(); it != record.constEnd(); ++it)
        merged.insert(it.key(), it.value());

    const auto mismatch = [&](const QString& actualStoreId) {
        const QString actual = here->storeCodeById.value(actualStoreId, actualStoreId);
        return refusal("store_mismatch",
                       Text::tr("%1 %2 belongs to store \"%3\", not \"%4\" (--store); it was not written.")
                           .arg(table, id, actual, storeCode),
                       {{QStringLiteral("store"), actual}});
    };
    // The header (for a line) whose type and partner decide whether the record starts a transfer.
    QJsonObject header = merged;
    if (schema->table().scope == TableScope::Store) {
        if (!creating && (**existing).value(storeField).toString() != *storeId)
            return mismatch((**existing).value(storeField).toString());
        if (merged.value(storeField).toString() != *storeId)
            return mismatch(merged.value(storeField).toString());
    } else {
        const QString parentTable = schema->table().parentTable;
        const QString parentKey = schema->table().parentKey;
        QStringList headers{merged.value(parentKey).toString()};
        if (!creating)
            headers.prepend((**existing).value(parentKey).toString());
        for (const QString& headerId : std::as_const(headers)) {
            Result<std::optional<QJsonObject>> found = records.get(parentTable, headerId);
            if (!found)
                return found.error();
            if (!found->has_value())
                return Error{QStringLiteral("record_missing_reference"),
                             Text::tr("%1 %2: field %3: there is no %4 %5 here.")
                                 .arg(table, id, parentKey, parentTable, headerId),
                             QVariantMap{{QStringLiteral("table"), table},
                                         {QStringLiteral("record_id"), id},
                                         {QStringLiteral("field"), parentKey}}};
            if ((**found).value(storeField).toString() != *storeId)
                return mismatch((**found).value(storeField).toString());
            header = **found;
        }
    }
    // A shipment or request (and its lines) starts a transfer: its partner must be visible here (push rule 6).
    const QString type = header.value(QLatin1String("type")).toString();
    const QString partnerId = header.value(QLatin1String("partner_store_id")).toString();
    if (schema->table().transfer && !partnerId.isEmpty() &&
        (type == QLatin1String("outbound") || type == QLatin1String("request"))) {
        const QString partnerCode = here->storeCodeById.value(partnerId);
        if (partnerCode.isEmpty())
            return Error{
                QStringLiteral("record_missing_reference"),
                Text::tr("%1 %2: field partner_store_id: there is no store %3 here.").arg(table, id, partnerId),
                QVariantMap{{QStringLiteral("table"), table},
                            {QStringLiteral("record_id"), id},
                            {QStringLiteral("field"), QStringLiteral("partner_store_id")}}};
        Result<QString> partner = partnerStore(*here, storeCode, partnerCode);
        if (!partner)
            return partner.error();
    }
    // An update may give only the fields it changes: the others keep their stored values.
    if (Status s = records.upsert(table, creating ? record : merged); !s)
        return s.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    return PutOutcome{id, creating};
}

Result<QString> StoreActions::createTransfer(const QString& fromCode, const QString& toCode, const QString& itemCode,
                                             double packs)
{
    Result<Transaction> tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    Result<Here> here = loadHere();
    if (!here)
        return here.error();
    Result<QString> from = writableStore(*here, fromCode);
    if (!from)
        return from.error();
    Result<QString> to = partnerStore(*here, fromCode, toCode);
    if (!to)
        return to.error();
    Result<QString> item = itemId(tx->connection(), itemCode);
    if (!item)
        return item.error();
    if (Status s = checkPacks(packs); !s)
        return s.error();

    // The stock line to ship from: the one expiring first (undated last) that holds enough packs and is not on hold.
    Result<QSqlQuery> q = runQuery(tx->connection(),
                                   QStringLiteral("SELECT id, batch, expiry_date, pack_size, available_packs, "
                                                  "cost_price FROM stock_line WHERE store_id = ? AND item_id = ? "
                                                  "AND on_hold = 0 ORDER BY expiry_date IS NULL, expiry_date, id"),
                                   {*from, *item}, Text::tr("looking up stock"));
    if (!q)
        return q.error();
    bool tracked = false;
    double most = 0;
    QJsonObject line{{QStringLiteral("id"), replica::newRecordId()},
                     {QStringLiteral("item_id"), *item},
                     {QStringLiteral("pack_size"), 1},
                     {QStringLiteral("packs"), packs}};
    QString stockLineId;
    double available = 0;
    while (q->next() && stockLineId.isEmpty()) {
        tracked = true;
        available = q->value(4).toDouble();
        most = qMax(most, available);
        if (available < packs)
            continue;
        stockLineId = q->value(0).toString();
        line.insert(QStringLiteral("batch"), q->isNull(1) ? QJsonValue() : QJsonValue(q->value(1).toString()));
        line.insert(QStringLiteral("expiry_date"), q->isNull(2) ? QJsonValue() : QJsonValue(q->value(2).toString()));
        line.insert(QStringLiteral("pack_size"), q->value(3).toLongLong());
        line.insert(QStringLiteral("cost_price"), q->value(5).toDouble());
    }
    q->finish();
    if (tracked && stockLineId.isEmpty())
        return refusal(
            "not_enough_stock",
            Text::tr("Store \"%1\" has no batch of item %2 with %3 packs available (the most in one batch is "
                     "%4). Ship fewer packs, or split the shipment.")
                .arg(fromCode, itemCode)
                .arg(packs)
                .arg(most));

    const QString now = replica::nowTimestamp();
    const QString invoiceId = replica::newRecordId();
    RecordStore records(m_database);
    const QJsonObject invoice{{QStringLiteral("id"), invoiceId},
                              {QStringLiteral("store_id"), *from},
                              {QStringLiteral("partner_store_id"), *to},
                              {QStringLiteral("type"), QStringLiteral("outbound")},
                              {QStringLiteral("status"), QStringLiteral("shipped")},
                              {QStringLiteral("created_at"), now},
                              {QStringLiteral("shipped_at"), now}};
    if (Status s = records.upsert(u"invoice", invoice); !s)
        return s.error();
    line.insert(QStringLiteral("invoice_id"), invoiceId);
    if (Status s = records.upsert(u"invoice_line", line); !s)
        return s.error();
    if (!stockLineId.isEmpty()) {
        const QJsonObject left{{QStringLiteral("available_packs"), available - packs}};
        if (Status s = records.update(u"stock_line", stockLineId, left); !s)
            return s.error();
    }
    if (Status s = tx->commit(); !s)
        return s.error();
    return invoiceId;
}

Result<QJsonObject> StoreActions::answerOf(RecordStore& records, const Here& here, const Answer& kind,
                                           const QString& id)
{
    const bool shipment = kind.table == u"invoice";
    Result<std::optional<QJsonObject>> given = records.get(kind.table, id);
    if (!given)
        return given.error();
    if (!given->has_value())
        return shipment
                   ? refusal("invoice_not_found",
                             Text::tr("There is no shipment with id %1 on this site. Check the id; if it was sent "
                                      "recently, sync first.")
                                 .arg(id))
                   : refusal("requisition_not_found",
                             Text::tr("There is no requisition with id %1 on this site. Check the id; if it was sent "
                                      "recently, sync first.")
                                 .arg(id));
    if ((*given)->value(QLatin1String("type")).toString() != kind.startType)
        return **given; // the answer itself
    // The record that starts the transfer: its answer has a derived id. It may be owed by a store of this site whose
    // answer the processor has not made yet.
    const QString answerId = kind.answerId(id);
    Result<std::optional<QJsonObject>> found = records.get(kind.table, answerId);
    if (found && !found->has_value()) {
        if (Status s = answerTransfers(m_database); !s)
            return s.error();
        found = records.get(kind.table, answerId);
    }
    if (!found)
        return found.error();
    if (found->has_value())
        return **found;
    const QString partner = here.storeCodeById.value((*given)->value(QLatin1String("partner_store_id")).toString());
    return shipment
               ? refusal("inbound_not_arrived",
                         Text::tr("Shipment %1 is an outbound shipment to store \"%2\", and its inbound shipment is "
                                  "not on this site. Receive it where store \"%2\" is Active, after that site has "
                                  "synced.")
                             .arg(id, partner))
               : refusal("response_not_arrived",
                         Text::tr("Requisition %1 is a request to store \"%2\", and its response is not on this "
                                  "site. Respond where store \"%2\" is Active, after that site has synced.")
                             .arg(id, partner));
}

Result<QString> StoreActions::receive(const QString& invoiceId)
{
    Result<Transaction> tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    Result<Here> here = loadHere();
    if (!here)
        return here.error();
    RecordStore records(m_database);
    const Answer shipment{u"invoice", QStringLiteral("outbound"), &TransferIds::inboundInvoice};
    Result<QJsonObject> answer = answerOf(records, *here, shipment, invoiceId);
    if (!answer)
        return answer.error();
    const QJsonObject inbound = *answer;
    const QString id = inbound.value(QLatin1String("id")).toString();
    const QString storeId = inbound.value(QLatin1String("store_id")).toString();
    Result<QString> store = writableStore(*here, here->storeCodeById.value(storeId));
    if (!store)
        return store.error();
    const QString status = inbound.value(QLatin1String("status")).toString();
    if (status == QLatin1String("delivered"))
        return refusal("already_received",
                       Text::tr("Shipment %1 was already received (on %2); it cannot be received twice.")
                           .arg(id, inbound.value(QLatin1String("delivered_at")).toString()));
    if (status != QLatin1String("shipped"))
        return refusal("not_shipped",
                       Text::tr("Shipment %1 has not been shipped yet, so it cannot be received.").arg(id));

    const QJsonObject delivered{{QStringLiteral("status"), QStringLiteral("delivered")},
                                {QStringLiteral("delivered_at"), replica::nowTimestamp()}};
    if (Status s = records.update(u"invoice", id, delivered); !s)
        return s.error();

    // Add each line to the receiving store's stock line of the same item, batch, expiry and pack size.
    Result<QSqlQuery> lines = runQuery(tx->connection(),
                                       QStringLiteral("SELECT item_id, batch, expiry_date, pack_size, packs, "
                                                      "cost_price FROM invoice_line WHERE invoice_id = ? ORDER BY id"),
                                       {id}, Text::tr("reading the lines of a shipment"));
    if (!lines)
        return lines.error();
    QVector<QVariantList> received;
    while (lines->next())
        received.append(
            {lines->value(0), lines->value(1), lines->value(2), lines->value(3), lines->value(4), lines->value(5)});
    lines->finish();
    for (const QVariantList& line : std::as_const(received)) {
        Result<QSqlQuery> stock =
            runQuery(tx->connection(),
                     QStringLiteral("SELECT id, available_packs FROM stock_line WHERE store_id = ? AND item_id = ? "
                                    "AND batch IS ? AND expiry_date IS ? AND pack_size = ? ORDER BY id LIMIT 1"),
                     {storeId, line.at(0), line.at(1), line.at(2), line.at(3)}, Text::tr("looking up stock"));
        if (!stock)
            return stock.error();
        const bool exists = stock->next();
        const QString stockId = exists ? stock->value(0).toString() : replica::newRecordId();
        const double before = exists ? stock->value(1).toDouble() : 0.0;
        stock->finish();
        const double packs = line.at(4).toDouble();
        Status s;
        if (exists) {
            s = records.update(u"stock_line", stockId, {{QStringLiteral("available_packs"), before + packs}});
        } else {
            s = records.upsert(u"stock_line", {{QStringLiteral("id"), stockId},
                                               {QStringLiteral("store_id"), storeId},
                                               {QStringLiteral("item_id"), line.at(0).toString()},
                                               {QStringLiteral("batch"),
                                                line.at(1).isNull() ? QJsonValue() : QJsonValue(line.at(1).toString())},
                                               {QStringLiteral("expiry_date"),
                                                line.at(2).isNull() ? QJsonValue() : QJsonValue(line.at(2).toString())},
                                               {QStringLiteral("pack_size"), line.at(3).toLongLong()},
                                               {QStringLiteral("available_packs"), packs},
                                               {QStringLiteral("cost_price"), line.at(5).toDouble()}});
        }
        if (!s)
            return s.error();
    }
    if (Status s = tx->commit(); !s)
        return s.error();
    return id;
}

Result<QString> StoreActions::createRequisition(const QString& fromCode, const QString& toCode, const QString& itemCode,
                                                double packs)
{
    Result<Transaction> tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    Result<Here> here = loadHere();
    if (!here)
        return here.error();
    Result<QString> from = writableStore(*here, fromCode);
    if (!from)
        return from.error();
    Result<QString> to = partnerStore(*here, fromCode, toCode);
    if (!to)
        return to.error();
    Result<QString> item = itemId(tx->connection(), itemCode);
    if (!item)
        return item.error();
    if (Status s = checkPacks(packs); !s)
        return s.error();

    const QString now = replica::nowTimestamp();
    const QString requestId = replica::newRecordId();
    RecordStore records(m_database);
    const QJsonObject request{{QStringLiteral("id"), requestId},
                              {QStringLiteral("store_id"), *from},
                              {QStringLiteral("partner_store_id"), *to},
                              {QStringLiteral("type"), QStringLiteral("request")},
                              {QStringLiteral("status"), QStringLiteral("sent")},
                              {QStringLiteral("created_at"), now},
                              {QStringLiteral("sent_at"), now}};
    if (Status s = records.upsert(u"requisition", request); !s)
        return s.error();
    const QJsonObject line{{QStringLiteral("id"), replica::newRecordId()},
                           {QStringLiteral("requisition_id"), requestId},
                           {QStringLiteral("item_id"), *item},
                           {QStringLiteral("requested_packs"), packs},
                           {QStringLiteral("supplied_packs"), 0.0}};
    if (Status s = records.upsert(u"requisition_line", line); !s)
        return s.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    return requestId;
}

Result<QString> StoreActions::respond(const QString& requisitionId)
{
    Result<Transaction> tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    Result<Here> here = loadHere();
    if (!here)
        return here.error();
    RecordStore records(m_database);
    const Answer requisition{u"requisition", QStringLiteral("request"), &TransferIds::responseRequisition};
    Result<QJsonObject> answer = answerOf(records, *here, requisition, requisitionId);
    if (!answer)
        return answer.error();
    const QJsonObject response = *answer;
    const QString id = response.value(QLatin1String("id")).toString();
    Result<QString> store =
        writableStore(*here, here->storeCodeById.value(response.value(QLatin1String("store_id")).toString()));
    if (!store)
        return store.error();
    if (response.value(QLatin1String("status")).toString() == QLatin1String("finalised"))
        return refusal("already_finalised",
                       Text::tr("Requisition %1 was already finalised (on %2); it cannot be finalised twice.")
                           .arg(id, response.value(QLatin1String("finalised_at")).toString()));

    Result<QSqlQuery> lines = runQuery(tx->connection(),
                                       QStringLiteral("SELECT id, requested_packs FROM requisition_line "
                                                      "WHERE requisition_id = ? AND supplied_packs = 0 ORDER BY id"),
                                       {id}, Text::tr("reading the lines of a requisition"));
    if (!lines)
        return lines.error();
    QVector<std::pair<QString, double>> toSupply;
    while (lines->next())
        toSupply.append({lines->value(0).toString(), lines->value(1).toDouble()});
    lines->finish();
    for (const auto& [lineId, requested] : std::as_const(toSupply)) {
        if (Status s = records.update(u"requisition_line", lineId, {{QStringLiteral("supplied_packs"), requested}}); !s)
            return s.error();
    }
    const QJsonObject finalised{{QStringLiteral("status"), QStringLiteral("finalised")},
                                {QStringLiteral("finalised_at"), replica::nowTimestamp()}};
    if (Status s = records.update(u"requisition", id, finalised); !s)
        return s.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    return id;
}

Result<QVector<RequisitionToAnswer>> StoreActions::requisitionsToAnswer(const QString& storeCode)
{
    Result<Transaction> tx = Transaction::begin(m_database, Transaction::Mode::Read);
    if (!tx)
        return tx.error();
    // A request and its response: the response is made by the transfer processor (or by respond()).
    Result<QSqlQuery> q =
        runQuery(tx->connection(),
                 QStringLiteral("SELECT r.id, x.id, s.code, s.name, r.sent_at, COUNT(l.id), "
                                "COALESCE(SUM(l.requested_packs), 0) FROM requisition r "
                                "JOIN store p ON p.id = r.partner_store_id LEFT JOIN store s ON s.id = r.store_id "
                                "LEFT JOIN requisition x ON x.linked_requisition_id = r.id AND x.type = 'response' "
                                "AND x.store_id = r.partner_store_id "
                                "LEFT JOIN requisition_line l ON l.requisition_id = r.id "
                                "WHERE p.code = ? AND r.type = 'request' AND r.status = 'sent' "
                                "AND (x.id IS NULL OR x.status <> 'finalised') "
                                "GROUP BY r.id ORDER BY r.sent_at, r.id"),
                 {storeCode}, Text::tr("reading the requisitions to answer"));
    if (!q)
        return q.error();
    QVector<RequisitionToAnswer> waiting;
    while (q->next()) {
        const QString requestId = q->value(0).toString();
        waiting.append({q->isNull(1) ? requestId : q->value(1).toString(), requestId, q->value(2).toString(),
                        q->value(3).toString(), q->value(4).toString(), q->value(5).toInt(), q->value(6).toDouble()});
    }
    return waiting;
}

Result<DeleteOutcome> StoreActions::deleteRecord(const QString& storeCode, const QString& table, const QString& id)
{
    const TableSchema* schema = TableSchema::find(table);
    if (schema == nullptr)
        return unknownTable(table);
    Result<Transaction> tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    Result<Here> here = loadHere();
    if (!here)
        return here.error();
    Result<QString> storeId = writableRecordStore(*here, storeCode, *schema);
    if (!storeId)
        return storeId.error();
    RecordStore records(m_database);
    Result<std::optional<QJsonObject>> found = records.get(table, id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return refusal(
            "record_not_found",
            Text::tr("There is no %1 record %2 on this site: it may have been deleted already, or moved away "
                     "by a sync.")
                .arg(table, id),
            {{QStringLiteral("table"), table}, {QStringLiteral("record_id"), id}});
    Result<QString> owner = records.storeOf(table, id);
    if (!owner)
        return owner.error();
    if (*owner != *storeId) {
        const QString actual = here->storeCodeById.value(*owner, *owner);
        return refusal("store_mismatch",
                       Text::tr("%1 %2 belongs to store \"%3\", not \"%4\"; it was not deleted.")
                           .arg(table, id, actual, storeCode),
                       {{QStringLiteral("store"), actual}});
    }
    // A transfer document (or a line of one) may go only while it has not left the store, and never when it
    // answers another store's document: the other side counts on it, and the processor would make it again.
    if (schema->table().transfer) {
        QJsonObject header = **found;
        const bool line = schema->table().scope == TableScope::StoreChild;
        if (line) {
            Result<std::optional<QJsonObject>> parent = records.get(
                QString(schema->table().parentTable), (**found).value(schema->table().parentKey).toString());
            if (!parent)
                return parent.error();
            if (parent->has_value())
                header = **parent;
        }
        const bool shipment = schema->table().name.startsWith(QLatin1String("invoice"));
        const QString headerId = header.value(QLatin1String("id")).toString();
        const QString type = header.value(QLatin1String("type")).toString();
        const QString status = header.value(QLatin1String("status")).toString();
        const QString linked =
            header.value(shipment ? QLatin1String("linked_invoice_id") : QLatin1String("linked_requisition_id"))
                .toString();
        const QString partner = here->storeCodeById.value(header.value(QLatin1String("partner_store_id")).toString(),
                                                          Text::tr("(unknown)"));
        const QString what =
            line ? (shipment ? Text::tr("A line of shipment %1").arg(headerId)
                             : Text::tr("A line of requisition %1").arg(headerId))
                 : (shipment ? Text::tr("Shipment %1").arg(headerId) : Text::tr("Requisition %1").arg(headerId));
        if (!linked.isEmpty() && (type == QLatin1String("inbound") || type == QLatin1String("response")))
            return refusal("answer_not_deletable",
                           shipment
                               ? Text::tr("%1 belongs to the shipment store \"%2\" sent here, so it cannot be deleted. "
                                          "Receive the shipment instead.")
                                     .arg(what, partner)
                               : Text::tr("%1 belongs to the answer to a request from store \"%2\", so it cannot be "
                                          "deleted. Answer the requisition instead.")
                                     .arg(what, partner));
        if (shipment && status != QLatin1String("new"))
            return refusal(
                "already_shipped",
                Text::tr("%1 cannot be deleted: the shipment is %2 already (to store \"%3\"). Only a shipment "
                         "that is still new can be deleted.")
                    .arg(what, status, partner));
        if (!shipment && status != QLatin1String("draft"))
            return refusal(
                "already_sent",
                Text::tr("%1 cannot be deleted: the requisition is %2 already (to store \"%3\"). Only a draft "
                         "can be deleted.")
                    .arg(what, status, partner));
    }
    // What goes with it: the rows of the tables whose parent is this one (counted for the person deleting).
    DeleteOutcome outcome{id, 0};
    for (const TableSchema& child : TableSchema::all()) {
        if (child.table().parentTable != schema->name())
            continue;
        Result<QSqlQuery> q = runQuery(tx->connection(),
                                       QLatin1String("SELECT COUNT(*) FROM ") + child.name() +
                                           QLatin1String(" WHERE ") + child.table().parentKey + QLatin1String(" = ?"),
                                       {id}, Text::tr("counting what belongs to a record"));
        if (!q)
            return q.error();
        if (q->next())
            outcome.dependents += q->value(0).toInt();
    }
    Result<bool> removed = records.remove(table, id);
    if (!removed)
        return removed.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    return outcome;
}

} // namespace syncsites
