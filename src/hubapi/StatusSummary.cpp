#include "StatusSummary.h"

#include "JsonReader.h"

namespace syncsites {

Result<StatusSummary> StatusSummary::fromJson(const QJsonObject& json)
{
    JsonReader in(json, QStringLiteral("summary"));
    StatusSummary s;
    s.serverTime = in.dateTime("server_time");
    s.days = int(in.integer("days"));
    s.sites = int(in.integer("sites"));
    const QJsonObject health = in.object("health");
    const QJsonArray perDay = in.array("per_day");
    if (!in.ok())
        return in.error();
    for (SyncHealth h : allSyncHealths)
        s.health.insert(h, health.value(syncHealthId(h)).toInt());
    for (const QJsonValue& v : perDay) {
        JsonReader day(v.toObject(), QStringLiteral("per_day"));
        DailyTotals t;
        t.date = day.date("date");
        const QJsonObject sessions = day.object("sessions");
        t.success = sessions.value(QLatin1String("success")).toInt();
        t.partial = sessions.value(QLatin1String("partial")).toInt();
        t.failed = sessions.value(QLatin1String("failed")).toInt();
        t.cancelled = sessions.value(QLatin1String("cancelled")).toInt();
        t.pushed = day.integer("pushed", false, 0);
        t.pulled = day.integer("pulled", false, 0);
        t.rejected = day.integer("rejected", false, 0);
        if (!day.ok())
            return day.error();
        s.perDay.append(t);
    }
    return s;
}

} // namespace syncsites
