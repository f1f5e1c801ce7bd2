#pragma once

// Shared data and helpers for the storage tests: sample records of every synced table, a base network to hang store
// data on, and small database helpers.

#include "Database.h"
#include "RecordStore.h"
#include "Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <QVector>

#include <memory>

class QTemporaryDir;

namespace syncsites::test {

/// A JSON object from JSON text; aborts on a syntax error (test data only).
QJsonObject json(const char* text);

/// One record to write before a sample.
struct SampleRecord
{
    QString table;
    QJsonObject record;
};

/// A valid record of one synced table, with what it needs written first, a change to apply, and what its
/// changelog rows must carry.
struct SyncedSample
{
    QString table;
    QVector<SampleRecord> prerequisites;
    QJsonObject record;
    QJsonObject change;
    QString storeId;
    QString partnerStoreId;
    QString category;
};

/// One sample per synced table of core's catalog.
QVector<SyncedSample> syncedSamples();

/// Writes the central rows most samples need: sites site-central, site-x, site-y; stores store-a (home site-x) and
/// store-b (home site-y); items item-1 and item-2.
Status seedBase(RecordStore& records);

/// Opens (creating) `name` in `dir`.
Result<std::unique_ptr<Database>> openIn(const QTemporaryDir& dir, const QString& name = QStringLiteral("test.sqlite"),
                                         const DatabaseOptions& options = {});

/// count(*) of a table on the calling thread's connection, -1 on error.
qint64 rowCount(Database& database, const QString& table, const QString& where = QString());

/// One value of a query, invalid QVariant on error.
QVariant queryValue(const QSqlDatabase& db, const QString& statement);

/// Every row of a table (the given columns, all when empty), ordered by the first column, as text.
QStringList dumpTable(const QSqlDatabase& db, const QString& table, const QStringList& columns = {});

/// The CREATE statements of the schema (tables, indexes, triggers), sorted by name.
QStringList schemaStatements(const QSqlDatabase& db);

} // namespace syncsites::test
