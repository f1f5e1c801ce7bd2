#pragma once

#include "Result.h"
#include "WireMessages.h"

#include <QDateTime>
#include <QJsonArray>
#include <QString>

#include <memory>

namespace syncsites::bench {

/// What one WireSite sent and received: bodies as sent and decoded, and the 503 `server_busy` answers it waited
/// out and retried.
struct WireTraffic
{
    qint64 requests = 0;
    qint64 bytesSent = 0;
    qint64 bytesSentUncompressed = 0;
    qint64 bytesReceived = 0;
    qint64 bytesReceivedDecoded = 0;
    qint64 busyRetries = 0;
    qint64 connectionRetries = 0;
};

/// One virtual site speaking protocol v1 (docs/protocol.md) over its own keep-alive connection, without an engine
/// or a replica: the load generator of `syncsites-bench many-sites`, and a way to fetch the same pull pages with and
/// without gzip. Bodies carry Content-Digest (sha-256) as the engine's do; request bodies above 1 KB are gzipped
/// and gzip is accepted in answers unless `gzip` is false. A 503 `server_busy` is retried after its Retry-After, as
/// the engine does, and so is a request whose connection failed (up to 5 times, after 0.5, 1, 2, 4, 8 s: the
/// engine's backoff; a push is sent again under the same batch id); any other failure is returned.
///
/// Threading: one thread at a time.
class WireSite
{
public:
    WireSite(quint16 port, QString site, QString secret, QString installationId, bool gzip = true);
    ~WireSite();
    WireSite(const WireSite&) = delete;
    WireSite& operator=(const WireSite&) = delete;

    Status handshake();
    /// One push batch of the core category.
    Result<wire::PushAnswer> push(const QJsonArray& records);
    /// One page of the site's own core stream.
    Result<wire::PullPage> pull(qint64 cursor, int limit);
    Status report(const QDateTime& startedAt, const QDateTime& finishedAt, qint64 pushed, qint64 pulled,
                  qint64 rejected);
    /// Closes the connection.
    void close();

    int pullBatchMax() const { return m_pullBatchMax; }
    int pushBatchMax() const { return m_pushBatchMax; }
    const WireTraffic& traffic() const { return m_traffic; }

private:
    Result<QJsonObject> call(const char* method, const QString& target, const QByteArray& body);

    struct Impl;
    std::unique_ptr<Impl> m_impl;
    QString m_site;
    QString m_secret;
    QString m_installationId;
    bool m_gzip = true;
    QString m_token;
    int m_pullBatchMax = 1000;
    int m_pushBatchMax = 1000;
    WireTraffic m_traffic;
};

} // namespace syncsites::bench
