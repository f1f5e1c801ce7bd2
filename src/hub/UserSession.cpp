#include "UserSession.h"

#include "HubState.h"
#include "StableId.h"
#include "UserDirectory.h"

#include <QCoreApplication>

namespace syncsites {

namespace {
// Its sentences, in the translation context "UserSession" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UserSession)
};
} // namespace

std::variant<UserSession, HttpResponse> UserSession::authenticate(HubState& hub, const HttpRequest& request,
                                                                  std::initializer_list<UserRole> allowed)
{
    const QString token = QString::fromLatin1(request.bearerToken());
    if (token.isEmpty())
        return HttpResponse::error(401, QStringLiteral("token_missing"),
                                   Text::tr("Sign in first (POST /api/v1/auth/login); send the token it returns as "
                                            "Authorization: Bearer."));
    const Result<TokenInfo> info = hub.tokens().lookup(token);
    if (!info) {
        const bool expired = info.error().code == QLatin1String("token_expired");
        return HttpResponse::error(401, expired ? QStringLiteral("token_expired") : QStringLiteral("token_invalid"),
                                   expired
                                       ? Text::tr("Your session has expired. Sign in again.")
                                       : Text::tr("You are not signed in (or the server restarted). Sign in again."));
    }
    if (info->kind != TokenSubject::User)
        return HttpResponse::error(403, QStringLiteral("forbidden"),
                                   Text::tr("A site's sync token cannot be used here; sign in as a person."));

    UserSession session;
    session.token = token;
    session.username = info->subject;
    session.userId = StableId::user(info->subject);
    const Result<std::optional<UserAccount>> account =
        UserDirectory(hub.database(), hub.topology()->siteNameById).find(session.username);
    if (!account)
        return HttpResponse::fromError(503, account.error());
    if (!account->has_value() || !(*account)->active) {
        hub.tokens().revokeSubject(TokenSubject::User, session.username);
        return HttpResponse::error(401, QStringLiteral("account_disabled"),
                                   Text::tr("This account is disabled. Ask an administrator."));
    }
    session.role = userRoleFromId((*account)->role).value_or(UserRole::FieldStaff);
    session.sites = (*account)->sites;

    for (UserRole r : allowed) {
        if (r == session.role)
            return session;
    }
    QStringList names;
    for (UserRole r : allowed)
        names.append(userRoleId(r));
    return HttpResponse::error(403, QStringLiteral("forbidden"),
                               Text::tr("Your role (%1) may not do this; it needs: %2.")
                                   .arg(userRoleId(session.role), names.join(QStringLiteral(", "))),
                               QJsonObject{{QStringLiteral("role"), userRoleId(session.role)},
                                           {QStringLiteral("allowed"), QJsonArray::fromStringList(names)}});
}

} // namespace syncsites
