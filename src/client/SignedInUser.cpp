#include "SignedInUser.h"

#include "JsonReader.h"

#include <QCoreApplication>

namespace syncsites {

QString userRoleId(UserRole role)
{
    switch (role) {
    case UserRole::Administrator:
        return QStringLiteral("administrator");
    case UserRole::Supervisor:
        return QStringLiteral("supervisor");
    case UserRole::FieldStaff:
        break;
    }
    return QStringLiteral("field_staff");
}

std::optional<UserRole> userRoleFromId(QStringView id)
{
    for (UserRole r : {UserRole::Administrator, UserRole::Supervisor, UserRole::FieldStaff})
        if (userRoleId(r) == id)
            return r;
    return std::nullopt;
}

QString userRoleLabel(UserRole role)
{
    switch (role) {
    case UserRole::Administrator:
        return QCoreApplication::translate("UserRole", "Administrator");
    case UserRole::Supervisor:
        return QCoreApplication::translate("UserRole", "Supervisor");
    case UserRole::FieldStaff:
        break;
    }
    return QCoreApplication::translate("UserRole", "Field staff");
}

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
