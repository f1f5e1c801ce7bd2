#include "UserProfile.h"

#include "JsonReader.h"
#include "UserRole.h"

#include <QJsonArray>

namespace syncsites {

QJsonObject UserProfile::toJson() const
{
    return QJsonObject{{QStringLiteral("username"), username},
                       {QStringLiteral("full_name"), fullName},
                       {QStringLiteral("role"), role},
                       {QStringLiteral("sites"), QJsonArray::fromStringList(sites)}};
}

Result<UserProfile> UserProfile::fromJson(const QJsonObject& json)
{
    JsonReader in(json, QStringLiteral("user"));
    UserProfile profile;
    profile.username = in.string("username");
    profile.fullName = in.string("full_name", false);
    profile.role = in.string("role");
    if (in.ok() && !userRoleFromId(profile.role))
        in.fail("role", QStringLiteral("unknown: %1").arg(profile.role));
    for (const QJsonValue& site : in.array("sites", false))
        profile.sites.append(site.toString());
    if (!in.ok())
        return in.error();
    return profile;
}

} // namespace syncsites
