#pragma once

#include "SyncedTable.h"

#include <QLatin1String>
#include <QString>
#include <QStringView>
#include <QVector>

namespace syncsites {

/// How a column's values are checked and stored.
enum class ColumnType
{
    Text,      ///< TEXT
    Integer,   ///< INTEGER: a whole number
    Real,      ///< REAL: any number
    Boolean,   ///< INTEGER 0/1; true/false (or 0/1) in JSON
    Date,      ///< TEXT "YYYY-MM-DD"
    Timestamp, ///< TEXT, ISO 8601 date and time ("2024-05-01T10:00:00.000Z")
};

/// One column of a synced table.
struct ColumnSchema
{
    QLatin1String name;
    ColumnType type;
    bool nullable = false;
    bool hasDefault = false;        ///< a record may leave it out (the column default on insert)
    QLatin1String references;       ///< the table this column refers to by id (foreign key), or empty
    QVector<QLatin1String> allowed; ///< the only values allowed, when not empty
    bool required() const { return !nullable && !hasDefault; }
};

/// The columns of one synced table at the latest schema version, so that generic code (RecordStore, the engine)
/// can read and write rows as JSON objects with checked types. A test keeps it equal to the real schema.
/// Immutable static data; safe from any thread.
class TableSchema
{
public:
    /// Every synced table of core's catalog, in the catalog's order (parents before children).
    static const QVector<TableSchema>& all();
    /// The synced table of that name, or nullptr.
    static const TableSchema* find(QStringView name);

    QLatin1String name() const { return m_table->name; }
    const SyncedTable& table() const { return *m_table; }
    const QVector<ColumnSchema>& columns() const { return m_columns; }
    const ColumnSchema* column(QStringView name) const;

    /// True for Store and StoreChild tables: their rows belong to a store (a line through its header).
    bool hasStore() const;

    TableSchema(const SyncedTable* table, QVector<ColumnSchema> columns);

private:
    const SyncedTable* m_table;
    QVector<ColumnSchema> m_columns;
};

/// "text", "a whole number", ...: how a type is named in error messages.
QString columnTypeDescription(ColumnType type);

} // namespace syncsites
