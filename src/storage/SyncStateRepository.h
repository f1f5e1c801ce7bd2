#pragma once

#include "DataCategory.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace syncsites {

class Database;

/// Where one upstream link (one data category) of this site stands.
struct LinkState
{
    Category category = Category::Core;
    QString hubUrl;
    qint64 pullCursor = 0;    ///< the hub's cursor this site has integrated up to
    qint64 pushPosition = 0;  ///< this site's own changelog cursor pushed and acknowledged up to
    bool initialised = false; ///< has pulled to the end once
    QDateTime lastPullAt;
};

enum class SyncOutcome
{
    Running,
    Success,
    Partial,
    Failed,
    Cancelled,
};
QString syncOutcomeId(SyncOutcome outcome);
std::optional<SyncOutcome> syncOutcomeFromId(QStringView id);

enum class SyncStage
{
    Handshake,
    Push,
    Pull,
    Transfers,
    Report,
};
QString syncStageId(SyncStage stage);
std::optional<SyncStage> syncStageFromId(QStringView id);

/// One sync session of this site (a row of sync_log).
struct SyncLogEntry
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    SyncOutcome outcome = SyncOutcome::Running;
    QString errorCode;
    QString errorMessage;
    qint64 pushed = 0;
    qint64 pulled = 0;
    qint64 rejected = 0;
};

/// Progress of one stage of one link in a session.
struct SyncStageEntry
{
    qint64 sessionId = 0;
    QString link; ///< the link's category id ("core", "oms")
    SyncStage stage = SyncStage::Handshake;
    qint64 done = 0;
    std::optional<qint64> total;
    QDateTime startedAt;
    QDateTime finishedAt;
};

/// A record this site could not push or integrate, kept for the user to see and retry; never dropped silently.
struct QuarantineEntry
{
    qint64 id = 0;
    QString tableName;
    QString recordId;
    QString storeId;
    QJsonObject payload;
    QString reasonCode;
    QString reason;
    std::optional<qint64> sessionId;
    QDateTime quarantinedAt;
    int retryCount = 0;
};

/// A store history this site is pulling (a backfill after a change of its sync types), and how far it got.
struct BackfillState
{
    Category category = Category::Core;
    QString storeCode;
    qint64 upTo = 0;   ///< the hub's cursor the history goes up to
    qint64 cursor = 0; ///< integrated up to
};

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
