#pragma once

// Internal helpers of the engine's replica-side code (TransferProcessor, StoreActions): running statements on the
// calling thread's connection with errors as values, the database's timestamp format, and which site this replica
// is. Not part of the engine's public API.

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace syncsites {

class Database;

namespace replica {

/// Prepares `statement`, binds `values` in order and runs it (forward only). `doing` completes the sentence
/// "A database error occurred while ...". Errors: database_busy, database_error.
Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                           const QString& doing);

/// Now, in the database's timestamp format ("2024-05-01T10:00:00.000Z").
QString nowTimestamp();

/// This replica's site id (replica_setting site_id); replica_not_registered when it has none.
Result<QString> localSiteId(Database& database);

/// A new random record id (UUID without braces).
QString newRecordId();

} // namespace replica
} // namespace syncsites
