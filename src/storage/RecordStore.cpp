#include "RecordStore.h"

#include "Database.h"
#include "JsonText.h"
#include "SqlSupport.h"
#include "SqliteStatement.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

#include <sqlite3.h>

namespace syncsites {

namespace {

constexpr double maxExactInteger = 9007199254740992.0; // 2^53: beyond it a JSON number loses whole numbers

QString recordName(const TableSchema& table, const QString& id)
{
    if (id.isEmpty())
        return table.name() + QLatin1String(" (record without an id)");
    return table.name() + QLatin1Char(' ') + id;
}

Error recordError(const QString& code, const TableSchema& table, const QString& id, const QString& field,
                  const QString& problem)
{
    const QString prefix = recordName(table, id);
    QVariantMap details{{QStringLiteral("table"), QString(table.name())}, {QStringLiteral("record_id"), id}};
    if (field.isEmpty())
        return {code, prefix + QLatin1String(": ") + problem, details};
    details.insert(QStringLiteral("field"), field);
    return {code, prefix + QLatin1String(": field ") + field + QLatin1String(": ") + problem, details};
}

QString joined(const QVector<QLatin1String>& values)
{
    QStringList list;
    for (QLatin1String value : values)
        list << value;
    return list.join(QLatin1String(", "));
}

// A value to bind: SQL NULL, an integer, a real or a text.
struct SqlValue
{
    enum class Kind
    {
        Null,
        Integer,
        Real,
        Text
    } kind = Kind::Null;
    qint64 integer = 0;
    double real = 0;
    QString text;

    void bindTo(SqliteStatement& statement, int index) const
    {
        switch (kind) {
        case Kind::Null:
            statement.bindNull(index);
            break;
        case Kind::Integer:
            statement.bindInt64(index, integer);
            break;
        case Kind::Real:
            statement.bindDouble(index, real);
            break;
        case Kind::Text:
            statement.bindText(index, text);
            break;
        }
    }

