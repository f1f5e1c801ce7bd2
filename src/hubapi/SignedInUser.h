#pragma once

#include "Result.h"
#include "UserRole.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace syncsites {

/// A person signed in to the hub (POST /api/v1/auth/login, GET /api/v1/auth/me).
struct SignedInUser
{
    QString username;
    QString fullName;
    UserRole role = UserRole::FieldStaff;
    QStringList sites; ///< the sites they work at
    QString token;     ///< bearer token; empty when signed in offline
    QDateTime expiresAt;
    bool offline = false; ///< signed in from the cached credentials, without the hub

    bool isAdministrator() const { return role == UserRole::Administrator; }
    bool mayEditNetwork() const { return role == UserRole::Administrator; }
    bool maySeeAllSites() const { return role != UserRole::FieldStaff; }

    /// Parses `user` of a login or me answer (UserProfile::fromJson).
    static Result<SignedInUser> fromJson(const QJsonObject& user);
};

} // namespace syncsites
