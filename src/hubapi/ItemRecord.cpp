#include "ItemRecord.h"

#include "JsonReader.h"

#include <QJsonArray>

namespace syncsites {

QJsonObject ItemRecord::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("unit"), unit.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(unit)},
            {QStringLiteral("pack_size"), packSize},
            {QStringLiteral("active"), active}};
}

Result<ItemRecord> ItemRecord::fromJson(const QJsonObject& json)
{
    JsonReader in(json, QStringLiteral("item"));
    ItemRecord item;
    item.code = in.string("code");
    item.name = in.string("name");
    if (!in.ok())
        return in.error();
    item.unit = json.value(QLatin1String("unit")).toString();
    item.packSize = json.value(QLatin1String("pack_size")).toInt(1);
    item.active = json.value(QLatin1String("active")).toBool(true);
    item.used = json.value(QLatin1String("used")).toBool(false);
    return item;
}

Result<ItemImportReport> ItemImportReport::fromJson(const QJsonObject& json)
{
    JsonReader in(json, QStringLiteral("item import"));
    ItemImportReport report;
    report.created = int(in.integer("created"));
    report.updated = int(in.integer("updated"));
    report.unchanged = int(in.integer("unchanged"));
    report.refused = int(in.integer("refused"));
    if (!in.ok())
        return in.error();
    report.applied = json.value(QLatin1String("applied")).toBool();
    for (const QJsonValue& v : json.value(QLatin1String("lines")).toArray()) {
        const QJsonObject o = v.toObject();
        report.lines.append({o.value(QLatin1String("line")).toInt(), o.value(QLatin1String("code")).toString(),
                             o.value(QLatin1String("outcome")).toString(),
                             o.value(QLatin1String("reason")).toString()});
    }
    for (const QJsonValue& v : json.value(QLatin1String("ignored_columns")).toArray())
        report.ignoredColumns.append(v.toString());
    return report;
}

} // namespace syncsites
