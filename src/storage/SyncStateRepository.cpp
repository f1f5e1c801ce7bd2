#include "SyncStateRepository.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace syncsites {

namespace {

QVariant optionalNumber(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

LinkState readLink(const QSqlQuery& query)
{
    LinkState state;
    state.category = categoryFromId(query.value(0).toString()).value_or(Category::Core);
    state.hubUrl = query.value(1).toString();
    state.pullCursor = query.value(2).toLongLong();
    state.pushPosition = query.value(3).toLongLong();
    state.initialised = query.value(4).toInt() != 0;
    state.lastPullAt = sql::parseTimestamp(query.value(5));
    return state;
}

SyncLogEntry readSession(const QSqlQuery& query)
{
    SyncLogEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.startedAt = sql::parseTimestamp(query.value(1));
    entry.finishedAt = sql::parseTimestamp(query.value(2));
    entry.outcome = syncOutcomeFromId(query.value(3).toString()).value_or(SyncOutcome::Failed);
    entry.errorCode = query.value(4).toString();
    entry.errorMessage = query.value(5).toString();
    entry.pushed = query.value(6).toLongLong();
    entry.pulled = query.value(7).toLongLong();
    entry.rejected = query.value(8).toLongLong();
    return entry;
}

const QLatin1String linkColumns("category, hub_url, pull_cursor, push_position, initialised, last_pull_at");
const QLatin1String
    sessionColumns("id, started_at, finished_at, outcome, error_code, error_message, pushed, pulled, rejected");

} // namespace

SyncStateRepository::SyncStateRepository(Database& database) : m_database(database) {}

Result<LinkState> SyncStateRepository::linkState(Category category) const
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> query = sql::run(
        *db, QLatin1String("SELECT ") + linkColumns + QLatin1String(" FROM sync_link_state WHERE category = ?"),
        {categoryId(category)}, QStringLiteral("reading the sync state"));
    if (!query)
        return query.error();
    if (query->next())
        return readLink(*query);
    LinkState fresh;
    fresh.category = category;
    return fresh;
}

Result<QVector<LinkState>> SyncStateRepository::linkStates() const
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> query =
        sql::run(*db, QLatin1String("SELECT ") + linkColumns + QLatin1String(" FROM sync_link_state ORDER BY category"),
                 {}, QStringLiteral("reading the sync state"));
    if (!query)
        return query.error();
    QVector<LinkState> states;
    while (query->next())
        states << readLink(*query);
    return states;
}

Status SyncStateRepository::saveLinkState(const LinkState& state)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> query = sql::run(
        *db,
        QLatin1String("INSERT INTO sync_link_state (") + linkColumns +
            QLatin1String(
                ") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (category) DO UPDATE SET hub_url = "
                "excluded.hub_url, pull_cursor = excluded.pull_cursor, push_position = excluded.push_position, "
                "initialised = excluded.initialised, last_pull_at = excluded.last_pull_at"),
        {categoryId(state.category), sql::textOrNull(state.hubUrl), state.pullCursor, state.pushPosition,
         state.initialised ? 1 : 0, sql::timestampValue(state.lastPullAt)},
        QStringLiteral("saving the sync state"));
    return query ? Status() : Status(query.error());
}

Status SyncStateRepository::upsertLink(Category category, const QString& assignments, const QVariantList& values)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const QString doing = QStringLiteral("saving the sync state");
    Result<QSqlQuery> inserted = sql::run(
        *db, QStringLiteral("INSERT INTO sync_link_state (category) VALUES (?) ON CONFLICT (category) DO NOTHING"),
        {categoryId(category)}, doing);
    if (!inserted)
        return inserted.error();
    QVariantList all = values;
    all << categoryId(category);
    Result<QSqlQuery> updated =
        sql::run(*db, QLatin1String("UPDATE sync_link_state SET ") + assignments + QLatin1String(" WHERE category = ?"),
                 all, doing);
    return updated ? Status() : Status(updated.error());
}

