#include "SyncClient.h"

#include "ContentDigest.h"
#include "Gzip.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QUrl>

#include <httplib.h>

namespace syncsites {

namespace {

constexpr qint64 kMaxAnswerBytes = 512LL * 1024 * 1024;

// Its sentences, in the translation context "SyncClient" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncClient)
};

// Whether this machine has any network besides loopback (an interface that is up, running, with an address).
bool hasNetwork()
{
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface& i : interfaces) {
        const auto flags = i.flags();
        if (flags.testFlag(QNetworkInterface::IsLoopBack) || !flags.testFlag(QNetworkInterface::IsUp) ||
            !flags.testFlag(QNetworkInterface::IsRunning))
            continue;
        if (!i.addressEntries().isEmpty())
            return true;
    }
    return false;
}

bool isLoopbackHost(const QString& host)
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Whether a host name resolves (an address is taken as it is): tells a wrong or unknown name from a server that
// is down. Runs on the session's thread, after a connection already failed.
bool hostResolves(const QString& host)
{
    if (!QHostAddress(host).isNull())
        return true;
    return QHostInfo::fromName(host).error() == QHostInfo::NoError;
}

template <typename Rep, typename Period> std::pair<time_t, time_t> split(std::chrono::duration<Rep, Period> d)
{
    const auto us = std::chrono::duration_cast<std::chrono::microseconds>(d).count();
    return {time_t(us / 1000000), time_t(us % 1000000)};
}

} // namespace

struct SyncClient::Impl
{
    QUrl url;
    std::unique_ptr<httplib::Client> http;
    Traffic traffic;
    std::mutex trafficMutex;
};

SyncClient::SyncClient(ClientOptions options) : m_options(std::move(options)), m_impl(std::make_unique<Impl>())
{
    m_impl->url = QUrl(m_options.baseUrl);
    QString schemeHostPort = m_impl->url.scheme() + QLatin1String("://") + m_impl->url.host();
    if (m_impl->url.port() > 0)
        schemeHostPort += QLatin1Char(':') + QString::number(m_impl->url.port());
    m_impl->http = std::make_unique<httplib::Client>(schemeHostPort.toStdString());
    httplib::Client& http = *m_impl->http;
    http.set_keep_alive(true);
    // Small requests (a handshake, an empty pull) must not wait for Nagle's delayed ACK: measured 52 ms against
    // 6 ms for an idle session on loopback (median of 20, syncsites-bench incremental).
    http.set_tcp_nodelay(true);
    http.set_url_encode(false); // targets are percent-encoded here
    http.set_decompress(false); // bodies are decoded here, with a size limit
    http.set_compress(false);
    const auto [cs, cus] = split(m_options.connectTimeout);
    http.set_connection_timeout(cs, cus);
    const auto [rs, rus] = split(m_options.readTimeout);
    http.set_read_timeout(rs, rus);
    const auto [ws, wus] = split(m_options.writeTimeout);
    http.set_write_timeout(ws, wus);
    if (!m_options.caCertificatePath.isEmpty())
        http.set_ca_cert_path(m_options.caCertificatePath.toStdString());
    http.enable_server_certificate_verification(true);
    if (!m_options.proxyUrl.isEmpty()) {
        const QUrl proxy(m_options.proxyUrl);
        http.set_proxy(proxy.host().toStdString(), proxy.port(8080));
    }
}

SyncClient::~SyncClient() = default;

void SyncClient::abort()
{
    m_aborted.store(true);
    m_impl->http->stop(); // closes the socket of a request in flight
}

void SyncClient::resetAbort()
{
    m_aborted.store(false);
}

SyncClient::Traffic SyncClient::traffic() const
{
    std::lock_guard lock(m_impl->trafficMutex);
    return m_impl->traffic;
}

