#pragma once

#include "Result.h"

#include <QStringList>

#include <chrono>

struct sqlite3;

namespace syncsites {

class Database;

/// How IntegrityCheck::run() looks at a file.
struct IntegrityOptions
{
    /// false: `PRAGMA quick_check` (every page and row is read and its structure checked: O(N)); true:
    /// `PRAGMA integrity_check`, which also checks that every index matches its table (slower: O(N log N)).
    bool full = false;
    /// Stop after this long (the check is interrupted and reported incomplete); 0: no limit. Approximate: SQLite
    /// looks at the time between the steps of its check, and one step may walk a whole table's b-tree.
    std::chrono::milliseconds timeBox{0};
    /// At most this many problems are listed.
    int maxProblems = 20;
};

/// What a check found.
struct IntegrityReport
{
    bool full = false;
    bool complete = true; ///< false: the time box ran out first (problems found until then are listed)
    QStringList problems; ///< SQLite's words for each problem found; empty: none found
    qint64 elapsedMs = 0;
    qint64 fileBytes = 0;

    bool damaged() const { return !problems.isEmpty(); }
    /// One line for people: "no damage found (quick check of 412 MB in 3.1 s)", "damaged: 3 problems ...",
    /// "no damage found in the 30 s allowed (the check did not finish)".
    QString summary() const;
};

/// SQLite's own consistency checks over a SyncSites database (a hub's database or a site's replica), for
/// `syncsites-server serve` before it serves, the `check` commands and the sync engine's scheduled check.
/// A file so damaged that SQLite cannot read it at all is reported damaged, not as an error.
/// Threading: runs on the calling thread's connection; blocking. Errors: the database cannot be read for another
/// reason (busy, I/O) - `database_busy`, `database_io_error`.
class IntegrityCheck
{
public:
    static Result<IntegrityReport> run(Database& database, const IntegrityOptions& options = {});
    /// The same on a file opened read-only with SQLite alone: nothing is written (no schema upgrade, no journal
    /// mode switch), so `serve` checks its database before anything touches it. Errors: `database_missing`,
    /// `database_open_failed`, and as run().
    static Result<IntegrityReport> runFile(const QString& path, const IntegrityOptions& options = {});

private:
    static Result<IntegrityReport> runOn(sqlite3* db, qint64 fileBytes, const IntegrityOptions& options);
};

} // namespace syncsites
