#pragma once

#include "DatabaseBackup.h"
#include "Result.h"

#include <QString>

namespace syncsites {

/// How DatabaseRestore puts a backup in place.
struct RestoreOptions
{
    /// Put the backup in place of an existing database (which is kept beside it, renamed); false: refuse.
    bool replaceExisting = false;
    /// The restored changelog hands out cursors from beyond the highest one the backup (and the database it
    /// replaces, when that one can still be read) ever handed out, plus this gap: sites remember the cursor they
    /// pulled up to, which may be past the backup's last one, and changes made after the restore must lie beyond it
    /// or they would never be pulled.
    qint64 cursorGap = 1000000;
    /// true: `PRAGMA integrity_check` of the backup (indexes against their tables too); false: `quick_check`.
    bool fullCheck = true;
    /// How long to wait for the lock of the database to be replaced (another program that holds it open, such as a
    /// serving syncsites-server, holds it for good: the restore is refused).
    int lockTimeoutMs = 2000;
};

/// What `restore` did.
struct RestoreReport
{
    QString backup;
    QString database;
    QString setAside;        ///< where the replaced database is now; empty when there was none
    DatabaseFileFacts facts; ///< of the backup
    qint64 nextCursor = 0;   ///< the first changelog cursor the restored database hands out
    IntegrityReport check;   ///< of the backup, as copied into place
    qint64 elapsedMs = 0;

    /// Lines for people: what was restored, what was set aside, and what happens to the sites' changes.
    QString summary() const;
};

/// Puts a backup (made by DatabaseBackup, or by SQLite's own `.backup`) in place of a SyncSites database.
///
/// - The backup is checked first: a file that is empty, not an SQLite database, damaged (`integrity_check`), not a
///   SyncSites database (no schema version table) or written by a newer SyncSites is refused, and nothing changes.
///   It is checked as copied beside the database (SQLite's online backup, into a temporary owner-only file), so the
///   file that takes the database's name is the one that was checked.
/// - An existing database (or a -wal file left without one) is replaced only with `replaceExisting`, and never while
///   another program holds it open: the restore takes SQLite's exclusive lock on it (a serving hub keeps a
///   connection, and so a lock, on its database as long as it runs), and keeps that lock until the backup is in
///   place. The replaced database and its -wal file are kept beside it as FILE.replaced-YYYYMMDD-HHMMSS.
/// - The restored changelog goes on from beyond every cursor handed out so far (RestoreOptions::cursorGap).
///
/// Threading: any thread; blocking. No state. Errors as values: backup_missing, backup_damaged, backup_not_syncsites,
/// backup_too_new, database_exists, database_in_use, restore_same_file, disk_full, database_io_error,
/// file_sync_failed, file_move_failed.
class DatabaseRestore
{
public:
    static Result<RestoreReport> restore(const QString& backupPath, const QString& databasePath,
                                         const RestoreOptions& options = {});
};

} // namespace syncsites
