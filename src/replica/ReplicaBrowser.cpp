#include "ReplicaBrowser.h"

#include "Database.h"
#include "RecordStore.h"
#include "ReplicaSupport.h"
#include "SettingTable.h"
#include "TableSchema.h"
#include "Topology.h"
#include "TopologyRepository.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>

namespace syncsites {

namespace {

using replica::runQuery;

// Its sentences, in the translation context "ReplicaBrowser" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReplicaBrowser)
};

Result<const TableSchema*> browsableTable(const QString& name)
{
    const TableSchema* schema = TableSchema::find(name);
    if (schema == nullptr)
        return Error{QStringLiteral("unknown_table"), Text::tr("There is no table named \"%1\".").arg(name)};
    if (schema->table().scope == TableScope::CentralSecret || schema->table().scope == TableScope::UserAccount)
        return Error{QStringLiteral("table_not_listable"),
                     Text::tr("%1 records are private to the hub and the users they describe; they are not shown here.")
                         .arg(name)};
    return schema;
}

// "a\%b": the text as a LIKE pattern matching it anywhere, with LIKE's wildcards taken literally.
QString containsPattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The WHERE clause (without the keyword) and its values for a query; column and table names come from TableSchema.
QString whereClause(const TableSchema& schema, const RecordQuery& query, QVariantList* values)
{
    QStringList conditions;
    if (schema.hasStore() && !query.storeCode.isEmpty()) {
        const SyncedTable& table = schema.table();
        if (table.scope == TableScope::Store)
            conditions << QStringLiteral("t.store_id = (SELECT id FROM store WHERE code = ?)");
        else
            conditions << QStringLiteral("t.%1 IN (SELECT id FROM %2 WHERE store_id = (SELECT id FROM store WHERE "
                                         "code = ?))")
                              .arg(QString(table.parentKey), QString(table.parentTable));
        values->append(query.storeCode);
    }
    const QString filter = query.filter.trimmed();
    if (!filter.isEmpty()) {
        const QString pattern = containsPattern(filter);
        QStringList any;
        for (const ColumnSchema& column : schema.columns()) {
            const QString name = column.name;
            any << QStringLiteral("CAST(t.%1 AS TEXT) LIKE ? ESCAPE '\\'").arg(name);
            values->append(pattern);
            const QString target = column.references;
            if (target == QLatin1String("store") || target == QLatin1String("item")) {
                any << QStringLiteral("t.%1 IN (SELECT id FROM %2 WHERE code LIKE ? ESCAPE '\\' OR name LIKE ? "
                                      "ESCAPE '\\')")
                           .arg(name, target);
                values->append(pattern);
                values->append(pattern);
            } else if (target == QLatin1String("site")) {
                any << QStringLiteral("t.%1 IN (SELECT id FROM site WHERE name LIKE ? ESCAPE '\\')").arg(name);
                values->append(pattern);
            }
        }
        conditions << QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    return conditions.isEmpty() ? QStringLiteral("1") : conditions.join(QLatin1String(" AND "));
}

QJsonValue jsonValue(const QVariant& value, ColumnType type)
{
    if (value.isNull())
        return QJsonValue();
    switch (type) {
    case ColumnType::Integer:
        return QJsonValue(value.toLongLong());
    case ColumnType::Real:
        return QJsonValue(value.toDouble());
    case ColumnType::Boolean:
        return QJsonValue(value.toLongLong() != 0);
    case ColumnType::Text:
    case ColumnType::Date:
    case ColumnType::Timestamp:
        break;
    }
    return QJsonValue(value.toString());
}

} // namespace

ReplicaBrowser::ReplicaBrowser(Database& database) : m_database(database) {}

Result<ReplicaStores> ReplicaBrowser::stores()
{
    Result<QString> siteId = replica::localSiteId(m_database);
    if (!siteId)
        return siteId.error();
    Result<std::optional<QString>> siteName = SettingTable(m_database).siteName();
    if (!siteName)
        return siteName.error();
    Result<Topology> topology = TopologyRepository(m_database).load();
    if (!topology)
        return topology.error();

    ReplicaStores result;
    result.siteName = siteName->value_or(QString());
    // The topology names sites; the setting may lag behind a rename, the id does not.
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> site =
        runQuery(*db, QStringLiteral("SELECT name FROM site WHERE id = ?"), {*siteId}, Text::tr("reading this site"));
    if (!site)
        return site.error();
    if (site->next())
        result.siteName = site->value(0).toString();
    if (const Site* me = topology->site(result.siteName))
        result.carriesOms = me->carries(Category::Oms);

    QVector<BrowsableStore> collectors;
    for (const Store& store : topology->stores()) {
        const BrowsableStore entry{store.code, store.name, store.home, topology->syncType(store.code, result.siteName)};
        if (entry.type == SyncType::None)
            continue;
        result.partners.append(entry);
        if (entry.type == SyncType::Active)
            result.browsable.append(entry);
        else if (entry.type == SyncType::Collector)
            collectors.append(entry);
    }
    const auto byCode = [](const BrowsableStore& a, const BrowsableStore& b) {
        return a.code < b.code;
    };
    std::sort(result.browsable.begin(), result.browsable.end(), byCode);
    std::sort(collectors.begin(), collectors.end(), byCode);
    std::sort(result.partners.begin(), result.partners.end(), byCode);
    result.browsable += collectors;
    return result;
}

Result<qint64> ReplicaBrowser::count(const RecordQuery& query)
{
    Result<const TableSchema*> schema = browsableTable(query.table);
    if (!schema)
        return schema.error();
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    QVariantList values;
    const QString where = whereClause(**schema, query, &values);
    Result<QSqlQuery> q =
        runQuery(*db, QStringLiteral("SELECT COUNT(*) FROM %1 t WHERE %2").arg(QString((*schema)->name()), where),
                 values, Text::tr("counting records"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<QVector<QJsonObject>> ReplicaBrowser::page(const RecordQuery& query, const QString& afterId, int limit)
{
    Result<const TableSchema*> schema = browsableTable(query.table);
    if (!schema)
        return schema.error();
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const QVector<ColumnSchema>& columns = (*schema)->columns();
    QStringList names;
    for (const ColumnSchema& column : columns)
        names << QStringLiteral("t.") + QString(column.name);
    QVariantList values;
    QString where = whereClause(**schema, query, &values);
    if (!afterId.isEmpty()) {
        where += QStringLiteral(" AND t.id > ?");
        values.append(afterId);
    }
    values.append(qMax(1, limit));
    Result<QSqlQuery> q = runQuery(*db,
                                   QStringLiteral("SELECT %1 FROM %2 t WHERE %3 ORDER BY t.id LIMIT ?")
                                       .arg(names.join(QLatin1String(", ")), QString((*schema)->name()), where),
                                   values, Text::tr("reading records"));
    if (!q)
        return q.error();
    QVector<QJsonObject> rows;
    while (q->next()) {
        QJsonObject row;
        for (int i = 0; i < columns.size(); ++i)
            row.insert(QString(columns.at(i).name), jsonValue(q->value(i), columns.at(i).type));
        rows.append(row);
    }
    return rows;
}

Result<std::optional<QJsonObject>> ReplicaBrowser::record(const QString& table, const QString& id)
{
    Result<const TableSchema*> schema = browsableTable(table);
    if (!schema)
        return schema.error();
    return RecordStore(m_database).get(table, id);
}

Result<QHash<QString, QString>> ReplicaBrowser::referenceLabels()
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> q = runQuery(*db,
                                   QStringLiteral("SELECT id, code FROM store UNION ALL SELECT id, code FROM item "
                                                  "UNION ALL SELECT id, name FROM site"),
                                   {}, Text::tr("reading store, item and site names"));
    if (!q)
        return q.error();
    QHash<QString, QString> labels;
    while (q->next())
        labels.insert(q->value(0).toString(), q->value(1).toString());
    return labels;
}

Result<QVector<ShipmentToReceive>> ReplicaBrowser::shipmentsToReceive(const QString& storeCode)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> q =
        runQuery(*db,
                 QStringLiteral("SELECT i.id, p.code, p.name, i.shipped_at, COUNT(l.id), COALESCE(SUM(l.packs), 0) "
                                "FROM invoice i JOIN store s ON s.id = i.store_id "
                                "LEFT JOIN store p ON p.id = i.partner_store_id "
                                "LEFT JOIN invoice_line l ON l.invoice_id = i.id "
                                "WHERE s.code = ? AND i.type = 'inbound' AND i.status = 'shipped' "
                                "GROUP BY i.id ORDER BY i.shipped_at, i.id"),
                 {storeCode}, Text::tr("reading the shipments to receive"));
    if (!q)
        return q.error();
    QVector<ShipmentToReceive> shipments;
    while (q->next())
        shipments.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                          q->value(3).toString(), q->value(4).toInt(), q->value(5).toDouble()});
    return shipments;
}

Result<QVector<ItemStock>> ReplicaBrowser::itemStock(const QString& storeCode)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> q = runQuery(*db,
                                   QStringLiteral("SELECT it.code, it.name, COALESCE(SUM(sl.available_packs), 0), "
                                                  "COALESCE(MAX(sl.available_packs), 0) FROM item it "
                                                  "LEFT JOIN stock_line sl ON sl.item_id = it.id AND sl.on_hold = 0 "
                                                  "AND sl.store_id = (SELECT id FROM store WHERE code = ?) "
                                                  "GROUP BY it.id ORDER BY it.code"),
                                   {storeCode}, Text::tr("reading the items in stock"));
    if (!q)
        return q.error();
    QVector<ItemStock> items;
    while (q->next())
        items.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toDouble(), q->value(3).toDouble()});
    return items;
}

} // namespace syncsites
