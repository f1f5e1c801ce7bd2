#include "TransferProcessor.h"

#include "Database.h"
#include "RecordStore.h"
#include "ReplicaSupport.h"
#include "Transaction.h"
#include "TransferIds.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QVector>

#include <functional>

namespace syncsites {

namespace {

Q_LOGGING_CATEGORY(lcTransfers, "syncsites.engine.transfers")

using replica::runQuery;

// Its sentences, in the translation context "TransferProcessor" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TransferProcessor)
};

QJsonValue textOrNull(const QVariant& value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

// The stores Active here, as an IN list the planner turns into lookups on the store/partner indexes.
const char* const activeStores = "(SELECT id FROM store WHERE home_site_id = ?)";

QString withActiveStores(const char* statement)
{
    return QString::fromLatin1(statement).replace(QLatin1String("ACTIVE_STORES"), QLatin1String(activeStores));
}

// Lines of one invoice keyed by id, as they are compared and written (same conversions on both sides).
Result<QHash<QString, QJsonObject>> invoiceLines(const QSqlDatabase& db, const QString& invoiceId)
{
    Result<QSqlQuery> q = runQuery(db,
                                   QStringLiteral("SELECT id, invoice_id, item_id, batch, expiry_date, pack_size, "
                                                  "packs, cost_price FROM invoice_line WHERE invoice_id = ?"),
                                   {invoiceId}, Text::tr("reading the lines of a shipment"));
    if (!q)
        return q.error();
    QHash<QString, QJsonObject> lines;
    while (q->next()) {
        const QJsonObject line{{QStringLiteral("id"), q->value(0).toString()},
                               {QStringLiteral("invoice_id"), q->value(1).toString()},
                               {QStringLiteral("item_id"), q->value(2).toString()},
                               {QStringLiteral("batch"), textOrNull(q->value(3))},
                               {QStringLiteral("expiry_date"), textOrNull(q->value(4))},
                               {QStringLiteral("pack_size"), q->value(5).toLongLong()},
                               {QStringLiteral("packs"), q->value(6).toDouble()},
                               {QStringLiteral("cost_price"), q->value(7).toDouble()}};
        lines.insert(line.value(QStringLiteral("id")).toString(), line);
    }
    return lines;
}

// One run: reads candidates with a query each, then writes. Every write goes through RecordStore (checked types,
// errors naming the record) on the transaction's connection.
class Pass
{
public:
    Pass(Database& database, const QSqlDatabase& db, RecordStore& records, QString siteId)
        : m_database(database), m_db(db), m_records(records), m_siteId(std::move(siteId))
    {}

    Status createInbounds();
    Status deliverOutbounds();
    Status createResponses();
    Status finaliseRequests();

    const TransferReport& report() const { return m_report; }

private:
    // Makes the inbound's lines equal to the outbound's; returns how many lines it wrote or removed.
    Result<int> mirrorLines(const QString& outboundId, const QString& inboundId);
    // Runs the writes of one transfer in a savepoint. A record the database refuses (a reference to an item this
    // site lacks, ...) undoes that transfer's writes only, is added to the report's skipped errors and gives false:
    // one bad record never blocks the others. Database errors end the run.
    Result<bool> guarded(const std::function<Status()>& write);

    Database& m_database;
    QSqlDatabase m_db;
    RecordStore& m_records;
    QString m_siteId;
    TransferReport m_report;
};

Result<bool> Pass::guarded(const std::function<Status()>& write)
{
    Result<Transaction> savepoint = Transaction::begin(m_database);
    if (!savepoint)
        return savepoint.error();
    const Status written = write();
    if (written) {
        if (Status s = savepoint->commit(); !s)
            return s.error();
        return true;
    }
    if (Status s = savepoint->rollback(); !s)
        return s.error();
    if (!written.error().code.startsWith(QLatin1String("record_")))
        return written.error();
    qCWarning(lcTransfers) << "skipped:" << written.error().message;
    m_report.skipped.append(written.error());
    return false;
}

Status Pass::createInbounds()
{
    // Shipped outbound shipments to our stores without an inbound, and those whose inbound is not yet received (its
    // lines follow the outbound's). A delivered outbound without an inbound was received elsewhere (old data): left.
    Result<QSqlQuery> q = runQuery(
        m_db,
        withActiveStores("SELECT o.id, o.store_id, o.partner_store_id, o.shipped_at FROM invoice o "
                         "LEFT JOIN invoice i ON i.linked_invoice_id = o.id AND i.type = 'inbound' "
                         "AND i.store_id = o.partner_store_id "
                         "WHERE o.partner_store_id IN ACTIVE_STORES AND o.type = 'outbound' "
                         "AND ((i.id IS NULL AND o.status = 'shipped') OR "
                         "(i.id IS NOT NULL AND i.status <> 'delivered' AND o.status IN ('shipped', 'delivered')))"),
        {m_siteId}, Text::tr("looking for shipments that arrived"));
    if (!q)
        return q.error();
    struct Candidate
    {
        QString id, store, partner;
        QVariant shippedAt;
    };
    QVector<Candidate> candidates;
    QSet<QString> seen;
    while (q->next()) {
        const QString id = q->value(0).toString();
        if (!seen.contains(id)) {
            seen.insert(id);
            candidates.append({id, q->value(1).toString(), q->value(2).toString(), q->value(3)});
        }
    }
    q->finish();

    for (const Candidate& outbound : std::as_const(candidates)) {
        const QString inboundId = TransferIds::inboundInvoice(outbound.id);
        Result<std::optional<QJsonObject>> existing = m_records.get(u"invoice", inboundId);
        if (!existing)
            return existing.error();
        const bool creating = !existing->has_value();
        if (!creating && (**existing).value(QStringLiteral("status")).toString() == QLatin1String("delivered"))
            continue; // received: its lines are what was received, leave them
        const QJsonObject inbound{{QStringLiteral("id"), inboundId},
                                  {QStringLiteral("store_id"), outbound.partner},
                                  {QStringLiteral("partner_store_id"), outbound.store},
                                  {QStringLiteral("type"), QStringLiteral("inbound")},
                                  {QStringLiteral("status"), QStringLiteral("shipped")},
                                  {QStringLiteral("linked_invoice_id"), outbound.id},
                                  {QStringLiteral("created_at"), replica::nowTimestamp()},
                                  {QStringLiteral("shipped_at"), textOrNull(outbound.shippedAt)}};
        int lines = 0;
        const Result<bool> done = guarded([&]() -> Status {
            if (creating) {
                if (Status s = m_records.upsert(u"invoice", inbound); !s)
                    return s;
            }
            Result<int> changed = mirrorLines(outbound.id, inboundId);
            if (!changed)
                return changed.error();
            lines = *changed;
            return {};
        });
        if (!done)
            return done.error();
        if (!*done)
            continue;
        if (creating) {
            ++m_report.inboundCreated;
            qCDebug(lcTransfers) << "created inbound" << inboundId << "for outbound" << outbound.id << "with" << lines
                                 << "lines";
        } else {
            m_report.inboundLinesUpdated += lines;
        }
    }
    return {};
}

Result<int> Pass::mirrorLines(const QString& outboundId, const QString& inboundId)
{
    Result<QHash<QString, QJsonObject>> shipped = invoiceLines(m_db, outboundId);
    if (!shipped)
        return shipped.error();
    Result<QHash<QString, QJsonObject>> current = invoiceLines(m_db, inboundId);
    if (!current)
        return current.error();
    int changed = 0;
    QSet<QString> wanted;
    for (auto it = shipped->constBegin(); it != shipped->constEnd(); ++it) {
        QJsonObject line = it.value();
        const QString id = TransferIds::inboundInvoiceLine(it.key());
        line.insert(QStringLiteral("id"), id);
        line.insert(QStringLiteral("invoice_id"), inboundId);
        wanted.insert(id);
        if (current->value(id) == line)
            continue;
        if (Status s = m_records.upsert(u"invoice_line", line); !s)
            return s.error();
        ++changed;
    }
    for (auto it = current->constBegin(); it != current->constEnd(); ++it) {
        if (wanted.contains(it.key()))
            continue;
        Result<bool> removed = m_records.remove(u"invoice_line", it.key());
        if (!removed)
            return removed.error();
        ++changed;
    }
    return changed;
}

Status Pass::deliverOutbounds()
{
    Result<QSqlQuery> q =
        runQuery(m_db,
                 withActiveStores("SELECT o.id, i.id, i.delivered_at FROM invoice o "
                                  "JOIN invoice i ON i.linked_invoice_id = o.id "
                                  "WHERE o.store_id IN ACTIVE_STORES AND o.type = 'outbound' AND o.status = 'shipped' "
                                  "AND i.type = 'inbound' AND i.status = 'delivered' "
                                  "AND i.store_id = o.partner_store_id AND i.partner_store_id = o.store_id"),
                 {m_siteId}, Text::tr("looking for shipments that were received"));
    if (!q)
        return q.error();
    QVector<std::pair<QString, QJsonObject>> updates;
    while (q->next()) {
        const QString outboundId = q->value(0).toString();
        const QString inboundId = q->value(1).toString();
        if (inboundId != TransferIds::inboundInvoice(outboundId))
            continue; // only the inbound made for it, in the store it was sent to, answers a shipment
        updates.append({outboundId, QJsonObject{{QStringLiteral("status"), QStringLiteral("delivered")},
                                                {QStringLiteral("delivered_at"), textOrNull(q->value(2))},
                                                {QStringLiteral("linked_invoice_id"), inboundId}}});
    }
    q->finish();
    for (const auto& [id, fields] : std::as_const(updates)) {
        const Result<bool> done =
            guarded([&, &id = id, &fields = fields] { return m_records.update(u"invoice", id, fields); });
        if (!done)
            return done.error();
        if (!*done)
            continue;
        ++m_report.outboundDelivered;
        qCDebug(lcTransfers) << "outbound" << id << "delivered";
    }
    return {};
}

Status Pass::createResponses()
{
    Result<QSqlQuery> q = runQuery(
        m_db,
        withActiveStores("SELECT r.id, r.store_id, r.partner_store_id FROM requisition r "
                         "WHERE r.partner_store_id IN ACTIVE_STORES AND r.type = 'request' AND r.status = 'sent' "
                         "AND NOT EXISTS (SELECT 1 FROM requisition x WHERE x.linked_requisition_id = r.id "
                         "AND x.type = 'response' AND x.store_id = r.partner_store_id)"),
        {m_siteId}, Text::tr("looking for requisitions that arrived"));
    if (!q)
        return q.error();
    QVector<QStringList> candidates;
    while (q->next())
        candidates.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString()});
    q->finish();

