#include "SiteStatusList.h"

#include "JsonReader.h"

namespace syncsites {

Result<SiteStatusList> SiteStatusList::fromJson(const QJsonObject& json)
{
    JsonReader in(json, QStringLiteral("site statuses"));
    SiteStatusList list;
    list.serverTime = in.dateTime("server_time");
    JsonReader thresholds(in.object("thresholds"), QStringLiteral("thresholds"));
    list.thresholds.syncIntervalSeconds = int(thresholds.integer("sync_interval_seconds"));
    list.thresholds.lateAfterSeconds = int(thresholds.integer("late_after_seconds"));
    list.thresholds.staleAfterSeconds = int(thresholds.integer("stale_after_seconds"));
    const QJsonArray sites = in.array("sites");
    if (!in.ok())
        return in.error();
    if (!thresholds.ok())
        return thresholds.error();
    list.sites.reserve(sites.size());
    for (const QJsonValue& v : sites) {
        Result<SiteStatus> site = SiteStatus::fromJson(v.toObject());
        if (!site)
            return site.error();
        list.sites.append(std::move(site).value());
    }
    return list;
}

} // namespace syncsites
