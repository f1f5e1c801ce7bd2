#pragma once

#include "Result.h"
#include "SyncLog.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace syncsites {

class Database;

/// The local sync state of this database: link cursors, the sync log with its stages, and the quarantine. None of
/// it is synced.
///
/// Threading: any thread, each on its own connection; writes join the calling thread's open Transaction if any.
/// Holds only a reference to the Database. Errors as values (database_* codes, sync_session_not_found).
class SyncStateRepository
{
public:
    explicit SyncStateRepository(Database& database);

    /// The link's state; a fresh one (cursors 0, not initialised) when none was saved.
    Result<LinkState> linkState(Category category) const;
    Result<QVector<LinkState>> linkStates() const;
    Status saveLinkState(const LinkState& state);
    Status setPullCursor(Category category, qint64 cursor, const QDateTime& at);
    Status setPushPosition(Category category, qint64 position);
    Status setInitialised(Category category, bool initialised);

    /// Starts a session (outcome running) and returns its id.
    Result<qint64> startSession(const QDateTime& startedAt);
    /// Saves a session's outcome, counts and error (by entry.id).
    Status finishSession(const SyncLogEntry& entry);
    Result<std::optional<SyncLogEntry>> session(qint64 id) const;
    /// The latest sessions, newest first.
    Result<QVector<SyncLogEntry>> sessions(int limit) const;
    /// Marks sessions still `running` as failed with code `interrupted` (the program stopped before they ended);
    /// call it while no session of this database runs. Returns how many.
    Result<int> closeInterruptedSessions(const QDateTime& at, const QString& message);
    /// Deletes sessions (and their stages) that started before `before`; returns how many.
    Result<int> pruneSessions(const QDateTime& before);

    /// Saves a stage's progress (one row per session, link and stage).
    Status saveStage(const SyncStageEntry& stage);
    Result<QVector<SyncStageEntry>> stages(qint64 sessionId) const;

    /// Backfills in progress, oldest first. addBackfill() starts one (or restarts it with a new `upTo`).
    Result<QVector<BackfillState>> backfills(Category category) const;
    Status addBackfill(Category category, const QString& storeCode, qint64 upTo);
    Status setBackfillCursor(Category category, const QString& storeCode, qint64 cursor);
    Status removeBackfill(Category category, const QString& storeCode);

    /// Puts a record in quarantine and returns the entry's id. A record already there for the same reason code
    /// keeps its entry, updated with the new payload, reason and session.
    Result<qint64> quarantine(const QuarantineEntry& entry);
    /// Every quarantined record, oldest first.
    Result<std::optional<QuarantineEntry>> quarantineEntry(qint64 id) const;
    Result<QVector<QuarantineEntry>> quarantined() const;
    Result<qint64> quarantineCount() const;
    /// Takes an entry out of quarantine (its record was retried successfully or discarded by the user).
    Status removeFromQuarantine(qint64 id);
    /// Counts one more failed retry; returns the new count.
    Result<int> countRetry(qint64 id);

private:
    Status upsertLink(Category category, const QString& assignments, const QVariantList& values);

    Database& m_database;
};

} // namespace syncsites
