#include "SyncPush.h"

#include "Database.h"
#include "HubRepository.h"
#include "HubState.h"
#include "PushRules.h"
#include "RecordStore.h"
#include "Routing.h"
#include "SiteSession.h"
#include "TableSchema.h"
#include "Transaction.h"
#include "TransferIds.h"
#include "TransferProcessor.h"
#include "WireMessages.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

#include <variant>

namespace syncsites {

namespace {

Q_LOGGING_CATEGORY(lcPush, "syncsites.server.push", QtInfoMsg)

// Its sentences, in the translation context "SyncPush" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncPush)
};

using wire::PushedRecord;
using wire::Rejection;

/// A refusal of the record being applied; its table and id are echoed from the record when the answer is written.
/// `current`: what the site should hold live instead of its refused change, once known (the hub's copy of the record
/// where routing sends it to the site, else null); absent when the hub did not get that far.
Rejection refusal(const QString& code, const QString& message, const QString& field = QString(),
                  std::optional<QJsonValue> current = std::nullopt)
{
    return Rejection{QString(), QString(), code, message, field, std::move(current)};
}

// Shipments and requisitions start or answer a transfer by their type; lines by their header's.
TransferRole transferRoleOf(const QString& table, const QJsonObject& row)
{
    const QString type = row.value(QStringLiteral("type")).toString();
    if (table == QLatin1String("invoice"))
        return type == QLatin1String("outbound") ? TransferRole::Starts : TransferRole::Answers;
    if (table == QLatin1String("requisition"))
        return type == QLatin1String("request") ? TransferRole::Starts : TransferRole::Answers;
    return TransferRole::None;
}

bool carriesTransfers(const QVector<PushedRecord>& records)
{
    for (const PushedRecord& record : records) {
        const QString& table = record.table;
        if (table.startsWith(QLatin1String("invoice")) || table.startsWith(QLatin1String("requisition")))
            return true;
    }
    return false;
}

QString keyOf(const QString& table, const QString& id)
{
    return table + QLatin1Char('/') + id;
}

/// The records of the batch that the hub holds already ("table/id"): one query per table instead of a lookup per
/// record, most of which find nothing (a site's new records).
Result<QSet<QString>> storedRecords(RecordStore& store, const QVector<PushedRecord>& records)
{
    QHash<QString, QStringList> idsByTable;
    for (const PushedRecord& record : records) {
        if (TableSchema::find(record.table) && !record.id.isEmpty())
            idsByTable[record.table].append(record.id);
    }
    QSet<QString> stored;
    for (auto it = idsByTable.cbegin(); it != idsByTable.cend(); ++it) {
        const Result<QSet<QString>> found = store.existing(it.key(), it.value());
        if (!found)
            return found.error();
        for (const QString& id : *found)
            stored.insert(keyOf(it.key(), id));
    }
    return stored;
}

/// Checks and applies one record inside the batch's transaction.
class RecordApplier
{
public:
    /// `stored`: the batch's records the hub holds ("table/id"), kept current as records are applied.
    RecordApplier(HubState& hub, const TopologySnapshot& snapshot, const QString& site, Category category,
                  QSet<QString> stored)
        : m_hub(hub), m_snapshot(snapshot), m_site(site), m_category(category), m_records(hub.database()),
          m_stored(std::move(stored))
    {}

    std::optional<Rejection> apply(const PushedRecord& record)
    {
        const QString& tableName = record.table;
        const QString& id = record.id;
        const QString& action = record.action;
        const TableSchema* table = TableSchema::find(tableName);
        if (!table)
            return refusal(QStringLiteral("unknown_table"),
                           Text::tr("There is no table \"%1\" to sync.").arg(tableName));
        if (id.isEmpty())
            return refusal(QStringLiteral("invalid_field"), Text::tr("The record has no id."), QStringLiteral("id"));
        if (table->table().category != m_category)
            return refusal(QStringLiteral("category_not_carried"),
                           Text::tr("%1 records are %2 data; this batch is for %3 data.")
                               .arg(tableName, categoryId(table->table().category), categoryId(m_category)));
        if (!record.isUpsert() && !record.isDelete())
            return refusal(QStringLiteral("invalid_field"),
                           Text::tr("The action must be \"upsert\" or \"delete\", not \"%1\".").arg(action),
                           QStringLiteral("action"));
        const bool remove = record.isDelete();
        QJsonObject data = record.data;
        if (!remove) {
            if (data.contains(QStringLiteral("id")) && data.value(QStringLiteral("id")).toString() != id)
                return refusal(QStringLiteral("invalid_field"), Text::tr("The record's data names another id."),
                               QStringLiteral("id"));
            data.insert(QStringLiteral("id"), id);
            // Named here: RecordStore's error for an unknown column does not say which one.
            for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
                if (!table->column(it.key()))
                    return refusal(QStringLiteral("invalid_field"),
                                   Text::tr("Table \"%1\" has no field \"%2\". Remove it from the record.")
                                       .arg(tableName, it.key()),
                                   it.key());
            }
        }

