#include "HubApiClient.h"

#include "JsonReader.h"
#include "TopologyJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrlQuery>

namespace syncsites {

namespace {

// Its sentences, in the translation context "HubApiClient" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HubApiClient)
};

/// Set on a reply once Qt reported certificate errors for it.
constexpr char kCertificateRejected[] = "syncsitesCertificateRejected";

/// A transport failure in words a field worker can act on.
/// `certificateRejected`: the TLS handshake reached the server's certificate (Qt emitted sslErrors); without it, a
/// failed handshake means the peer did not answer in TLS at all, as a plain-http hub does.
Error transportError(QNetworkReply::NetworkError error, const QString& qtMessage, const QUrl& server,
                     const QString& proxy, bool certificateRejected)
{
    const QString host = server.host();
    if (!proxy.isEmpty() &&
        (error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError ||
         error == QNetworkReply::RemoteHostClosedError))
        // Qt reports a proxy that refuses as the server refusing: say which one the app tried.
        return Error{
            QStringLiteral("server_unreachable"),
            Text::tr("The connection through the proxy %1 to the server %2 failed. Check the proxy in Settings, "
                     "or clear it if this network has none.")
                .arg(proxy, server.authority()),
            qtMessage};
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return Error{QStringLiteral("server_unreachable"),
                     Text::tr("The server %1 could not be found. Check the server address in Settings and that this "
                              "computer is connected to the network.")
                         .arg(host),
                     qtMessage};
    case QNetworkReply::ConnectionRefusedError:
        return Error{QStringLiteral("server_unreachable"),
                     Text::tr("Nothing answers at %1. Check the server address and port in Settings; the server may "
                              "also be stopped.")
                         .arg(server.authority()),
                     qtMessage};
    case QNetworkReply::RemoteHostClosedError:
        if (server.scheme() == QLatin1String("https"))
            return Error{QStringLiteral("server_unreachable"),
                         Text::tr("The server at %1 closed the secure connection: it may not speak https at this "
                                  "address. Try the address with http:// instead, or check the port in Settings.")
                             .arg(server.authority()),
                         qtMessage};
        return Error{QStringLiteral("server_unreachable"),
                     Text::tr("The server %1 closed the connection without answering. Check the server address and "
                              "port in Settings, or ask its administrator.")
                         .arg(server.authority()),
                     qtMessage};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return Error{
            QStringLiteral("timeout"),
            Text::tr("The server %1 took too long to answer. The connection may be slow; try again.").arg(host),
            qtMessage};
    case QNetworkReply::SslHandshakeFailedError:
        if (!certificateRejected)
            return Error{QStringLiteral("server_unreachable"),
                         Text::tr("The server at %1 does not speak https at this address. Try the address with "
                                  "http:// instead, or check the port in Settings.")
                             .arg(server.authority()),
                         qtMessage};
        return Error{
            QStringLiteral("tls_certificate"),
            Text::tr("The secure connection to %1 failed: its certificate is not trusted. Ask the administrator "
                     "for the certificate authority file and set it in Settings.")
                .arg(host),
            qtMessage};
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        return Error{QStringLiteral("no_network"),
                     Text::tr("This computer has no network connection. Connect it and try again."), qtMessage};
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProxyConnectionClosedError:
        return Error{QStringLiteral("server_unreachable"),
                     Text::tr("The proxy refused the connection. Check the proxy in Settings."), qtMessage};
    default:
        return Error{QStringLiteral("server_unreachable"),
                     Text::tr("The server %1 could not be reached (%2). Try again later.").arg(host, qtMessage),
                     qtMessage};
    }
}

/// Parses `json` with `parse` (a fromJson) into Done<T>.
template <typename T, typename Parse> HubApiClient::Done<QJsonValue> parsed(HubApiClient::Done<T> done, Parse parse)
{
    return [done = std::move(done), parse](Result<QJsonValue> raw) {
        if (!raw)
            return done(raw.error());
        done(parse(raw->toObject()));
    };
}

