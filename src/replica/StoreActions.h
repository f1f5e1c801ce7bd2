#pragma once

#include "ReplicaViews.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace syncsites {

class Database;
class RecordStore;
class TableSchema;
class Transaction;

/// What StoreActions::putRecord did.
struct PutOutcome
{
    QString id;           ///< the record's id (made up when the record had none)
    bool created = false; ///< inserted; false when an existing record was updated
};

/// What StoreActions::deleteRecord did.
struct DeleteOutcome
{
    QString id;
    int dependents = 0; ///< records that went with it: a header's lines, an asset's temperature logs
};

/// The local operations of field staff on a replica: reading records, editing the records of the stores Active on
/// this site, starting and answering transfers and requisitions. Behind the cli's records/transfer/receive/
/// requisition/respond commands and the desktop app's Data page (docs/cli.md).
///
/// Only stores Active here (store.home_site_id = this replica's site id) are written; a transfer or requisition may
/// be started only towards a store visible on this site (any sync type) or Active here, as the hub's push rules
/// require (docs/routing.md, rule 6). Each write runs in one write Transaction with the local origin (received = 0),
/// so the next sync pushes it. Direction: `from` is the shipping store of a transfer and the requesting store of a
/// requisition (the one Active here); `to` is the receiving, respectively supplying, store.
///
/// Errors as values with stable codes and a sentence the user can act on: replica_not_registered, unknown_table,
/// table_not_listable, store_filter_invalid, unknown_store, unknown_item, store_not_active, central_data_read_only,
/// category_not_carried, store_mismatch, partner_not_visible, same_store, invalid_packs, not_enough_stock,
/// invoice_not_found, inbound_not_arrived, not_shipped, already_received, requisition_not_found,
/// response_not_arrived, already_finalised, answer_not_deletable, already_shipped, already_sent, record_not_found,
/// RecordStore's record_* codes (naming table, record and field) and
/// database_*. On an error nothing is written.
///
/// Threading: use an instance on one thread at a time (the calling thread's connection). Holds a reference to the
/// Database, which must outlive it.
class StoreActions
{
public:
    explicit StoreActions(Database& database);

    /// The rows of a synced table as JSON objects keyed by column name, ordered by id. With `storeCode`, only the
    /// rows of that store (a line by its header's store; never by the partner); refused for central tables.
    Result<QVector<QJsonObject>> listRecords(const QString& table, const QString& storeCode = QString());

    /// Inserts or updates (by id) one record of a store Active here. Accepts what listRecords returns. A record
    /// without an id is inserted with a new random id; a store table's record without store_id gets `storeCode`'s.
    /// The record's store (a line's: its header's) must be `storeCode`, before and after the write.
    Result<PutOutcome> putRecord(const QString& storeCode, const QString& table, const QJsonObject& record);

    /// Ships `packs` of an item from `fromCode` (Active here) to `toCode`: an outbound invoice, status shipped, with
    /// one line. When the from-store has stock lines of the item (not on hold), the line takes batch, expiry, pack
    /// size and cost of the one expiring first that holds enough packs, and its available packs go down by `packs`;
    /// if none holds enough, not_enough_stock. Without any stock line the item is shipped untracked (pack size 1, no
    /// batch). Returns the outbound invoice's id.
    Result<QString> createTransfer(const QString& fromCode, const QString& toCode, const QString& itemCode,
                                   double packs);

    /// Receives a shipment: `invoiceId` is the inbound invoice or the outbound one (its inbound id is derived). The
    /// inbound must belong to a store Active here and be shipped; it becomes delivered (delivered_at now) and each
    /// line's packs are added to the receiving store's stock line of the same item, batch, expiry and pack size
    /// (created when there is none). Receiving twice: already_received. Returns the inbound invoice's id.
    Result<QString> receive(const QString& invoiceId);

    /// Sends a request: `fromCode` (Active here) requests `packs` of an item from `toCode`: a request requisition,
    /// status sent, with one line. Returns its id.
    Result<QString> createRequisition(const QString& fromCode, const QString& toCode, const QString& itemCode,
                                      double packs);

    /// Finalises the response to a request: `requisitionId` is the response or the request (the response id is
    /// derived). The response must belong to a store Active here; lines still supplying 0 packs supply what was
    /// requested; status finalised, finalised_at now. Twice: already_finalised. Returns the response's id.
    Result<QString> respond(const QString& requisitionId);

    /// The requests addressed to `storeCode` (a store of this site) that wait for an answer: status sent, their
    /// response not made yet or not finalised; oldest first. Each one's id is what respond() takes.
    Result<QVector<RequisitionToAnswer>> requisitionsToAnswer(const QString& storeCode);

    /// Deletes one record of a store Active here (a line: of a header of that store), with what belongs to it (a
    /// header's lines, an asset's temperature logs), logged so that the next sync pushes the deletes. Central data
    /// is refused (central_data_read_only), and so is a transfer document that has left the store or answers
    /// another's: a shipment that is no longer new (already_shipped), a requisition that is no longer a draft
    /// (already_sent), an inbound shipment or response made for another store's document (answer_not_deletable),
    /// and their lines. record_not_found when there is no such record.
    Result<DeleteOutcome> deleteRecord(const QString& storeCode, const QString& table, const QString& id);

    struct Here; ///< implementation detail: this site, its name and the topology, read in each action

private:
    /// A transfer's two sides: the table, the type of the record that starts it, and its answer's derived id.
    struct Answer
    {
        QStringView table;
        QString startType;
        QString (*answerId)(const QString&);
    };
    /// The answer `id` names, or the answer of the starting record `id` names (made now if this site owes it).
    Result<QJsonObject> answerOf(RecordStore& records, const Here& here, const Answer& kind, const QString& id);

    Result<Here> loadHere();
    Result<QString> writableStore(const Here& here, const QString& code);
    /// The id of `storeCode` when a record of `schema`'s table may be written or deleted in it here: a store table,
    /// a store Active here, a category this site syncs; the refusal otherwise.
    Result<QString> writableRecordStore(const Here& here, const QString& storeCode, const TableSchema& schema);
    Result<QString> partnerStore(const Here& here, const QString& fromCode, const QString& toCode);

    Database& m_database;
};

} // namespace syncsites
