#include "Baseline.h"

#include "Database.h"
#include "SyncedTable.h"

#include <QElapsedTimer>

#include <sqlite3.h>

namespace syncsites::bench {

namespace {

Error sqliteError(sqlite3* db, const QString& what)
{
    return Error(QStringLiteral("bench_sqlite"), what + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(db)));
}

} // namespace

QVector<Baseline::Source> Baseline::allSyncedTables()
{
    QVector<Source> out;
    for (const SyncedTable& table : syncedTables())
        out.append({QString(table.name), QString()});
    return out;
}

Result<Baseline> Baseline::read(Database& source, const QVector<Source>& sources)
{
    const Result<sqlite3*> handle = source.handle();
    if (!handle)
        return handle.error();
    sqlite3* db = *handle;
    Baseline out;
    for (const Source& s : sources) {
        Table table;
        table.name = s.table;
        QString sql = QStringLiteral("SELECT * FROM ") + s.table;
        if (!s.where.isEmpty())
            sql += QStringLiteral(" WHERE ") + s.where;
        sql += QStringLiteral(" ORDER BY rowid");
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK)
            return sqliteError(db, sql);
        const int columns = sqlite3_column_count(statement);
        for (int c = 0; c < columns; ++c)
            table.columns.append(QString::fromUtf8(sqlite3_column_name(statement, c)));
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            std::vector<Value> row(static_cast<std::size_t>(columns));
            for (int c = 0; c < columns; ++c) {
                Value& v = row[static_cast<std::size_t>(c)];
                v.type = sqlite3_column_type(statement, c);
                switch (v.type) {
                case SQLITE_INTEGER:
                    v.integer = sqlite3_column_int64(statement, c);
                    break;
                case SQLITE_FLOAT:
                    v.real = sqlite3_column_double(statement, c);
                    break;
                case SQLITE_TEXT:
                case SQLITE_BLOB:
                    v.bytes = QByteArray(static_cast<const char*>(sqlite3_column_blob(statement, c)),
                                         sqlite3_column_bytes(statement, c));
                    break;
                default:
                    break;
                }
            }
            table.rows.push_back(std::move(row));
        }
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE)
            return sqliteError(db, sql);
        out.m_rows += static_cast<qint64>(table.rows.size());
        out.m_tables.push_back(std::move(table));
    }
    return out;
}

Status Baseline::dropTriggers(Database& target)
{
    const Result<sqlite3*> handle = target.handle();
    if (!handle)
        return handle.error();
    sqlite3* db = *handle;
    QStringList names;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'trigger'", -1, &statement, nullptr) !=
        SQLITE_OK)
        return sqliteError(db, QStringLiteral("list triggers"));
    while (sqlite3_step(statement) == SQLITE_ROW)
        names.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))));
    sqlite3_finalize(statement);
    for (const QString& name : names) {
        const QByteArray sql = "DROP TRIGGER \"" + name.toUtf8() + "\"";
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return sqliteError(db, QString::fromUtf8(sql));
    }
    return Status();
}

Result<double> Baseline::insertInto(Database& target) const
{
    const Result<sqlite3*> handle = target.handle();
    if (!handle)
        return handle.error();
    sqlite3* db = *handle;
    QElapsedTimer timer;
    timer.start();
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(db, QStringLiteral("BEGIN"));
    for (const Table& table : m_tables) {
        if (table.rows.empty())
            continue;
        QStringList marks;
        for (int i = 0; i < table.columns.size(); ++i)
            marks.append(QStringLiteral("?"));
        const QString sql = QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                                .arg(table.name, table.columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK) {
            const Error e = sqliteError(db, sql);
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            return e;
        }
        for (const std::vector<Value>& row : table.rows) {
            for (std::size_t c = 0; c < row.size(); ++c) {
                const Value& v = row[c];
                const int index = static_cast<int>(c) + 1;
                switch (v.type) {
                case SQLITE_INTEGER:
                    sqlite3_bind_int64(statement, index, v.integer);
                    break;
                case SQLITE_FLOAT:
                    sqlite3_bind_double(statement, index, v.real);
                    break;
                case SQLITE_TEXT:
                    sqlite3_bind_text(statement, index, v.bytes.constData(), int(v.bytes.size()), SQLITE_STATIC);
                    break;
                case SQLITE_BLOB:
                    sqlite3_bind_blob(statement, index, v.bytes.constData(), int(v.bytes.size()), SQLITE_STATIC);
                    break;
                default:
                    sqlite3_bind_null(statement, index);
                    break;
                }
            }
            if (sqlite3_step(statement) != SQLITE_DONE) {
                const Error e = sqliteError(db, QStringLiteral("insert into ") + table.name);
                sqlite3_finalize(statement);
                sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
                return e;
            }
            sqlite3_reset(statement);
        }
        sqlite3_finalize(statement);
    }
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(db, QStringLiteral("COMMIT"));
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace syncsites::bench
