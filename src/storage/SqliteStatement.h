#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace syncsites {

/// One prepared statement used through SQLite's C API, for the storage layer's hot paths (a record written or read
/// per call, hundreds of thousands per sync): values are bound and read without QVariant or QSqlResult, whose
/// per-call bookkeeping cost as much as SQLite's own work on small rows. Prepared once per connection
/// (SQLITE_PREPARE_PERSISTENT) and reset after every use.
///
/// Threading: the thread of its connection. Destroy it before the connection closes.
class SqliteStatement
{
public:
    /// Prepares `text` on `db`; the Error says what was being done.
    static Result<std::unique_ptr<SqliteStatement>> prepare(sqlite3* db, const QString& text, const QString& doing);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    /// Parameters count from 0 here (SQLite's from 1). The statement keeps a bound text until reset().
    void bindNull(int index);
    void bindInt64(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindText(int index, const QString& text);

    /// One step: true with a row to read, false when done; an Error (and the statement reset) when it failed.
    /// `doing` says what was being done ("saving stock_line 12"); it is called only on a failure.
    Result<bool> step(const std::function<QString()>& doing);
    /// Rows changed by the last completed step (triggers and cascades not counted).
    int changes() const;
    /// Clears the bindings and makes the statement ready to run again.
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    /// The column's text as SQLite holds it (UTF-8), valid until the next step or reset.
    QByteArrayView utf8(int column) const;

    /// SQLite's primary result code and message of the last failure, for callers that name the failed field.
    int failureCode() const { return m_failureCode; }
    QString failureText() const { return m_failureText; }

private:
    SqliteStatement(sqlite3* db, sqlite3_stmt* statement);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QVarLengthArray<QByteArray, 16> m_texts; ///< the bound texts, alive until reset()
    int m_failureCode = 0;
    QString m_failureText;
};

} // namespace syncsites
