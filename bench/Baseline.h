#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <vector>

namespace syncsites {
class Database;
}

namespace syncsites::bench {

/// The physical limit a sync is compared with: rows read from a replica (into memory, untimed), then inserted into
/// another file of the same schema (Database::open: same tables, indexes, triggers and foreign keys) through
/// SQLite's C API, in one transaction with one prepared INSERT per table.
class Baseline
{
public:
    /// A table and an optional WHERE clause choosing its rows.
    struct Source
    {
        QString table;
        QString where;
    };

    /// Reads the rows, table by table in the order given (rowid order inside a table: the order they were written).
    static Result<Baseline> read(Database& source, const QVector<Source>& sources);
    /// Every synced table, all rows.
    static QVector<Source> allSyncedTables();

    /// Drops every trigger of `target` (for a figure of SQLite alone, without the changelog).
    static Status dropTriggers(Database& target);

    qint64 rows() const { return m_rows; }
    /// Inserts everything into `target` in one transaction; returns the seconds it took.
    Result<double> insertInto(Database& target) const;

private:
    struct Value
    {
        int type = 5; // SQLITE_NULL
        qint64 integer = 0;
        double real = 0;
        QByteArray bytes;
    };
    struct Table
    {
        QString name;
        QStringList columns;
        std::vector<std::vector<Value>> rows;
    };
    std::vector<Table> m_tables;
    qint64 m_rows = 0;
};

} // namespace syncsites::bench
