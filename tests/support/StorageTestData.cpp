#include "StorageTestData.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

namespace syncsites::test {

QJsonObject json(const char* text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("bad test JSON: %s", text);
    return document.object();
}

QVector<SyncedSample> syncedSamples()
{
    const QString core = QStringLiteral("core");
    const QString oms = QStringLiteral("oms");
    const QString a = QStringLiteral("store-a");
    const QString b = QStringLiteral("store-b");
    const auto s = [](const char* table, const char* record) {
        return SampleRecord{QLatin1String(table), json(record)};
    };
    return {
        {QStringLiteral("site"),
         {},
         json(R"({"id": "site-new", "name": "New site", "kind": "msupply_remote"})"),
         json(R"({"name": "Renamed site"})"),
         {},
         {},
         core},
        {QStringLiteral("site_link"),
         {},
         json(R"({"id": "link-1", "site_id": "site-x", "category": "core", "hub_site_id": "site-central"})"),
         json(R"({"category": "oms"})"),
         {},
         {},
         core},
        {QStringLiteral("site_credential"),
         {},
         json(R"({"id": "cred-1", "site_id": "site-x", "secret_hash": "pbkdf2$abc", "hash_cost": 10,
                  "updated_at": "2024-05-01T10:00:00.000Z"})"),
         json(R"({"hash_cost": 12})"),
         {},
         {},
         core},
        {QStringLiteral("store"),
         {},
         json(R"({"id": "store-new", "code": "NEW", "name": "New store", "home_site_id": "site-x"})"),
         json(R"({"name": "Renamed store"})"),
         QStringLiteral("store-new"), // a store row names itself, so hubs can tell whose visibility changed
         {},
         core},
        {QStringLiteral("store_visibility"),
         {},
         json(R"({"id": "vis-1", "store_id": "store-a", "site_id": "site-y", "sync_type": "collector"})"),
         json(R"({"sync_type": "transfer"})"),
         QStringLiteral("store-a"),
         {},
         core},
        {QStringLiteral("user_account"),
         {},
         json(R"({"id": "user-1", "username": "ana", "password_hash": "pbkdf2$x", "role": "field_staff"})"),
         json(R"({"full_name": "Ana Field", "active": false})"),
         {},
         {},
         core},
        {QStringLiteral("user_site"),
         {},
         json(R"({"id": "us-1", "user_id": "user-1", "site_id": "site-x"})"),
         json(R"({"site_id": "site-y"})"),
         {},
         {},
         core},
        {QStringLiteral("item"),
         {},
         json(R"({"id": "item-new", "code": "AMOX", "name": "Amoxicillin"})"),
         json(R"({"unit": "tablet"})"),
         {},
         {},
         core},
        {QStringLiteral("stock_line"),
         {},
         json(R"({"id": "sl-1", "store_id": "store-a", "item_id": "item-1", "batch": "B1", "expiry_date": "2026-01-31",
                  "pack_size": 10, "available_packs": 5})"),
         json(R"({"available_packs": 4.5, "on_hold": true})"),
         a,
         {},
         core},
        {QStringLiteral("invoice"),
         {},
         json(R"({"id": "inv-1", "store_id": "store-a", "partner_store_id": "store-b", "type": "outbound",
                  "created_at": "2024-05-01T10:00:00Z"})"),
         json(R"({"status": "shipped", "shipped_at": "2024-05-02T08:00:00Z"})"),
         a,
         b,
         core},
        {QStringLiteral("invoice_line"),
         {s("invoice", R"({"id": "inv-h", "store_id": "store-a", "partner_store_id": "store-b", "type": "outbound",
                           "created_at": "2024-05-01T10:00:00Z"})")},
         json(R"({"id": "il-1", "invoice_id": "inv-h", "item_id": "item-1", "pack_size": 10, "packs": 2})"),
         json(R"({"packs": 3})"),
         a,
         b,
         core},
        {QStringLiteral("requisition"),
         {},
         json(R"({"id": "req-1", "store_id": "store-b", "partner_store_id": "store-a", "type": "request",
                  "created_at": "2024-05-01T10:00:00Z"})"),
         json(R"({"status": "sent"})"),
         b,
         a,
         core},
        {QStringLiteral("requisition_line"),
         {s("requisition", R"({"id": "req-h", "store_id": "store-b", "partner_store_id": "store-a", "type": "request",
                               "created_at": "2024-05-01T10:00:00Z"})")},
         json(R"({"id": "rl-1", "requisition_id": "req-h", "item_id": "item-2", "requested_packs": 8})"),
         json(R"({"supplied_packs": 6})"),
         b,
         a,
         core},
        {QStringLiteral("asset"),
         {},
         json(R"({"id": "asset-1", "store_id": "store-a", "code": "FR-1", "asset_type": "fridge"})"),
         json(R"({"serial": "SN-77", "installed_on": "2023-11-02"})"),
         a,
         {},
         oms},
        {QStringLiteral("temperature_log"),
         {s("asset", R"({"id": "asset-h", "store_id": "store-a", "code": "FR-2", "asset_type": "fridge"})")},
         json(R"({"id": "tl-1", "asset_id": "asset-h", "logged_at": "2024-05-01T10:00:00Z", "temperature_c": 4.5})"),
         json(R"({"temperature_c": 9.25})"),
         a,
         {},
         oms},
    };
}