    for (const QStringList& request : std::as_const(candidates)) {
        const QString& requestId = request.at(0);
        const QString responseId = TransferIds::responseRequisition(requestId);
        Result<std::optional<QJsonObject>> existing = m_records.get(u"requisition", responseId);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            continue;
        const QJsonObject response{{QStringLiteral("id"), responseId},
                                   {QStringLiteral("store_id"), request.at(2)},
                                   {QStringLiteral("partner_store_id"), request.at(1)},
                                   {QStringLiteral("type"), QStringLiteral("response")},
                                   {QStringLiteral("status"), QStringLiteral("draft")},
                                   {QStringLiteral("linked_requisition_id"), requestId},
                                   {QStringLiteral("created_at"), replica::nowTimestamp()}};
        Result<QSqlQuery> lines = runQuery(m_db,
                                           QStringLiteral("SELECT id, item_id, requested_packs FROM requisition_line "
                                                          "WHERE requisition_id = ? ORDER BY id"),
                                           {requestId}, Text::tr("reading the lines of a requisition"));
        if (!lines)
            return lines.error();
        QVector<QJsonObject> rows;
        while (lines->next()) {
            rows.append({{QStringLiteral("id"), TransferIds::responseRequisitionLine(lines->value(0).toString())},
                         {QStringLiteral("requisition_id"), responseId},
                         {QStringLiteral("item_id"), lines->value(1).toString()},
                         {QStringLiteral("requested_packs"), lines->value(2).toDouble()},
                         {QStringLiteral("supplied_packs"), 0.0}});
        }
        lines->finish();
        const Result<bool> done = guarded([&]() -> Status {
            if (Status s = m_records.upsert(u"requisition", response); !s)
                return s;
            for (const QJsonObject& row : std::as_const(rows)) {
                if (Status s = m_records.upsert(u"requisition_line", row); !s)
                    return s;
            }
            return {};
        });
        if (!done)
            return done.error();
        if (!*done)
            continue;
        ++m_report.responsesCreated;
        qCDebug(lcTransfers) << "created response" << responseId << "for request" << requestId;
    }
    return {};
}