    QVariant toVariant(const ColumnSchema& column) const
    {
        switch (kind) {
        case Kind::Null:
            return column.type == ColumnType::Real      ? QVariant(QMetaType(QMetaType::Double))
                   : column.type == ColumnType::Integer ? QVariant(QMetaType(QMetaType::LongLong))
                                                        : sql::nullText();
        case Kind::Integer:
            return integer;
        case Kind::Real:
            return real;
        case Kind::Text:
            return text;
        }
        return {};
    }
};

// Converts a JSON value into the value to bind, or returns what is wrong with it.
std::optional<QString> toSql(const ColumnSchema& column, const QJsonValue& value, SqlValue* out)
{
    if (value.isNull() || value.isUndefined()) {
        if (!column.nullable)
            return QStringLiteral("must not be empty (null)");
        out->kind = SqlValue::Kind::Null;
        return std::nullopt;
    }
    const auto expected = [&column]() -> QString {
        return QLatin1String("expected ") + columnTypeDescription(column.type);
    };
    switch (column.type) {
    case ColumnType::Text:
    case ColumnType::Date:
    case ColumnType::Timestamp: {
        if (!value.isString())
            return expected();
        QString text = value.toString();
        if (column.type == ColumnType::Date && (text.size() != 10 || !QDate::fromString(text, Qt::ISODate).isValid()))
            return expected();
        if (column.type == ColumnType::Timestamp && !QDateTime::fromString(text, Qt::ISODateWithMs).isValid())
            return expected();
        if (!column.allowed.isEmpty() && std::none_of(column.allowed.cbegin(), column.allowed.cend(),
                                                      [&text](QLatin1String allowed) { return text == allowed; }))
            return QLatin1String("expected one of: ") + joined(column.allowed);
        out->kind = SqlValue::Kind::Text;
        out->text = std::move(text);
        return std::nullopt;
    }
    case ColumnType::Integer: {
        const double number = value.toDouble();
        if (!value.isDouble() || std::trunc(number) != number || std::fabs(number) > maxExactInteger)
            return expected();
        out->kind = SqlValue::Kind::Integer;
        out->integer = static_cast<qint64>(number);
        return std::nullopt;
    }
    case ColumnType::Real:
        if (!value.isDouble())
            return expected();
        out->kind = SqlValue::Kind::Real;
        out->real = value.toDouble();
        return std::nullopt;
    case ColumnType::Boolean:
        if (value.isBool() || (value.isDouble() && (value.toDouble() == 0.0 || value.toDouble() == 1.0))) {
            out->kind = SqlValue::Kind::Integer;
            out->integer = value.isBool() ? (value.toBool() ? 1 : 0) : static_cast<qint64>(value.toDouble());
            return std::nullopt;
        }
        return expected();
    }
    return expected();
}

QJsonValue toJson(const ColumnSchema& column, const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (column.type) {
    case ColumnType::Integer:
        return value.toLongLong();
    case ColumnType::Real:
        return value.toDouble();
    case ColumnType::Boolean:
        return value.toLongLong() != 0;
    case ColumnType::Text:
    case ColumnType::Date:
    case ColumnType::Timestamp:
        break;
    }
    return value.toString();
}

QString columnList(const TableSchema& table)
{
    QStringList names;
    for (const ColumnSchema& column : table.columns())
        names << column.name;
    return names.join(QLatin1String(", "));
}

QJsonObject readRow(const TableSchema& table, const QSqlQuery& query)
{
    QJsonObject row;
    const QVector<ColumnSchema>& columns = table.columns();
    for (int i = 0; i < columns.size(); ++i)
        row.insert(columns.at(i).name, toJson(columns.at(i), query.value(i)));
    return row;
}

QJsonObject readRow(const TableSchema& table, const SqliteStatement& statement)
{
    QJsonObject row;
    const QVector<ColumnSchema>& columns = table.columns();
    for (int i = 0; i < columns.size(); ++i) {
        const ColumnSchema& column = columns.at(i);
        QJsonValue value;
        if (statement.isNull(i))
            value = QJsonValue::Null;
        else if (column.type == ColumnType::Integer)
            value = statement.int64(i);
        else if (column.type == ColumnType::Real)
            value = statement.real(i);
        else if (column.type == ColumnType::Boolean)
            value = statement.int64(i) != 0;
        else
            value = statement.text(i);
        row.insert(column.name, value);
    }
    return row;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1String(", "));
}

} // namespace

RecordStore::RecordStore(Database& database) : m_database(database) {}

RecordStore::~RecordStore() = default;

Status RecordStore::validate(const TableSchema& table, const QJsonObject& record, bool complete)
{
    const QJsonValue idValue = record.value(QLatin1String("id"));
    const QString id = idValue.toString();
    if (complete && (!idValue.isString() || id.isEmpty()))
        return recordError(QStringLiteral("record_invalid_field"), table, QString(), QStringLiteral("id"),
                           QStringLiteral("expected a non-empty text"));
    for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
        const ColumnSchema* column = table.column(it.key());
        if (column == nullptr)
            return recordError(QStringLiteral("record_unknown_field"), table, id, QString(),
                               QStringLiteral("unknown field %1").arg(it.key()));
        SqlValue converted;
        if (const std::optional<QString> problem = toSql(*column, it.value(), &converted))
            return recordError(QStringLiteral("record_invalid_field"), table, id, it.key(), *problem);
    }
    if (complete) {
        for (const ColumnSchema& column : table.columns()) {
            if (column.required() && !record.contains(column.name))
                return recordError(QStringLiteral("record_missing_field"), table, id, column.name,
                                   QStringLiteral("required but missing"));
        }
    }
    return {};
}

