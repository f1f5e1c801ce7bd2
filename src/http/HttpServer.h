#pragma once

#include "HttpMethod.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "HttpRouter.h"
#include "Metrics.h"
#include "Result.h"

#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace syncsites {

/// Limits and switches of an HttpServer. The defaults suit a hub; tests shrink them.
struct HttpServerConfig
{
    /// Worker threads: requests served at once. A connection holds a worker only while one of its requests is
    /// served; before (headers on their way, idle between requests) it waits on the one gate thread.
    int workerThreads = 8;
    /// Requests being handled at once (routes marked Exempt not counted) beyond which a request is answered
    /// 503 `server_busy` with Retry-After, to keep some workers from the database. 0: workerThreads, that is no
    /// such limit: a request is handled by the worker that holds its connection, so refusing it frees nothing for
    /// anyone else (connections beyond the workers wait in the pool's queue, not here). With the former default of
    /// workerThreads - 1, eight keep-alive sites syncing at once got a 503 on every eighth request.
    int maxRequestsInFlight = 0;
    /// Largest request body, as sent and after gzip decoding. Beyond: 413 `payload_too_large`.
    qint64 maxRequestBodyBytes = 32 * 1024 * 1024;
    /// A worker waits at most this long at a time for body bytes, and for the client to take answer bytes.
    std::chrono::seconds readTimeout{30};
    std::chrono::seconds writeTimeout{30};
    /// An idle keep-alive connection is closed after this, and after this many requests.
    std::chrono::seconds keepAliveTimeout{5};
    int keepAliveMaxRequests = 100;
    /// The Retry-After of a 503 `server_busy`.
    int busyRetryAfterSeconds = 1;
    /// Compressible responses (JSON, text, XML) at least this large are gzipped for clients that accept it.
    qint64 compressMinBytes = 1024;
    /// listen() refuses any host that is not a loopback address unless this is set.
    bool allowNonLoopback = false;
    /// PEM files. When both are set, the server speaks HTTPS only.
    QString tlsCertificateFile;
    QString tlsPrivateKeyFile;
    /// `GET /metrics` answers only requests with `Authorization: Bearer <metricsToken>` (401 otherwise); empty:
    /// /metrics is off (404). Its figures (sessions, failures, routes) are not for everyone.
    QString metricsToken;

    /// Slow clients (docs/operations.md, "Security"). A request reaches a worker only once it is ready: its
    /// headers must all arrive within headerTimeout of the connection (or of the request's first byte), else 408
    /// `request_timeout`; more than maxHeaderBytes of them, 431 `headers_too_large`.
    std::chrono::milliseconds headerTimeout{std::chrono::seconds(10)};
    qint64 maxHeaderBytes{64 * 1024};
    /// Bodies up to this size (with a Content-Length, no Expect) are read before a worker takes the request; the
    /// others are read by a worker, and at most bodyWorkers workers do so at once (0: half of them, at least 1).
    qint64 bufferedBodyBytes{64 * 1024};
    int bodyWorkers{0};
    /// A body must arrive, and an answer be taken, at least this fast: every byte buys 1/rate seconds, never more
    /// than slowGrace ahead, so a stall is cut after slowGrace however fast the client was before (408 or closed).
    double minBodyBytesPerSecond{1024};
    double minWriteBytesPerSecond{1024};
    std::chrono::milliseconds slowGrace{std::chrono::seconds(10)};
    /// Connections open at once from one client address; the next gets 503 `too_many_connections` (Retry-After).
    int maxConnectionsPerAddress{64};
    /// Answer bytes the clients have not taken yet, over all connections, that the gate keeps sending for the
    /// workers; beyond, a worker waits for its client.
    qint64 pendingOutputBytes{64 * 1024 * 1024};
};

