#pragma once

#include "Result.h"

#include <QString>

#include <functional>

namespace syncsites {

/// Free bytes on the volume holding a folder; tests put a probe in DatabaseOptions::freeSpace to play a full disk.
using FreeSpaceProbe = std::function<qint64(const QString& folder)>;

/// Tells a full disk from other I/O failures. SQLite reports a full disk as SQLITE_FULL only for writes to the
/// database and its journal; creating a file, growing the -shm file or syncing on a full disk come back as a plain
/// I/O error, whose words ("check the disk and that the folder is writable") send people the wrong way.
/// Threading: any thread. No state.
class DiskSpace
{
public:
    /// Below this many free bytes a volume counts as full (SQLite needs room for its -wal and -shm files).
    static constexpr qint64 kNearlyFull = 4 * 1024 * 1024;

    /// Free bytes on the volume holding `path` (a file or a folder); -1 when unknown.
    static qint64 freeBytes(const QString& path, const FreeSpaceProbe& probe = {});
    /// An I/O or open error (`database_io_error`, `database_open_failed`) met on a (nearly) full volume becomes
    /// `disk_full`, its original words kept in details.cause; any other error is returned as it is.
    static Error explain(const Error& error, const QString& path, const FreeSpaceProbe& probe = {});
};

} // namespace syncsites
