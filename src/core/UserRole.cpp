#include "UserRole.h"

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

} // namespace syncsites