/// A thin HTTP/1.1 server of our own over cpp-httplib (kept out of this header): routes with stable names and
/// `{param}` captures, handlers that take an HttpRequest and return an HttpResponse.
///
/// What it does for every request, so that handlers need not:
/// - caps on the body size (413), on requests in flight (503 with Retry-After) and socket timeouts;
/// - slow clients cannot hold the workers (ConnectionGate): headers (and small bodies) are read ahead on one thread
///   under deadlines, bodies and answers must move at a minimum rate, and one address has only so many connections;
/// - gzip both ways (a `Content-Encoding: gzip` body reaches the handler decoded; responses are gzipped when
///   the client accepts it); other request encodings are answered 415;
/// - errors in the one JSON shape of HttpResponse::error(): 404 `not_found`, 405 `method_not_allowed` (with
///   Allow), 500 `server_error` when a handler throws (logged; the server keeps serving), and the same shape
///   for malformed HTTP that never reaches a route;
/// - a body no handler will see (404, 405, 415, 503) is read and dropped, never inflated, so keep-alive
///   connections stay in step; a Range header never cuts a response short;
/// - a request id (the client's sane X-Request-Id, else a generated one) in X-Request-Id and in the log;
/// - one access-log line per request (syncsites.server.http.access) and request metrics in metrics().
///
/// The error codes of the answers it makes itself: `not_found`, `method_not_allowed`,
/// `payload_too_large`, `unsupported_content_encoding`, `invalid_gzip`, `body_unreadable`, `invalid_path`,
/// `server_busy`, `server_error`, `shutting_down`, `request_timeout`, `headers_too_large`, `too_many_connections`,
/// and for malformed HTTP `bad_request`, `uri_too_long`, `range_not_satisfiable`, `http_error`.
///
/// Threading: add routes, then listen(). Handlers run on the worker threads, several at once, and must be
/// thread-safe. listen() returns once the server accepts connections; it serves on threads of its own.
/// stop() is graceful: it closes the listener and the idle connections, lets in-flight requests finish (and
/// the answers be sent, for at most writeTimeout) and returns when every worker is done. Do not call stop() from
/// a handler. The destructor stops.
/// Ownership: the server shares its Metrics (created when none is given) with whoever else feeds it.
/// Errors: listen() and addRoute() return them as values; nothing here throws.
///
/// Metrics: syncsites_http_requests_total{method,route,status}, syncsites_http_request_duration_seconds{route},
/// syncsites_http_requests_in_flight, syncsites_http_connections, syncsites_http_request_bytes_total,
/// syncsites_http_response_bytes_total, syncsites_http_slow_connections_cut_total{phase},
/// syncsites_http_connections_refused_total. Unmatched requests (and the gate's answers) have route="unmatched".
class HttpServer
{
public:
    using Handler = HttpRouter::Handler;
    using HealthCheck = std::function<Status()>;
    /// Sees (and may change) every answer a route's handler gave, with the route's name, before it is sent.
    using ResponseFilter = std::function<void(const HttpRequest&, const QString& route, HttpResponse&)>;

    explicit HttpServer(HttpServerConfig config = HttpServerConfig(), std::shared_ptr<Metrics> metrics = nullptr);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    /// Before listen() only (error `server_running` afterwards). See HttpRouter::add for pattern errors.
    Status addRoute(HttpMethod method, const QString& pattern, const QString& routeName, Handler handler,
                    HttpRouter::Limits limits = HttpRouter::Limits::Counted);

    /// Before listen() only: the filter every handler's answer passes through (the hub's storage health, say).
    void setResponseFilter(ResponseFilter filter);

    /// GET /healthz (route "healthz"): 200 {"status":"serving"} while serving() and `healthCheck` (optional)
    /// passes; otherwise 503 with code `shutting_down` or the check's own error. GET /metrics (route
    /// "metrics"): metrics() in the Prometheus text format. Both are exempt from the in-flight cap.
    Status addOperationsRoutes(HealthCheck healthCheck = HealthCheck());

    /// Binds `host` (an IP address, or "localhost" for 127.0.0.1) and starts serving; port 0 picks a free
    /// port. Returns the port bound. Errors: `non_loopback_refused`, `already_listening`, `invalid_config`,
    /// `tls_setup_failed`, `bind_failed` (address in use or not available).
    Result<quint16> listen(const QString& host, quint16 port);
    /// Graceful; safe to call when not listening and more than once. listen() and stop() belong to one
    /// controlling thread (not thread-safe with each other).
    void stop();

    /// True from a successful listen() until stop() begins: what /healthz reports.
    bool serving() const;
    quint16 port() const;
    bool isTls() const;
    int requestsInFlight() const;

    Metrics& metrics() const;
    std::shared_ptr<Metrics> sharedMetrics() const;
    const HttpServerConfig& config() const;

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace syncsites