Result<QJsonObject> SyncClient::call(const char* method, const QString& target, const QByteArray& body,
                                     const QString& token)
{
    std::lock_guard lock(m_mutex);
    const Error cancelled{QStringLiteral("cancelled"), Text::tr("The sync was cancelled.")};
    if (m_aborted.load())
        return cancelled;

    httplib::Headers headers{{"Accept-Encoding", "gzip"}, {"Accept", "application/json"}};
    if (!token.isEmpty())
        headers.emplace("Authorization", "Bearer " + token.toStdString());
    QByteArray sent = body;
    const bool post = qstrcmp(method, "POST") == 0;
    if (post && body.size() > m_options.gzipAbove) {
        sent = Gzip::compress(body, 1);
        headers.emplace("Content-Encoding", "gzip");
    }
    if (post)
        headers.emplace("Content-Digest", ContentDigest::of(sent).toStdString());

    const std::string path = target.toStdString();
    headers.emplace(ContentDigest::targetHeaderName().toStdString(),
                    ContentDigest::ofTarget(QByteArray(method), QByteArray::fromStdString(path)).toStdString());

    QElapsedTimer timer;
    timer.start();
    httplib::Result result =
        post ? m_impl->http->Post(path, headers, sent.constData(), size_t(sent.size()), "application/json")
             : m_impl->http->Get(path, headers);
    {
        std::lock_guard trafficLock(m_impl->trafficMutex);
        ++m_impl->traffic.requests;
        m_impl->traffic.bytesSent += sent.size();
        m_impl->traffic.bytesSentUncompressed += body.size();
        if (result)
            m_impl->traffic.bytesReceived += qint64(result->body.size());
    }
    if (m_aborted.load())
        return cancelled;

    const QString server = m_options.baseUrl;
    if (!result) {
        switch (result.error()) {
        case httplib::Error::Connection:
            if (!isLoopbackHost(m_impl->url.host()) && !hasNetwork())
                return Error{QStringLiteral("no_network"), Text::tr("This computer is not connected to a network."),
                             QVariantMap{}};
            if (!hostResolves(m_impl->url.host()))
                return Error{QStringLiteral("server_unreachable"),
                             Text::tr("The server name %1 cannot be found: check the server address, and that this "
                                      "computer's network reaches the internet.")
                                 .arg(m_impl->url.host())};
            return Error{QStringLiteral("server_unreachable"),
                         Text::tr("Nothing answers at %1: the server may be stopped, or the address or port is "
                                  "wrong.")
                             .arg(m_impl->url.authority())};
        case httplib::Error::ConnectionTimeout:
            return Error{QStringLiteral("timeout"), Text::tr("The server %1 did not answer in time.").arg(server)};
        case httplib::Error::SSLServerVerification:
            return Error{QStringLiteral("tls_certificate"),
                         Text::tr("The certificate of %1 cannot be trusted.").arg(server)};
        case httplib::Error::SSLConnection:
        case httplib::Error::SSLLoadingCerts:
            // Most often an http-only server behind an https:// address, or the wrong port.
            return Error{QStringLiteral("tls_error"),
                         Text::tr("A secure (https) connection to %1 failed: the server may not speak https at this "
                                  "address (try http://) or the port is wrong.")
                             .arg(m_impl->url.authority())};
        case httplib::Error::Canceled:
            return cancelled;
        default:
            if (timer.elapsed() + 50 >= qint64(m_options.readTimeout.count()))
                return Error{QStringLiteral("timeout"), Text::tr("The server %1 did not answer in time.").arg(server)};
            return Error{QStringLiteral("connection_lost"),
                         Text::tr("The connection to %1 was lost during the request.").arg(server)};
        }
    }

    QByteArray answer = QByteArray::fromStdString(result->body);
    // A flipped byte in a small answer (not gzip'd, so no checksum) would otherwise be integrated as good.
    if (const std::optional<bool> intact =
            ContentDigest::matches(QByteArray::fromStdString(result->get_header_value("Content-Digest")), answer);
        intact && !*intact)
        return Error{QStringLiteral("bad_response"),
                     Text::tr("The server's answer was damaged on the way (its digest does not match).")};
    if (result->get_header_value("Content-Encoding") == "gzip") {
        Result<QByteArray> decoded = Gzip::decompress(answer, kMaxAnswerBytes);
        if (!decoded)
            return Error{QStringLiteral("bad_response"),
                         Text::tr("The server's answer was damaged on the way (%1).").arg(decoded.error().message)};
        answer = std::move(decoded).value();
    }
    {
        std::lock_guard trafficLock(m_impl->trafficMutex);
        m_impl->traffic.bytesReceivedDecoded += answer.size();
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer, &parseError);
    const int status = result->status;
    if (status >= 200 && status < 300) {
        if (status == 204)
            return QJsonObject();
        if (!document.isObject())
            return Error{QStringLiteral("bad_response"),
                         Text::tr("The server's answer was damaged on the way (%1).").arg(parseError.errorString())};
        QJsonObject object = document.object();
        if (result->get_header_value("X-Replayed") == "true")
            object.insert(QStringLiteral("__replayed"), true);
        return object;
    }

    QVariantMap details;
    details.insert(QStringLiteral("status"), status);
    if (result->has_header("Retry-After"))
        details.insert(QStringLiteral("retry_after"),
                       QByteArray::fromStdString(result->get_header_value("Retry-After")).toInt());
    const QJsonObject error = document.object().value(QStringLiteral("error")).toObject();
    const QString code = error.value(QStringLiteral("code")).toString();
    if (code.isEmpty()) {
        // Not our server's error shape: a proxy, a load balancer, or a server that failed hard.
        return Error{QStringLiteral("server_error"),
                     Text::tr("The server %1 answered with HTTP status %2.").arg(server).arg(status), details};
    }
    const QVariantMap serverDetails = error.value(QStringLiteral("details")).toObject().toVariantMap();
    for (auto it = serverDetails.constBegin(); it != serverDetails.constEnd(); ++it)
        details.insert(it.key(), it.value());
    return Error{code, error.value(QStringLiteral("message")).toString(), details};
}

