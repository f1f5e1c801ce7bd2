#pragma once

#include "Result.h"
#include "TableSchema.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>

struct sqlite3;

namespace syncsites {

class Database;
class SqliteStatement;

/// Reads and writes the rows of synced tables as JSON objects (one key per column, see TableSchema), with the
/// columns whitelisted and every value's type checked, so that a bad record is refused with an error that names the
/// table, the record and the field: "invoice 1234: field packs: expected a number".
///
/// Every write goes through the changelog triggers: it is logged in the same transaction, with the write origin of
/// the enclosing Transaction (or the local site). Writes outside a Transaction are each their own transaction.
///
/// Threading: use an instance on one thread at a time; it works on the calling thread's connection and caches
/// prepared statements for it. Destroy it before closing the Database. Error codes: record_unknown_table,
/// record_unknown_field, record_missing_field, record_invalid_field, record_missing_reference, record_conflict,
/// record_in_use, record_not_found, record_filter_invalid, and the database_* codes.
class RecordStore
{
public:
    explicit RecordStore(Database& database);
    ~RecordStore();
    RecordStore(const RecordStore&) = delete;
    RecordStore& operator=(const RecordStore&) = delete;

    /// Inserts the record, or updates the stored one with the same id. Every required column must be present; a
    /// column left out takes its default on insert and keeps its stored value on update.
    Status upsert(QStringView table, const QJsonObject& record);

    /// Changes only the given fields of an existing record (record_not_found when there is none).
    Status update(QStringView table, const QString& id, const QJsonObject& fields);

    /// Deletes a record; false when there was none. A header's lines go with it (and are logged).
    Result<bool> remove(QStringView table, const QString& id);

    /// The record, or nullopt when there is none.
    Result<std::optional<QJsonObject>> get(QStringView table, const QString& id);

    /// Appends the record as JSON text to `out` (the object get() gives, written straight from the row: a hub
    /// answering a pull writes thousands a page); false, with nothing appended, when there is none.
    Result<bool> appendJson(QStringView table, const QString& id, QByteArray& out);

    /// The records of a table ordered by id. With `storeIds`, only those of these stores: a line or a temperature
    /// log by its header's (asset's) store. A store filter on central data is refused (record_filter_invalid).
    Result<QVector<QJsonObject>> list(QStringView table, const std::optional<QStringList>& storeIds = std::nullopt);

    /// Which of `ids` the table holds: one query for many ids (a push batch's), instead of get() for each.
    Result<QSet<QString>> existing(QStringView table, const QStringList& ids);

    /// The store a record belongs to (a line's header's store), or an empty string for central data.
    Result<QString> storeOf(QStringView table, const QString& id);

    /// Checks a record against the table's columns without writing it. `complete`: every required column must be
    /// present (as for upsert); otherwise only the fields given are checked (as for update).
    static Status validate(const TableSchema& table, const QJsonObject& record, bool complete = true);

private:
    // A cached statement: its table, and for an upsert the set of columns given (a bit per column), else one of
    // the kinds below (bit 63 set: no table has that many columns).
    static constexpr quint64 kGet = quint64(1) << 63;
    static constexpr quint64 kDelete = kGet | 1;
    static constexpr quint64 kStoreOf = kGet | 2;
    static constexpr quint64 kExisting = kGet | 3;
    using StatementKey = std::pair<const TableSchema*, quint64>;
    struct KeyHash
    {
        size_t operator()(const StatementKey& key) const noexcept
        {
            return std::hash<const void*>()(key.first) ^ std::hash<quint64>()(key.second * 0x9e3779b97f4a7c15ULL);
        }
    };

    Result<const TableSchema*> lookup(QStringView table) const;
    Result<SqliteStatement*> statement(const TableSchema& table, quint64 kind, const std::function<QString()>& text);
    /// The get statement on the record's row (reset it after reading), or nullptr when there is none.
    Result<SqliteStatement*> findRow(const TableSchema& table, const QString& id);
    /// The same with statement `kind` (its `text`, one parameter: the id).
    Result<SqliteStatement*> findRow(const TableSchema& table, const QString& id, quint64 kind,
                                     const std::function<QString()>& text);
    Error writeError(const TableSchema& table, const QString& id, const QJsonObject& record, const Error& failed,
                     int primaryCode, const QString& text);

    Database& m_database;
    QString m_connectionName;
    sqlite3* m_handle = nullptr;
    std::unordered_map<StatementKey, std::unique_ptr<SqliteStatement>, KeyHash> m_statements;
};

} // namespace syncsites
