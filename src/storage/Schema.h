#pragma once

#include "Result.h"
#include "SyncedTable.h"

#include <QSqlDatabase>
#include <QStringList>

namespace syncsites {

/// The part of the schema generated from core's synced-table catalog (syncedTables()): the changelog triggers,
/// which write one changelog row in the same transaction as every insert, update and delete of a synced table.
///
/// Stateless. Every function works on the connection it is given (on the calling thread) and returns errors as
/// values. The tables themselves are written out by hand, per version, in Migrations.
class Schema
{
public:
    /// Every generated trigger's name starts with this, so that they can all be dropped and made again.
    static QLatin1String triggerPrefix();

    /// The CREATE TRIGGER statements of one synced table whose columns are `columns`: after insert, update (only
    /// when a value really changes) and delete, plus a guard that refuses a change of id.
    static QStringList changelogTriggers(const SyncedTable& table, const QStringList& columns);

    /// Drops the generated triggers and creates them again for each synced table that exists in the database, from
    /// the catalog and the table's current columns. Migrations run it inside their transaction.
    static Status recreateChangelogTriggers(const QSqlDatabase& db);

    /// The column names of a table in the database, in order; empty when there is no such table.
    static Result<QStringList> columns(const QSqlDatabase& db, const QString& table);
};

} // namespace syncsites
