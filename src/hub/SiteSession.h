#pragma once

#include "DataCategory.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

#include <optional>
#include <variant>

namespace syncsites {

class HubState;
struct TopologySnapshot;

/// The site behind a sync request: its bearer token checked against the hub's tokens.
struct SiteSession
{
    QString token;
    QString siteName;
    QString siteId;

    /// The session, or the 401 answer to give (token_missing, token_invalid, token_expired).
    static std::variant<SiteSession, HttpResponse> authenticate(HubState& hub, const HttpRequest& request);

    enum class Access
    {
        Pull,
        Push,
    };

    /// The 403 `category_not_carried` answer when this site does not sync `category` with this server: it has no
    /// link for it, or (on a remote server's replica, HubConfig::replica) its link goes to another hub. An
    /// oms_central on a server of its own may pull the oms history here (Site::takesHistoryOf), never push.
    std::optional<HttpResponse> refuseCategory(const HubState& hub, const TopologySnapshot& snapshot, Category category,
                                               Access access) const;
};

} // namespace syncsites
