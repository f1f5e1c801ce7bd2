#include "SyncHandshake.h"

#include "AuthLog.h"
#include "HubRepository.h"
#include "HubState.h"
#include "SecretHasher.h"
#include "StableId.h"
#include "WireMessages.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace syncsites {

namespace {

// Its sentences, in the translation context "SyncHandshake" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncHandshake)
};

} // namespace

HttpResponse SyncHandshake::handle(const HttpRequest& request)
{
    const Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return HttpResponse::fromError(400, body.error());
    const Result<wire::HandshakeRequest> handshake = wire::HandshakeRequest::fromJson(*body);
    if (!handshake)
        return HttpResponse::fromError(400, handshake.error());
    const int clientMin = handshake->protocolMin;
    const int clientMax = handshake->protocolMax;
    const QString& siteName = handshake->site;
    const QString& secret = handshake->secret;
    const QString& installation = handshake->installationId;

    const HubConfig& config = m_hub.config();
    if (clientMax < config.protocolMin || clientMin > config.protocolMax) {
        const bool upgradeClient = clientMax < config.protocolMin;
        const QString message =
            upgradeClient
                ? Text::tr("This site's SyncSites is too old for the server (it speaks protocol %1 to %2; the "
                           "server needs %3 to %4). Upgrade SyncSites on this site.")
                : Text::tr("The server's SyncSites is older than this site's (the site speaks protocol %1 to %2; "
                           "the server %3 to %4). Ask the administrator to upgrade the server.");
        return HttpResponse::error(
            426, QStringLiteral("protocol_incompatible"),
            message.arg(clientMin).arg(clientMax).arg(config.protocolMin).arg(config.protocolMax),
            QJsonObject{
                {QStringLiteral("upgrade"), upgradeClient ? QStringLiteral("client") : QStringLiteral("server")},
                {QStringLiteral("server_min"), config.protocolMin},
                {QStringLiteral("server_max"), config.protocolMax}});
    }

    const auto verified = verify(request, siteName, secret, installation);
    if (const auto* r = std::get_if<HttpResponse>(&verified))
        return *r;
    const Verified& v = std::get<Verified>(verified);
    const Site* site = v.site;
    const QString& siteId = v.siteId;
    const std::optional<QString>& binding = v.binding;
    const std::shared_ptr<const TopologySnapshot>& snapshot = v.snapshot;
    HubRepository repository(m_hub.database());

    // The binding read above, or the first one made now (bind() keeps an existing one if another request won).
    const Result<QString> bound =
        binding.has_value() ? Result<QString>(*binding) : repository.bind(siteId, installation);
    if (!bound)
        return HttpResponse::fromError(500, bound.error());
    if (bound->compare(installation, Qt::CaseInsensitive) != 0)
        return boundElsewhere(siteName);

    const IssuedToken token = m_hub.tokens().issue(TokenSubject::Site, siteName, config.siteTokenLifetime);
    wire::HandshakeAnswer answer;
    answer.protocolVersion = std::min(clientMax, config.protocolMax);
    answer.serverId = m_hub.serverId();
    answer.token = token.token;
    answer.expiresAt = token.expiresAt;
    answer.serverTime = QDateTime::currentDateTimeUtc();
    answer.siteId = siteId;
    answer.siteName = siteName;
    answer.siteKind = siteKindId(site->kind);
    const QMap<Category, QString> siteLinks = site->syncLinks();
    for (auto it = siteLinks.constBegin(); it != siteLinks.constEnd(); ++it) {
        const Site* hub = snapshot->topology.site(it.value());
        const QString url = hub && !hub->url.isEmpty() ? hub->url : m_hub.publicUrl();
        answer.links.append(wire::Link{it.key(), it.value(), url, false});
    }
    // An oms_central moved to a server of its own pulls the oms history held here until then (pull only).
    if (const std::optional<Category> history = site->takesHistoryOf(); history && !m_hub.config().replica)
        answer.links.append(wire::Link{*history, m_hub.hubSiteName(), m_hub.publicUrl(), true});
    answer.pullBatchMax = config.pullBatchMax;
    answer.pushBatchMax = config.pushBatchMax;
    answer.maxRequestBytes = config.maxRequestBytes;
    // How far this hub holds the site's pushes: a site beyond it (this hub restored from a backup) sends the rest
    // again.
    Result<QMap<Category, qint64>> pushed = repository.pushedThrough(siteId);
    if (!pushed)
        return HttpResponse::fromError(500, pushed.error());
    answer.pushedThrough = std::move(pushed).value();
    return HttpResponse::json(answer.toJson());
}