Result<const TableSchema*> RecordStore::lookup(QStringView table) const
{
    const TableSchema* schema = TableSchema::find(table);
    if (schema == nullptr)
        return Error{QStringLiteral("record_unknown_table"),
                     QStringLiteral("There is no synced table named %1.").arg(table.toString()),
                     QVariantMap{{QStringLiteral("table"), table.toString()}}};
    return schema;
}

Result<SqliteStatement*> RecordStore::statement(const TableSchema& table, quint64 kind,
                                                const std::function<QString()>& text)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    if (db->connectionName() != m_connectionName) {
        // Used from another thread than before: the cached statements belong to the old connection.
        m_statements.clear();
        m_connectionName = db->connectionName();
        m_handle = sql::handle(*db);
    }
    const StatementKey key{&table, kind};
    auto found = m_statements.find(key);
    if (found != m_statements.end())
        return found->second.get();
    Result<std::unique_ptr<SqliteStatement>> prepared =
        SqliteStatement::prepare(m_handle, text(), QStringLiteral("preparing a statement"));
    if (!prepared)
        return prepared.error();
    SqliteStatement* statement = prepared->get();
    m_statements.emplace(key, std::move(prepared).value());
    return statement;
}

Error RecordStore::writeError(const TableSchema& table, const QString& id, const QJsonObject& record,
                              const Error& failed, int primaryCode, const QString& text)
{
    if (primaryCode != SQLITE_CONSTRAINT)
        return failed;
    const QString failedOn = text.section(QLatin1String("failed: "), 1); // "store.code, store.name"
    QStringList fields;
    for (const QString& qualified : failedOn.split(QLatin1String(", "), Qt::SkipEmptyParts))
        fields << qualified.section(QLatin1Char('.'), -1);

    if (text.contains(QLatin1String("FOREIGN KEY"))) {
        // Name the field whose record is missing.
        Result<QSqlDatabase> db = m_database.connection();
        for (const ColumnSchema& column : table.columns()) {
            const QJsonValue value = record.value(column.name);
            if (column.references.isEmpty() || !value.isString() || !db)
                continue;
            QSqlQuery exists(*db);
            exists.prepare(QLatin1String("SELECT 1 FROM ") + column.references + QLatin1String(" WHERE id = ?"));
            exists.addBindValue(value.toString());
            if (exists.exec() && !exists.next())
                return recordError(QStringLiteral("record_missing_reference"), table, id, column.name,
                                   QStringLiteral("there is no %1 %2 here").arg(column.references, value.toString()));
        }
        return recordError(QStringLiteral("record_missing_reference"), table, id, QString(),
                           QStringLiteral("it refers to a record that does not exist here"));
    }
    if (text.contains(QLatin1String("UNIQUE")) || text.contains(QLatin1String("PRIMARY KEY")))
        return recordError(QStringLiteral("record_conflict"), table, id, fields.join(QLatin1String(", ")),
                           QStringLiteral("another %1 record already has this value").arg(table.name()));
    if (text.contains(QLatin1String("NOT NULL")))
        return recordError(QStringLiteral("record_missing_field"), table, id, fields.join(QLatin1String(", ")),
                           QStringLiteral("required but missing"));
    return recordError(QStringLiteral("record_invalid_field"), table, id, QString(),
                       QStringLiteral("the database refused it (%1)").arg(text));
}

