#pragma once

#include "Result.h"
#include "TableSchema.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace syncsites {

class Database;

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

    /// The records of a table ordered by id. With `storeIds`, only those of these stores: a line or a temperature
    /// log by its header's (asset's) store. A store filter on central data is refused (record_filter_invalid).
    Result<QVector<QJsonObject>> list(QStringView table, const std::optional<QStringList>& storeIds = std::nullopt);

    /// The store a record belongs to (a line's header's store), or an empty string for central data.
    Result<QString> storeOf(QStringView table, const QString& id);

    /// Checks a record against the table's columns without writing it. `complete`: every required column must be
    /// present (as for upsert); otherwise only the fields given are checked (as for update).
    static Status validate(const TableSchema& table, const QJsonObject& record, bool complete = true);

private:
    Result<const TableSchema*> lookup(QStringView table) const;
    Result<QSqlQuery*> statement(const QString& key, const std::function<QString()>& text);
    Error writeError(const TableSchema& table, const QString& id, const QJsonObject& record, const QSqlQuery& query);

    Database& m_database;
    QString m_connectionName;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

} // namespace syncsites
