#include "PushBatch.h"

#include "ChangeLog.h"
#include "Database.h"
#include "RecordStore.h"
#include "SettingTable.h"
#include "SqlSupport.h"
#include "SyncStateRepository.h"
#include "SyncedTable.h"
#include "TableSchema.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace syncsites {

namespace {

QString keyOf(const QString& table, const QString& id)
{
    return table + QLatin1Char('/') + id;
}

// A table's place in the catalogue, which lists referenced tables before the tables that refer to them.
qsizetype catalogueRank(const QString& table)
{
    const SyncedTable* found = findSyncedTable(table);
    return found ? found - syncedTables().data() : syncedTables().size();
}

// The records a row of `table` refers to by id, as "table/id", which the hub must hold before it: its foreign keys
// (TableSchema), and for an answer to a transfer (an inbound shipment, a response) the start it answers, which the
// hub looks up to check the answer. A start's link to its answer is not followed: the two name each other.
QStringList referencesOf(const QString& table, const QJsonObject& data)
{
    QStringList keys;
    const TableSchema* schema = TableSchema::find(table);
    if (!schema)
        return keys;
    const QString type = data.value(QLatin1String("type")).toString();
    for (const ColumnSchema& column : schema->columns()) {
        QLatin1String target = column.references;
        if (column.name == QLatin1String("linked_invoice_id") && type == QLatin1String("inbound"))
            target = QLatin1String("invoice");
        else if (column.name == QLatin1String("linked_requisition_id") && type == QLatin1String("response"))
            target = QLatin1String("requisition");
        if (target.isEmpty())
            continue;
        const QString id = data.value(column.name).toString();
        if (!id.isEmpty() && !(target == table && id == data.value(QLatin1String("id")).toString()))
            keys << keyOf(target, id);
    }
    return keys;
}

bool isRecordError(const Error& error)
{
    return error.code.startsWith(QLatin1String("record_"));
}

} // namespace

PushBatchBuilder::PushBatchBuilder(Database& database, Category category, qint64 sessionId, QString hubSiteId)
    : m_database(database), m_category(category), m_sessionId(sessionId), m_hubSiteId(std::move(hubSiteId))
{}

Status PushBatchBuilder::restoreRefused(Database& database, const QVector<wire::Rejection>& rejected,
                                        const QString& hubSiteId)
{
    QVector<const wire::Rejection*> restoring;
    for (const wire::Rejection& r : rejected)
        if (r.current)
            restoring << &r;
    if (restoring.isEmpty())
        return {};
    Result<Transaction> tx = Transaction::begin(database);
    if (!tx)
        return tx.error();
    if (Status s = tx->setWriteOrigin(hubSiteId, true); !s)
        return s;
    // Headers before lines, as the catalogue lists them; a header removed takes its lines with it.
    std::stable_sort(restoring.begin(), restoring.end(), [](const wire::Rejection* a, const wire::Rejection* b) {
        return catalogueRank(a->table) < catalogueRank(b->table);
    });
    RecordStore records(database);
    for (const wire::Rejection* r : restoring) {
        if (r->current->isObject())
            continue;
        if (Result<bool> removed = records.remove(r->table, r->id); !removed && !isRecordError(removed.error()))
            return removed.error();
    }
    for (const wire::Rejection* r : restoring) {
        if (!r->current->isObject())
            continue;
        const Status written = records.upsert(r->table, r->current->toObject());
        if (written)
            continue;
        if (!isRecordError(written.error()))
            return written;
        if (Result<bool> removed = records.remove(r->table, r->id); !removed && !isRecordError(removed.error()))
            return removed.error();
    }
    return tx->commit();
}

QString PushBatchBuilder::pendingKey() const
{
    return QLatin1String("push_pending_") + categoryId(m_category);
}

Result<qint64> PushBatchBuilder::waiting() const
{
    Result<LinkState> state = SyncStateRepository(m_database).linkState(m_category);
    if (!state)
        return state.error();
    return ChangeLog(m_database).countUnpushed(state->pushPosition, m_category);
}

