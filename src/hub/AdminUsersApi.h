#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

namespace syncsites {

class HubState;

/// The people who may sign in (administrator only):
///
/// - GET   /api/v1/admin/users → {"users": [{username, full_name, role, sites, active}]}, by username;
/// - POST  /api/v1/admin/users {username, full_name, role, sites, password?} → 201 {"user", "password"?}: with no
///   password given, a random one is made and returned once;
/// - PATCH /api/v1/admin/users/{username} {full_name?, role?, sites?, active?, password?} → {"user"}.
///
/// An unknown role or site, a malformed username or a password shorter than kMinPasswordLength is 400
/// invalid_field; an existing username 409 already_exists; an edit that would leave no active administrator
/// 409 last_administrator. A role change or a disabled account takes effect at the person's next request
/// (UserSession reads the account each time); disabling, and setting another person's password, also revoke
/// their sessions at once. Each change is one transaction with its audit row (the password is never logged).
///
/// Threading: thread-safe; each edit reads and writes in one write transaction (BEGIN IMMEDIATE), so that the
/// last-administrator check cannot race another edit. Holds a reference to the HubState, which must outlive it.
class AdminUsersApi
{
public:
    static constexpr int kMinPasswordLength = 8;

    explicit AdminUsersApi(HubState& hub) : m_hub(hub) {}

    HttpResponse list(const HttpRequest& request);
    HttpResponse add(const HttpRequest& request);
    HttpResponse edit(const HttpRequest& request);

private:
    HubState& m_hub;
};

} // namespace syncsites
