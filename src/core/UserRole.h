#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace syncsites {

/// The roles of the spec: what a signed-in person may do. The hub checks them on every admin, status and data
/// request (not only hidden in the interface); the desktop app shows the pages a role may use.
enum class UserRole
{
    Administrator, ///< edits topology, stores, sync types, users
    Supervisor,    ///< sees everything, changes nothing
    FieldStaff,    ///< syncs and edits data of their own sites' Active stores
};

QString userRoleId(UserRole role); ///< "administrator", "supervisor", "field_staff": the stored and wire form
std::optional<UserRole> userRoleFromId(QStringView id);
QString userRoleLabel(UserRole role); ///< translated ("Administrator", "Supervisor", "Field staff")

} // namespace syncsites