Status SyncStateRepository::setPullCursor(Category category, qint64 cursor, const QDateTime& at)
{
    return upsertLink(category, QStringLiteral("pull_cursor = ?, last_pull_at = ?"), {cursor, sql::timestampValue(at)});
}

Status SyncStateRepository::setPushPosition(Category category, qint64 position)
{
    return upsertLink(category, QStringLiteral("push_position = ?"), {position});
}

Status SyncStateRepository::setInitialised(Category category, bool initialised)
{
    return upsertLink(category, QStringLiteral("initialised = ?"), {initialised ? 1 : 0});
}

Result<qint64> SyncStateRepository::startSession(const QDateTime& startedAt)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> query =
        sql::run(*db, QStringLiteral("INSERT INTO sync_log (started_at, outcome) VALUES (?, 'running')"),
                 {sql::timestamp(startedAt)}, QStringLiteral("starting the sync log"));
    if (!query)
        return query.error();
    return query->lastInsertId().toLongLong();
}

Status SyncStateRepository::finishSession(const SyncLogEntry& entry)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> query =
        sql::run(*db,
                 QStringLiteral(
                     "UPDATE sync_log SET finished_at = ?, outcome = ?, error_code = ?, error_message = ?, pushed = ?, "
                     "pulled = ?, rejected = ? WHERE id = ?"),
                 {sql::timestampValue(entry.finishedAt), syncOutcomeId(entry.outcome), sql::textOrNull(entry.errorCode),
                  sql::textOrNull(entry.errorMessage), entry.pushed, entry.pulled, entry.rejected, entry.id},
                 QStringLiteral("saving the sync log"));
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return Error{QStringLiteral("sync_session_not_found"),
                     QStringLiteral("There is no sync session %1 in the sync log.").arg(entry.id),
                     {}};
    return {};
}

Result<std::optional<SyncLogEntry>> SyncStateRepository::session(qint64 id) const
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> query =
        sql::run(*db, QLatin1String("SELECT ") + sessionColumns + QLatin1String(" FROM sync_log WHERE id = ?"), {id},
                 QStringLiteral("reading the sync log"));
    if (!query)
        return query.error();
    std::optional<SyncLogEntry> entry;
    if (query->next())
        entry = readSession(*query);
    return entry;
}

Result<QVector<SyncLogEntry>> SyncStateRepository::sessions(int limit) const
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> query = sql::run(
        *db, QLatin1String("SELECT ") + sessionColumns + QLatin1String(" FROM sync_log ORDER BY id DESC LIMIT ?"),
        {limit}, QStringLiteral("reading the sync log"));
    if (!query)
        return query.error();
    QVector<SyncLogEntry> entries;
    while (query->next())
        entries << readSession(*query);
    return entries;
}

Result<int> SyncStateRepository::pruneSessions(const QDateTime& before)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> query = sql::run(*db, QStringLiteral("DELETE FROM sync_log WHERE started_at < ?"),
                                       {sql::timestamp(before)}, QStringLiteral("pruning the sync log"));
    if (!query)
        return query.error();
    return query->numRowsAffected();
}

Status SyncStateRepository::saveStage(const SyncStageEntry& stage)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> query = sql::run(
        *db,
        QStringLiteral("INSERT INTO sync_log_stage (session_id, link, stage, done, total, started_at, finished_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, link, stage) DO UPDATE SET done = "
                       "excluded.done, total = excluded.total, started_at = excluded.started_at, finished_at = "
                       "excluded.finished_at"),
        {stage.sessionId, stage.link, syncStageId(stage.stage), stage.done, optionalNumber(stage.total),
         sql::timestampValue(stage.startedAt), sql::timestampValue(stage.finishedAt)},
        QStringLiteral("saving the progress of a sync stage"));
    return query ? Status() : Status(query.error());
}

