#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace syncsites {

/// A person as the hub's sign-in answers show them: `user` of POST /api/v1/auth/login and GET /api/v1/auth/me. The
/// hub writes it from its account (AuthApi), the desktop app reads it (SignedInUser), so that its fields are spelled
/// here once.
struct UserProfile
{
    QString username;
    QString fullName;
    QString role;      ///< a userRoleId(), as the hub stores it
    QStringList sites; ///< names of the sites they work at

    /// {username, full_name, role, sites}. Never the password's hash, nor whether the account is active.
    QJsonObject toJson() const;
    /// Reads what toJson() wrote: username and a known role (userRoleFromId) are required, full_name and sites may be
    /// missing. A missing or malformed field is a `bad_response` naming it.
    static Result<UserProfile> fromJson(const QJsonObject& json);
};

} // namespace syncsites
