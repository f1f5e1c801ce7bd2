#pragma once

#include "IntegrityCheck.h"
#include "Result.h"

#include <QString>

#include <chrono>
#include <functional>

namespace syncsites {

/// What a SyncSites database file holds, as DatabaseBackup::inspect() reads it.
struct DatabaseFileFacts
{
    int schemaVersion = 0;
    QString role;          ///< "hub" or "replica" (a remote server's, or a site's)
    QString siteName;      ///< the site a replica belongs to; empty for a hub
    qint64 changes = 0;    ///< changelog rows
    qint64 lastCursor = 0; ///< the highest changelog cursor ever handed out (0: none)
    qint64 bytes = 0;

    /// "a hub database (schema version 5; 1,234 changes, cursors up to 1,240; 3.1 MB)".
    QString describe() const;
};

/// How DatabaseBackup copies a database.
struct BackupOptions
{
    /// Pages copied by one step of SQLite's online backup (4 KiB each, as SyncSites databases are made).
    int pagesPerStep = 1024;
    /// A pause after each step, to leave the disk to the server; 0: none.
    std::chrono::milliseconds pauseBetweenSteps{0};
    /// How long a step may keep meeting SQLITE_BUSY or SQLITE_LOCKED (another connection's lock) before the
    /// copy gives up.
    std::chrono::milliseconds busyTimeout{std::chrono::seconds(30)};
    /// true: `PRAGMA integrity_check` of the copy (indexes against their tables too); false: `quick_check`.
    bool fullCheck = true;
    /// Called after each step with the pages copied so far and the source's page count.
    std::function<void(qint64 copied, qint64 total)> progress;
};

/// How one copy went.
struct CopyStats
{
    qint64 pages = 0;
    int steps = 0;
    int busyRetries = 0;       ///< steps met SQLITE_BUSY or SQLITE_LOCKED and were tried again
    int restarts = 0;          ///< the source changed under a copy that held no snapshot, and SQLite started over
    bool snapshotHeld = false; ///< the source was in WAL mode: the copy read one snapshot from start to end
    qint64 elapsedMs = 0;
};

/// What `backup` made.
struct BackupReport
{
    QString database;
    QString backup;
    DatabaseFileFacts facts; ///< of the copy
    CopyStats copy;
    IntegrityReport check; ///< of the copy
    qint64 elapsedMs = 0;

    /// One line for people: what was copied where, how long it took, and the check's finding.
    QString summary() const;
};

/// A consistent copy of a live SyncSites database (a hub's, a remote server's or a site's replica) with SQLite's
/// online backup API, while other connections (a serving hub, in this process or another) read and write it.
///
/// - The source is opened read-only. A source in WAL mode (every SyncSites database) is read from one snapshot: a
///   read transaction is held from the first step to the last, so the copy is one transaction-consistent state
///   and never starts over, and writers are not blocked (in WAL mode readers never block writers; only a checkpoint
///   waits for the copy to end before it empties the WAL). The pages are copied `pagesPerStep` at a time; a step
///   that meets another connection's lock (SQLITE_BUSY, SQLITE_LOCKED) is tried again for up to `busyTimeout`.
/// - The copy is written to a temporary file beside the backup (owner-only, 0600), left in rollback-journal mode
///   (one self-contained file, no -wal), forced to the disk, checked (`integrity_check` or `quick_check`) and read
///   as a SyncSites database (its schema version table) before it takes the backup's name in one rename. A failed
///   backup leaves nothing at the backup's path but what was there before.
///
/// Threading: any thread; blocking. No state. Errors as values: database_missing, backup_same_file,
/// backup_folder_missing, database_busy, database_corrupt (the source is damaged), backup_check_failed,
/// not_syncsites_database, database_too_new, disk_full, database_io_error, file_sync_failed, file_move_failed.
class DatabaseBackup
{
public:
    /// Copies the database at `databasePath` to `backupPath` (replacing a file there once the copy is whole).
    static Result<BackupReport> backup(const QString& databasePath, const QString& backupPath,
                                       const BackupOptions& options = {});

    /// The online copy itself: `sourcePath` into a new file `targetPath` (which must not exist), left in
    /// rollback-journal mode and synced to the disk, without checking it. On failure `targetPath` is removed. Used by
    /// backup() and by DatabaseRestore (from a backup file into the file to be restored).
    static Result<CopyStats> copy(const QString& sourcePath, const QString& targetPath, const BackupOptions& options);

    /// Reads what a SyncSites database file holds, read-only. Errors: not_syncsites_database (an SQLite file without
    /// SyncSites' schema version table), database_too_new (a schema newer than this program knows), and the
    /// database_* codes of a file that cannot be read (database_corrupt when it is damaged or not a database).
    static Result<DatabaseFileFacts> inspect(const QString& path);
};

} // namespace syncsites