Result<QVector<SyncStageEntry>> SyncStateRepository::stages(qint64 sessionId) const
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    // Stages in the order a session runs them.
    Result<QSqlQuery> query = sql::run(
        *db,
        QStringLiteral("SELECT session_id, link, stage, done, total, started_at, finished_at FROM sync_log_stage WHERE "
                       "session_id = ? ORDER BY link, CASE stage WHEN 'handshake' THEN 0 WHEN 'push' THEN 1 WHEN "
                       "'pull' THEN 2 WHEN 'transfers' THEN 3 ELSE 4 END"),
        {sessionId}, QStringLiteral("reading the sync log"));
    if (!query)
        return query.error();
    QVector<SyncStageEntry> entries;
    while (query->next()) {
        SyncStageEntry entry;
        entry.sessionId = query->value(0).toLongLong();
        entry.link = query->value(1).toString();
        entry.stage = syncStageFromId(query->value(2).toString()).value_or(SyncStage::Report);
        entry.done = query->value(3).toLongLong();
        if (!query->value(4).isNull())
            entry.total = query->value(4).toLongLong();
        entry.startedAt = sql::parseTimestamp(query->value(5));
        entry.finishedAt = sql::parseTimestamp(query->value(6));
        entries << entry;
    }
    return entries;
}

Result<int> SyncStateRepository::closeInterruptedSessions(const QDateTime& at, const QString& message)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> query =
        sql::run(*db,
                 QStringLiteral("UPDATE sync_log SET outcome = 'failed', error_code = 'interrupted', "
                                "error_message = ?, finished_at = ? WHERE outcome = 'running'"),
                 {message, sql::timestamp(at)}, QStringLiteral("closing interrupted sessions"));
    if (!query)
        return query.error();
    return query->numRowsAffected();
}

Result<qint64> SyncStateRepository::quarantine(const QuarantineEntry& entry)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const QDateTime at = entry.quarantinedAt.isValid() ? entry.quarantinedAt : QDateTime::currentDateTimeUtc();
    const QString doing = QStringLiteral("putting %1 %2 in quarantine").arg(entry.tableName, entry.recordId);
    const QString payload = QString::fromUtf8(QJsonDocument(entry.payload).toJson(QJsonDocument::Compact));
    // The same record refused again for the same reason (a batch sent twice, a retry) keeps one entry.
    Result<QSqlQuery> existing = sql::run(
        *db, QStringLiteral("SELECT id FROM quarantine WHERE table_name = ? AND record_id = ? AND reason_code = ?"),
        {entry.tableName, entry.recordId, entry.reasonCode}, doing);
    if (!existing)
        return existing.error();
    if (existing->next()) {
        const qint64 id = existing->value(0).toLongLong();
        existing->finish();
        Result<QSqlQuery> updated = sql::run(
            *db,
            QStringLiteral("UPDATE quarantine SET store_id = ?, payload = ?, reason = ?, session_id = ? WHERE id = ?"),
            {sql::textOrNull(entry.storeId), payload, entry.reason, optionalNumber(entry.sessionId), id}, doing);
        if (!updated)
            return updated.error();
        return id;
    }
    Result<QSqlQuery> query = sql::run(
        *db,
        QStringLiteral("INSERT INTO quarantine (table_name, record_id, store_id, payload, reason_code, reason, "
                       "session_id, quarantined_at, retry_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {entry.tableName, entry.recordId, sql::textOrNull(entry.storeId), payload, entry.reasonCode, entry.reason,
         optionalNumber(entry.sessionId), sql::timestamp(at), entry.retryCount},
        doing);
    if (!query)
        return query.error();
    return query->lastInsertId().toLongLong();
}

Result<std::optional<QuarantineEntry>> SyncStateRepository::quarantineEntry(qint64 id) const
{
    Result<QVector<QuarantineEntry>> all = quarantined();
    if (!all)
        return all.error();
    for (const QuarantineEntry& entry : *all)
        if (entry.id == id)
            return std::optional<QuarantineEntry>(entry);
    return std::optional<QuarantineEntry>();
}

