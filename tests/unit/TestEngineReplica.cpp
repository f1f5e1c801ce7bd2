#include "TestEngineReplica.h"

#include "ChangeLog.h"
#include "DemoDataWriter.h"
#include "RecordStore.h"
#include "SettingTable.h"
#include "StableId.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace syncsites::test {

qint64 EngineReplica::maxCursor() const
{
    const Result<qint64> cursor = ChangeLog(*db).maxCursor();
    return cursor ? *cursor : -1;
}

QString makeReplica(const DemoNetwork& network, const QString& site, EngineReplica* replica)
{
    replica->site = site;
    replica->siteId = site.isEmpty() ? QString() : StableId::site(site);
    replica->dir = std::make_unique<QTemporaryDir>();
    if (!replica->dir->isValid())
        return QStringLiteral("no temporary directory");
    Result<std::unique_ptr<Database>> db = Database::open(replica->dir->filePath(QStringLiteral("replica.sqlite")));
    if (!db)
        return db.error().message;
    replica->db = std::move(db).value();
    // The demo writer registers the file as the hub; the replica is then re-registered to its own site.
    if (Status s = DemoDataWriter(*replica->db).writeNetwork(network); !s)
        return s.error().message;
    SettingTable settings(*replica->db);
    if (site.isEmpty()) {
        if (Status s = settings.remove(SettingTable::siteIdKey()); !s)
            return s.error().message;
        return QString();
    }
    for (const Status& s :
         {settings.setSiteId(replica->siteId), settings.setSiteName(site), settings.setRole(DatabaseRole::Replica)}) {
        if (!s)
            return s.error().message;
    }
    return QString();
}

QString copyTransfers(EngineReplica& from, EngineReplica& to, qint64 after, qint64* cursor)
{
    const QStringList tables{QStringLiteral("invoice"), QStringLiteral("invoice_line"), QStringLiteral("requisition"),
                             QStringLiteral("requisition_line")};
    const Result<QVector<ChangeLogEntry>> changes = ChangeLog(*from.db).unpushed(after, 100000);
    if (!changes)
        return changes.error().message;
    RecordStore source(*from.db);
    RecordStore target(*to.db);
    Result<Transaction> tx = Transaction::begin(*to.db);
    if (!tx)
        return tx.error().message;
    if (Status s = tx->setWriteOrigin(from.siteId, true); !s)
        return s.error().message;
    for (const ChangeLogEntry& change : *changes) {
        if (!tables.contains(change.tableName))
            continue;
        if (change.action == ChangeLogEntry::Action::Delete) {
            if (Result<bool> removed = target.remove(change.tableName, change.recordId); !removed)
                return removed.error().message;
            continue;
        }
        const Result<std::optional<QJsonObject>> row = source.get(change.tableName, change.recordId);
        if (!row)
            return row.error().message;
        if (!row->has_value())
            continue; // deleted later: its delete row follows
        if (Status s = target.upsert(change.tableName, **row); !s)
            return s.error().message;
    }
    if (Status s = tx->commit(); !s)
        return s.error().message;
    if (cursor != nullptr)
        *cursor = from.maxCursor();
    return QString();
}

QJsonObject record(EngineReplica& replica, const QString& table, const QString& id)
{
    const Result<std::optional<QJsonObject>> row = RecordStore(*replica.db).get(table, id);
    return row && row->has_value() ? **row : QJsonObject();
}

QStringList idsWhere(EngineReplica& replica, const QString& table, const QString& column, const QString& value)
{
    QStringList ids;
    const Result<QSqlDatabase> db = replica.db->connection();
    if (!db)
        return ids;
    QSqlQuery query(*db);
    query.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY id").arg(table, column));
    query.addBindValue(value);
    if (!query.exec())
        return ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

QString storeOfType(const DemoNetwork& network, const QString& site, SyncType type, const QString& suffix)
{
    for (const Store& store : network.topology.stores()) {
        if (network.topology.syncType(store.code, site) == type && store.code.endsWith(suffix))
            return store.code;
    }
    return QString();
}

} // namespace syncsites::test
