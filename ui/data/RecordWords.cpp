#include "RecordWords.h"

#include <QCoreApplication>

namespace syncsites::ui {

namespace {

struct Word
{
    const char* name;
    const char* words;
};

// Context "DataPage": the titles were first the Data page's, and their translations are filed under it.
const Word kTables[] = {
    {"stock_line", QT_TRANSLATE_NOOP("DataPage", "Stock lines")},
    {"invoice", QT_TRANSLATE_NOOP("DataPage", "Shipments")},
    {"invoice_line", QT_TRANSLATE_NOOP("DataPage", "Shipment lines")},
    {"requisition", QT_TRANSLATE_NOOP("DataPage", "Requisitions")},
    {"requisition_line", QT_TRANSLATE_NOOP("DataPage", "Requisition lines")},
    {"asset", QT_TRANSLATE_NOOP("DataPage", "Assets")},
    {"temperature_log", QT_TRANSLATE_NOOP("DataPage", "Temperature logs")},
    {"item", QT_TRANSLATE_NOOP("DataPage", "Items")},
    {"store", QT_TRANSLATE_NOOP("DataPage", "Stores")},
    {"site", QT_TRANSLATE_NOOP("DataPage", "Sites")},
    {"site_link", QT_TRANSLATE_NOOP("DataPage", "Site links")},
    {"store_visibility", QT_TRANSLATE_NOOP("DataPage", "Store visibility")},
};

// Every column of TableSchema (TestDataPage checks that none is missing).
const Word kColumns[] = {
    {"active", QT_TRANSLATE_NOOP("RecordColumn", "Active")},
    {"asset_id", QT_TRANSLATE_NOOP("RecordColumn", "Asset")},
    {"asset_type", QT_TRANSLATE_NOOP("RecordColumn", "Asset type")},
    {"available_packs", QT_TRANSLATE_NOOP("RecordColumn", "Available packs")},
    {"batch", QT_TRANSLATE_NOOP("RecordColumn", "Batch")},
    {"category", QT_TRANSLATE_NOOP("RecordColumn", "Category")},
    {"code", QT_TRANSLATE_NOOP("RecordColumn", "Code")},
    {"comment", QT_TRANSLATE_NOOP("RecordColumn", "Comment")},
    {"cost_price", QT_TRANSLATE_NOOP("RecordColumn", "Cost price")},
    {"created_at", QT_TRANSLATE_NOOP("RecordColumn", "Created")},
    {"delivered_at", QT_TRANSLATE_NOOP("RecordColumn", "Delivered")},
    {"expiry_date", QT_TRANSLATE_NOOP("RecordColumn", "Expiry date")},
    {"finalised_at", QT_TRANSLATE_NOOP("RecordColumn", "Finalised")},
    {"full_name", QT_TRANSLATE_NOOP("RecordColumn", "Full name")},
    {"hash_cost", QT_TRANSLATE_NOOP("RecordColumn", "Password hash cost")},
    {"home_site_id", QT_TRANSLATE_NOOP("RecordColumn", "Home site")},
    {"hub_site_id", QT_TRANSLATE_NOOP("RecordColumn", "Server site")},
    {"id", QT_TRANSLATE_NOOP("RecordColumn", "Id")},
    {"installed_on", QT_TRANSLATE_NOOP("RecordColumn", "Installed on")},
    {"invoice_id", QT_TRANSLATE_NOOP("RecordColumn", "Shipment")},
    {"item_id", QT_TRANSLATE_NOOP("RecordColumn", "Item")},
    {"kind", QT_TRANSLATE_NOOP("RecordColumn", "Kind")},
    {"linked_invoice_id", QT_TRANSLATE_NOOP("RecordColumn", "Linked shipment")},
    {"linked_requisition_id", QT_TRANSLATE_NOOP("RecordColumn", "Linked requisition")},
    {"logged_at", QT_TRANSLATE_NOOP("RecordColumn", "Logged at")},
    {"manufacturer", QT_TRANSLATE_NOOP("RecordColumn", "Manufacturer")},
    {"name", QT_TRANSLATE_NOOP("RecordColumn", "Name")},
    {"note", QT_TRANSLATE_NOOP("RecordColumn", "Note")},
    {"on_hold", QT_TRANSLATE_NOOP("RecordColumn", "On hold")},
    {"pack_size", QT_TRANSLATE_NOOP("RecordColumn", "Pack size")},
    {"packs", QT_TRANSLATE_NOOP("RecordColumn", "Packs")},
    {"partner_store_id", QT_TRANSLATE_NOOP("RecordColumn", "Partner store")},
    {"password_hash", QT_TRANSLATE_NOOP("RecordColumn", "Password hash")},
    {"requested_packs", QT_TRANSLATE_NOOP("RecordColumn", "Requested packs")},
    {"requisition_id", QT_TRANSLATE_NOOP("RecordColumn", "Requisition")},
    {"role", QT_TRANSLATE_NOOP("RecordColumn", "Role")},
    {"secret_hash", QT_TRANSLATE_NOOP("RecordColumn", "Secret hash")},
    {"sell_price", QT_TRANSLATE_NOOP("RecordColumn", "Sell price")},
    {"sent_at", QT_TRANSLATE_NOOP("RecordColumn", "Sent")},
    {"serial", QT_TRANSLATE_NOOP("RecordColumn", "Serial number")},
    {"server_site_id", QT_TRANSLATE_NOOP("RecordColumn", "Server")},
    {"shipped_at", QT_TRANSLATE_NOOP("RecordColumn", "Shipped")},
    {"site_id", QT_TRANSLATE_NOOP("RecordColumn", "Site")},
    {"status", QT_TRANSLATE_NOOP("RecordColumn", "Status")},
    {"store_id", QT_TRANSLATE_NOOP("RecordColumn", "Store")},
    {"supplied_packs", QT_TRANSLATE_NOOP("RecordColumn", "Supplied packs")},
    {"sync_type", QT_TRANSLATE_NOOP("RecordColumn", "Sync type")},
    {"temperature_c", QT_TRANSLATE_NOOP("RecordColumn", "Temperature (°C)")},
    {"type", QT_TRANSLATE_NOOP("RecordColumn", "Type")},
    {"unit", QT_TRANSLATE_NOOP("RecordColumn", "Unit")},
    {"updated_at", QT_TRANSLATE_NOOP("RecordColumn", "Updated")},
    {"url", QT_TRANSLATE_NOOP("RecordColumn", "Address")},
    {"user_id", QT_TRANSLATE_NOOP("RecordColumn", "User")},
    {"username", QT_TRANSLATE_NOOP("RecordColumn", "User name")},
};

} // namespace

QString RecordWords::tableTitle(const QString& table)
{
    for (const Word& entry : kTables) {
        if (table == QLatin1String(entry.name))
            return QCoreApplication::translate("DataPage", entry.words);
    }
    return table;
}

QString RecordWords::columnHeading(const QString& column)
{
    for (const Word& entry : kColumns) {
        if (column == QLatin1String(entry.name))
            return QCoreApplication::translate("RecordColumn", entry.words);
    }
    QString text = QString(column).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QStringList RecordWords::knownColumns()
{
    QStringList names;
    for (const Word& entry : kColumns)
        names.append(QLatin1String(entry.name));
    return names;
}

QStringList RecordWords::knownTables()
{
    QStringList names;
    for (const Word& entry : kTables)
        names.append(QLatin1String(entry.name));
    return names;
}

} // namespace syncsites::ui