Result<QVector<BackfillState>> SyncStateRepository::backfills(Category category) const
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> query = sql::run(
        *db, QStringLiteral("SELECT store_code, up_to, cursor FROM sync_backfill WHERE category = ? ORDER BY rowid"),
        {categoryId(category)}, QStringLiteral("reading the backfills in progress"));
    if (!query)
        return query.error();
    QVector<BackfillState> states;
    while (query->next())
        states << BackfillState{category, query->value(0).toString(), query->value(1).toLongLong(),
                                query->value(2).toLongLong()};
    return states;
}

Status SyncStateRepository::addBackfill(Category category, const QString& storeCode, qint64 upTo)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> query =
        sql::run(*db,
                 QStringLiteral("INSERT INTO sync_backfill (category, store_code, up_to, cursor) VALUES (?, ?, ?, 0) "
                                "ON CONFLICT (category, store_code) DO UPDATE SET up_to = excluded.up_to, cursor = 0"),
                 {categoryId(category), storeCode, upTo}, QStringLiteral("starting a backfill of %1").arg(storeCode));
    return query ? Status() : Status(query.error());
}

Status SyncStateRepository::setBackfillCursor(Category category, const QString& storeCode, qint64 cursor)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> query =
        sql::run(*db, QStringLiteral("UPDATE sync_backfill SET cursor = ? WHERE category = ? AND store_code = ?"),
                 {cursor, categoryId(category), storeCode}, QStringLiteral("saving a backfill's cursor"));
    return query ? Status() : Status(query.error());
}

Status SyncStateRepository::removeBackfill(Category category, const QString& storeCode)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> query =
        sql::run(*db, QStringLiteral("DELETE FROM sync_backfill WHERE category = ? AND store_code = ?"),
                 {categoryId(category), storeCode}, QStringLiteral("finishing a backfill"));
    return query ? Status() : Status(query.error());
}

Result<QVector<QuarantineEntry>> SyncStateRepository::quarantined() const
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> query =
        sql::run(*db,
                 QStringLiteral("SELECT id, table_name, record_id, store_id, payload, reason_code, reason, session_id, "
                                "quarantined_at, retry_count FROM quarantine ORDER BY id"),
                 {}, QStringLiteral("reading the quarantine"));
    if (!query)
        return query.error();
    QVector<QuarantineEntry> entries;
    while (query->next()) {
        QuarantineEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.tableName = query->value(1).toString();
        entry.recordId = query->value(2).toString();
        entry.storeId = query->value(3).toString();
        entry.payload = QJsonDocument::fromJson(query->value(4).toString().toUtf8()).object();
        entry.reasonCode = query->value(5).toString();
        entry.reason = query->value(6).toString();
        if (!query->value(7).isNull())
            entry.sessionId = query->value(7).toLongLong();
        entry.quarantinedAt = sql::parseTimestamp(query->value(8));
        entry.retryCount = query->value(9).toInt();
        entries << entry;
    }
    return entries;
}

Result<qint64> SyncStateRepository::quarantineCount() const
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QVariant> count =
        sql::scalar(*db, QStringLiteral("SELECT count(*) FROM quarantine"), QStringLiteral("reading the quarantine"));
    if (!count)
        return count.error();
    return count->toLongLong();
}

Status SyncStateRepository::removeFromQuarantine(qint64 id)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> query = sql::run(*db, QStringLiteral("DELETE FROM quarantine WHERE id = ?"), {id},
                                       QStringLiteral("taking a record out of quarantine"));
    return query ? Status() : Status(query.error());
}

Result<int> SyncStateRepository::countRetry(qint64 id)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const QString doing = QStringLiteral("counting a retry of a quarantined record");
    Result<QSqlQuery> updated =
        sql::run(*db, QStringLiteral("UPDATE quarantine SET retry_count = retry_count + 1 WHERE id = ?"), {id}, doing);
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return Error{QStringLiteral("quarantine_entry_not_found"),
                     QStringLiteral("There is no quarantined record %1.").arg(id),
                     {}};
    Result<QSqlQuery> read =
        sql::run(*db, QStringLiteral("SELECT retry_count FROM quarantine WHERE id = ?"), {id}, doing);
    if (!read)
        return read.error();
    return read->next() ? read->value(0).toInt() : 0;
}

} // namespace syncsites