Result<std::optional<PushBatch>> PushBatchBuilder::next(int maxRows)
{
    Result<std::optional<QString>> pending = SettingTable(m_database).value(pendingKey());
    if (!pending)
        return pending.error();
    if (!pending->has_value()) {
        Result<LinkState> state = SyncStateRepository(m_database).linkState(m_category);
        if (!state)
            return state.error();
        Result<std::optional<PushBatch>> prepared = prepare(state->pushPosition, maxRows);
        if (!prepared || !prepared->has_value())
            return prepared;
        PushBatch batch = std::move(prepared).value().value();
        if (Status s = begin(batch); !s)
            return s.error();
        return std::optional<PushBatch>(std::move(batch));
    }
    PushBatch batch;
    const QStringList parts = (*pending)->split(QLatin1Char(' '));
    batch.batchId = parts.value(0);
    batch.from = parts.value(1).toLongLong();
    batch.to = parts.value(2).toLongLong();
    Result<QVector<ChangeLogEntry>> found =
        ChangeLog(m_database).unpushed(batch.from, int(std::min<qint64>(batch.to - batch.from, 1000000)), m_category);
    if (!found)
        return found.error();
    QVector<ChangeLogEntry> rows;
    for (const ChangeLogEntry& row : *found)
        if (row.cursor <= batch.to)
            rows << row;
    if (Status s = fill(batch, rows); !s)
        return s.error();
    return std::optional<PushBatch>(std::move(batch));
}

Result<std::optional<PushBatch>> PushBatchBuilder::prepare(qint64 after, int maxRows)
{
    Result<QVector<ChangeLogEntry>> found = ChangeLog(m_database).unpushed(after, maxRows, m_category);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<PushBatch>();
    QVector<ChangeLogEntry> rows = std::move(found).value();
    for (;;) {
        PushBatch batch;
        batch.from = after;
        batch.to = rows.constLast().cursor;
        if (Status s = fill(batch, rows); !s)
            return s.error();
        // Over the hub's limit: half the rows, until it fits or one row is left (too large on its own).
        if (m_maxBytes <= 0 || batch.bytes <= m_maxBytes || rows.size() == 1)
            return std::optional<PushBatch>(std::move(batch));
        rows.resize(rows.size() / 2);
    }
}

bool PushBatchBuilder::tooLarge(const PushBatch& batch) const
{
    // One changelog row: its record, and the parents it may have brought (addUnsentParents).
    return m_maxBytes > 0 && batch.bytes > m_maxBytes && (batch.rows == 1 || batch.records.size() == 1);
}

Status PushBatchBuilder::discardPending()
{
    return SettingTable(m_database).remove(pendingKey());
}

Result<qint64> PushBatchBuilder::rewindTo(qint64 hubPosition)
{
    Result<Transaction> tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    SyncStateRepository state(m_database);
    Result<LinkState> link = state.linkState(m_category);
    if (!link)
        return link.error();
    if (hubPosition < 0 || hubPosition >= link->pushPosition)
        return qint64(0);
    ChangeLog changelog(m_database);
    Result<qint64> fromHub = changelog.countUnpushed(hubPosition, m_category);
    if (!fromHub)
        return fromHub.error();
    Result<qint64> fromHere = changelog.countUnpushed(link->pushPosition, m_category);
    if (!fromHere)
        return fromHere.error();
    const qint64 again = *fromHub - *fromHere;
    if (again <= 0)
        return qint64(0);
    if (Status s = state.setPushPosition(m_category, hubPosition); !s)
        return s.error();
    // The pending batch starts at the old position: sent from there, it would skip what the hub lacks.
    if (Status s = SettingTable(m_database).remove(pendingKey()); !s)
        return s.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    return again;
}