Status RecordStore::upsert(QStringView tableName, const QJsonObject& record)
{
    Result<const TableSchema*> found = lookup(tableName);
    if (!found)
        return found.error();
    const TableSchema& table = **found;
    const QVector<ColumnSchema>& columns = table.columns();
    const QJsonValue idValue = record.value(QLatin1String("id"));
    const QString id = idValue.toString();
    if (!idValue.isString() || id.isEmpty())
        return recordError(QStringLiteral("record_invalid_field"), table, QString(), QStringLiteral("id"),
                           QStringLiteral("expected a non-empty text"));

    // Checked and converted in one pass, in the order validate() checks (fields by name, then the missing ones).
    QVarLengthArray<SqlValue, 24> values(columns.size());
    quint64 mask = 0;
    for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
        const ColumnSchema* column = table.column(it.key());
        if (column == nullptr)
            return recordError(QStringLiteral("record_unknown_field"), table, id, QString(),
                               QStringLiteral("unknown field %1").arg(it.key()));
        const auto index = column - columns.constData();
        if (const std::optional<QString> problem = toSql(*column, it.value(), &values[index]))
            return recordError(QStringLiteral("record_invalid_field"), table, id, it.key(), *problem);
        mask |= quint64(1) << index;
    }
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).required() && !(mask & (quint64(1) << i)))
            return recordError(QStringLiteral("record_missing_field"), table, id, columns.at(i).name,
                               QStringLiteral("required but missing"));

    // One statement per set of columns given: a column left out keeps its stored value on update.
    Result<SqliteStatement*> statement = this->statement(table, mask, [&]() -> QString {
        QStringList names;
        QStringList updates;
        for (int i = 0; i < columns.size(); ++i) {
            if (!(mask & (quint64(1) << i)))
                continue;
            const QString& name = columns.at(i).name;
            names << name;
            if (name != QLatin1String("id"))
                updates << name + QLatin1String(" = excluded.") + name;
        }
        const QString conflict = updates.isEmpty()
                                     ? QStringLiteral("DO NOTHING")
                                     : QLatin1String("DO UPDATE SET ") + updates.join(QLatin1String(", "));
        return QLatin1String("INSERT INTO ") + table.name() + QLatin1String(" (") + names.join(QLatin1String(", ")) +
               QLatin1String(") VALUES (") + placeholders(names.size()) + QLatin1String(") ON CONFLICT (id) ") +
               conflict;
    });
    if (!statement)
        return statement.error();
    SqliteStatement& q = **statement;
    int parameter = 0;
    for (int i = 0; i < columns.size(); ++i)
        if (mask & (quint64(1) << i))
            values[i].bindTo(q, parameter++);
    const Result<bool> done = q.step([&] { return QStringLiteral("saving %1").arg(recordName(table, id)); });
    if (!done)
        return writeError(table, id, record, done.error(), q.failureCode(), q.failureText());
    q.reset();
    return {};
}

Status RecordStore::update(QStringView tableName, const QString& id, const QJsonObject& fields)
{
    Result<const TableSchema*> found = lookup(tableName);
    if (!found)
        return found.error();
    const TableSchema& table = **found;
    if (fields.contains(QLatin1String("id")) && fields.value(QLatin1String("id")).toString() != id)
        return recordError(QStringLiteral("record_invalid_field"), table, id, QStringLiteral("id"),
                           QStringLiteral("a record's id cannot change"));
    QJsonObject named = fields;
    named.insert(QStringLiteral("id"), id); // so that errors name the record
    const Status valid = validate(table, named, false);
    if (!valid)
        return valid;

    QStringList sets;
    QVector<QVariant> values;
    for (const ColumnSchema& column : table.columns()) {
        if (!fields.contains(column.name) || column.name == QLatin1String("id"))
            continue;
        SqlValue value;
        toSql(column, fields.value(column.name), &value);
        sets << column.name + QLatin1String(" = ?");
        values << value.toVariant(column);
    }
    if (sets.isEmpty()) {
        Result<std::optional<QJsonObject>> existing = get(tableName, id);
        if (!existing)
            return existing.error();
        if (!existing->has_value())
            return recordError(QStringLiteral("record_not_found"), table, id, QString(),
                               QStringLiteral("no such record here"));
        return {};
    }
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.prepare(QLatin1String("UPDATE ") + table.name() + QLatin1String(" SET ") + sets.join(QLatin1String(", ")) +
              QLatin1String(" WHERE id = ?"));
    for (const QVariant& value : std::as_const(values))
        q.addBindValue(value);
    q.addBindValue(id);
    if (!q.exec()) {
        QJsonObject record = fields;
        record.insert(QStringLiteral("id"), id);
        const QSqlError error = q.lastError();
        return writeError(table, id, record,
                          sql::databaseError(error, QStringLiteral("saving %1").arg(recordName(table, id))),
                          sql::primaryCode(error), error.databaseText());
    }
    if (q.numRowsAffected() == 0)
        return recordError(QStringLiteral("record_not_found"), table, id, QString(),
                           QStringLiteral("no such record here"));
    return {};
}

