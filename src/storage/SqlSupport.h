#pragma once

// Internal helpers of the storage layer: running statements, turning SQL errors into Errors a person can act on,
// and the one timestamp format of the database. Not part of the public API.

#include "Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

struct sqlite3;

namespace syncsites::sql {

/// SQLite's primary result code of a Qt SQL error (extended codes masked off), or -1 when there is none.
int primaryCode(const QSqlError& error);

/// An Error for a failed database operation. `doing` says what was being done, e.g. "saving the sync log".
/// Codes: database_busy, database_corrupt, disk_full, database_readonly, database_io_error, database_error.
Error databaseError(const QSqlError& error, const QString& doing);

/// Runs one statement without parameters.
Status exec(const QSqlDatabase& db, const QString& statement, const QString& doing);

/// Prepares `statement` on `query`.
Status prepare(QSqlQuery& query, const QString& statement, const QString& doing);

/// Executes a prepared query.
Status exec(QSqlQuery& query, const QString& doing);

/// Prepares `statement`, binds `values` in order and executes it; the query is returned positioned before its first
/// row (forward only).
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                      const QString& doing);

/// Runs a query that yields one value (first column of the first row); a null QVariant when there is no row.
Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QString& doing);

/// The database's timestamp format: ISO 8601 in UTC with milliseconds, "2024-05-01T10:00:00.000Z".
/// An invalid QDateTime becomes SQL NULL.
QVariant timestampValue(const QDateTime& at);
QString timestamp(const QDateTime& at);
QDateTime parseTimestamp(const QVariant& value);

/// A NULL of SQL type TEXT, for binding.
QVariant nullText();

/// A text value, or NULL for a null QString.
QVariant textOrNull(const QString& text);

/// The sqlite3 handle of an open Qt SQLite connection, or nullptr.
sqlite3* handle(const QSqlDatabase& db);

/// True when `name` is a plain SQL identifier ([a-z_][a-z0-9_]*), safe to paste into a statement.
bool isIdentifier(QStringView name);

} // namespace syncsites::sql