template <typename T> Result<QVector<T>> parseArray(const QJsonArray& array)
{
    QVector<T> out;
    out.reserve(array.size());
    for (const QJsonValue& v : array) {
        Result<T> one = T::fromJson(v.toObject());
        if (!one)
            return one.error();
        out.append(std::move(one).value());
    }
    return out;
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject topologyObject(const Topology& topology)
{
    return QJsonDocument::fromJson(TopologyJson::serialize(topology)).object();
}

Result<qint64> revisionOf(const QJsonObject& answer)
{
    JsonReader in(answer, QStringLiteral("edit result"));
    const qint64 revision = in.integer("revision");
    if (!in.ok())
        return in.error();
    return revision;
}

} // namespace

HubApiClient::HubApiClient(QObject* parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(true);
}

HubApiClient::~HubApiClient() = default;

void HubApiClient::setServer(const QUrl& url)
{
    m_server = url;
    if (m_server.path().endsWith(QLatin1Char('/')))
        m_server.setPath(m_server.path().chopped(1));
}

void HubApiClient::setProxy(const QString& proxyUrl)
{
    const QUrl url(proxyUrl);
    m_proxy = url.isValid() && !url.host().isEmpty() ? proxyUrl : QString();
    if (proxyUrl.isEmpty() || !url.isValid() || url.host().isEmpty()) {
        m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        return;
    }
    m_network->setProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, url.host(), quint16(url.port(3128)), url.userName(), url.password()));
}

void HubApiClient::setCaCertificateFile(const QString& path)
{
    m_caFile = path;
}

void HubApiClient::send(const QByteArray& verb, const QString& pathAndQuery, const QByteArray& body,
                        const QObject* context, RawDone done)
{
    QUrl url = m_server;
    const int q = pathAndQuery.indexOf(QLatin1Char('?'));
    // The path arrives percent-encoded (names of sites and stores may hold spaces or slashes): keep it so.
    url.setPath(m_server.path(QUrl::FullyEncoded) + (q < 0 ? pathAndQuery : pathAndQuery.left(q)), QUrl::TolerantMode);
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "syncsites-desktop/" + QCoreApplication::applicationVersion().toUtf8());
    if (!body.isEmpty() || verb != "GET")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!m_caFile.isEmpty() && url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        QList<QSslCertificate> cas = tls.caCertificates();
        cas.append(QSslCertificate::fromPath(m_caFile, QSsl::Pem));
        tls.setCaCertificates(cas);
        request.setSslConfiguration(tls);
    }
    QNetworkReply* reply = m_network->sendCustomRequest(request, verb, body);
    // Seen before `finished`: tells a refused certificate from a server that does not speak TLS at all.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->setProperty(kCertificateRejected, true); });
    connect(reply, &QNetworkReply::finished, context ? context : this,
            [this, reply, done = std::move(done)] { finish(reply, done); });
}

void HubApiClient::request(const QByteArray& verb, const QString& pathAndQuery, const QJsonValue& body,
                           const QObject* context, Done<QJsonValue> done)
{
    QByteArray bytes;
    if (body.isObject())
        bytes = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        bytes = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    send(verb, pathAndQuery, bytes, context, std::move(done));
}

QString HubApiClient::segment(const QString& text)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(text));
}

void HubApiClient::finish(QNetworkReply* reply, const RawDone& done)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) {
        const bool reachable = false;
        if (m_reachable != reachable)
            emit reachabilityChanged(m_reachable = reachable);
        return done(transportError(reply->error(), reply->errorString(), m_server, m_proxy,
                                   reply->property(kCertificateRejected).toBool()));
    }
    if (!m_reachable)
        emit reachabilityChanged(m_reachable = true);
    QJsonParseError parseError;
    const QJsonDocument document =
        body.isEmpty() ? QJsonDocument(QJsonObject()) : QJsonDocument::fromJson(body, &parseError);
    if (!body.isEmpty() && parseError.error != QJsonParseError::NoError) {
        if (status >= 400)
            return done(
                Error{QStringLiteral("server_error"),
                      Text::tr("The server answered with an error (HTTP %1) and no explanation. Try again later or "
                               "ask its administrator.")
                          .arg(status)});
        return done(badResponse(QStringLiteral("HTTP %1").arg(status), parseError.errorString()));
    }
    if (status >= 400) {
        const QJsonObject error = document.object().value(QLatin1String("error")).toObject();
        Error e{error.value(QLatin1String("code")).toString(QStringLiteral("server_error")),
                error.value(QLatin1String("message"))
                    .toString(Text::tr("The server answered with an error (HTTP %1). Try again later.").arg(status)),
                error.value(QLatin1String("details")).toObject().toVariantMap()};
        if (status == 401 && !m_token.isEmpty()) {
            m_token.clear(); // dead: the answers to requests sent with it at the same time ask only once
            emit signInRequired(e.message);
        }
        return done(e);
    }
    done(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
}