        // The store the record belongs to now (if it exists here) and would belong to after the change: the
        // site must be the home of both, so that nobody moves another store's record into their own.
        const QString key = keyOf(tableName, id);
        const Result<std::optional<QJsonObject>> existing =
            m_stored.contains(key) ? m_records.get(tableName, id) : std::optional<QJsonObject>();
        if (!existing)
            return refusal(QStringLiteral("server_error"), existing.error().message);
        if (remove && !existing->has_value())
            return std::nullopt; // already gone: nothing to do, nothing to refuse
        const QJsonObject& subject = remove ? **existing : data;
        std::optional<Rejection> refused = checkRules(*table, subject, opensTransfer(*table, subject, *existing));
        if (!refused && !remove && existing->has_value())
            refused = checkRules(*table, **existing, false);
        if (refused) {
            refused->current = currentFor(*table, *existing);
            return refused;
        }

        // One statement writes the record, its changelog row (triggers) and any cascade. SQLite undoes a statement
        // that fails as a whole (its statement journal), so a refused record leaves nothing behind in the batch's
        // transaction without a savepoint of its own: none of the foreign keys are deferred to the commit.
        if (remove) {
            const Result<bool> removed = m_records.remove(tableName, id);
            if (!removed)
                return writeRejection(removed.error(), *table, *existing);
            m_stored.remove(key);
        } else if (const Status written = m_records.upsert(tableName, data); !written) {
            return writeRejection(written.error(), *table, *existing);
        } else {
            m_stored.insert(key);
        }
        return std::nullopt;
    }

private:
    // The record as routing and the push rules see it: its store and partner (a line's are its header's), what it
    // does in a transfer and, for an answer, the start it answers as the hub holds it.
    std::variant<RecordRef, Rejection> describe(const TableSchema& table, const QJsonObject& row)
    {
        RecordRef ref;
        ref.table = &table.table();
        ref.recordId = row.value(QStringLiteral("id")).toString();
        ref.sourceSite = m_site;
        if (table.name() == QLatin1String("site_credential"))
            ref.credentialSite = m_snapshot.siteNameById.value(row.value(QStringLiteral("site_id")).toString());
        if (!table.hasStore())
            return ref;
        QJsonObject header = row;
        QString headerTable = table.name();
        if (table.table().scope == TableScope::StoreChild) {
            headerTable = table.table().parentTable;
            const QString headerId = row.value(QString(table.table().parentKey)).toString();
            const Result<std::optional<QJsonObject>> found = m_records.get(headerTable, headerId);
            if (!found)
                return refusal(QStringLiteral("server_error"), found.error().message);
            if (!found->has_value())
                return refusal(QStringLiteral("missing_reference"),
                               Text::tr("The %1 %2 this record belongs to is not on the server. Send it first.")
                                   .arg(headerTable, headerId),
                               QString(table.table().parentKey));
            header = **found;
        }
        ref.store = m_snapshot.storeCodeById.value(header.value(QStringLiteral("store_id")).toString());
        if (ref.store.isEmpty())
            return refusal(QStringLiteral("unknown_store"),
                           Text::tr("The record names a store the server does not know."), QStringLiteral("store_id"));
        const QString partnerId = header.value(QStringLiteral("partner_store_id")).toString();
        if (!partnerId.isEmpty()) {
            ref.partnerStore = m_snapshot.storeCodeById.value(partnerId);
            if (ref.partnerStore.isEmpty())
                return refusal(QStringLiteral("unknown_store"),
                               Text::tr("The record names a partner store the server does not know."),
                               QStringLiteral("partner_store_id"));
        }
        ref.transferRole = transferRoleOf(headerTable, header);
        if (ref.transferRole == TransferRole::Answers) {
            const bool invoice = headerTable == QLatin1String("invoice");
            const QString linked =
                header.value(invoice ? QStringLiteral("linked_invoice_id") : QStringLiteral("linked_requisition_id"))
                    .toString();
            if (linked.isEmpty() && partnerId.isEmpty()) {
                ref.transferRole = TransferRole::None; // a receipt or response outside the network: no transfer
            } else if (!linked.isEmpty()) {
                if (Result<std::optional<TransferStart>> start = answeredStart(invoice, header, linked); !start)
                    return refusal(QStringLiteral("server_error"), start.error().message);
                else
                    ref.answeredStart = *start;
            }
        }
        return ref;
    }

