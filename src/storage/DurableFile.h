#pragma once

#include "Result.h"

#include <QString>

namespace syncsites {

/// Files that must survive a power cut once a command says they were written: data forced to the disk, a file put in
/// place of another in one step, and the folder's entry made durable too. POSIX (fsync, rename).
///
/// Threading: any thread. No state. Errors as values: file_sync_failed, file_move_failed.
class DurableFile
{
public:
    /// Forces the file's data (and its size) to the disk.
    static Status sync(const QString& path);
    /// Forces the entries of the folder holding `path` (a rename, a new file) to the disk.
    static Status syncFolderOf(const QString& path);
    /// Renames `from` to `to` in one step, replacing a file at `to` (both in one folder), then syncs the folder.
    static Status replace(const QString& from, const QString& to);
    /// Removes `path` and the -wal, -shm and -journal files SQLite keeps beside it; true when none is left.
    static bool removeWithSideFiles(const QString& path);
};

} // namespace syncsites
