#include "UserRecord.h"

#include "JsonReader.h"

#include <QJsonArray>

namespace syncsites {

QJsonObject UserRecord::toJson() const
{
    return QJsonObject{{QStringLiteral("username"), username},
                       {QStringLiteral("full_name"), fullName},
                       {QStringLiteral("role"), userRoleId(role)},
                       {QStringLiteral("sites"), QJsonArray::fromStringList(sites)},
                       {QStringLiteral("active"), active}};
}

Result<UserRecord> UserRecord::fromJson(const QJsonObject& json)
{
    JsonReader in(json, QStringLiteral("user"));
    UserRecord user;
    user.username = in.string("username");
    user.fullName = in.string("full_name", false);
    const QString role = in.string("role");
    if (in.ok()) {
        if (const std::optional<UserRole> known = userRoleFromId(role))
            user.role = *known;
        else
            in.fail("role", QStringLiteral("unknown: %1").arg(role));
    }
    for (const QJsonValue& site : in.array("sites", false)) {
        if (!site.isString())
            in.fail("sites", QStringLiteral("a site name is not a string"));
        user.sites.append(site.toString());
    }
    if (json.contains(QLatin1String("active")))
        user.active = in.boolean("active");
    if (!in.ok())
        return in.error();
    return user;
}

} // namespace syncsites
