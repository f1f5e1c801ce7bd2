#pragma once

#include "Result.h"
#include "SyncOverview.h"

#include <optional>

namespace syncsites {

class Database;

/// Read-only questions about a replica's sync state, asked by the desktop app's Sync page: its session log, the
/// last session that reached the hub, the local changes still to push and the quarantine. The same library calls
/// as `syncsites-cli status`, `log` and `quarantine` (SyncStateRepository, ChangeLog). What it reads, and the
/// questions about it that need no database, are in SyncOverview.
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

private:
    Database& m_database;
};

} // namespace syncsites