Status Pass::finaliseRequests()
{
    Result<QSqlQuery> q =
        runQuery(m_db,
                 withActiveStores("SELECT r.id, x.id, x.finalised_at FROM requisition r "
                                  "JOIN requisition x ON x.linked_requisition_id = r.id "
                                  "WHERE r.store_id IN ACTIVE_STORES AND r.type = 'request' AND r.status = 'sent' "
                                  "AND x.type = 'response' AND x.status = 'finalised' "
                                  "AND x.store_id = r.partner_store_id AND x.partner_store_id = r.store_id"),
                 {m_siteId}, Text::tr("looking for requisitions that were answered"));
    if (!q)
        return q.error();
    QVector<std::pair<QString, QJsonObject>> updates;
    while (q->next()) {
        const QString requestId = q->value(0).toString();
        const QString responseId = q->value(1).toString();
        if (responseId != TransferIds::responseRequisition(requestId))
            continue;
        updates.append({requestId, QJsonObject{{QStringLiteral("status"), QStringLiteral("finalised")},
                                               {QStringLiteral("finalised_at"), textOrNull(q->value(2))},
                                               {QStringLiteral("linked_requisition_id"), responseId}}});
    }
    q->finish();
    for (const auto& [id, fields] : std::as_const(updates)) {
        const Result<bool> done =
            guarded([&, &id = id, &fields = fields] { return m_records.update(u"requisition", id, fields); });
        if (!done)
            return done.error();
        if (!*done)
            continue;
        ++m_report.requestsFinalised;
        qCDebug(lcTransfers) << "request" << id << "finalised";
    }
    return {};
}

} // namespace

