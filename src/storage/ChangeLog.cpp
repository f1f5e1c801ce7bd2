#include "ChangeLog.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace syncsites {

namespace {

// "table_name IN (?, ?)" with the names appended to `values`; a clause that matches nothing for no names.
QString tablesClause(const QStringList& tables, QVariantList* values)
{
    if (tables.isEmpty())
        return QStringLiteral("0 = 1");
    QStringList marks;
    for (const QString& table : tables) {
        marks.append(QStringLiteral("?"));
        values->append(table);
    }
    return QStringLiteral("table_name IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString categoryClause(std::optional<Category> category, QVariantList* values)
{
    if (!category)
        return QString();
    values->append(categoryId(*category));
    return QStringLiteral(" AND category = ?");
}

} // namespace

QString changeActionId(ChangeLogEntry::Action action)
{
    return action == ChangeLogEntry::Action::Delete ? QStringLiteral("delete") : QStringLiteral("upsert");
}

ChangeLog::ChangeLog(Database& database) : m_database(database) {}

Result<QVector<ChangeLogEntry>> ChangeLog::select(const QString& where, const QVariantList& values, int limit) const
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    const QString doing = QStringLiteral("reading the changelog");
    QString text = QStringLiteral("SELECT cursor, table_name, record_id, action, store_id, partner_store_id, category, "
                                  "source_site_id, received, changed_at FROM changelog WHERE ") +
                   where + QStringLiteral(" ORDER BY cursor");
    if (limit >= 0)
        text += QStringLiteral(" LIMIT ") + QString::number(limit);
    const Status prepared = sql::prepare(query, text, doing);
    if (!prepared)
        return prepared.error();
    for (const QVariant& value : values)
        query.addBindValue(value);
    const Status done = sql::exec(query, doing);
    if (!done)
        return done.error();
    QVector<ChangeLogEntry> entries;
    while (query.next()) {
        ChangeLogEntry entry;
        entry.cursor = query.value(0).toLongLong();
        entry.tableName = query.value(1).toString();
        entry.recordId = query.value(2).toString();
        entry.action =
            query.value(3).toString() == u"delete" ? ChangeLogEntry::Action::Delete : ChangeLogEntry::Action::Upsert;
        entry.storeId = query.value(4).toString();
        entry.partnerStoreId = query.value(5).toString();
        entry.category = categoryFromId(query.value(6).toString()).value_or(Category::Core);
        entry.sourceSiteId = query.value(7).toString();
        entry.received = query.value(8).toInt() != 0;
        entry.changedAt = sql::parseTimestamp(query.value(9));
        entries << entry;
    }
    return entries;
}

Result<QVector<ChangeLogEntry>> ChangeLog::after(qint64 after, int limit, std::optional<Category> category) const
{
    QVariantList values{after};
    const QString where = QStringLiteral("cursor > ?") + categoryClause(category, &values);
    return select(where, values, limit);
}

Result<qint64> ChangeLog::maxCursor(std::optional<Category> category) const
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    QVariantList values;
    const QString text = QStringLiteral("SELECT coalesce(max(cursor), 0) FROM changelog WHERE 1 = 1") +
                         categoryClause(category, &values);
    const QString doing = QStringLiteral("reading the changelog");
    const Status prepared = sql::prepare(query, text, doing);
    if (!prepared)
        return prepared.error();
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    const Status done = sql::exec(query, doing);
    if (!done)
        return done.error();
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<QVector<ChangeLogEntry>> ChangeLog::unpushed(qint64 pushPosition, int limit,
                                                    std::optional<Category> category) const
{
    QVariantList values{pushPosition};
    const QString where = QStringLiteral("received = 0 AND cursor > ?") + categoryClause(category, &values);
    return select(where, values, limit);
}

Result<qint64> ChangeLog::countUnpushed(qint64 pushPosition, std::optional<Category> category) const
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    QVariantList values{pushPosition};
    const QString text = QStringLiteral("SELECT count(*) FROM changelog WHERE received = 0 AND cursor > ?") +
                         categoryClause(category, &values);
    const QString doing = QStringLiteral("counting the changes to push");
    const Status prepared = sql::prepare(query, text, doing);
    if (!prepared)
        return prepared.error();
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    const Status done = sql::exec(query, doing);
    if (!done)
        return done.error();
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<QSet<QString>> ChangeLog::unpushedKeys(qint64 pushPosition, std::optional<Category> category) const
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    QVariantList values{pushPosition};
    const QString text =
        QStringLiteral("SELECT DISTINCT table_name, record_id FROM changelog WHERE received = 0 AND cursor > ?") +
        categoryClause(category, &values);
    const QString doing = QStringLiteral("reading which records have changes to push");
    const Status prepared = sql::prepare(query, text, doing);
    if (!prepared)
        return prepared.error();
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    const Status done = sql::exec(query, doing);
    if (!done)
        return done.error();
    QSet<QString> keys;
    while (query.next())
        keys.insert(query.value(0).toString() + QLatin1Char('/') + query.value(1).toString());
    return keys;
}

Result<QVector<ChangeLogEntry>> ChangeLog::forRecord(const QString& tableName, const QString& recordId) const
{
    return select(QStringLiteral("table_name = ? AND record_id = ?"), {tableName, recordId}, -1);
}

Result<bool> ChangeLog::onlyUnpushedAfter(const QString& tableName, const QString& recordId, qint64 position) const
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    // The (table_name, record_id) index: a record's own rows only.
    const QString text = QStringLiteral("SELECT count(*), coalesce(min(cursor), 0), coalesce(max(received), 0) FROM "
                                        "changelog WHERE table_name = ? AND record_id = ?");
    Result<QSqlQuery> query = sql::run(*db, text, {tableName, recordId}, QStringLiteral("reading a record's changes"));
    if (!query)
        return query.error();
    if (!query->next())
        return false;
    return query->value(0).toLongLong() > 0 && query->value(1).toLongLong() > position && query->value(2).toInt() == 0;
}

Result<qint64> ChangeLog::maxCursorOf(const QStringList& tables) const
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    QVariantList values;
    const QString text =
        QStringLiteral("SELECT coalesce(max(cursor), 0) FROM changelog WHERE ") + tablesClause(tables, &values);
    Result<QSqlQuery> query = sql::run(*db, text, values, QStringLiteral("reading the changelog"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : qint64(0);
}

Result<QVector<ChangeLogEntry>> ChangeLog::afterIn(qint64 after, const QStringList& tables, int limit) const
{
    QVariantList values{after};
    const QString where = QStringLiteral("cursor > ? AND ") + tablesClause(tables, &values);
    return select(where, values, limit);
}

Result<qint64> ChangeLog::countForStore(const QString& storeId, const QStringList& tables,
                                        std::optional<Category> category) const
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    QVariantList values{storeId};
    // Two statements: the clauses append their values in the order of the text.
    QString text =
        QStringLiteral("SELECT count(*) FROM changelog WHERE store_id = ? AND ") + tablesClause(tables, &values);
    text += categoryClause(category, &values);
    Result<QSqlQuery> query = sql::run(*db, text, values, QStringLiteral("counting a store's changes"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : qint64(0);
}

} // namespace syncsites