Status seedBase(RecordStore& records)
{
    const SampleRecord base[] = {
        {QStringLiteral("site"), json(R"({"id": "site-central", "name": "Central", "kind": "msupply_central"})")},
        {QStringLiteral("site"),
         json(R"({"id": "site-x", "name": "Site X", "kind": "msupply_remote", "url": "http://127.0.0.1:1"})")},
        {QStringLiteral("site"), json(R"({"id": "site-y", "name": "Site Y", "kind": "oms_standalone"})")},
        {QStringLiteral("store"),
         json(R"({"id": "store-a", "code": "A", "name": "Store A", "home_site_id": "site-x"})")},
        {QStringLiteral("store"),
         json(R"({"id": "store-b", "code": "B", "name": "Store B", "home_site_id": "site-y"})")},
        {QStringLiteral("item"), json(R"({"id": "item-1", "code": "PARA", "name": "Paracetamol", "unit": "tab"})")},
        {QStringLiteral("item"), json(R"({"id": "item-2", "code": "ORS", "name": "Oral salts"})")},
    };
    for (const SampleRecord& record : base) {
        const Status written = records.upsert(record.table, record.record);
        if (!written)
            return written;
    }
    return {};
}

Result<std::unique_ptr<Database>> openIn(const QTemporaryDir& dir, const QString& name, const DatabaseOptions& options)
{
    return Database::open(dir.filePath(name), options);
}

qint64 rowCount(Database& database, const QString& table, const QString& where)
{
    Result<QSqlDatabase> db = database.connection();
    if (!db)
        return -1;
    const QVariant value = queryValue(*db, QLatin1String("SELECT count(*) FROM ") + table +
                                               (where.isEmpty() ? QString() : QLatin1String(" WHERE ") + where));
    return value.isValid() ? value.toLongLong() : -1;
}

QVariant queryValue(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        qWarning("query failed: %s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        return {};
    }
    if (!query.next())
        return {};
    return query.value(0);
}

QStringList dumpTable(const QSqlDatabase& db, const QString& table, const QStringList& columns)
{
    const QString list = columns.isEmpty() ? QStringLiteral("*") : columns.join(QLatin1String(", "));
    QSqlQuery query(db);
    if (!query.exec(QLatin1String("SELECT ") + list + QLatin1String(" FROM ") + table + QLatin1String(" ORDER BY 1"))) {
        qWarning("dump of %s failed: %s", qPrintable(table), qPrintable(query.lastError().text()));
        return {};
    }
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i) {
            const QVariant value = query.value(i);
            values << (value.isNull() ? QStringLiteral("<null>") : value.toString());
        }
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

QStringList schemaStatements(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"));
    QStringList statements;
    while (query.next())
        statements << query.value(0).toString() + QLatin1String(": ") + query.value(1).toString();
    return statements;
}

} // namespace syncsites::test
