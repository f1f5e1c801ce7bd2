#include "WalkOracle.h"

#include "RecordStore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace syncsites::test::walk {

bool soak()
{
    return qEnvironmentVariableIntValue("SYNCSITES_SOAK") > 0;
}

QString typeId(SyncType type)
{
    return type == SyncType::None ? QStringLiteral("none") : syncTypeId(type);
}

const StoreTable kStoreTables[] = {
    {"stock_line", Category::Core, nullptr, nullptr, false},
    {"invoice", Category::Core, nullptr, nullptr, true},
    {"invoice_line", Category::Core, "invoice", "invoice_id", true},
    {"requisition", Category::Core, nullptr, nullptr, true},
    {"requisition_line", Category::Core, "requisition", "requisition_id", true},
    {"asset", Category::Oms, nullptr, nullptr, false},
    {"temperature_log", Category::Oms, "asset", "asset_id", false},
};

const char* const kCentralTables[] = {"site", "site_link", "store", "store_visibility", "item"};

bool openMsupplyKind(SiteKind kind)
{
    return kind == SiteKind::OmsCentral || kind == SiteKind::OmsRemote || kind == SiteKind::OmsStandalone ||
           kind == SiteKind::OmsAndroid;
}

bool linksFor(const Site& site, Category category)
{
    if (!site.holdsData() || site.kind == SiteKind::MsupplyCentral)
        return false;
    if (category == Category::Core)
        return true;
    if (site.kind == SiteKind::OmsCentral)
        return site.url.isEmpty();
    return openMsupplyKind(site.kind);
}

QString key(const QString& table, const QString& id)
{
    return table + QLatin1Char('/') + id;
}

Holdings readHoldings(Database& database)
{
    Holdings out;
    RecordStore records(database);
    for (const StoreTable& table : kStoreTables) {
        const auto rows = records.list(QString::fromLatin1(table.name));
        if (!rows.ok()) {
            out.error = rows.error().message;
            return out;
        }
        for (const QJsonObject& data : *rows) {
            Row row;
            row.table = &table;
            row.data = data;
            if (table.header) {
                const Row& header = out.rows.value(
                    key(QLatin1String(table.header), data.value(QLatin1String(table.headerKey)).toString()));
                row.store = header.store;
                row.partner = header.partner;
            } else {
                row.store = data.value(QLatin1String("store_id")).toString();
                row.partner = data.value(QLatin1String("partner_store_id")).toString();
            }
            out.rows.insert(key(QLatin1String(table.name), data.value(QLatin1String("id")).toString()), row);
        }
    }
    for (const char* table : kCentralTables) {
        const auto rows = records.list(QString::fromLatin1(table));
        if (!rows.ok()) {
            out.error = rows.error().message;
            return out;
        }
        for (const QJsonObject& data : *rows)
            out.central.insert(key(QLatin1String(table), data.value(QLatin1String("id")).toString()), data);
    }
    const auto credentials = records.list(u"site_credential");
    out.credentials = credentials.ok() ? int(credentials->size()) : -1;
    return out;
}

bool shouldHold(const Topology& topology, const Site& site, const Row& row, const QHash<QString, QString>& codeOf)
{
    if (!linksFor(site, row.table->category))
        return false;
    const SyncType type = topology.syncType(codeOf.value(row.store), site.name);
    if (type == SyncType::Active || type == SyncType::Collector)
        return true;
    return row.table->transfer && !row.partner.isEmpty() &&
           topology.syncType(codeOf.value(row.partner), site.name) == SyncType::Active;
}

QString fieldsDiffering(const QJsonObject& here, const QJsonObject& hub)
{
    QStringList out;
    QStringList names = here.keys() + hub.keys();
    names.removeDuplicates();
    std::sort(names.begin(), names.end());
    for (const QString& name : names)
        if (here.value(name) != hub.value(name))
            out << QStringLiteral("%1 here %2, hub %3")
                       .arg(name,
                            QString::fromUtf8(
                                QJsonDocument(QJsonArray{here.value(name)}).toJson(QJsonDocument::Compact)),
                            QString::fromUtf8(
                                QJsonDocument(QJsonArray{hub.value(name)}).toJson(QJsonDocument::Compact)));
    return out.join(QLatin1String("; "));
}

} // namespace syncsites::test::walk