Result<bool> RecordStore::remove(QStringView tableName, const QString& id)
{
    Result<const TableSchema*> found = lookup(tableName);
    if (!found)
        return found.error();
    const TableSchema& table = **found;
    Result<SqliteStatement*> statement = this->statement(table, kDelete, [&]() -> QString {
        return QLatin1String("DELETE FROM ") + table.name() + QLatin1String(" WHERE id = ?");
    });
    if (!statement)
        return statement.error();
    SqliteStatement& q = **statement;
    q.bindText(0, id);
    const Result<bool> done = q.step([&] { return QStringLiteral("deleting %1").arg(recordName(table, id)); });
    if (!done) {
        if (q.failureCode() == SQLITE_CONSTRAINT)
            return recordError(QStringLiteral("record_in_use"), table, id, QString(),
                               QStringLiteral("cannot be deleted while other records refer to it; delete or move "
                                              "them first"));
        return done.error();
    }
    const bool removed = q.changes() > 0;
    q.reset();
    return removed;
}

Result<SqliteStatement*> RecordStore::findRow(const TableSchema& table, const QString& id)
{
    return findRow(table, id, kGet, [&]() -> QString {
        return QLatin1String("SELECT ") + columnList(table) + QLatin1String(" FROM ") + table.name() +
               QLatin1String(" WHERE id = ?");
    });
}

Result<SqliteStatement*> RecordStore::findRow(const TableSchema& table, const QString& id, quint64 kind,
                                              const std::function<QString()>& text)
{
    Result<SqliteStatement*> statement = this->statement(table, kind, text);
    if (!statement)
        return statement.error();
    SqliteStatement& q = **statement;
    q.bindText(0, id);
    const Result<bool> row = q.step([&] { return QStringLiteral("reading %1").arg(recordName(table, id)); });
    if (!row)
        return row.error();
    if (!*row) {
        q.reset();
        return static_cast<SqliteStatement*>(nullptr);
    }
    return &q;
}

Result<std::optional<QJsonObject>> RecordStore::get(QStringView tableName, const QString& id)
{
    Result<const TableSchema*> found = lookup(tableName);
    if (!found)
        return found.error();
    const TableSchema& table = **found;
    const Result<SqliteStatement*> row = findRow(table, id);
    if (!row)
        return row.error();
    std::optional<QJsonObject> record;
    if (*row != nullptr) {
        record = readRow(table, **row);
        (*row)->reset();
    }
    return record;
}

Result<bool> RecordStore::appendJson(QStringView tableName, const QString& id, QByteArray& out)
{
    Result<const TableSchema*> found = lookup(tableName);
    if (!found)
        return found.error();
    const TableSchema& table = **found;
    const Result<SqliteStatement*> row = findRow(table, id);
    if (!row)
        return row.error();
    if (*row == nullptr)
        return false;
    SqliteStatement& q = **row;
    const QVector<ColumnSchema>& columns = table.columns();
    out.append('{');
    for (int i = 0; i < columns.size(); ++i) {
        const ColumnSchema& column = columns.at(i);
        if (i > 0)
            out.append(',');
        JsonText::appendString(out, QByteArrayView(column.name.data(), column.name.size()));
        out.append(':');
        if (q.isNull(i))
            out.append("null", 4);
        else if (column.type == ColumnType::Integer)
            JsonText::appendInteger(out, q.int64(i));
        else if (column.type == ColumnType::Real)
            JsonText::appendReal(out, q.real(i));
        else if (column.type == ColumnType::Boolean)
            out.append(q.int64(i) != 0 ? QByteArrayView("true") : QByteArrayView("false"));
        else
            JsonText::appendString(out, q.utf8(i));
    }
    out.append('}');
    q.reset();
    return true;
}