std::variant<SyncHandshake::Verified, HttpResponse> SyncHandshake::verify(const HttpRequest& request,
                                                                          const QString& siteName,
                                                                          const QString& secret,
                                                                          const QString& installation)
{
    const HubConfig& config = m_hub.config();
    Metrics::Counter& failures = m_hub.metrics().counter(QStringLiteral("syncsites_auth_failures_total"),
                                                         QStringLiteral("Failed site handshakes and user sign-ins."),
                                                         {{QStringLiteral("kind"), QStringLiteral("site")}});
    const std::shared_ptr<const TopologySnapshot> snapshot = m_hub.topology();
    const Site* site = snapshot->topology.site(siteName);
    HubRepository repository(m_hub.database());
    const QString siteId = StableId::site(siteName);
    // Keyed by site and address, so that guesses from elsewhere cannot keep a site from syncing; and the site's
    // bound installation is checked even while its key waits (its secret is random: guessing it is hopeless).
    const Result<std::optional<QString>> binding =
        site ? repository.binding(siteId) : Result<std::optional<QString>>(std::nullopt);
    if (!binding)
        return HttpResponse::fromError(500, binding.error());
    const bool boundHere = binding->has_value() && (*binding)->compare(installation, Qt::CaseInsensitive) == 0;
    LoginThrottle::Attempt attempt =
        m_hub.throttle().begin(LoginThrottle::siteKey(siteName, request.remoteAddress), boundHere);
    if (const auto wait = attempt.wait(); wait.count() > 0) {
        failures.increment();
        const int seconds = int((wait.count() + 999) / 1000);
        return HttpResponse::retryLater(
            429, QStringLiteral("too_many_attempts"),
            Text::tr("Too many wrong attempts for this site. Wait %1 seconds, then check the "
                     "site's secret and try again.")
                .arg(seconds),
            seconds);
    }

    Result<std::optional<QString>> stored =
        site && site->holdsData() ? repository.credentialHash(siteId) : Result<std::optional<QString>>(std::nullopt);
    if (!stored)
        return HttpResponse::fromError(500, stored.error());
    bool verified = false;
    if (stored->has_value())
        verified = SecretHasher::verify(secret, **stored);
    else
        SecretHasher::verifyNothing(secret); // the same time whether or not the site exists
    if (!verified) {
        attempt.failed();
        failures.increment();
        return HttpResponse::error(
            401, QStringLiteral("wrong_credentials"),
            Text::tr("The site name or its secret is wrong. Check both with your administrator."));
    }
    attempt.succeeded();
    if (SecretHasher::needsRehash(**stored) && !config.replica) {
        // A slow hash an older version stored: replaced by the fast one now that the secret is known (only where
        // central data is edited; a remote server's copy follows by sync). Not fatal if it fails.
        const Result<bool> replaced =
            repository.replaceCredentialHash(siteId, **stored, SecretHasher::hash(secret), SecretHasher::kStoredCost);
        if (!replaced)
            qCWarning(lcAuth) << "could not re-hash the secret of" << siteName << ":" << replaced.error().message;
    }

    return Verified{snapshot, site, siteId, *binding};
}

HttpResponse SyncHandshake::boundElsewhere(const QString& siteName)
{
    return HttpResponse::error(
        403, QStringLiteral("installation_mismatch"),
        Text::tr(
            "The site \"%1\" is already set up on another computer or device. If this installation replaces it, ask "
            "an administrator to release the site's binding on the server.")
            .arg(siteName));
}

HttpResponse SyncHandshake::check(const HttpRequest& request)
{
    const Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return HttpResponse::fromError(400, body.error());
    const QString siteName = body->value(QStringLiteral("site")).toString();
    const QString secret = body->value(QStringLiteral("secret")).toString();
    if (siteName.trimmed().isEmpty() || secret.isEmpty())
        return HttpResponse::error(400, QStringLiteral("invalid_field"),
                                   Text::tr("Send the site's name and its secret: {\"site\": ..., \"secret\": ...}."));
    // No installation here: only a binding to none would pass as "bound here".
    const auto verified = verify(request, siteName, secret, QString());
    if (const auto* r = std::get_if<HttpResponse>(&verified))
        return *r;
    const Verified& v = std::get<Verified>(verified);
    if (v.binding.has_value())
        return boundElsewhere(siteName);
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("site"), v.site->name}, {QStringLiteral("kind"), siteKindId(v.site->kind)}});
}

HttpResponse SyncHandshake::sites(const HttpRequest&)
{
    const std::shared_ptr<const TopologySnapshot> snapshot = m_hub.topology();
    HubRepository repository(m_hub.database());
    QVector<const Site*> waiting;
    for (const Site& s : snapshot->topology.sites()) {
        if (s.name == m_hub.hubSiteName())
            continue;
        if (s.holdsData()) {
            const Result<std::optional<QString>> binding = repository.binding(StableId::site(s.name));
            if (!binding)
                return HttpResponse::fromError(503, binding.error());
            if (binding->has_value())
                continue;
        }
        waiting.append(&s);
    }
    std::sort(waiting.begin(), waiting.end(), [](const Site* a, const Site* b) { return a->name < b->name; });
    QJsonArray out;
    for (const Site* s : waiting)
        out.append(QJsonObject{{QStringLiteral("name"), s->name},
                               {QStringLiteral("kind"), siteKindId(s->kind)},
                               {QStringLiteral("holds_data"), s->holdsData()}});
    return HttpResponse::json(QJsonObject{{QStringLiteral("sites"), out}});
}

} // namespace syncsites
