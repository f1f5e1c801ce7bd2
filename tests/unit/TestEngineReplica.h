#pragma once

// Helpers of the engine tests: replicas of demo-network sites in temporary files, and a stand-in for sync that
// copies transfer records from one replica to another the way a pull integrates them.

#include "Database.h"
#include "DemoNetwork.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace syncsites::test {

/// A site's replica: the demo network's central data (topology and items, no store records), registered to `site`.
struct EngineReplica
{
    QString site;
    QString siteId;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Database> db;

    /// The changelog's highest cursor (-1 on error).
    qint64 maxCursor() const;
};

/// Makes the replica of `site` in a new temporary directory; an empty `site` leaves it unregistered (no site id).
/// Returns an error message, empty on success.
QString makeReplica(const DemoNetwork& network, const QString& site, EngineReplica* replica);

/// Integrates into `to`, as received from `from`'s site (received = 1), the local changes of `from` to transfer
/// tables (invoice, requisition and their lines) after cursor `after`, in cursor order: the current record for an
/// upsert, a delete for a delete. Returns an error message, empty on success; `*cursor` gets `from`'s max cursor.
QString copyTransfers(EngineReplica& from, EngineReplica& to, qint64 after, qint64* cursor = nullptr);

/// One record (nullopt-like empty object when missing or on error).
QJsonObject record(EngineReplica& replica, const QString& table, const QString& id);

/// The ids of the rows of `table` where `column` = `value`, sorted.
QStringList idsWhere(EngineReplica& replica, const QString& table, const QString& column, const QString& value);

/// A store of the demo network on a site, chosen by its type there and a code suffix ("-DSP"); empty when none.
QString storeOfType(const DemoNetwork& network, const QString& site, SyncType type, const QString& suffix = {});

} // namespace syncsites::test