Result<QVector<QJsonObject>> RecordStore::list(QStringView tableName, const std::optional<QStringList>& storeIds)
{
    Result<const TableSchema*> found = lookup(tableName);
    if (!found)
        return found.error();
    const TableSchema& table = **found;
    QString statementText = QLatin1String("SELECT ") + columnList(table) + QLatin1String(" FROM ") + table.name();
    if (storeIds) {
        if (!table.hasStore())
            return Error{
                QStringLiteral("record_filter_invalid"),
                QStringLiteral("%1 records belong to no store; list them without a store filter.").arg(table.name()),
                {}};
        const QString in = QLatin1String(" IN (") + placeholders(storeIds->size()) + QLatin1Char(')');
        if (table.table().scope == TableScope::Store)
            statementText += QLatin1String(" WHERE store_id") + in;
        else
            statementText += QLatin1String(" WHERE ") + table.table().parentKey +
                             QLatin1String(" IN (SELECT id FROM ") + table.table().parentTable +
                             QLatin1String(" WHERE store_id") + in + QLatin1Char(')');
    }
    statementText += QLatin1String(" ORDER BY id");

    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    const QString doing = QStringLiteral("listing %1 records").arg(table.name());
    const Status prepared = sql::prepare(q, statementText, doing);
    if (!prepared)
        return prepared.error();
    if (storeIds) {
        for (const QString& store : *storeIds)
            q.addBindValue(store);
    }
    const Status done = sql::exec(q, doing);
    if (!done)
        return done.error();
    QVector<QJsonObject> rows;
    while (q.next())
        rows << readRow(table, q);
    return rows;
}

Result<QSet<QString>> RecordStore::existing(QStringView tableName, const QStringList& ids)
{
    Result<const TableSchema*> found = lookup(tableName);
    if (!found)
        return found.error();
    const TableSchema& table = **found;
    Result<SqliteStatement*> statement = this->statement(table, kExisting, [&]() -> QString {
        return QLatin1String("SELECT id FROM ") + table.name() +
               QLatin1String(" WHERE id IN (SELECT value FROM json_each(?))");
    });
    if (!statement)
        return statement.error();
    SqliteStatement& q = **statement;
    q.bindText(0, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
    const QString doing = QStringLiteral("looking up %1 records").arg(table.name());
    QSet<QString> present;
    for (;;) {
        const Result<bool> row = q.step([&] { return doing; });
        if (!row)
            return row.error();
        if (!*row)
            break;
        present.insert(q.text(0));
    }
    q.reset();
    return present;
}

Result<QString> RecordStore::storeOf(QStringView tableName, const QString& id)
{
    Result<const TableSchema*> found = lookup(tableName);
    if (!found)
        return found.error();
    const TableSchema& table = **found;
    if (!table.hasStore())
        return QString();
    QString text;
    if (table.table().scope == TableScope::Store)
        text = QLatin1String("SELECT store_id FROM ") + table.name() + QLatin1String(" WHERE id = ?");
    else
        text = QLatin1String("SELECT h.store_id FROM ") + table.name() + QLatin1String(" c JOIN ") +
               table.table().parentTable + QLatin1String(" h ON h.id = c.") + table.table().parentKey +
               QLatin1String(" WHERE c.id = ?");
    const Result<SqliteStatement*> row = findRow(table, id, kStoreOf, [&]() -> QString { return text; });
    if (!row)
        return row.error();
    if (*row == nullptr)
        return recordError(QStringLiteral("record_not_found"), table, id, QString(),
                           QStringLiteral("no such record here"));
    const QString store = (*row)->text(0);
    (*row)->reset();
    return store;
}

} // namespace syncsites