Result<wire::HandshakeAnswer> SyncClient::handshake(const wire::HandshakeRequest& request)
{
    const QByteArray body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    Result<QJsonObject> answer = call("POST", QStringLiteral("/api/v1/sync/handshake"), body, QString());
    if (!answer)
        return answer.error();
    return wire::HandshakeAnswer::fromJson(*answer);
}

Result<wire::PushAnswer> SyncClient::push(const QString& token, Category category, const QString& batchId,
                                          const QJsonArray& records, std::optional<qint64> through)
{
    const wire::PushRequest request{category, batchId, records, through};
    Result<QJsonObject> answer = call("POST", QStringLiteral("/api/v1/sync/push"),
                                      QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact), token);
    if (!answer)
        return answer.error();
    Result<wire::PushAnswer> parsed = wire::PushAnswer::fromJson(*answer);
    if (parsed)
        parsed->replayed = answer->value(QStringLiteral("__replayed")).toBool();
    if (parsed && parsed->batchId != batchId)
        return Error{QStringLiteral("bad_response"), Text::tr("The server answered for another batch.")};
    return parsed;
}

Result<wire::PullPage> SyncClient::pull(const QString& token, const wire::PullRequest& request)
{
    Result<QJsonObject> answer = call("GET", request.target(), QByteArray(), token);
    if (!answer)
        return answer.error();
    Result<wire::PullPage> page = wire::PullPage::fromJson(*answer);
    if (page && page->nextCursor < request.cursor)
        return Error{QStringLiteral("bad_response"),
                     Text::tr("The server answered with a cursor that goes backwards.")};
    return page;
}

Status SyncClient::report(const QString& token, const wire::SessionReport& report)
{
    Result<QJsonObject> answer = call("POST", QStringLiteral("/api/v1/sync/report"),
                                      QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact), token);
    if (!answer)
        return answer.error();
    return {};
}

} // namespace syncsites
