#pragma once

#include "DiskSpace.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace syncsites {

/// How Database::open treats the file.
struct DatabaseOptions
{
    bool createIfMissing = true; ///< create the file (at the latest schema) when it does not exist
    bool upgrade = true;         ///< upgrade an older schema in place; when false an older file is refused
    int busyTimeoutMs = 10000;   ///< how long a statement waits for another connection's write lock
    int schemaVersion = 0;       ///< 0: the latest. Tests and the fixture generator only: stop at this version
    FreeSpaceProbe freeSpace;    ///< empty: the volume's real free space. Tests only: play a full disk
};

/// One SyncSites SQLite database file (a site's replica or a hub's database).
///
/// open() checks the file, upgrades an older schema in place (one transaction) and refuses a newer or damaged one.
/// Threading: the object may be shared by threads. Each thread gets its own QSqlDatabase connection, opened on
/// first use by connection() and configured the same way (WAL, foreign_keys=ON, busy_timeout, synchronous=NORMAL);
/// a thread's connection is closed when the thread ends or when close() runs, whichever comes first.
/// Never pass a connection to another thread. close() (also run by the destructor) must not race with work on other
/// threads; queries and Transactions must be gone by then.
/// Errors are returned as values with a stable code (database_missing, database_corrupt, database_too_new, ...).
class Database
{
public:
    static Result<std::unique_ptr<Database>> open(const QString& path, const DatabaseOptions& options = {});

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Absolute path of the file.
    const QString& path() const { return m_path; }
    const DatabaseOptions& options() const { return m_options; }
    /// The schema version the file has (after any upgrade done by open()).
    int schemaVersion() const { return m_schemaVersion; }

    /// The calling thread's connection, opened and configured on first use.
    Result<QSqlDatabase> connection() const;

    /// The calling thread's sqlite3 handle, for hot paths that use SQLite's C API. Valid while the connection is.
    Result<sqlite3*> handle() const;

    /// Closes the connections of every thread. connection() fails with database_closed afterwards.
    void close();
    bool isOpen() const;

    /// How many threads have a connection open (for tests and diagnostics).
    int connectionCount() const;

    struct Registry; ///< implementation detail: the connections, shared with the threads' exit hooks

private:
    Database(QString path, DatabaseOptions options);
    Result<QSqlDatabase> openConnection(const QString& name) const;
    Status prepareFile();

    QString m_path;
    DatabaseOptions m_options;
    int m_schemaVersion = 0;
    std::shared_ptr<Registry> m_registry;
};

} // namespace syncsites
