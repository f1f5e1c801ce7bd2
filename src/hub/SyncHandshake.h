#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

namespace syncsites {

class HubState;

/// POST /api/v1/sync/handshake: checks the protocol range, the site's secret (the one slow check of a session,
/// throttled per site) and its installation binding, and returns a session token with the site's links.
/// See docs/protocol.md. Thread-safe: handlers run on several workers at once.
class SyncHandshake
{
public:
    explicit SyncHandshake(HubState& hub) : m_hub(hub) {}

    HttpResponse handle(const HttpRequest& request);

private:
    HubState& m_hub;
};

} // namespace syncsites