Status PushBatchBuilder::rejectTooLarge(const PushBatch& batch, qint64 limit)
{
    wire::PushAnswer answer;
    answer.batchId = batch.batchId;
    for (const QJsonValue& value : batch.records) {
        const wire::PushedRecord record = wire::PushedRecord::fromJson(value.toObject());
        wire::Rejection r;
        r.table = record.table;
        r.id = record.id;
        r.code = QStringLiteral("too_large");
        r.message = QCoreApplication::translate("PushBatch",
                                                "This record is too large to sync: %1 KiB, where the server takes at "
                                                "most %2 KiB in one request. Shorten it (a long note or comment), "
                                                "then retry it from the quarantine.")
                        .arg((batch.bytes + 1023) / 1024)
                        .arg(limit / 1024);
        answer.rejected << r; // no `current`: the live row stays as it is, for the user to shorten
    }
    return acknowledge(batch, answer);
}

Status PushBatchBuilder::begin(PushBatch& batch)
{
    batch.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return SettingTable(m_database)
        .setValue(pendingKey(), QStringLiteral("%1 %2 %3").arg(batch.batchId).arg(batch.from).arg(batch.to));
}

Status PushBatchBuilder::fill(PushBatch& batch, const QVector<ChangeLogEntry>& rows)
{
    batch.rows = rows.size();
    // A record changed several times is sent once, as it is now (or as deleted), in the place of its last change.
    QHash<QString, int> last;
    for (int i = 0; i < rows.size(); ++i)
        last.insert(keyOf(rows[i].tableName, rows[i].recordId), i);
    RecordStore records(m_database);
    QVector<Outgoing> outgoing;
    QHash<QString, int> placeOf; ///< "table/id" → its index in `outgoing`
    for (int i = 0; i < rows.size(); ++i) {
        const ChangeLogEntry& row = rows[i];
        const QString key = keyOf(row.tableName, row.recordId);
        if (last.value(key) != i)
            continue;
        Outgoing out{row.tableName, row.recordId, row.storeId, row.action == ChangeLogEntry::Action::Delete, {}};
        if (!out.remove) {
            Result<std::optional<QJsonObject>> data = records.get(row.tableName, row.recordId);
            if (!data)
                return data.error();
            if (!data->has_value())
                continue; // deleted since: its delete row comes in a later batch
            out.data = std::move(**data);
        }
        placeOf.insert(key, int(outgoing.size()));
        outgoing << std::move(out);
    }
    if (Status s = addUnsentParents(batch, outgoing, placeOf); !s)
        return s;

    // The hub applies a batch's records in the order they come, and refuses a line whose header it does not hold.
    // The place of a record's last change can come after the changes of records that refer to it (an asset edited
    // after its temperature log was written): each upsert goes after the records of the batch it refers to. Deletes
    // keep their place: the order they were made in is one the database allowed.
    QVector<char> placed(outgoing.size(), 0); // 0: not yet, 1: being placed (a cycle stops there), 2: placed
    const auto place = [&](const auto& self, int i) -> void {
        if (placed[i] != 0)
            return;
        placed[i] = 1;
        if (!outgoing[i].remove)
            for (const QString& reference : referencesOf(outgoing[i].table, outgoing[i].data))
                if (const int parent = placeOf.value(reference, -1); parent >= 0 && !outgoing[parent].remove)
                    self(self, parent);
        placed[i] = 2;
        append(batch, outgoing[i]);
    };
    for (int i = 0; i < outgoing.size(); ++i)
        place(place, i);
    return {};
}

