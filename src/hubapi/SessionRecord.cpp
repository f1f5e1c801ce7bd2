#include "SessionRecord.h"

#include "JsonReader.h"

namespace syncsites {

Result<SessionRecord> SessionRecord::fromJson(const QJsonObject& json)
{
    JsonReader in(json, QStringLiteral("session"));
    SessionRecord s;
    s.id = in.integer("id");
    s.startedAt = in.dateTime("started_at", false);
    s.finishedAt = in.dateTime("finished_at", false);
    s.outcome = in.string("outcome");
    s.durationMs = in.integer("duration_ms", false, 0);
    s.pushed = in.integer("pushed", false, 0);
    s.pulled = in.integer("pulled", false, 0);
    s.rejected = in.integer("rejected", false, 0);
    s.waiting = in.integer("waiting", false, 0);
    const QJsonObject error = in.object("error", false);
    s.errorCode = error.value(QLatin1String("code")).toString();
    s.errorMessage = error.value(QLatin1String("message")).toString();
    s.appVersion = in.string("app_version", false);
    s.links = in.array("links", false);
    if (!in.ok())
        return in.error();
    return s;
}

} // namespace syncsites
