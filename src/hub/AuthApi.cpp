#include "AuthApi.h"

#include "AuthLog.h"
#include "HttpServer.h"
#include "HubState.h"
#include "RecordStore.h"
#include "UserDirectory.h"
#include "UserProfile.h"
#include "UserSession.h"

#include <QCoreApplication>

namespace syncsites {

namespace {

// Its sentences, in the translation context "AuthApi" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuthApi)
};

Metrics::Counter& failureCounter(HubState& hub)
{
    return hub.metrics().counter(QStringLiteral("syncsites_auth_failures_total"),
                                 QStringLiteral("Failed site handshakes and user sign-ins."),
                                 {{QStringLiteral("kind"), QStringLiteral("user")}});
}

HttpResponse wrongCredentials()
{
    return HttpResponse::error(401, QStringLiteral("wrong_credentials"),
                               Text::tr("The user name or password is wrong. Check both, or ask an administrator to "
                                        "reset your password."));
}

// The account as the sign-in answers show it (what SignedInUser reads).
UserProfile profileOf(const UserAccount& account)
{
    return UserProfile{account.username, account.fullName, account.role, account.sites};
}

constexpr std::initializer_list<UserRole> kAnyRole{UserRole::Administrator, UserRole::Supervisor, UserRole::FieldStaff};

} // namespace

Status AuthApi::registerRoutes(HttpServer& http)
{
    if (Status s = http.addRoute(HttpMethod::Post, QStringLiteral("/api/v1/auth/login"), QStringLiteral("auth_login"),
                                 [this](const HttpRequest& r) { return login(r); });
        !s)
        return s;
    if (Status s = http.addRoute(HttpMethod::Post, QStringLiteral("/api/v1/auth/logout"), QStringLiteral("auth_logout"),
                                 [this](const HttpRequest& r) { return logout(r); });
        !s)
        return s;
    return http.addRoute(HttpMethod::Get, QStringLiteral("/api/v1/auth/me"), QStringLiteral("auth_me"),
                         [this](const HttpRequest& r) { return me(r); });
}

HttpResponse AuthApi::login(const HttpRequest& request)
{
    const Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return HttpResponse::fromError(400, body.error());
    const QString username = body->value(QStringLiteral("username")).toString();
    const QString password = body->value(QStringLiteral("password")).toString();
    if (username.trimmed().isEmpty())
        return HttpResponse::error(400, QStringLiteral("invalid_field"), Text::tr("Enter your user name."),
                                   QJsonObject{{QStringLiteral("field"), QStringLiteral("username")}});
    if (password.isEmpty())
        return HttpResponse::error(400, QStringLiteral("invalid_field"), Text::tr("Enter your password."),
                                   QJsonObject{{QStringLiteral("field"), QStringLiteral("password")}});

    Metrics::Counter& failures = failureCounter(m_hub);
    // Keyed by name and address: guesses from one place do not lock the person out everywhere.
    LoginThrottle::Attempt attempt = m_hub.throttle().begin(LoginThrottle::userKey(username, request.remoteAddress));
    if (const auto wait = attempt.wait(); wait.count() > 0) {
        failures.increment();
        const int seconds = int((wait.count() + 999) / 1000);
        return HttpResponse::retryLater(
            429, QStringLiteral("too_many_attempts"),
            Text::tr("Too many wrong passwords for this user. Wait %1 seconds, then try again.").arg(seconds), seconds);
    }

    UserDirectory users(m_hub.database(), m_hub.topology()->siteNameById);
    Result<std::optional<UserAccount>> account = users.find(username);
    if (!account)
        return HttpResponse::fromError(503, account.error());
    const bool verified = account->has_value() ? m_hub.hasher().verify(password, (**account).passwordHash) : false;
    if (!account->has_value())
        m_hub.hasher().verifyNothing(password); // the same time whether or not the user exists
    if (!verified) {
        attempt.failed();
        failures.increment();
        return wrongCredentials();
    }
    UserAccount user = std::move(**account);
    attempt.succeeded();
    if (!user.active) {
        failures.increment();
        return HttpResponse::error(401, QStringLiteral("account_disabled"),
                                   Text::tr("This account is disabled. Ask an administrator to enable it."));
    }
    if (m_hub.hasher().needsRehash(user.passwordHash)) {
        // The stored cost is below the hub's: re-hash now that the password is known. Not fatal if it fails.
        const Status s = RecordStore(m_hub.database())
                             .update(u"user_account", user.id,
                                     QJsonObject{{QStringLiteral("password_hash"), m_hub.hasher().hash(password)}});
        if (!s)
            qCWarning(lcAuth) << "could not re-hash the password of" << user.username << ":" << s.error().message;
    }

    const IssuedToken token = m_hub.tokens().issue(TokenSubject::User, user.username, kTokenLifetime);
    return HttpResponse::json(QJsonObject{{QStringLiteral("token"), token.token},
                                          {QStringLiteral("expires_at"), token.expiresAt.toString(Qt::ISODateWithMs)},
                                          {QStringLiteral("user"), profileOf(user).toJson()}});
}

HttpResponse AuthApi::logout(const HttpRequest& request)
{
    auto auth = UserSession::authenticate(m_hub, request, kAnyRole);
    if (auto* refused = std::get_if<HttpResponse>(&auth))
        return *refused;
    m_hub.tokens().revoke(std::get<UserSession>(auth).token);
    return HttpResponse::noContent();
}

HttpResponse AuthApi::me(const HttpRequest& request)
{
    auto auth = UserSession::authenticate(m_hub, request, kAnyRole);
    if (auto* refused = std::get_if<HttpResponse>(&auth))
        return *refused;
    const UserSession& session = std::get<UserSession>(auth);
    UserDirectory users(m_hub.database(), m_hub.topology()->siteNameById);
    const Result<std::optional<UserAccount>> account = users.find(session.username);
    if (!account)
        return HttpResponse::fromError(503, account.error());
    if (!account->has_value()) // removed between the two reads
        return HttpResponse::error(401, QStringLiteral("account_disabled"),
                                   Text::tr("This account is disabled. Ask an administrator to enable it."));
    const Result<TokenInfo> info = m_hub.tokens().lookup(session.token);
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("user"), profileOf(**account).toJson()},
                    {QStringLiteral("expires_at"),
                     info ? info->expiresAt.toString(Qt::ISODateWithMs) : QJsonValue(QJsonValue::Null)}});
}

} // namespace syncsites
