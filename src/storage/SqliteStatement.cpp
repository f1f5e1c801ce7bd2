#include "SqliteStatement.h"

#include "SqlSupport.h"

#include <QSqlError>

#include <sqlite3.h>

namespace syncsites {

namespace {

// The same Error a failed QSqlQuery gives, so callers see one set of codes and messages.
Error errorOf(int code, const QString& text, const QString& doing)
{
    return sql::databaseError(QSqlError(QString(), text, QSqlError::StatementError, QString::number(code)), doing);
}

} // namespace

SqliteStatement::SqliteStatement(sqlite3* db, sqlite3_stmt* statement) : m_db(db), m_statement(statement) {}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

Result<std::unique_ptr<SqliteStatement>> SqliteStatement::prepare(sqlite3* db, const QString& text,
                                                                  const QString& doing)
{
    if (db == nullptr)
        return errorOf(SQLITE_MISUSE, QStringLiteral("the database is not open"), doing);
    const QByteArray utf8 = text.toUtf8();
    sqlite3_stmt* statement = nullptr;
    const int rc =
        sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        return errorOf(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)), doing);
    }
    return std::unique_ptr<SqliteStatement>(new SqliteStatement(db, statement));
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index + 1);
}

void SqliteStatement::bindInt64(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void SqliteStatement::bindDouble(int index, double value)
{
    sqlite3_bind_double(m_statement, index + 1, value);
}

void SqliteStatement::bindText(int index, const QString& text)
{
    // Bound as UTF-8, the database's encoding, so that SQLite neither copies nor converts it: the bytes stay in
    // m_texts until the next reset.
    if (index >= m_texts.size())
        m_texts.resize(index + 1);
    m_texts[index] = text.toUtf8();
    sqlite3_bind_text(m_statement, index + 1, m_texts[index].constData(), int(m_texts[index].size()), SQLITE_STATIC);
}

Result<bool> SqliteStatement::step(const std::function<QString()>& doing)
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_failureCode = sqlite3_extended_errcode(m_db) & 0xff;
    m_failureText = QString::fromUtf8(sqlite3_errmsg(m_db));
    const Error error = errorOf(sqlite3_extended_errcode(m_db), m_failureText, doing());
    reset();
    return error;
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    for (QByteArray& text : m_texts)
        text.clear();
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return data == nullptr ? QString() : QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return data == nullptr ? QByteArrayView() : QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

} // namespace syncsites