void HubApiClient::checkServer(const QObject* context, Done<QJsonObject> done)
{
    send("GET", QStringLiteral("/healthz"), {}, context, [done = std::move(done)](Result<QJsonValue> raw) {
        if (!raw)
            return done(raw.error());
        done(raw->toObject());
    });
}

void HubApiClient::signIn(const QString& username, const QString& password, const QObject* context,
                          Done<SignedInUser> done)
{
    const QByteArray body = compact({{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    m_token.clear();
    send("POST", QStringLiteral("/api/v1/auth/login"), body, context,
         [this, done = std::move(done)](Result<QJsonValue> raw) {
             if (!raw)
                 return done(raw.error());
             const QJsonObject answer = raw->toObject();
             JsonReader in(answer, QStringLiteral("sign-in"));
             const QString token = in.string("token");
             const QDateTime expires = in.dateTime("expires_at");
             if (!in.ok())
                 return done(in.error());
             Result<SignedInUser> user = SignedInUser::fromJson(answer.value(QLatin1String("user")).toObject());
             if (!user)
                 return done(user.error());
             user->token = token;
             user->expiresAt = expires;
             m_token = token;
             done(std::move(user));
         });
}

void HubApiClient::fetchMe(const QObject* context, Done<SignedInUser> done)
{
    send("GET", QStringLiteral("/api/v1/auth/me"), {}, context, [this, done = std::move(done)](Result<QJsonValue> raw) {
        if (!raw)
            return done(raw.error());
        const QJsonObject answer = raw->toObject();
        Result<SignedInUser> user = SignedInUser::fromJson(answer.value(QLatin1String("user")).toObject());
        if (!user)
            return done(user.error());
        user->token = m_token;
        user->expiresAt =
            QDateTime::fromString(answer.value(QLatin1String("expires_at")).toString(), Qt::ISODateWithMs);
        done(std::move(user));
    });
}

void HubApiClient::signOut()
{
    if (m_token.isEmpty())
        return;
    send("POST", QStringLiteral("/api/v1/auth/logout"), {}, this, [](const Result<QJsonValue>&) {});
    m_token.clear();
}

void HubApiClient::fetchTopology(const QObject* context, Done<RevisedTopology> done)
{
    send("GET", QStringLiteral("/api/v1/admin/topology"), {}, context,
         [done = std::move(done)](Result<QJsonValue> raw) {
             if (!raw)
                 return done(raw.error());
             const QJsonObject answer = raw->toObject();
             JsonReader in(answer, QStringLiteral("topology"));
             RevisedTopology revised;
             revised.revision = in.integer("revision");
             const QJsonObject topology = in.object("topology");
             if (!in.ok())
                 return done(in.error());
             Result<Topology> parsedTopology = TopologyJson::parse(QJsonDocument(topology).toJson());
             if (!parsedTopology)
                 return done(badResponse(QStringLiteral("topology"), parsedTopology.error().message));
             revised.topology = std::move(parsedTopology).value();
             done(std::move(revised));
         });
}

void HubApiClient::previewTopology(const Topology& topology, const QObject* context, Done<TopologyPreview> done)
{
    send("POST", QStringLiteral("/api/v1/admin/topology/preview"),
         compact({{QStringLiteral("topology"), topologyObject(topology)}}), context,
         parsed<TopologyPreview>(std::move(done), &TopologyPreview::fromJson));
}

void HubApiClient::replaceTopology(qint64 revision, const Topology& topology, const QObject* context, Done<qint64> done)
{
    send("PUT", QStringLiteral("/api/v1/admin/topology"),
         compact({{QStringLiteral("revision"), revision}, {QStringLiteral("topology"), topologyObject(topology)}}),
         context, parsed<qint64>(std::move(done), &revisionOf));
}

void HubApiClient::setSyncType(qint64 revision, const QString& store, const QString& site, SyncType type,
                               const QObject* context, Done<qint64> done)
{
    const QString path =
        QStringLiteral("/api/v1/admin/stores/%1/sync-types/%2")
            .arg(QString::fromUtf8(QUrl::toPercentEncoding(store)), QString::fromUtf8(QUrl::toPercentEncoding(site)));
    send("PUT", path,
         compact({{QStringLiteral("revision"), revision}, {QStringLiteral("sync_type"), syncTypeId(type)}}), context,
         parsed<qint64>(std::move(done), &revisionOf));
}

void HubApiClient::fetchAudit(int limit, qint64 before, const QObject* context, Done<QVector<AuditEntry>> done)
{
    QString path = QStringLiteral("/api/v1/admin/audit?limit=%1").arg(limit);
    if (before > 0)
        path += QStringLiteral("&before=%1").arg(before);
    send("GET", path, {}, context, parsed<QVector<AuditEntry>>(std::move(done), [](const QJsonObject& answer) {
             return parseArray<AuditEntry>(answer.value(QLatin1String("entries")).toArray());
         }));
}

void HubApiClient::fetchSiteStatuses(const QObject* context, Done<SiteStatusList> done)
{
    send("GET", QStringLiteral("/api/v1/status/sites"), {}, context,
         parsed<SiteStatusList>(std::move(done), &SiteStatusList::fromJson));
}

void HubApiClient::fetchSessions(const QString& site, int days, int limit, const QObject* context,
                                 Done<QVector<SessionRecord>> done)
{
    // Concatenated, never chained .arg(): an encoded name holds "%2C" and the like, which a later arg() would fill.
    const QString path = QStringLiteral("/api/v1/status/sites/") + segment(site) +
                         QStringLiteral("/sessions?days=%1&limit=%2").arg(days).arg(limit);
    send("GET", path, {}, context, parsed<QVector<SessionRecord>>(std::move(done), [](const QJsonObject& answer) {
             return parseArray<SessionRecord>(answer.value(QLatin1String("sessions")).toArray());
         }));
}

void HubApiClient::fetchSummary(int days, const QObject* context, Done<StatusSummary> done)
{
    send("GET", QStringLiteral("/api/v1/status/summary?days=%1").arg(days), {}, context,
         parsed<StatusSummary>(std::move(done), &StatusSummary::fromJson));
}

void HubApiClient::fetchDataStores(const QString& client, const QObject* context, Done<QJsonObject> done)
{
    const QString path = QStringLiteral("/api/v1/data/stores?client=") + segment(client);
    send("GET", path, {}, context, [done = std::move(done)](Result<QJsonValue> raw) {
        if (!raw)
            return done(raw.error());
        const QJsonObject answer = raw->toObject();
        if (!answer.value(QLatin1String("stores")).isArray())
            return done(badResponse(QStringLiteral("data stores"), QStringLiteral("stores missing")));
        done(answer);
    });
}

void HubApiClient::fetchData(const QString& client, const QString& table, const QString& store, const QString& after,
                             int limit, const QObject* context, Done<QJsonObject> done)
{
    const auto encoded = [](const QString& text) {
        return QString::fromUtf8(QUrl::toPercentEncoding(text));
    };
    QString path = QStringLiteral("/api/v1/data/") + encoded(table) + QStringLiteral("?limit=%1").arg(limit) +
                   QStringLiteral("&client=") + encoded(client);
    if (!store.isEmpty())
        path += QStringLiteral("&store=") + encoded(store);
    if (!after.isEmpty())
        path += QStringLiteral("&after=") + encoded(after);
    send("GET", path, {}, context, [done = std::move(done)](Result<QJsonValue> raw) {
        if (!raw)
            return done(raw.error());
        const QJsonObject answer = raw->toObject();
        if (!answer.value(QLatin1String("records")).isArray())
            return done(badResponse(QStringLiteral("data page"), QStringLiteral("records missing")));
        done(answer);
    });
}

} // namespace syncsites
