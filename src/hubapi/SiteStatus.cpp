#include "SiteStatus.h"

#include "JsonReader.h"

namespace syncsites {

Result<SiteStatus> SiteStatus::fromJson(const QJsonObject& json)
{
    JsonReader in(json, QStringLiteral("site status"));
    SiteStatus s;
    s.name = in.string("name");
    const QString kind = in.string("kind");
    if (const auto k = siteKindFromId(kind))
        s.kind = *k;
    else if (in.ok())
        in.fail("kind", QStringLiteral("unknown: %1").arg(kind));
    s.role = in.string("role");
    s.server = in.string("server", false);
    const QString health = in.string("health", false);
    if (const auto h = syncHealthFromId(health))
        s.health = *h;
    else if (!health.isEmpty())
        in.fail("health", QStringLiteral("unknown: %1").arg(health));
    s.lastAttempt = in.dateTime("last_attempt", false);
    s.lastSuccess = in.dateTime("last_success", false);
    s.lastOutcome = in.string("last_outcome", false);
    s.lastDurationMs = in.integer("last_duration_ms", false);
    s.pushed = in.integer("pushed", false);
    s.pulled = in.integer("pulled", false);
    s.rejected = in.integer("rejected", false);
    s.waiting = in.integer("waiting", false);
    const QJsonObject error = in.object("last_error", false);
    s.errorCode = error.value(QLatin1String("code")).toString();
    s.errorMessage = error.value(QLatin1String("message")).toString();
    s.appVersion = in.string("app_version", false);
    s.protocolVersion = int(in.integer("protocol_version", false, 0));
    if (!in.ok())
        return in.error();
    return s;
}

} // namespace syncsites