    // The start an answer links to, when the hub holds it, it is a start, and the answer's id is the one derived
    // from it (TransferIds): nobody can make a second answer to one start.
    Result<std::optional<TransferStart>> answeredStart(bool invoice, const QJsonObject& header, const QString& linked)
    {
        const QString derived =
            invoice ? TransferIds::inboundInvoice(linked) : TransferIds::responseRequisition(linked);
        if (header.value(QStringLiteral("id")).toString() != derived)
            return std::optional<TransferStart>();
        const Result<std::optional<QJsonObject>> start = m_records.get(invoice ? u"invoice" : u"requisition", linked);
        if (!start)
            return start.error();
        if (!start->has_value() || (**start).value(QStringLiteral("type")).toString() !=
                                       (invoice ? QLatin1String("outbound") : QLatin1String("request")))
            return std::optional<TransferStart>();
        return std::optional<TransferStart>(TransferStart{
            m_snapshot.storeCodeById.value((**start).value(QStringLiteral("store_id")).toString()),
            m_snapshot.storeCodeById.value((**start).value(QStringLiteral("partner_store_id")).toString())});
    }

    // Whether writing `row` over `existing` opens a transfer or readdresses it (RecordRef::opensTransfer): a new
    // header, or one whose partner changed. A line belongs to a header the hub already holds.
    static bool opensTransfer(const TableSchema& table, const QJsonObject& row,
                              const std::optional<QJsonObject>& existing)
    {
        if (table.table().scope == TableScope::StoreChild)
            return false;
        const QString partner = QStringLiteral("partner_store_id");
        return !existing || existing->value(partner) != row.value(partner);
    }

    std::optional<Rejection> checkRules(const TableSchema& table, const QJsonObject& row, bool opens)
    {
        std::variant<RecordRef, Rejection> ref = describe(table, row);
        if (auto* refused = std::get_if<Rejection>(&ref))
            return *refused;
        std::get<RecordRef>(ref).opensTransfer = opens;
        const PushDecision decision = PushRules::check(m_snapshot.topology, m_site, std::get<RecordRef>(ref));
        if (!decision.allowed)
            return refusal(decision.code, decision.message);
        return std::nullopt;
    }

    // What the site should hold live in place of a refused change: the hub's copy where routing sends it there (as a
    // pull would, own records included), else nothing. The site keeps its change in its quarantine only.
    QJsonValue currentFor(const TableSchema& table, const std::optional<QJsonObject>& existing)
    {
        if (!existing)
            return QJsonValue(QJsonValue::Null);
        std::variant<RecordRef, Rejection> ref = describe(table, *existing);
        const auto* described = std::get_if<RecordRef>(&ref);
        PullContext pull;
        pull.site = m_site;
        pull.initialising = true;
        if (!described || !Routing::isSent(m_snapshot.topology, *described, pull))
            return QJsonValue(QJsonValue::Null);
        return *existing;
    }

    // RecordStore's messages name the record and field but are not sentences: wrap them in one.
    std::optional<Rejection> writeRejection(const Error& error, const TableSchema& table,
                                            const std::optional<QJsonObject>& existing)
    {
        const QString field = error.details.toMap().value(QStringLiteral("field")).toString();
        if (error.code.startsWith(QLatin1String("record_missing_reference")))
            return refusal(QStringLiteral("missing_reference"),
                           Text::tr("The record refers to a record the server does not have (%1). Send that record "
                                    "first.")
                               .arg(error.message),
                           field, currentFor(table, existing));
        if (error.code.startsWith(QLatin1String("record_")))
            return refusal(
                QStringLiteral("invalid_field"),
                Text::tr("The record does not fit its table (%1). Correct it on the site.").arg(error.message), field,
                currentFor(table, existing));
        return refusal(QStringLiteral("server_error"),
                       Text::tr("The server could not store the record (%1). Try again later.").arg(error.message),
                       field);
    }

    HubState& m_hub;
    const TopologySnapshot& m_snapshot;
    QString m_site;
    Category m_category;
    RecordStore m_records;
    QSet<QString> m_stored;
};

} // namespace

