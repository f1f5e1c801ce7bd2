#include "TopologyPreview.h"

#include "JsonReader.h"

namespace syncsites {

namespace {

std::optional<VisibilityAction::Kind> actionKindFromId(const QString& id)
{
    if (id == QLatin1String("backfill"))
        return VisibilityAction::Kind::Backfill;
    if (id == QLatin1String("purge"))
        return VisibilityAction::Kind::Purge;
    if (id == QLatin1String("hand_over"))
        return VisibilityAction::Kind::HandOver;
    return std::nullopt;
}

} // namespace

Result<TopologyPreview> TopologyPreview::fromJson(const QJsonObject& json)
{
    JsonReader in(json, QStringLiteral("preview"));
    TopologyPreview p;
    p.revision = in.integer("revision");
    p.valid = in.boolean("valid");
    const QJsonArray violations = in.array("violations");
    const QJsonArray actions = in.array("actions");
    p.estimateNote = in.string("estimate_note", false);
    if (!in.ok())
        return in.error();
    for (const QJsonValue& v : violations) {
        JsonReader one(v.toObject(), QStringLiteral("violation"));
        Violation violation{one.string("rule"), one.string("subject", false), one.string("message")};
        if (!one.ok())
            return one.error();
        p.violations.append(violation);
    }
    for (const QJsonValue& v : actions) {
        JsonReader one(v.toObject(), QStringLiteral("action"));
        Action a;
        const QString kind = one.string("kind");
        a.action.store = one.string("store");
        a.action.site = one.string("site");
        a.action.fromSite = one.string("from_site", false);
        const QString before = one.string("before");
        const QString after = one.string("after");
        const qint64 estimate = one.integer("records_estimate", false, -1);
        if (estimate >= 0)
            a.recordsEstimate = estimate;
        if (const auto k = actionKindFromId(kind))
            a.action.kind = *k;
        else
            one.fail("kind", QStringLiteral("unknown: %1").arg(kind));
        if (const auto t = syncTypeFromId(before))
            a.action.before = *t;
        else
            one.fail("before", QStringLiteral("unknown: %1").arg(before));
        if (const auto t = syncTypeFromId(after))
            a.action.after = *t;
        else
            one.fail("after", QStringLiteral("unknown: %1").arg(after));
        if (!one.ok())
            return one.error();
        p.actions.append(a);
    }
    return p;
}

} // namespace syncsites
