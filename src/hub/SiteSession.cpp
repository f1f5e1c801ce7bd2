#include "SiteSession.h"

#include "HubState.h"
#include "StableId.h"

#include <QCoreApplication>

namespace syncsites {

std::variant<SiteSession, HttpResponse> SiteSession::authenticate(HubState& hub, const HttpRequest& request)
{
    const QString token = QString::fromLatin1(request.bearerToken());
    if (token.isEmpty())
        return HttpResponse::error(401, QStringLiteral("token_missing"),
                                   QCoreApplication::translate("SiteSession",
                                                               "Start with a handshake: this request needs the "
                                                               "session token it returns (Authorization: Bearer)."));
    const Result<TokenInfo> info = hub.tokens().lookup(token);
    if (!info) {
        const bool expired = info.error().code == QLatin1String("token_expired");
        return HttpResponse::error(
            401, expired ? QStringLiteral("token_expired") : QStringLiteral("token_invalid"),
            expired ? QCoreApplication::translate("SiteSession", "The sync session has expired. Sync again.")
                    : QCoreApplication::translate("SiteSession",
                                                  "The session token is not valid (the server may have restarted). "
                                                  "Sync again."));
    }
    if (info->kind != TokenSubject::Site)
        return HttpResponse::error(
            403, QStringLiteral("forbidden"),
            QCoreApplication::translate("SiteSession", "Only sites sync; sign in as a site to do this."));
    return SiteSession{token, info->subject, StableId::site(info->subject)};
}

std::optional<HttpResponse> SiteSession::refuseCategory(const HubState& hub, const TopologySnapshot& snapshot,
                                                        Category category, Access access) const
{
    const Site* site = snapshot.topology.site(siteName);
    bool carried = site && site->syncLinks().contains(category);
    // A replica serves only the categories its own site is the hub of (an oms_central deployed on its own).
    if (carried && hub.config().replica)
        carried = site->syncLinks().value(category) == hub.hubSiteName();
    if (carried)
        return std::nullopt;
    // That oms_central pulls the category's history from the msupply_central's process, and sends nothing to it.
    if (access == Access::Pull && site && !hub.config().replica && site->takesHistoryOf() == category)
        return std::nullopt;
    return HttpResponse::error(
        403, QStringLiteral("category_not_carried"),
        QCoreApplication::translate("SiteSession", "\"%1\" does not sync %2 data with this server.")
            .arg(siteName, categoryId(category)));
}

} // namespace syncsites
