#include "Schema.h"

#include "SqlSupport.h"

#include <QSqlQuery>

namespace syncsites {

namespace {

// The origin of the current write: the write_context row while a Transaction has set one, else the local site.
const QLatin1String sourceExpression("COALESCE((SELECT source_site_id FROM write_context WHERE id = 1), "
                                     "(SELECT value FROM replica_setting WHERE key = 'site_id'))");
const QLatin1String receivedExpression("COALESCE((SELECT received FROM write_context WHERE id = 1), 0)");
const QLatin1String nowExpression("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");

QString quoted(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

// The latest value of `column` in the changelog rows of one record.
QString lastLogged(QLatin1String column, QLatin1String table, const QString& idExpression)
{
    return QLatin1String("(SELECT ") + column + QLatin1String(" FROM changelog WHERE table_name = ") + quoted(table) +
           QLatin1String(" AND record_id = ") + idExpression + QLatin1String(" ORDER BY cursor DESC LIMIT 1)");
}

// The store (or partner store) a changelog row of `table` carries, for the row named `row` (NEW or OLD).
QString storeExpression(const SyncedTable& table, QLatin1String row, QLatin1String column, bool deleted)
{
    const bool partner = column == QLatin1String("partner_store_id");
    if (partner && !table.transfer)
        return QStringLiteral("NULL");
    switch (table.scope) {
    case TableScope::Store:
        return row + QLatin1Char('.') + column;
    case TableScope::StoreChild: {
        const QString parentKey = row + QLatin1Char('.') + table.parentKey;
        const QString fromParent = QLatin1String("(SELECT ") + column + QLatin1String(" FROM ") + table.parentTable +
                                   QLatin1String(" WHERE id = ") + parentKey + QLatin1Char(')');
        if (!deleted)
            return fromParent;
        // When a header's delete cascades to its lines, the header is already gone: take the store from the
        // line's own last changelog row, or else from the header's.
        return QLatin1String("COALESCE(") + fromParent + QLatin1String(", ") +
               lastLogged(column, table.name, row + QLatin1String(".id")) + QLatin1String(", ") +
               lastLogged(column, table.parentTable, parentKey) + QLatin1Char(')');
    }
    case TableScope::Central:
        // Central data, but about one store: the row names it so that a hub can tell a site which store's
        // visibility changed, even after a delete. Routing still treats these rows as central data.
        if (!partner && table.name == QLatin1String("store"))
            return row + QLatin1String(".id");
        if (!partner && table.name == QLatin1String("store_visibility"))
            return row + QLatin1String(".store_id");
        break;
    case TableScope::UserAccount:
    case TableScope::CentralSecret:
        break;
    }
    return QStringLiteral("NULL");
}

QString changelogInsert(const SyncedTable& table, QLatin1String row, QLatin1String action)
{
    const bool deleted = action == QLatin1String("delete");
    return QLatin1String("INSERT INTO changelog (table_name, record_id, action, store_id, partner_store_id, category, "
                         "source_site_id, received, changed_at) VALUES (") +
           quoted(table.name) + QLatin1String(", ") + row + QLatin1String(".id, ") + quoted(action) +
           QLatin1String(", ") + storeExpression(table, row, QLatin1String("store_id"), deleted) + QLatin1String(", ") +
           storeExpression(table, row, QLatin1String("partner_store_id"), deleted) + QLatin1String(", ") +
           quoted(categoryId(table.category)) + QLatin1String(", ") + sourceExpression + QLatin1String(", ") +
           receivedExpression + QLatin1String(", ") + nowExpression + QLatin1String(");");
}

} // namespace

QLatin1String Schema::triggerPrefix()
{
    return QLatin1String("sync_");
}

QStringList Schema::changelogTriggers(const SyncedTable& table, const QStringList& columns)
{
    const QString name = triggerPrefix() + table.name;
    QStringList changed;
    for (const QString& column : columns)
        changed << QLatin1String("OLD.") + column + QLatin1String(" IS NOT NEW.") + column;

    return {
        QLatin1String("CREATE TRIGGER ") + name + QLatin1String("_insert AFTER INSERT ON ") + table.name +
            QLatin1String(" FOR EACH ROW BEGIN ") +
            changelogInsert(table, QLatin1String("NEW"), QLatin1String("upsert")) + QLatin1String(" END"),
        QLatin1String("CREATE TRIGGER ") + name + QLatin1String("_update AFTER UPDATE ON ") + table.name +
            QLatin1String(" FOR EACH ROW WHEN ") + changed.join(QLatin1String(" OR ")) + QLatin1String(" BEGIN ") +
            changelogInsert(table, QLatin1String("NEW"), QLatin1String("upsert")) + QLatin1String(" END"),
        QLatin1String("CREATE TRIGGER ") + name + QLatin1String("_delete AFTER DELETE ON ") + table.name +
            QLatin1String(" FOR EACH ROW BEGIN ") +
            changelogInsert(table, QLatin1String("OLD"), QLatin1String("delete")) + QLatin1String(" END"),
        // A changed id would orphan the record on every other site: refuse it.
        QLatin1String("CREATE TRIGGER ") + name + QLatin1String("_id_fixed BEFORE UPDATE OF id ON ") + table.name +
            QLatin1String(" FOR EACH ROW WHEN OLD.id IS NOT NEW.id BEGIN SELECT RAISE(ABORT, 'record ids cannot "
                          "change (table ") +
            table.name + QLatin1String(")'); END"),
    };
}

Result<QStringList> Schema::columns(const QSqlDatabase& db, const QString& table)
{
    if (!sql::isIdentifier(table))
        return QStringList();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QLatin1String("PRAGMA table_info(") + table + QLatin1Char(')')))
        return sql::databaseError(query.lastError(), QStringLiteral("reading the columns of %1").arg(table));
    QStringList names;
    while (query.next())
        names << query.value(1).toString();
    return names;
}

Status Schema::recreateChangelogTriggers(const QSqlDatabase& db)
{
    const QString doing = QStringLiteral("creating the changelog triggers");
    QSqlQuery existing(db);
    existing.setForwardOnly(true);
    if (!existing.exec(QLatin1String("SELECT name FROM sqlite_master WHERE type = 'trigger' AND substr(name, 1, ") +
                       QString::number(triggerPrefix().size()) + QLatin1String(") = ") + quoted(triggerPrefix())))
        return sql::databaseError(existing.lastError(), doing);
    QStringList drops;
    while (existing.next())
        drops << QLatin1String("DROP TRIGGER ") + existing.value(0).toString();
    existing.finish();
    for (const QString& drop : std::as_const(drops)) {
        const Status dropped = sql::exec(db, drop, doing);
        if (!dropped)
            return dropped;
    }

    for (const SyncedTable& table : syncedTables()) {
        Result<QStringList> names = columns(db, table.name);
        if (!names)
            return names.error();
        if (names->isEmpty())
            continue; // not in the database at this version
        for (const QString& statement : changelogTriggers(table, *names)) {
            const Status created = sql::exec(db, statement, doing);
            if (!created)
                return created;
        }
    }
    return {};
}

} // namespace syncsites
