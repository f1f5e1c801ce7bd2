#include "SiteSession.h"

#include "HubState.h"
#include "StableId.h"

#include <QCoreApplication>

namespace syncsites::server {

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

} // namespace syncsites::server