TransferProcessor::TransferProcessor(Database& database) : m_database(database) {}

Result<TransferReport> TransferProcessor::run()
{
    Result<QString> siteId = replica::localSiteId(m_database);
    if (!siteId)
        return siteId.error();
    Result<Transaction> tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    // Inside an enclosing transaction (the engine's) the origin may be another site's: these writes are ours.
    if (tx->isSavepoint()) {
        if (Status s = tx->setWriteOrigin(QString(), false); !s)
            return s.error();
    }
    RecordStore records(m_database);
    Pass pass(m_database, tx->connection(), records, *siteId);
    for (Status (Pass::*step)() :
         {&Pass::createInbounds, &Pass::deliverOutbounds, &Pass::createResponses, &Pass::finaliseRequests}) {
        if (Status s = (pass.*step)(); !s)
            return s.error();
    }
    if (Status s = tx->commit(); !s)
        return s.error();
    const TransferReport& report = pass.report();
    if (report.total() > 0 || !report.skipped.isEmpty())
        qCInfo(lcTransfers) << "transfers:" << report.inboundCreated << "inbound created," << report.inboundLinesUpdated
                            << "inbound lines updated," << report.outboundDelivered << "outbound delivered,"
                            << report.responsesCreated << "responses created," << report.requestsFinalised
                            << "requests finalised," << report.skipped.size() << "skipped";
    return report;
}

} // namespace syncsites
