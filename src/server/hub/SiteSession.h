#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <optional>
#include <variant>

namespace syncsites::server {

class HubState;

/// The site behind a sync request: its bearer token checked against the hub's tokens.
struct SiteSession
{
    QString token;
    QString siteName;
    QString siteId;

    /// The session, or the 401 answer to give (token_missing, token_invalid, token_expired).
    static std::variant<SiteSession, HttpResponse> authenticate(HubState& hub, const HttpRequest& request);
};

} // namespace syncsites::server
