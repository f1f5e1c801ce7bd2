#pragma once

#include "Result.h"
#include "UserRole.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace syncsites {

/// A person's account as the hub's users API shows it to administrators (GET /api/v1/admin/users): what the
/// desktop app's Users tab lists and edits. Named apart from the hub's own UserAccount (src/hub), which also holds
/// the password's hash; both are linked into the same test programs.
struct UserRecord
{
    QString username;
    QString fullName;
    UserRole role = UserRole::FieldStaff;
    QStringList sites; ///< names of the sites the person works at
    bool active = true;

    /// {username, full_name, role, sites, active} (what POST takes; PATCH takes the same fields but username).
    QJsonObject toJson() const;
    /// Reads what the hub answers: username and a known role are required, full_name, sites and active may be
    /// missing. A missing or malformed field is a `bad_response` naming it.
    static Result<UserRecord> fromJson(const QJsonObject& json);
};

} // namespace syncsites
