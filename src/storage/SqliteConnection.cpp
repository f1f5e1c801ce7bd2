#include "SqliteConnection.h"

#include "SqlSupport.h"

#include <QFile>
#include <QSqlError>

#include <sqlite3.h>

#include <utility>

namespace syncsites {

Result<SqliteConnection> SqliteConnection::open(const QString& path, int flags, int busyTimeoutMs)
{
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return Error{QStringLiteral("database_open_failed"),
                     QStringLiteral("%1 cannot be opened (%2). Check that the file exists and that you may read it.")
                         .arg(path, why),
                     why};
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, busyTimeoutMs);
    return SqliteConnection(db, path);
}

SqliteConnection::SqliteConnection(SqliteConnection&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path))
{}

SqliteConnection& SqliteConnection::operator=(SqliteConnection&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

SqliteConnection::~SqliteConnection()
{
    close();
}

int SqliteConnection::close()
{
    if (m_db == nullptr)
        return SQLITE_OK;
    const int rc = sqlite3_close_v2(m_db);
    m_db = nullptr;
    return rc;
}

Error SqliteConnection::error(int code, const QString& doing) const
{
    const QString words = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code));
    return sql::databaseError(QSqlError(QString(), words, QSqlError::StatementError, QString::number(code)), doing);
}

Status SqliteConnection::exec(const QString& statements, const QString& doing) const
{
    const int rc = sqlite3_exec(m_db, statements.toUtf8().constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return error(rc, doing);
    return {};
}

namespace {

// Runs `statement` to its first row and hands the statement to `read` (not called when there is no row). Returns
// SQLite's result: SQLITE_OK, or the failure.
template <typename Read> int firstRow(sqlite3* db, const QString& statement, Read&& read)
{
    const QByteArray text = statement.toUtf8();
    sqlite3_stmt* prepared = nullptr;
    int rc = sqlite3_prepare_v2(db, text.constData(), int(text.size()), &prepared, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(prepared);
        if (rc == SQLITE_ROW) {
            read(prepared);
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(prepared);
    return rc;
}

} // namespace

Result<std::optional<qint64>> SqliteConnection::integer(const QString& statement, const QString& doing) const
{
    std::optional<qint64> value;
    const int rc = firstRow(m_db, statement, [&value](sqlite3_stmt* row) {
        if (sqlite3_column_type(row, 0) != SQLITE_NULL)
            value = sqlite3_column_int64(row, 0);
    });
    if (rc != SQLITE_OK)
        return error(rc, doing);
    return value;
}

Result<std::optional<QString>> SqliteConnection::text(const QString& statement, const QString& doing) const
{
    std::optional<QString> value;
    const int rc = firstRow(m_db, statement, [&value](sqlite3_stmt* row) {
        if (sqlite3_column_type(row, 0) != SQLITE_NULL)
            value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(row, 0)));
    });
    if (rc != SQLITE_OK)
        return error(rc, doing);
    return value;
}

} // namespace syncsites
