#pragma once

#include "ReplicaViews.h"
#include "Result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace syncsites {

class Database;

/// Read-only queries over a site's replica for the desktop app's Data page, so that widgets never run SQL: which
/// stores the site holds and by which sync type (from the topology and replica_setting), a table's records a page
/// at a time (ordered by id, after a given id, so that a view of 100,000 rows reads only what it shows), the
/// shipments waiting to be received and the items a store can ship. Writes go through StoreActions.
///
/// Threading: use an instance on one thread at a time (the calling thread's connection); it holds a reference to the
/// Database, which must outlive it. Errors as values: replica_not_registered, unknown_table, table_not_listable and
/// the database_* codes.
class ReplicaBrowser
{
public:
    explicit ReplicaBrowser(Database& database);

    Result<ReplicaStores> stores();

    /// How many rows `query` matches.
    Result<qint64> count(const RecordQuery& query);

    /// Up to `limit` rows matching `query` with an id greater than `afterId` (all when empty), ordered by id, as JSON
    /// objects keyed by column name (as StoreActions::listRecords gives them).
    Result<QVector<QJsonObject>> page(const RecordQuery& query, const QString& afterId, int limit);

    /// One record as it is stored now (every column), or nullopt when there is none.
    Result<std::optional<QJsonObject>> record(const QString& table, const QString& id);

    /// A readable label for the ids of stores (code), items (code) and sites (name), to show instead of the id.
    Result<QHash<QString, QString>> referenceLabels();

    /// The inbound shipments of `storeCode` with status shipped, oldest first.
    Result<QVector<ShipmentToReceive>> shipmentsToReceive(const QString& storeCode);

    /// Every item of the catalogue, by code, with the stock `storeCode` holds of it.
    Result<QVector<ItemStock>> itemStock(const QString& storeCode);

private:
    Database& m_database;
};

} // namespace syncsites
