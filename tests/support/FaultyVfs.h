#pragma once

// Fault injection under SQLite: a VFS that wraps the default one and makes writes to chosen files fail, the way a
// full disk or a failing drive does. It is installed as the process's default VFS, so every connection opened
// afterwards (QSqlDatabase's and the C API's alike) goes through it; files are chosen by a path prefix, so that a
// test can fail the hub's database and leave the site's alone, or the reverse.

#include <QString>

#include <cstdint>

namespace syncsites::test {

class FaultyVfs
{
public:
    /// Registers the VFS as the default one (once per process). Connections opened before keep theirs.
    static void install();

    /// Counts xWrite calls to files whose path starts with `prefix` (the database, its -wal and -journal), and
    /// fails none. Resets the count.
    static void count(const QString& prefix);
    /// The `n`th write (1-based) to a matching file fails with `sqliteError`; the ones after succeed again.
    static void failNth(const QString& prefix, std::int64_t n, int sqliteError);
    /// Every write to a matching file fails with `sqliteError` (SQLITE_FULL: the disk is full) until disarm().
    static void failAll(const QString& prefix, int sqliteError);
    /// No file is matched any more.
    static void disarm();

    /// Writes to matching files since count(), failNth() or failAll().
    static std::int64_t writes();
    /// How many writes were failed since then.
    static std::int64_t failures();
};

} // namespace syncsites::test
