#pragma once

#include "HubApiClient.h"
#include "SiteKind.h"

namespace syncsites {

/// What the set-up wizard asks the server before it makes anything (docs/protocol.md, "Setting up"): the sites a
/// computer may be set up as, and whether a site's secret is right, without binding this installation to the site
/// (that happens at the first sync). Through a HubApiClient (its server, CA file, proxy and errors); no user needed.
class HubSetUpClient
{
public:
    /// A site waiting to be set up.
    struct Site
    {
        QString name;
        SiteKind kind = SiteKind::MsupplySingleUser;
        bool holdsData = true; ///< false: a client site, which keeps no data (no secret)
    };

    explicit HubSetUpClient(HubApiClient& api) : m_api(api) {}

    /// GET /api/v1/sync/sites: client sites, and data-holding sites no computer is set up as yet, by name.
    void sites(const QObject* context, HubApiClient::Done<QVector<Site>> done);
    /// POST /api/v1/sync/check: the site as the server knows it when `secret` is right; the hub's error otherwise
    /// (wrong_credentials, too_many_attempts, installation_mismatch when another computer is set up as the site).
    void checkSecret(const QString& site, const QString& secret, const QObject* context, HubApiClient::Done<Site> done);

private:
    HubApiClient& m_api;
};

} // namespace syncsites
