#include "SignedInUser.h"

#include "JsonReader.h"

namespace syncsites {

Result<SignedInUser> SignedInUser::fromJson(const QJsonObject& user)
{
    JsonReader in(user, QStringLiteral("user"));
    SignedInUser u;
    u.username = in.string("username");
    u.fullName = in.string("full_name", false);
    const QString role = in.string("role");
    if (const auto r = userRoleFromId(role))
        u.role = *r;
    else if (in.ok())
        in.fail("role", QStringLiteral("unknown: %1").arg(role));
    for (const QJsonValue& site : in.array("sites", false))
        u.sites.append(site.toString());
    if (!in.ok())
        return in.error();
    return u;
}

} // namespace syncsites
