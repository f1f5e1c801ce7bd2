#pragma once

#include "Result.h"
#include "WireMessages.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>

namespace syncsites {

/// How a SyncClient reaches its hub.
struct ClientOptions
{
    QString baseUrl;           ///< http(s)://host:port of the hub
    QString caCertificatePath; ///< PEM file of the authority that signed the hub's certificate; empty: the system's
    QString proxyUrl;          ///< http://host:port of an HTTP proxy; empty: none
    std::chrono::milliseconds connectTimeout{10000};
    std::chrono::milliseconds readTimeout{60000};
    std::chrono::milliseconds writeTimeout{60000};
    int gzipAbove = 1024; ///< request bodies larger than this many bytes are sent gzip-compressed
};

/// The protocol v1 requests of a site (docs/protocol.md) over one keep-alive HTTP/1.1 connection, with gzip both
/// ways.
///
/// Errors are values whose `code` says what went wrong, for SyncFailure to classify:
/// - transport: `no_network`, `server_unreachable`, `timeout`, `tls_certificate`, `tls_error`, `connection_lost`,
///   `bad_response` (a body that cannot be decoded: damaged on the way), `cancelled` (abort() was called);
/// - an answer with an HTTP error status: the `error.code` of the server's one error shape (`wrong_credentials`,
///   `installation_mismatch`, `protocol_incompatible`, `server_busy`, ...; `server_error` when the body has no such
///   shape), with `details` holding the server's details plus `status` and, when given, `retry_after` (seconds).
///
/// Threading: one request at a time (calls are serialised by a mutex); abort() may be called from any thread and
/// fails the request in flight and every later one until resetAbort().
class SyncClient
{
public:
    explicit SyncClient(ClientOptions options);
    ~SyncClient();
    SyncClient(const SyncClient&) = delete;
    SyncClient& operator=(const SyncClient&) = delete;

    const ClientOptions& options() const { return m_options; }

    Result<wire::HandshakeAnswer> handshake(const wire::HandshakeRequest& request);
    /// `through`: the site changelog position the batch completes (PushRequest::through); none for records sent
    /// outside the push order (a quarantine retry).
    Result<wire::PushAnswer> push(const QString& token, Category category, const QString& batchId,
                                  const QJsonArray& records, std::optional<qint64> through = std::nullopt);
    Result<wire::PullPage> pull(const QString& token, const wire::PullRequest& request);
    Status report(const QString& token, const wire::SessionReport& report);

    void abort();
    void resetAbort();
    bool aborted() const { return m_aborted.load(); }

    /// Bytes on the wire (bodies as sent and received, compressed where they were) and decoded, since construction.
    struct Traffic
    {
        qint64 requests = 0;
        qint64 bytesSent = 0;
        qint64 bytesReceived = 0;
        qint64 bytesReceivedDecoded = 0;
        qint64 bytesSentUncompressed = 0;
    };
    Traffic traffic() const;

private:
    Result<QJsonObject> call(const char* method, const QString& target, const QByteArray& body, const QString& token);

    ClientOptions m_options;
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    std::mutex m_mutex;
    std::atomic<bool> m_aborted{false};
};

} // namespace syncsites
