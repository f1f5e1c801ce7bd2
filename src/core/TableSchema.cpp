#include "TableSchema.h"

#include <QHash>

namespace syncsites {

namespace {

using L = QLatin1String;

enum Flags
{
    NotNull = 0,
    Nullable = 1,
    Default = 2,
};

ColumnSchema col(L name, ColumnType type, int flags = NotNull, L references = L(), QVector<L> allowed = {})
{
    return {name, type, (flags & Nullable) != 0, (flags & Default) != 0, references, std::move(allowed)};
}

ColumnSchema id()
{
    return col(L("id"), ColumnType::Text);
}

// The latest version's columns of every synced table, in the database's column order.
QHash<QString, QVector<ColumnSchema>> columnsByTable()
{
    using T = ColumnType;
    const QVector<L> categories{L("core"), L("oms")};
    return {
        {L("site"),
         {id(), col(L("name"), T::Text), col(L("kind"), T::Text),
          col(L("server_site_id"), T::Text, Nullable, L("site")), col(L("url"), T::Text, Nullable)}},
        {L("site_link"),
         {id(), col(L("site_id"), T::Text, NotNull, L("site")), col(L("category"), T::Text, NotNull, L(), categories),
          col(L("hub_site_id"), T::Text, NotNull, L("site"))}},
        {L("site_credential"),
         {id(), col(L("site_id"), T::Text, NotNull, L("site")), col(L("secret_hash"), T::Text),
          col(L("hash_cost"), T::Integer), col(L("updated_at"), T::Timestamp)}},
        {L("store"),
         {id(), col(L("code"), T::Text), col(L("name"), T::Text), col(L("home_site_id"), T::Text, NotNull, L("site"))}},
        {L("store_visibility"),
         {id(), col(L("store_id"), T::Text, NotNull, L("store")), col(L("site_id"), T::Text, NotNull, L("site")),
          col(L("sync_type"), T::Text, NotNull, L(), {L("active"), L("collector"), L("transfer")})}},
        {L("user_account"),
         {id(), col(L("username"), T::Text), col(L("password_hash"), T::Text),
          col(L("role"), T::Text, NotNull, L(), {L("administrator"), L("supervisor"), L("field_staff")}),
          col(L("full_name"), T::Text, Default), col(L("active"), T::Boolean, Default)}},
        {L("user_site"), {id(), col(L("user_id"), T::Text), col(L("site_id"), T::Text, NotNull, L("site"))}},
        {L("item"),
         {id(), col(L("code"), T::Text), col(L("name"), T::Text), col(L("unit"), T::Text, Nullable),
          col(L("pack_size"), T::Integer, Default), col(L("active"), T::Boolean, Default)}},
        {L("stock_line"),
         {id(), col(L("store_id"), T::Text, NotNull, L("store")), col(L("item_id"), T::Text, NotNull, L("item")),
          col(L("batch"), T::Text, Nullable), col(L("expiry_date"), T::Date, Nullable),
          col(L("pack_size"), T::Integer, Default), col(L("available_packs"), T::Real, Default),
          col(L("cost_price"), T::Real, Default), col(L("sell_price"), T::Real, Default),
          col(L("note"), T::Text, Nullable), col(L("on_hold"), T::Boolean, Default)}},
        {L("invoice"),
         {id(), col(L("store_id"), T::Text, NotNull, L("store")),
          col(L("partner_store_id"), T::Text, Nullable, L("store")),
          col(L("type"), T::Text, NotNull, L(), {L("outbound"), L("inbound")}),
          col(L("status"), T::Text, Default, L(), {L("new"), L("shipped"), L("delivered")}),
          col(L("linked_invoice_id"), T::Text, Nullable), col(L("created_at"), T::Timestamp),
          col(L("shipped_at"), T::Timestamp, Nullable), col(L("delivered_at"), T::Timestamp, Nullable),
          col(L("comment"), T::Text, Nullable)}},
        {L("invoice_line"),
         {id(), col(L("invoice_id"), T::Text, NotNull, L("invoice")), col(L("item_id"), T::Text, NotNull, L("item")),
          col(L("batch"), T::Text, Nullable), col(L("expiry_date"), T::Date, Nullable),
          col(L("pack_size"), T::Integer, Default), col(L("packs"), T::Real, Default),
          col(L("cost_price"), T::Real, Default)}},
        {L("requisition"),
         {id(), col(L("store_id"), T::Text, NotNull, L("store")),
          col(L("partner_store_id"), T::Text, Nullable, L("store")),
          col(L("type"), T::Text, NotNull, L(), {L("request"), L("response")}),
          col(L("status"), T::Text, Default, L(), {L("draft"), L("sent"), L("finalised")}),
          col(L("linked_requisition_id"), T::Text, Nullable), col(L("created_at"), T::Timestamp),
          col(L("sent_at"), T::Timestamp, Nullable), col(L("finalised_at"), T::Timestamp, Nullable),
          col(L("comment"), T::Text, Nullable)}},
        {L("requisition_line"),
         {id(), col(L("requisition_id"), T::Text, NotNull, L("requisition")),
          col(L("item_id"), T::Text, NotNull, L("item")), col(L("requested_packs"), T::Real, Default),
          col(L("supplied_packs"), T::Real, Default)}},
        {L("asset"),
         {id(), col(L("store_id"), T::Text), col(L("code"), T::Text), col(L("asset_type"), T::Text),
          col(L("serial"), T::Text, Nullable), col(L("manufacturer"), T::Text, Nullable),
          col(L("installed_on"), T::Date, Nullable)}},
        {L("temperature_log"),
         {id(), col(L("asset_id"), T::Text, NotNull, L("asset")), col(L("logged_at"), T::Timestamp),
          col(L("temperature_c"), T::Real)}},
    };
}

} // namespace

TableSchema::TableSchema(const SyncedTable* table, QVector<ColumnSchema> columns)
    : m_table(table), m_columns(std::move(columns))
{}

const QVector<TableSchema>& TableSchema::all()
{
    static const QVector<TableSchema> tables = [] {
        const QHash<QString, QVector<ColumnSchema>> columns = columnsByTable();
        QVector<TableSchema> result;
        for (const SyncedTable& table : syncedTables()) {
            // A catalog table without columns here is a programming error that the schema test reports.
            result.append(TableSchema(&table, columns.value(table.name)));
        }
        return result;
    }();
    return tables;
}

const TableSchema* TableSchema::find(QStringView name)
{
    for (const TableSchema& table : all()) {
        if (name.compare(table.name()) == 0)
            return &table;
    }
    return nullptr;
}

const ColumnSchema* TableSchema::column(QStringView name) const
{
    for (const ColumnSchema& column : m_columns) {
        if (name.compare(column.name) == 0)
            return &column;
    }
    return nullptr;
}

bool TableSchema::hasStore() const
{
    return m_table->scope == TableScope::Store || m_table->scope == TableScope::StoreChild;
}

QString columnTypeDescription(ColumnType type)
{
    switch (type) {
    case ColumnType::Text:
        return QStringLiteral("text");
    case ColumnType::Integer:
        return QStringLiteral("a whole number");
    case ColumnType::Real:
        return QStringLiteral("a number");
    case ColumnType::Boolean:
        return QStringLiteral("true or false");
    case ColumnType::Date:
        return QStringLiteral("a date (YYYY-MM-DD)");
    case ColumnType::Timestamp:
        return QStringLiteral("a date and time (ISO 8601, e.g. 2024-05-01T10:00:00Z)");
    }
    return QString();
}

} // namespace syncsites
