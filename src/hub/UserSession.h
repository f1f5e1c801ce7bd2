#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "UserRole.h"

#include <QStringList>

#include <variant>

namespace syncsites {

class HubState;

/// The person behind a request: their bearer token (from POST /api/v1/auth/login) checked against the hub's
/// tokens, and their account (role, active, sites) read from the database on every request, so that a
/// disabled account or a changed role takes effect at once.
struct UserSession
{
    QString token;
    QString username;
    QString userId;
    UserRole role = UserRole::FieldStaff;
    QStringList sites; ///< names of the sites the user works at

    /// The session if the user's role is one of `allowed`; else the answer to give: 401 (token_missing,
    /// token_invalid, token_expired, account_disabled) or 403 (forbidden, naming the roles that may).
    static std::variant<UserSession, HttpResponse> authenticate(HubState& hub, const HttpRequest& request,
                                                                std::initializer_list<UserRole> allowed);
};

} // namespace syncsites
