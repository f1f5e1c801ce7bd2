#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <memory>
#include <optional>
#include <variant>

namespace syncsites {

class HubState;
struct Site;
struct TopologySnapshot;

/// The site-facing requests that come before a session, no user needed (docs/protocol.md):
///
/// - POST /api/v1/sync/handshake: checks the protocol range, the site's secret (the one slow check of a session,
///   throttled per site) and its installation binding, and returns a session token with the site's links;
/// - POST /api/v1/sync/check {site, secret}: the set-up wizard's check before it makes a replica: the same secret
///   check and throttle, answering {site, kind} without binding an installation or issuing a token (403
///   installation_mismatch when the site is set up elsewhere already, as the handshake would answer);
/// - GET /api/v1/sync/sites: the sites a computer may be set up as here: {sites: [{name, kind, holds_data}]}, the
///   client sites and the data-holding sites that no installation is bound to yet (the hub's own site and sites
///   already set up are left out, so the list says no more than which sites are still waiting), by name.
///
/// Thread-safe: handlers run on several workers at once.
class SyncHandshake
{
public:
    explicit SyncHandshake(HubState& hub) : m_hub(hub) {}

    HttpResponse handle(const HttpRequest& request);
    HttpResponse check(const HttpRequest& request);
    HttpResponse sites(const HttpRequest& request);

private:
    /// A site whose secret was right.
    struct Verified
    {
        std::shared_ptr<const TopologySnapshot> snapshot;
        const Site* site = nullptr;
        QString siteId;
        std::optional<QString> binding; ///< the installation the site is bound to, if any
    };
    std::variant<Verified, HttpResponse> verify(const HttpRequest& request, const QString& siteName,
                                                const QString& secret, const QString& installation);
    static HttpResponse boundElsewhere(const QString& siteName);

    HubState& m_hub;
};

} // namespace syncsites
