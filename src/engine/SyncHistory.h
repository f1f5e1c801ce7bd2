#pragma once

#include "ClockSkew.h"
#include "Result.h"
#include "SiteConfig.h"
#include "SyncStateRepository.h"

#include <QJsonArray>
#include <QVector>

#include <optional>

namespace syncsites {

class Database;

/// What the Sync page shows of a replica, read in one go.
struct SyncOverview
{
    SiteConfig config;
    QVector<SyncLogEntry> sessions;          ///< the latest sessions, newest first
    std::optional<SyncLogEntry> lastSuccess; ///< the latest session that reached the hub (success or partial)
    qint64 waiting = 0;                      ///< local changes not pushed yet, every category
    QVector<QuarantineEntry> quarantine;     ///< oldest first
    std::optional<ClockCheck> clock;         ///< this clock against the server's at the last handshake
};

/// Read-only questions about a replica's sync state, asked by the desktop app's Sync page: its session log, the
/// last session that reached the hub, the local changes still to push and the quarantine. The same library calls
/// as `syncsites-cli status`, `log` and `quarantine` (SyncStateRepository, ChangeLog).
///
/// Threading: blocks on the database; call it off the GUI thread (each thread uses its own connection). Holds only a
/// reference to the Database. Errors as values (database_* codes).
class SyncHistory
{
public:
    explicit SyncHistory(Database& replica);

    /// Everything at once; `sessionLimit` bounds the sessions listed (the last success is looked for further back).
    Result<SyncOverview> overview(int sessionLimit = 200) const;

    /// Local changes not yet pushed, summed over both categories (a link never synced counts from the start).
    Result<qint64> waiting() const;
    /// The latest session with outcome success or partial among the last `scan` sessions.
    Result<std::optional<SyncLogEntry>> lastSuccess(int scan = 2000) const;

    /// Whether a session that reached the hub (success or partial: the data moved, some records may be refused).
    static bool reachedHub(SyncOutcome outcome);
    /// Whether a failure kind ("no_network", "server_unreachable", "timeout") means the hub could not be reached.
    static bool isOfflineKind(const QString& kindId);
    /// The failure kind id of a logged session's error code (empty when the session has no error).
    static QString failureKindOf(const SyncLogEntry& entry);

    /// The quarantine in the shape `syncsites-cli quarantine export` writes: [{id, table, record_id, store_id,
    /// reason_code, reason, session, quarantined_at, retry_count, payload}].
    static QJsonArray quarantineJson(const QVector<QuarantineEntry>& entries);

private:
    Database& m_database;
};

} // namespace syncsites