Status PushBatchBuilder::addUnsentParents(const PushBatch& batch, QVector<Outgoing>& outgoing,
                                          QHash<QString, int>& placeOf) const
{
    // A record may refer to a record whose first change is after this batch (a log moved to an asset made after the
    // log, with the batch ending between them). The hub has never had that record: it goes in this batch too, as it
    // is now (and again, unchanged, with its own changes in a later batch). `outgoing` grows as parents are added,
    // so their own references are looked at too.
    ChangeLog changelog(m_database);
    RecordStore records(m_database);
    QSet<QString> looked;
    for (int i = 0; i < outgoing.size(); ++i) {
        if (outgoing[i].remove)
            continue;
        const QStringList references = referencesOf(outgoing[i].table, outgoing[i].data);
        for (const QString& reference : references) {
            if (placeOf.contains(reference) || looked.contains(reference))
                continue;
            looked.insert(reference);
            const qsizetype slash = reference.indexOf(QLatin1Char('/'));
            const QString table = reference.left(slash);
            const QString id = reference.mid(slash + 1);
            // Only a store's data of this batch's category is this site's to send (central data comes from the hub).
            const SyncedTable* found = findSyncedTable(table);
            if (!found || found->category != m_category ||
                (found->scope != TableScope::Store && found->scope != TableScope::StoreChild))
                continue;
            Result<bool> unsent = changelog.onlyUnpushedAfter(table, id, batch.to);
            if (!unsent)
                return unsent.error();
            if (!*unsent)
                continue; // the hub has it (or refused it: the quarantine says why)
            Result<std::optional<QJsonObject>> data = records.get(table, id);
            if (!data)
                return data.error();
            if (!data->has_value())
                continue;
            Result<QVector<ChangeLogEntry>> history = changelog.forRecord(table, id);
            if (!history)
                return history.error();
            const QString storeId = history->isEmpty() ? QString() : history->constLast().storeId;
            placeOf.insert(reference, int(outgoing.size()));
            outgoing << Outgoing{table, id, storeId, false, std::move(**data)};
        }
    }
    return {};
}

void PushBatchBuilder::append(PushBatch& batch, const Outgoing& out)
{
    const QString key = keyOf(out.table, out.id);
    QJsonObject record;
    if (out.remove) {
        record = wire::PushedRecord::remove(out.table, out.id).toJson();
    } else {
        // The record's data is shared (implicitly), not copied, by the pushed record and `sent`.
        record = wire::PushedRecord::upsert(out.table, out.id, out.data).toJson();
        batch.sent.insert(key, out.data);
    }
    batch.storeOf.insert(key, out.storeId);
    batch.bytes += QJsonDocument(record).toJson(QJsonDocument::Compact).size() + 1;
    batch.records.append(record);
}

Status PushBatchBuilder::acknowledge(const PushBatch& batch, const wire::PushAnswer& answer)
{
    Result<Transaction> tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    SyncStateRepository state(m_database);
    QSet<QString> refused;
    for (const wire::Rejection& rejection : answer.rejected) {
        const QString key = keyOf(rejection.table, rejection.id);
        refused.insert(key);
        QuarantineEntry entry;
        entry.tableName = rejection.table;
        entry.recordId = rejection.id;
        entry.storeId = batch.storeOf.value(key);
        entry.payload = batch.sent.value(key);
        entry.reasonCode = rejection.code;
        entry.reason = rejection.field.isEmpty()
                           ? rejection.message
                           : rejection.message + QStringLiteral(" (field %1)").arg(rejection.field);
        entry.sessionId = m_sessionId;
        if (Result<qint64> q = state.quarantine(entry); !q)
            return q.error();
    }
    // A record the hub took is no longer a problem: drop earlier refusals of it.
    Result<qint64> quarantined = state.quarantineCount();
    if (!quarantined)
        return quarantined.error();
    if (*quarantined > 0) {
        Result<QSqlDatabase> db = m_database.connection();
        if (!db)
            return db.error();
        for (const QJsonValue& value : batch.records) {
            const wire::PushedRecord record = wire::PushedRecord::fromJson(value.toObject());
            const QString& table = record.table;
            const QString& id = record.id;
            if (refused.contains(keyOf(table, id)))
                continue;
            Result<QSqlQuery> removed = sql::run(
                *db,
                QStringLiteral("DELETE FROM quarantine WHERE table_name = ? AND record_id = ? AND reason_code NOT "
                               "LIKE 'record\\_%' ESCAPE '\\'"),
                {table, id}, QStringLiteral("clearing the quarantine of a record the server took"));
            if (!removed)
                return removed.error();
        }
    }
    if (Status s = restoreRefused(m_database, answer.rejected, m_hubSiteId); !s)
        return s;
    if (Status s = state.setPushPosition(m_category, batch.to); !s)
        return s;
    if (Status s = SettingTable(m_database).remove(pendingKey()); !s)
        return s;
    return tx->commit();
}

} // namespace syncsites
