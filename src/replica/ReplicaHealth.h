#pragma once

#include "IntegrityCheck.h"
#include "Result.h"

#include <chrono>

namespace syncsites {

class Database;

/// When a replica is checked for damage.
struct ReplicaHealthOptions
{
    /// A session first checks the replica when the last check is older than this; 0: only after corruption errors.
    std::chrono::seconds checkEvery{24 * 3600};
    /// The check's time limit (a quick check reads every page once; docs/operations.md gives its cost).
    std::chrono::milliseconds timeBox{30000};
};

/// Whether a site's replica is whole enough to sync. A damaged replica must not sync: its missing rows would look
/// like nothing to push, and what it pulls would land on a broken file. SQLite's quick check (IntegrityCheck) runs
/// on a schedule and after any SQLite corruption error; a replica found damaged is marked so (in replica_setting)
/// and every session refuses it with `replica_damaged` until a check passes again (`syncsites-cli check`) or the
/// replica is re-initialised from the hub (`syncsites-cli reinit`, which exports the changes not yet pushed first:
/// ReplicaRescue).
///
/// Threading: the calling thread's connection; blocking (a check reads the whole file). Errors as values.
class ReplicaHealth
{
public:
    static QLatin1String checkedAtKey(); ///< "integrity_checked_at": when the last check finished (ISO UTC)
    static QLatin1String damageKey();    ///< "integrity_damage": what the last check found; absent when whole
    static QLatin1String suspectKey();   ///< "integrity_suspect": a corruption error was met; check before syncing

    explicit ReplicaHealth(Database& database);

    /// Before a session: refuses (`replica_damaged`) a replica marked damaged; when a check is due (by the
    /// schedule, or after a corruption error) runs it first. A replica whose settings cannot even be read is
    /// checked at once.
    Status beforeSession(const ReplicaHealthOptions& options);
    /// After a failed operation: a corruption error (`database_corrupt`) marks the replica suspect and checks it at
    /// once. Returns the error to report: `replica_damaged` when the check found damage, otherwise `error` itself.
    Error afterError(const Error& error, const ReplicaHealthOptions& options);
    /// Runs a check now and records its outcome: damage is marked; a complete check without damage clears the mark.
    Result<IntegrityReport> check(const IntegrityOptions& options);
    /// The recorded damage ("" when none).
    Result<QString> damage() const;

    /// The error a damaged replica gives: code `replica_damaged`, details {"damage": summary}.
    static Error damagedError(const QString& path, const QString& summary);

private:
    Database& m_database;
};

} // namespace syncsites
