#pragma once

#include "Result.h"

#include <QString>

#include <optional>

struct sqlite3;

namespace syncsites {

/// One connection to a database file through SQLite's C API alone, for the tools that work on whole files
/// (DatabaseBackup, DatabaseRestore): no Qt SQL connection, no schema upgrade, no journal mode switch, nothing
/// written unless a statement writes. Closed by the destructor.
///
/// Threading: one thread at a time. Errors as values (the codes of sql::databaseError: database_busy,
/// database_corrupt, disk_full, database_readonly, database_io_error, database_error; database_open_failed).
class SqliteConnection
{
public:
    /// Opens `path` with SQLite's open flags (SQLITE_OPEN_READONLY, or SQLITE_OPEN_READWRITE with or without
    /// SQLITE_OPEN_CREATE); `busyTimeoutMs` is how long a statement waits for another connection's lock.
    static Result<SqliteConnection> open(const QString& path, int flags, int busyTimeoutMs);

    SqliteConnection(SqliteConnection&& other) noexcept;
    SqliteConnection& operator=(SqliteConnection&& other) noexcept;
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;
    ~SqliteConnection();

    sqlite3* handle() const { return m_db; }
    const QString& path() const { return m_path; }

    /// Runs statements without results (several, separated by semicolons).
    Status exec(const QString& statements, const QString& doing) const;
    /// The first column of the first row of `statement` as a number or a text; nullopt when there is no row or the
    /// value is NULL.
    Result<std::optional<qint64>> integer(const QString& statement, const QString& doing) const;
    Result<std::optional<QString>> text(const QString& statement, const QString& doing) const;

    /// An Error for SQLite result `code` met while `doing` on this connection, with SQLite's own words.
    Error error(int code, const QString& doing) const;

    /// Closes the connection now (the destructor does it otherwise). Returns SQLite's result of the close.
    int close();

private:
    SqliteConnection(sqlite3* db, QString path) : m_db(db), m_path(std::move(path)) {}

    sqlite3* m_db = nullptr;
    QString m_path;
};

} // namespace syncsites