HttpResponse SyncPush::handle(const HttpRequest& request)
{
    auto auth = SiteSession::authenticate(m_hub, request);
    if (auto* refused = std::get_if<HttpResponse>(&auth))
        return *refused;
    const SiteSession& session = std::get<SiteSession>(auth);

    const Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return HttpResponse::fromError(400, body.error());
    const Result<wire::PushRequest> push = wire::PushRequest::fromJson(*body);
    if (!push)
        return HttpResponse::fromError(400, push.error());
    const Category category = push->category;
    const QString& batchId = push->batchId;
    if (wire::PushRequest::throughMalformed(*body, *push))
        qCWarning(lcPush).noquote() << "push batch" << batchId
                                    << "names a position (\"through\") that is not a whole number >= 0: ignored";
    const QJsonArray& records = push->records;
    const int maxRecords = m_hub.config().pushBatchMax;
    if (records.size() > maxRecords)
        return HttpResponse::error(413, QStringLiteral("batch_too_large"),
                                   Text::tr("A push batch may hold at most %1 records; this one has %2. Send smaller "
                                            "batches.")
                                       .arg(maxRecords)
                                       .arg(records.size()),
                                   QJsonObject{{QStringLiteral("max_records"), maxRecords}});

    const std::shared_ptr<const TopologySnapshot> snapshot = m_hub.topology();
    if (std::optional<HttpResponse> refused =
            session.refuseCategory(m_hub, *snapshot, category, SiteSession::Access::Push))
        return *refused;

    HubRepository repository(m_hub.database());
    Result<Transaction> tx = Transaction::begin(m_hub.database());
    if (!tx)
        return HttpResponse::fromError(503, tx.error());
    // A replayed batch (the answer was lost on the way) gets the first answer and changes nothing.
    const Result<std::optional<QByteArray>> replay = repository.pushResponse(session.siteId, batchId);
    if (!replay)
        return HttpResponse::fromError(500, replay.error());
    if (replay->has_value()) {
        HttpResponse answer;
        answer.contentType = QByteArrayLiteral("application/json");
        answer.body = **replay;
        answer.setHeader(QByteArrayLiteral("X-Replayed"), QByteArrayLiteral("true"));
        return answer;
    }

    if (Status s = tx->setWriteOrigin(session.siteId, true); !s)
        return HttpResponse::fromError(500, s.error());
    // Each record read once (its data shared, not copied).
    QVector<PushedRecord> batch;
    batch.reserve(records.size());
    for (const QJsonValue& value : records)
        batch.append(PushedRecord::fromJson(value.toObject()));
    RecordStore store(m_hub.database());
    Result<QSet<QString>> stored = storedRecords(store, batch);
    if (!stored)
        return HttpResponse::fromError(500, stored.error());
    RecordApplier applier(m_hub, *snapshot, session.siteName, category, std::move(stored).value());
    QJsonArray rejected;
    int accepted = 0;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (const std::optional<Rejection> r = applier.apply(batch.at(i))) {
            // The database failed, not the record: refusing it would quarantine a good record on the site. Fail
            // the whole batch instead (the transaction rolls back) so that the site sends it again.
            if (r->code == QLatin1String("server_error")) {
                qCWarning(lcPush).noquote()
                    << "push batch" << batchId << "of" << session.siteName << "failed:" << r->message;
                return HttpResponse::retryLater(503, QStringLiteral("server_busy"),
                                                Text::tr("The server could not store this batch; none of it was kept. "
                                                         "Sync again in a moment."),
                                                5);
            }
            rejected.append(r->toJson(records.at(i).toObject())); // table and id as the site sent them
        } else {
            ++accepted;
        }
    }
    const QByteArray json =
        QJsonDocument(wire::PushAnswer::toJson(batchId, accepted, rejected)).toJson(QJsonDocument::Compact);
    if (Status s = repository.savePushResponse(session.siteId, batchId, category, json); !s)
        return HttpResponse::fromError(500, s.error());
    // With the batch: the hub holds the site's pushes up to here, and says so in the next handshake (a restored
    // hub, which lost this row with the batch, tells the site to send them again).
    if (push->through)
        if (Status s = repository.notePushedThrough(session.siteId, category, *push->through); !s)
            return HttpResponse::fromError(500, s.error());
    if (Status s = tx->commit(); !s)
        return HttpResponse::fromError(503, s.error());
    // The hub answers the transfers to its own Active stores as soon as they arrive (a remote server's replica
    // does so in its own sync sessions). Its writes are local: they go to the partners on their next pull.
    if (!m_hub.config().replica && accepted > 0 && carriesTransfers(batch)) {
        const Result<TransferReport> processed = TransferProcessor(m_hub.database()).run();
        if (!processed)
            qCWarning(lcPush).noquote() << "transfer processing after batch" << batchId
                                        << "failed:" << processed.error().message;
    }

    Metrics& metrics = m_hub.metrics();
    metrics.counter(QStringLiteral("syncsites_records_pushed_total"), QStringLiteral("Records accepted from sites."))
        .increment(accepted);
    metrics.counter(QStringLiteral("syncsites_records_rejected_total"), QStringLiteral("Records refused to sites."))
        .increment(rejected.size());
    HttpResponse response;
    response.contentType = QByteArrayLiteral("application/json");
    response.body = json;
    return response;
}

} // namespace syncsites
