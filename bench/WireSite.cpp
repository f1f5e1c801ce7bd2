#include "WireSite.h"

#include "ContentDigest.h"
#include "Gzip.h"

#include <QJsonDocument>
#include <QThread>
#include <QUuid>

#include <httplib.h>

namespace syncsites::bench {

namespace {

constexpr int kGzipAbove = 1024;
constexpr int kMaxBusyRetries = 60;
constexpr int kMaxConnectionRetries = 5;
constexpr qint64 kMaxAnswerBytes = 512LL * 1024 * 1024;

} // namespace

struct WireSite::Impl
{
    explicit Impl(quint16 port) : http("127.0.0.1", port) {}
    httplib::Client http;
};

WireSite::WireSite(quint16 port, QString site, QString secret, QString installationId, bool gzip)
    : m_impl(std::make_unique<Impl>(port)), m_site(std::move(site)), m_secret(std::move(secret)),
      m_installationId(std::move(installationId)), m_gzip(gzip)
{
    httplib::Client& http = m_impl->http;
    http.set_keep_alive(true);
    http.set_tcp_nodelay(true);
    http.set_decompress(false);
    http.set_compress(false);
    // Under load a request may wait a long time for a free hub worker: the whole run, at worst.
    http.set_connection_timeout(60, 0);
    http.set_read_timeout(900, 0);
    http.set_write_timeout(60, 0);
}

WireSite::~WireSite() = default;

void WireSite::close()
{
    m_impl->http.stop();
}

Result<QJsonObject> WireSite::call(const char* method, const QString& target, const QByteArray& body)
{
    const bool post = qstrcmp(method, "POST") == 0;
    QByteArray sent = body;
    httplib::Headers headers{{"Accept", "application/json"}};
    if (m_gzip)
        headers.emplace("Accept-Encoding", "gzip");
    if (!m_token.isEmpty())
        headers.emplace("Authorization", "Bearer " + m_token.toStdString());
    if (post && m_gzip && body.size() > kGzipAbove) {
        sent = Gzip::compress(body, 1);
        headers.emplace("Content-Encoding", "gzip");
    }
    if (post)
        headers.emplace(ContentDigest::headerName().toStdString(), ContentDigest::of(sent).toStdString());
    const std::string path = target.toStdString();
    headers.emplace(ContentDigest::targetHeaderName().toStdString(),
                    ContentDigest::ofTarget(QByteArray(method), QByteArray::fromStdString(path)).toStdString());
    int connectionFailures = 0;
    for (int attempt = 0;; ++attempt) {
        httplib::Result result =
            post ? m_impl->http.Post(path, headers, sent.constData(), size_t(sent.size()), "application/json")
                 : m_impl->http.Get(path, headers);
        ++m_traffic.requests;
        m_traffic.bytesSent += sent.size();
        m_traffic.bytesSentUncompressed += body.size();
        if (!result && connectionFailures < kMaxConnectionRetries) {
            ++m_traffic.connectionRetries;
            QThread::msleep(500UL << connectionFailures);
            ++connectionFailures;
            continue;
        }
        if (!result)
            return Error(
                QStringLiteral("connection"),
                QStringLiteral("%1 %2: %3")
                    .arg(QLatin1String(method), target, QString::fromStdString(httplib::to_string(result.error()))));
        QByteArray answer = QByteArray::fromStdString(result->body);
        m_traffic.bytesReceived += answer.size();
        if (const std::optional<bool> intact =
                ContentDigest::matches(QByteArray::fromStdString(result->get_header_value("Content-Digest")), answer);
            intact && !*intact)
            return Error(QStringLiteral("bad_response"), QStringLiteral("%1: digest mismatch").arg(target));
        if (result->get_header_value("Content-Encoding") == "gzip") {
            Result<QByteArray> decoded = Gzip::decompress(answer, kMaxAnswerBytes);
            if (!decoded)
                return decoded.error();
            answer = std::move(decoded).value();
        }
        m_traffic.bytesReceivedDecoded += answer.size();
        const int status = result->status;
        if (status == 503 && result->has_header("Retry-After") && attempt < kMaxBusyRetries) {
            ++m_traffic.busyRetries;
            const int seconds = std::max(1, std::atoi(result->get_header_value("Retry-After").c_str()));
            QThread::sleep(unsigned(seconds));
            continue;
        }
        const QJsonDocument document = QJsonDocument::fromJson(answer);
        if (status >= 200 && status < 300)
            return document.isObject() ? document.object() : QJsonObject();
        const QJsonObject error = document.object().value(QStringLiteral("error")).toObject();
        return Error(error.value(QStringLiteral("code")).toString(QStringLiteral("http_%1").arg(status)),
                     QStringLiteral("%1: HTTP %2 %3")
                         .arg(target)
                         .arg(status)
                         .arg(error.value(QStringLiteral("message")).toString()));
    }
}

Status WireSite::handshake()
{
    wire::HandshakeRequest request;
    request.site = m_site;
    request.secret = m_secret;
    request.installationId = m_installationId;
    request.appVersion = QStringLiteral("bench");
    m_token.clear();
    const Result<QJsonObject> answer = call("POST", QStringLiteral("/api/v1/sync/handshake"),
                                            QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
    if (!answer)
        return answer.error();
    const Result<wire::HandshakeAnswer> parsed = wire::HandshakeAnswer::fromJson(*answer);
    if (!parsed)
        return parsed.error();
    m_token = parsed->token;
    m_pullBatchMax = parsed->pullBatchMax;
    m_pushBatchMax = parsed->pushBatchMax;
    return {};
}

Result<wire::PushAnswer> WireSite::push(const QJsonArray& records)
{
    const QJsonObject request{{QStringLiteral("category"), QStringLiteral("core")},
                              {QStringLiteral("batch_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                              {QStringLiteral("records"), records}};
    const Result<QJsonObject> answer =
        call("POST", QStringLiteral("/api/v1/sync/push"), QJsonDocument(request).toJson(QJsonDocument::Compact));
    if (!answer)
        return answer.error();
    return wire::PushAnswer::fromJson(*answer);
}

Result<wire::PullPage> WireSite::pull(qint64 cursor, int limit)
{
    const Result<QJsonObject> answer =
        call("GET", QStringLiteral("/api/v1/sync/pull?category=core&cursor=%1&limit=%2").arg(cursor).arg(limit), {});
    if (!answer)
        return answer.error();
    return wire::PullPage::fromJson(*answer);
}

Status WireSite::report(const QDateTime& startedAt, const QDateTime& finishedAt, qint64 pushed, qint64 pulled,
                        qint64 rejected)
{
    const QJsonObject body{{QStringLiteral("started_at"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("finished_at"), finishedAt.toUTC().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("outcome"), QStringLiteral("success")},
                           {QStringLiteral("pushed"), pushed},
                           {QStringLiteral("pulled"), pulled},
                           {QStringLiteral("rejected"), rejected},
                           {QStringLiteral("waiting"), 0},
                           {QStringLiteral("app_version"), QStringLiteral("bench")},
                           {QStringLiteral("protocol_version"), wire::kProtocolMax}};
    const Result<QJsonObject> answer =
        call("POST", QStringLiteral("/api/v1/sync/report"), QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!answer)
        return answer.error();
    return {};
}

} // namespace syncsites::bench
