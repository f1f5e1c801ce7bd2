#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "Result.h"

#include <chrono>

namespace syncsites {

class HttpServer;
class HubState;

/// People signing in to the hub: POST /api/v1/auth/login, POST /api/v1/auth/logout, GET /api/v1/auth/me.
///
/// Login checks the password against the account's slow salted hash (PasswordHasher); an unknown user costs the
/// same time as a wrong password (PasswordHasher::verifyNothing) and gets the same answer (401
/// wrong_credentials). Failures are throttled per username and client address (LoginThrottle: 429 too_many_attempts
/// with Retry-After) and counted in syncsites_auth_failures_total{kind="user"}. A disabled account gets 401
/// account_disabled, but only once its password was right, so that guessing reveals nothing. A good sign-in
/// returns a TokenSubject::User token valid for kTokenLifetime; logout revokes it; every other request of the
/// person goes through UserSession::authenticate, which reads the account again each time.
///
/// Threading: thread-safe (handlers run on several HTTP workers at once); holds a reference to the HubState,
/// which must outlive it. Errors are answered in HttpResponse::error's one shape.
class AuthApi
{
public:
    static constexpr std::chrono::seconds kTokenLifetime{8 * 3600};

    explicit AuthApi(HubState& hub) : m_hub(hub) {}

    /// Adds the three routes (auth_login, auth_logout, auth_me). Before the server listens.
    Status registerRoutes(HttpServer& http);

    HttpResponse login(const HttpRequest& request);
    HttpResponse logout(const HttpRequest& request);
    HttpResponse me(const HttpRequest& request);

private:
    HubState& m_hub;
};

} // namespace syncsites
