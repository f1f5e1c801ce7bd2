#include "HubRepository.h"

#include "Database.h"
#include "SqlSupport.h"
#include "TableSchema.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace syncsites {

namespace {

QString now()
{
    return sql::timestamp(QDateTime::currentDateTimeUtc());
}

// Prepares and runs one statement on the calling thread's connection with positional values.
Result<QSqlQuery> run(Database& database, const QString& statement, const QVariantList& values, const QString& doing)
{
    Result<QSqlDatabase> db = database.connection();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    if (Status s = sql::prepare(query, statement, doing); !s)
        return s.error();
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
    if (Status s = sql::exec(query, doing); !s)
        return s.error();
    return query;
}

} // namespace

Result<std::optional<QString>> HubRepository::credentialHash(const QString& siteId)
{
    Result<QSqlQuery> q = run(m_database, QStringLiteral("SELECT secret_hash FROM site_credential WHERE site_id = ?"),
                              {siteId}, QStringLiteral("reading a site credential"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Status HubRepository::setCredential(const QString& siteId, const QString& hash, int cost)
{
    // The credential row is synced (to the oms_central only): write it through the changelog like any row.
    Result<QSqlQuery> q = run(m_database,
                              QStringLiteral("INSERT INTO site_credential (id, site_id, secret_hash, hash_cost, "
                                             "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (site_id) DO UPDATE SET "
                                             "secret_hash = excluded.secret_hash, hash_cost = excluded.hash_cost, "
                                             "updated_at = excluded.updated_at"),
                              {siteId, siteId, hash, cost, now()}, QStringLiteral("saving a site credential"));
    return q ? Status() : Status(q.error());
}

Status HubRepository::touchCredential(const QString& siteId)
{
    Result<QSqlQuery> q = run(m_database, QStringLiteral("UPDATE site_credential SET updated_at = ? WHERE site_id = ?"),
                              {now(), siteId}, QStringLiteral("re-sending a site credential"));
    return q ? Status() : Status(q.error());
}

Result<bool> HubRepository::replaceCredentialHash(const QString& siteId, const QString& oldHash, const QString& newHash,
                                                  int cost)
{
    Result<QSqlQuery> q =
        run(m_database,
            QStringLiteral("UPDATE site_credential SET secret_hash = ?, hash_cost = ?, updated_at = ? "
                           "WHERE site_id = ? AND secret_hash = ?"),
            {newHash, cost, now(), siteId, oldHash}, QStringLiteral("re-hashing a site credential"));
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<std::optional<QString>> HubRepository::binding(const QString& siteId)
{
    Result<QSqlQuery> q =
        run(m_database, QStringLiteral("SELECT installation_id FROM installation_binding WHERE site_id = ?"), {siteId},
            QStringLiteral("reading an installation binding"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Result<QString> HubRepository::bind(const QString& siteId, const QString& installationId)
{
    Result<QSqlQuery> q = run(m_database,
                              QStringLiteral("INSERT INTO installation_binding (site_id, installation_id, bound_at) "
                                             "VALUES (?, ?, ?) ON CONFLICT (site_id) DO NOTHING"),
                              {siteId, installationId, now()}, QStringLiteral("binding a site to its installation"));
    if (!q)
        return q.error();
    Result<std::optional<QString>> bound = binding(siteId);
    if (!bound)
        return bound.error();
    return bound->value_or(installationId);
}

Result<bool> HubRepository::releaseBinding(const QString& siteId)
{
    Result<QSqlQuery> q = run(m_database, QStringLiteral("DELETE FROM installation_binding WHERE site_id = ?"),
                              {siteId}, QStringLiteral("releasing an installation binding"));
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<std::optional<QByteArray>> HubRepository::pushResponse(const QString& siteId, const QString& batchId)
{
    Result<QSqlQuery> q =
        run(m_database, QStringLiteral("SELECT response FROM push_batch WHERE site_id = ? AND batch_id = ?"),
            {siteId, batchId}, QStringLiteral("looking up a push batch"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(q->value(0).toString().toUtf8());
}

Status HubRepository::savePushResponse(const QString& siteId, const QString& batchId, Category category,
                                       const QByteArray& response)
{
    Result<QSqlQuery> q = run(m_database,
                              QStringLiteral("INSERT INTO push_batch (site_id, batch_id, category, response, "
                                             "received_at) VALUES (?, ?, ?, ?, ?)"),
                              {siteId, batchId, categoryId(category), QString::fromUtf8(response), now()},
                              QStringLiteral("saving the answer to a push batch"));
    return q ? Status() : Status(q.error());
}

Result<int> HubRepository::prunePushResponses(const QDateTime& before)
{
    Result<QSqlQuery> q = run(m_database, QStringLiteral("DELETE FROM push_batch WHERE received_at < ?"),
                              {sql::timestamp(before)}, QStringLiteral("pruning push batches"));
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Status HubRepository::notePushedThrough(const QString& siteId, Category category, qint64 through)
{
    Result<QSqlQuery> q =
        run(m_database,
            QStringLiteral("INSERT INTO site_push_state (site_id, category, pushed_through, updated_at) VALUES (?, ?, "
                           "?, ?) ON CONFLICT (site_id, category) DO UPDATE SET pushed_through = "
                           "excluded.pushed_through, updated_at = excluded.updated_at WHERE excluded.pushed_through > "
                           "site_push_state.pushed_through"),
            {siteId, categoryId(category), through, now()}, QStringLiteral("noting how far a site's pushes reach"));
    return q ? Status() : Status(q.error());
}

Result<QMap<Category, qint64>> HubRepository::pushedThrough(const QString& siteId)
{
    Result<QSqlQuery> q =
        run(m_database, QStringLiteral("SELECT category, pushed_through FROM site_push_state WHERE site_id = ?"),
            {siteId}, QStringLiteral("reading how far a site's pushes reach"));
    if (!q)
        return q.error();
    QMap<Category, qint64> positions;
    while (q->next())
        if (const std::optional<Category> category = categoryFromId(q->value(0).toString()))
            positions.insert(*category, q->value(1).toLongLong());
    return positions;
}

Result<bool> HubRepository::isInitialised(const QString& siteId, Category category)
{
    Result<QSqlQuery> q =
        run(m_database, QStringLiteral("SELECT initialised FROM site_sync_state WHERE site_id = ? AND category = ?"),
            {siteId, categoryId(category)}, QStringLiteral("reading a site's sync state"));
    if (!q)
        return q.error();
    return q->next() && q->value(0).toInt() == 1;
}

Status HubRepository::recordPull(const QString& siteId, Category category, qint64 cursor, bool reachedEnd,
                                 bool initialising)
{
    const bool ended = reachedEnd && initialising;
    Result<QSqlQuery> q =
        run(m_database,
            QStringLiteral("INSERT INTO site_sync_state (site_id, category, initialised, pulled_cursor, last_pull_at, "
                           "end_cursor) VALUES (?, ?, 0, ?, ?, ?) ON CONFLICT (site_id, category) DO UPDATE SET "
                           "pulled_cursor = excluded.pulled_cursor, last_pull_at = excluded.last_pull_at, "
                           "end_cursor = coalesce(excluded.end_cursor, end_cursor)"),
            {siteId, categoryId(category), cursor, now(),
             ended ? QVariant(cursor) : QVariant(QMetaType(QMetaType::LongLong))},
            QStringLiteral("saving a site's sync state"));
    return q ? Status() : Status(q.error());
}

Status HubRepository::confirmInitialised(const QString& siteId, Category category, qint64 cursor)
{
    Result<QSqlQuery> q =
        run(m_database,
            QStringLiteral("UPDATE site_sync_state SET initialised = 1 WHERE site_id = ? AND "
                           "category = ? AND initialised = 0 AND end_cursor IS NOT NULL AND "
                           "end_cursor <= ?"),
            {siteId, categoryId(category), cursor}, QStringLiteral("confirming a site's initialisation"));
    return q ? Status() : Status(q.error());
}

Status HubRepository::restartInitialisation(const QString& siteId, Category category)
{
    Result<QSqlQuery> q =
        run(m_database,
            QStringLiteral(
                "UPDATE site_sync_state SET initialised = 0, end_cursor = NULL WHERE site_id = ? AND category = ?"),
            {siteId, categoryId(category)}, QStringLiteral("restarting a site's initialisation"));
    return q ? Status() : Status(q.error());
}

Result<qint64> HubRepository::addReport(const SyncReport& r)
{
    Result<QSqlQuery> q = run(
        m_database,
        QStringLiteral("INSERT INTO sync_report (site_id, started_at, finished_at, outcome, error_code, error_message, "
                       "pushed, pulled, rejected, waiting, duration_ms, app_version, protocol_version, details) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.siteId, sql::timestampValue(r.startedAt), sql::timestampValue(r.finishedAt), r.outcome,
         sql::textOrNull(r.errorCode), sql::textOrNull(r.errorMessage), r.pushed, r.pulled, r.rejected, r.waiting,
         r.durationMs, sql::textOrNull(r.appVersion), r.protocolVersion,
         r.details.isEmpty() ? sql::nullText()
                             : QVariant(QString::fromUtf8(QJsonDocument(r.details).toJson(QJsonDocument::Compact)))},
        QStringLiteral("saving a sync report"));
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<QVector<SyncReport>> HubRepository::selectReports(const QString& where, const QVariantList& values, int limit)
{
    Result<QSqlQuery> q =
        run(m_database,
            QStringLiteral("SELECT id, site_id, started_at, finished_at, outcome, error_code, error_message, pushed, "
                           "pulled, rejected, waiting, duration_ms, app_version, protocol_version, details "
                           "FROM sync_report r %1 ORDER BY finished_at DESC, id DESC LIMIT %2")
                .arg(where)
                .arg(limit),
            values, QStringLiteral("reading sync reports"));
    if (!q)
        return q.error();
    QVector<SyncReport> out;
    while (q->next()) {
        SyncReport r;
        r.id = q->value(0).toLongLong();
        r.siteId = q->value(1).toString();
        r.startedAt = sql::parseTimestamp(q->value(2));
        r.finishedAt = sql::parseTimestamp(q->value(3));
        r.outcome = q->value(4).toString();
        r.errorCode = q->value(5).toString();
        r.errorMessage = q->value(6).toString();
        r.pushed = q->value(7).toLongLong();
        r.pulled = q->value(8).toLongLong();
        r.rejected = q->value(9).toLongLong();
        r.waiting = q->value(10).toLongLong();
        r.durationMs = q->value(11).toLongLong();
        r.appVersion = q->value(12).toString();
        r.protocolVersion = q->value(13).toInt();
        r.details = QJsonDocument::fromJson(q->value(14).toString().toUtf8()).object();
        out.append(r);
    }
    return out;
}

Result<QVector<SyncReport>> HubRepository::reports(const QString& siteId, int limit)
{
    if (siteId.isEmpty())
        return selectReports(QString(), {}, limit);
    return selectReports(QStringLiteral("WHERE site_id = ?"), {siteId}, limit);
}

Result<QVector<SyncReport>> HubRepository::latestReports()
{
    return selectReports(QStringLiteral("WHERE id = (SELECT max(id) FROM sync_report s WHERE s.site_id = r.site_id)"),
                         {}, 1000000);
}

Result<QVector<SyncReport>> HubRepository::latestSuccesses()
{
    return selectReports(QStringLiteral("WHERE id = (SELECT max(id) FROM sync_report s WHERE s.site_id = r.site_id "
                                        "AND s.outcome = 'success')"),
                         {}, 1000000);
}

Result<int> HubRepository::pruneReports(const QDateTime& before)
{
    Result<QSqlQuery> q = run(m_database, QStringLiteral("DELETE FROM sync_report WHERE finished_at < ?"),
                              {sql::timestamp(before)}, QStringLiteral("pruning sync reports"));
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<std::optional<SyncReport>> HubRepository::newestReport(const QString& siteId, bool successOnly)
{
    // Walks the (site_id, finished_at) index backwards: a few rows per site, however long the history.
    const Result<QVector<SyncReport>> found = selectReports(
        successOnly ? QStringLiteral("WHERE site_id = ? AND outcome = 'success'") : QStringLiteral("WHERE site_id = ?"),
        {siteId}, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<SyncReport>();
    return std::optional<SyncReport>(found->first());
}

Result<QVector<SyncReport>> HubRepository::reportsSince(const QString& siteId, const QDateTime& since, int limit)
{
    return selectReports(QStringLiteral("WHERE site_id = ? AND finished_at >= ?"), {siteId, sql::timestamp(since)},
                         qMax(0, limit));
}

Result<QVector<DailyReportTotals>> HubRepository::dailyReportTotals(const QStringList& siteIds, const QDateTime& since)
{
    if (siteIds.isEmpty())
        return QVector<DailyReportTotals>();
    QStringList marks;
    QVariantList values;
    for (const QString& id : siteIds) {
        marks << QStringLiteral("?");
        values << id;
    }
    values << sql::timestamp(since);
    // Timestamps are stored as "YYYY-MM-DDThh:mm:ss.zzzZ" in UTC, so the first ten characters are the UTC day. The
    // (site_id, finished_at) index keeps the cost proportional to the window asked for.
    const Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> q = sql::run(*db,
                                   QStringLiteral("SELECT substr(finished_at, 1, 10) AS day, outcome, count(*), "
                                                  "sum(pushed), sum(pulled), sum(rejected) FROM sync_report WHERE "
                                                  "site_id IN (%1) AND finished_at >= ? GROUP BY day, outcome ORDER "
                                                  "BY day, outcome")
                                       .arg(marks.join(QLatin1String(", "))),
                                   values, QStringLiteral("adding up sync reports per day"));
    if (!q)
        return q.error();
    QVector<DailyReportTotals> out;
    while (q->next()) {
        DailyReportTotals t;
        t.day = q->value(0).toString();
        t.outcome = q->value(1).toString();
        t.sessions = q->value(2).toLongLong();
        t.pushed = q->value(3).toLongLong();
        t.pulled = q->value(4).toLongLong();
        t.rejected = q->value(5).toLongLong();
        out.append(t);
    }
    return out;
}

Result<QStringList> HubRepository::recordIds(QStringView tableName, const std::optional<QStringList>& storeIds,
                                             const QString& afterId, int limit)
{
    const TableSchema* table = TableSchema::find(tableName);
    if (!table)
        return Error{QStringLiteral("record_unknown_table"),
                     QStringLiteral("There is no synced table \"%1\".").arg(tableName.toString()),
                     {}};
    QStringList conditions;
    QVariantList values;
    if (storeIds) {
        if (!table->hasStore())
            return Error{
                QStringLiteral("record_filter_invalid"),
                QStringLiteral("%1 records belong to no store; list them without a store filter.").arg(table->name()),
                {}};
        QStringList marks;
        for (const QString& id : *storeIds) {
            marks << QStringLiteral("?");
            values << id;
        }
        const QString in = QLatin1String("store_id IN (") + marks.join(QLatin1String(", ")) + QLatin1Char(')');
        if (table->table().scope == TableScope::Store)
            conditions << in;
        else
            conditions << QString(table->table().parentKey) + QLatin1String(" IN (SELECT id FROM ") +
                              table->table().parentTable + QLatin1String(" WHERE ") + in + QLatin1Char(')');
    }
    if (!afterId.isEmpty()) {
        conditions << QStringLiteral("id > ?");
        values << afterId;
    }
    const QString where =
        conditions.isEmpty() ? QString() : QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
    Result<QSqlQuery> q = run(m_database,
                              QLatin1String("SELECT id FROM ") + table->name() + where +
                                  QStringLiteral(" ORDER BY id LIMIT %1").arg(qMax(0, limit)),
                              values, QStringLiteral("listing %1 records").arg(table->name()));
    if (!q)
        return q.error();
    QStringList ids;
    while (q->next())
        ids.append(q->value(0).toString());
    return ids;
}

Status HubRepository::audit(const QString& username, const QString& action, const QString& subject,
                            const QJsonObject& details)
{
    Result<QSqlQuery> q =
        run(m_database,
            QStringLiteral("INSERT INTO audit_log (at, username, action, subject, details) VALUES (?, ?, ?, ?, ?)"),
            {now(), username, action, sql::textOrNull(subject),
             QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))},
            QStringLiteral("writing the audit log"));
    return q ? Status() : Status(q.error());
}

Result<QVector<AuditEntry>> HubRepository::auditLog(int limit, qint64 beforeId)
{
    const QString where = beforeId > 0 ? QStringLiteral("WHERE id < ? ") : QString();
    const QVariantList values = beforeId > 0 ? QVariantList{beforeId} : QVariantList{};
    Result<QSqlQuery> q = run(m_database,
                              QStringLiteral("SELECT id, at, username, action, subject, details FROM audit_log %1"
                                             "ORDER BY id DESC LIMIT %2")
                                  .arg(where)
                                  .arg(qMax(0, limit)),
                              values, QStringLiteral("reading the audit log"));
    if (!q)
        return q.error();
    QVector<AuditEntry> out;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.at = sql::parseTimestamp(q->value(1));
        e.username = q->value(2).toString();
        e.action = q->value(3).toString();
        e.subject = q->value(4).toString();
        e.details = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
        out.append(e);
    }
    return out;
}

Result<QStringList> HubRepository::storesWithAssets()
{
    Result<QSqlQuery> q = run(m_database, QStringLiteral("SELECT DISTINCT store_id FROM asset ORDER BY store_id"), {},
                              QStringLiteral("reading which stores hold assets"));
    if (!q)
        return q.error();
    QStringList ids;
    while (q->next())
        ids.append(q->value(0).toString());
    return ids;
}

} // namespace syncsites
