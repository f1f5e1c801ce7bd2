#include "HttpServer.h"

#include "ContentDigest.h"
#include "Gzip.h"
#include "HttpConventions.h"
#include "ServerLog.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>

// httplib.h only here: it must see the CPPHTTPLIB_* defines of the pkg-config file (they change its types).
#include <httplib.h>

#include <sys/socket.h>

#include <atomic>
#include <thread>

namespace syncsites::server {

using namespace HttpConventions;

namespace {

const QString kUnmatchedRoute = QStringLiteral("unmatched");
constexpr qint64 kDrainAllowance = 1024 * 1024;

std::string toStd(const QByteArray& bytes)
{
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

QByteArray fromStd(const std::string& s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

// Gives access to the listening socket, to raise its backlog: Debian's library was compiled with httplib's
// CPPHTTPLIB_LISTEN_BACKLOG of 5, so a burst of more simultaneous connects than that overflows the accept queue
// and those clients retry their SYN only a second later (seen as 1 s stalls with 8 connecting clients).
template <class Base> class ListeningServer final : public Base
{
public:
    using Base::Base;
    socket_t listeningSocket() const { return this->svr_sock_; }
};

constexpr int kListenBacklog = 128;

// A worker pool that also counts connections accepted and not yet closed (waiting for a worker or served).
class CountingThreadPool final : public httplib::ThreadPool
{
public:
    CountingThreadPool(std::size_t workers, Metrics::Gauge* connections)
        : httplib::ThreadPool(workers), m_connections(connections)
    {}

    void enqueue(std::function<void()> fn) override
    {
        m_connections->add(1);
        httplib::ThreadPool::enqueue([fn = std::move(fn), gauge = m_connections] {
            struct Done
            {
                Metrics::Gauge* gauge;
                ~Done() { gauge->add(-1); }
            } done{gauge};
            fn();
        });
    }

private:
    Metrics::Gauge* m_connections;
};

QByteArray requestIdFor(const httplib::Request& req)
{
    const QByteArray sent = fromStd(req.get_header_value("X-Request-Id"));
    return HttpConventions::isSaneRequestId(sent) ? sent : HttpConventions::newRequestId();
}

// Hands our response to httplib. The body goes into Response::body, not a content provider: 0.11.4 stops
// writing provider bodies as soon as stop() begins, which would cut off the in-flight answers a graceful stop
// waits for. httplib would also compress Response::body on its own (for some content types, ignoring q=0, and
// over ours): we compress ourselves, so the request's Accept-Encoding, already used, is removed first.
// httplib hands handlers a const reference to its own non-const Request, so changing it is well-defined.
void writeTo(const httplib::Request& req, httplib::Response& res, const HttpResponse& response)
{
    const_cast<httplib::Request&>(req).headers.erase("Accept-Encoding");
    res.status = response.status;
    for (const auto& header : response.headers)
        res.set_header(toStd(header.first), toStd(header.second));
    if (!response.body.isEmpty()) {
        const QByteArray type =
            response.contentType.isEmpty() ? QByteArrayLiteral("application/octet-stream") : response.contentType;
        res.set_content(response.body.constData(), static_cast<std::size_t>(response.body.size()), toStd(type));
    } else if (!response.contentType.isEmpty()) {
        res.set_header("Content-Type", toStd(response.contentType));
    }
}

struct BodyRead
{
    bool ok = true;
    HttpResponse error;
    bool connectionSpoiled = false; // unread bytes remain on the connection: tell the client to close it
    bool decodedGzip = false;
    qint64 wireBytes = 0;
};

} // namespace

class HttpServer::Impl
{
public:
    Impl(HttpServerConfig c, std::shared_ptr<Metrics> m) : config(std::move(c)), metrics(std::move(m))
    {
        if (!metrics)
            metrics = std::make_shared<Metrics>();
        inFlightGauge = &metrics->gauge(QStringLiteral("syncsites_http_requests_in_flight"),
                                        QStringLiteral("HTTP requests being handled now."));
        connectionsGauge = &metrics->gauge(QStringLiteral("syncsites_http_connections"),
                                           QStringLiteral("HTTP connections accepted and not yet closed."));
        bytesIn = &metrics->counter(QStringLiteral("syncsites_http_request_bytes_total"),
                                    QStringLiteral("Request body bytes received, as sent (compressed or not)."));
        bytesOut = &metrics->counter(QStringLiteral("syncsites_http_response_bytes_total"),
                                     QStringLiteral("Response body bytes sent, as sent (compressed or not)."));
    }

    void configure(httplib::Server& server);
    void dispatch(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader* reader);
    BodyRead readBody(httplib::Request& req, httplib::Response& res, const httplib::ContentReader* reader,
                      QByteArray* body) const;
    qint64 drainBody(httplib::Request& req, const httplib::ContentReader* reader) const;
    HttpResponse callHandler(const HttpRouter::Route& route, const HttpRequest& request) const;
    HttpServer::ResponseFilter filter;
    void finish(const httplib::Request& req, httplib::Response& res, const HttpRequest& request, HttpResponse response,
                const QString& routeLabel, const QElapsedTimer& timer, qint64 bytesInWire, bool closeConnection);
    void record(const QByteArray& method, const QString& route, int status, double seconds, qint64 in, qint64 out,
                bool timed);

    HttpServerConfig config;
    std::shared_ptr<Metrics> metrics;
    HttpRouter router;
    std::unique_ptr<httplib::Server> server;
    std::thread thread;
    std::atomic<bool> serving{false};
    std::atomic<bool> listenReturned{false};
    std::atomic<int> inFlight{0};
    std::atomic<int> countedInFlight{0};
    int inFlightCap = 1;
    quint16 port = 0;
    bool tls = false;

    Metrics::Gauge* inFlightGauge = nullptr;
    Metrics::Gauge* connectionsGauge = nullptr;
    Metrics::Counter* bytesIn = nullptr;
    Metrics::Counter* bytesOut = nullptr;
};

void HttpServer::Impl::configure(httplib::Server& s)
{
    // Without TCP_NODELAY one connection does about 40 requests a second instead of about 10,000.
    s.set_tcp_nodelay(true);
    // httplib's default sets SO_REUSEPORT, which lets a second server bind a port already in use and share its
    // traffic. SO_REUSEADDR alone still allows a restart while old connections sit in TIME_WAIT.
    s.set_socket_options([](socket_t sock) {
        int yes = 1;
        ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    s.set_payload_max_length(static_cast<std::size_t>(config.maxRequestBodyBytes));
    s.set_read_timeout(config.readTimeout);
    s.set_write_timeout(config.writeTimeout);
    s.set_keep_alive_timeout(static_cast<time_t>(config.keepAliveTimeout.count()));
    s.set_keep_alive_max_count(static_cast<std::size_t>(config.keepAliveMaxRequests));
    const auto workers = static_cast<std::size_t>(config.workerThreads);
    Metrics::Gauge* connections = connectionsGauge;
    s.new_task_queue = [workers, connections] {
        return new CountingThreadPool(workers, connections);
    };

    // httplib calls this for every status >= 400 before writing the response, ours included: those carry an
    // X-Request-Id and are left alone. The others are answers httplib made on its own (malformed HTTP, an
    // exception outside any handler): they get the one JSON error shape, a request id, a count and a log line.
    s.set_error_handler(httplib::Server::HandlerWithResponse([this](const httplib::Request& req,
                                                                    httplib::Response& res) {
        if (res.has_header("X-Request-Id"))
            return httplib::Server::HandlerResponse::Unhandled;
        // A well-formed request line whose method httplib does not route (BREW, TRACE) is a 400 to httplib.
        const bool wellFormed = (req.version == "HTTP/1.1" || req.version == "HTTP/1.0") && !req.target.empty() &&
                                req.target.front() == '/';
        HttpResponse response = errorForTransportStatus(res.status, fromStd(req.method), wellFormed);
        const QByteArray requestId = requestIdFor(req);
        response.setHeader(QByteArrayLiteral("X-Request-Id"), requestId);
        const QByteArray method = isKnownMethod(fromStd(req.method)) ? fromStd(req.method) : QByteArrayLiteral("other");
        record(method, kUnmatchedRoute, response.status, 0.0, 0, response.body.size(), false);
        qCInfo(lcHttpAccess).noquote().nospace()
            << "request_id=" << requestId << " method=" << method << " route=" << kUnmatchedRoute
            << " path=" << loggable(fromStd(req.target.substr(0, req.target.find('?'))))
            << " status=" << response.status << " duration_ms=- bytes_in=- bytes_out=" << response.body.size()
            << " remote=" << loggable(fromStd(req.remote_addr));
        writeTo(req, res, response);
        return httplib::Server::HandlerResponse::Handled;
    }));
    s.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr error) {
        QString what = QStringLiteral("unknown exception");
        try {
            std::rethrow_exception(error);
        } catch (const std::exception& e) {
            what = QString::fromLocal8Bit(e.what());
        } catch (...) {
        }
        qCCritical(lcHttp).noquote() << "exception outside any handler while answering"
                                     << QString::fromStdString(req.method) << QString::fromStdString(req.path) << ":"
                                     << what;
        // Whatever was half set goes; the error handler writes the 500 in the one JSON shape.
        res.headers.clear();
        res.body.clear();
        res.status = 500;
    });
    const std::string any = ".*";
    const httplib::Server::Handler plain = [this](const httplib::Request& req, httplib::Response& res) {
        dispatch(req, res, nullptr);
    };
    const httplib::Server::HandlerWithContentReader withBody =
        [this](const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader) {
            dispatch(req, res, &reader);
        };
    // httplib reads bodies of POST, PUT, PATCH and of DELETE with a Content-Length through the reader;
    // GET, HEAD, OPTIONS and a DELETE without one arrive without a body.
    s.Get(any, plain);
    s.Options(any, plain);
    s.Delete(any, plain);
    s.Post(any, withBody);
    s.Put(any, withBody);
    s.Patch(any, withBody);
    s.Delete(any, withBody);
}

// Reads a body that will not be used and drops it, so that the next request on the connection starts where it
// should. Without Content-Encoding, httplib would inflate a gzip (or brotli) body only to have it dropped.
qint64 HttpServer::Impl::drainBody(httplib::Request& req, const httplib::ContentReader* reader) const
{
    if (!reader)
        return 0;
    req.headers.erase("Content-Encoding");
    qint64 received = 0;
    const qint64 ceiling = config.maxRequestBodyBytes + kDrainAllowance;
    (*reader)([&](const char*, std::size_t n) {
        received += static_cast<qint64>(n);
        return received <= ceiling;
    });
    return received;
}

BodyRead HttpServer::Impl::readBody(httplib::Request& req, httplib::Response& res, const httplib::ContentReader* reader,
                                    QByteArray* body) const
{
    BodyRead result;
    if (!reader)
        return result;
    const qint64 limit = config.maxRequestBodyBytes;
    QJsonObject limitDetails;
    limitDetails.insert(QStringLiteral("max_bytes"), static_cast<double>(limit));
    const HttpResponse tooLarge = HttpResponse::error(
        413, QStringLiteral("payload_too_large"),
        QStringLiteral("The request body is larger than the server accepts (%1 bytes, after decompression); send "
                       "fewer records per request.")
            .arg(limit),
        limitDetails);

    const QByteArray encoding = fromStd(req.get_header_value("Content-Encoding")).trimmed().toLower();
    const bool gzip = encoding == "gzip" || encoding == "x-gzip";
    if (!gzip && !encoding.isEmpty() && encoding != "identity") {
        result.wireBytes = drainBody(req, reader);
        QJsonObject details;
        details.insert(QStringLiteral("content_encoding"), QString::fromLatin1(loggable(encoding)));
        result.ok = false;
        result.error = HttpResponse::error(
            415, QStringLiteral("unsupported_content_encoding"),
            QStringLiteral("The server cannot decode this Content-Encoding; send the body uncompressed or with "
                           "Content-Encoding: gzip."),
            details);
        return result;
    }
    if (gzip) {
        // We inflate it ourselves, after the read, so that the limit applies to the decoded size without
        // stopping half way through the body (httplib would inflate without a limit, and 0.11.4 passes unknown
        // encodings through undecoded). httplib hands handlers a const reference to its own non-const Request.
        req.headers.erase("Content-Encoding");
    }

    QByteArray raw;
    bool overLimit = false;
    const qint64 ceiling = limit + kDrainAllowance;
    // A body over the limit is read to its end and dropped (up to `ceiling`), so that the connection stays in
    // step; 0.11.4 checks Content-Length itself (413, drained) but not chunked bodies.
    const bool complete = (*reader)([&](const char* data, std::size_t n) {
        result.wireBytes += static_cast<qint64>(n);
        if (overLimit || result.wireBytes > limit) {
            if (!overLimit)
                raw = QByteArray();
            overLimit = true;
            return result.wireBytes <= ceiling;
        }
        raw.append(data, static_cast<qsizetype>(n));
        return true;
    });
    if (res.status == 413 || overLimit) {
        result.ok = false;
        result.error = tooLarge;
        result.connectionSpoiled = !complete && res.status != 413;
        return result;
    }
    if (!complete) {
        result.ok = false;
        result.connectionSpoiled = true;
        result.error = HttpResponse::error(
            400, QStringLiteral("body_unreadable"),
            QStringLiteral("The request body could not be read completely (cut or too slow); send the request "
                           "again."));
        return result;
    }
    // A body damaged on the way (its digest, when the client sent one, does not match) is refused: the client sends
    // it again rather than having a flipped byte stored.
    if (const std::optional<bool> intact = ContentDigest::matches(fromStd(req.get_header_value("Content-Digest")), raw);
        intact && !*intact) {
        result.ok = false;
        result.error = HttpResponse::error(
            400, QStringLiteral("body_damaged"),
            QStringLiteral("The request body was damaged on the way (its Content-Digest does not match); send the "
                           "request again."));
        return result;
    }
    if (gzip) {
        Result<QByteArray> decoded = Gzip::decompress(raw, limit);
        if (!decoded) {
            result.ok = false;
            result.error = decoded.error().code == QLatin1String("body_too_large")
                               ? tooLarge
                               : HttpResponse::fromError(400, decoded.error());
            return result;
        }
        *body = std::move(decoded).value();
        result.decodedGzip = true;
    } else {
        *body = std::move(raw);
    }
    return result;
}

HttpResponse HttpServer::Impl::callHandler(const HttpRouter::Route& route, const HttpRequest& request) const
{
    QString failure;
    try {
        HttpResponse response = route.handler(request);
        if (response.status >= 100 && response.status <= 599) {
            if (filter)
                filter(request, route.name, response);
            return response;
        }
        failure = QStringLiteral("returned the invalid status %1").arg(response.status);
    } catch (const std::exception& e) {
        failure = QStringLiteral("threw: ") + QString::fromLocal8Bit(e.what());
    } catch (...) {
        failure = QStringLiteral("threw a non-standard exception");
    }
    qCCritical(lcHttp).noquote() << "request" << request.requestId << "route" << route.name << failure;
    return HttpResponse::error(500, QStringLiteral("server_error"),
                               QStringLiteral("The server failed while answering; try again, and report request id "
                                              "%1 if it keeps failing.")
                                   .arg(QString::fromLatin1(request.requestId)));
}

void HttpServer::Impl::dispatch(const httplib::Request& req, httplib::Response& res,
                                const httplib::ContentReader* reader)
{
    QElapsedTimer timer;
    timer.start();
    struct InFlight
    {
        Impl& d;
        explicit InFlight(Impl& impl) : d(impl)
        {
            ++d.inFlight;
            d.inFlightGauge->add(1);
        }
        ~InFlight()
        {
            --d.inFlight;
            d.inFlightGauge->add(-1);
        }
    } inFlightGuard(*this);

    // See readBody() on the const_cast. API responses are never partial: without this, httplib would cut our
    // body down to a Range the client asked for while keeping our status 200.
    auto& mutableReq = const_cast<httplib::Request&>(req);
    mutableReq.ranges.clear();

    HttpRequest request;
    request.method = fromStd(req.method);
    request.target = fromStd(req.target);
    request.requestId = requestIdFor(req);
    request.remoteAddress = QString::fromStdString(req.remote_addr);
    request.remotePort = req.remote_port;
    request.headers.reserve(static_cast<qsizetype>(req.headers.size()));
    for (const auto& header : req.headers) {
        // httplib adds the peer's and our address as pseudo-headers; a client could send look-alikes.
        const QByteArray name = fromStd(header.first).toLower();
        if (name == "remote_addr" || name == "remote_port" || name == "local_addr" || name == "local_port")
            continue;
        request.headers.append({name, fromStd(header.second)});
    }
    const qsizetype question = request.target.indexOf('?');
    const QByteArray rawPath = question < 0 ? request.target : request.target.left(question);
    if (question >= 0)
        request.queryItems = HttpRequest::parseQuery(request.target.mid(question + 1));
    request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(rawPath));

    const Result<QStringList> segments = HttpRouter::splitPath(rawPath);
    HttpRouter::Match match;
    if (segments)
        match = router.match(routableHttpMethod(request.method), *segments);
    const bool found = match.outcome == HttpRouter::Match::Outcome::Found;
    const QString routeLabel = found ? match.route->name : kUnmatchedRoute;
    const bool counted = !(found && match.route->limits == HttpRouter::Limits::Exempt);

    struct Counted
    {
        std::atomic<int>* counter;
        int value = 0;
        explicit Counted(std::atomic<int>* c) : counter(c) { value = counter ? ++*counter : 0; }
        ~Counted()
        {
            if (counter)
                --*counter;
        }
    } countedGuard(counted ? &countedInFlight : nullptr);

    HttpResponse response;
    bool closeConnection = false;
    qint64 wireBytes = 0;
    using Outcome = HttpRouter::Match::Outcome;
    if (counted && countedGuard.value > inFlightCap) {
        wireBytes = drainBody(mutableReq, reader);
        response = HttpResponse::retryLater(
            503, QStringLiteral("server_busy"),
            QStringLiteral("The server is answering as many requests as it can; retry in %1 seconds.")
                .arg(config.busyRetryAfterSeconds),
            config.busyRetryAfterSeconds);
    } else if (const QByteArray targetDigest = fromStd(req.get_header_value("Target-Digest"));
               !targetDigest.isEmpty() &&
               !ContentDigest::matchesTarget(targetDigest, fromStd(req.method), request.target).value_or(false)) {
        // The address was damaged on the way (a flipped digit of a cursor, say), or the header itself (no sha-256
        // entry left to check): refused, never served from the wrong place. The client sends the request again.
        wireBytes = drainBody(mutableReq, reader);
        response = HttpResponse::error(
            400, QStringLiteral("request_damaged"),
            QStringLiteral("The request's address was damaged on the way (its Target-Digest does not match); send "
                           "the request again."));
    } else if (!segments) {
        wireBytes = drainBody(mutableReq, reader);
        response = HttpResponse::fromError(400, segments.error());
    } else if (match.outcome == Outcome::NotFound) {
        wireBytes = drainBody(mutableReq, reader);
        response = HttpResponse::error(
            404, QStringLiteral("not_found"),
            QStringLiteral("There is nothing at %1; check the address.").arg(request.path.left(200)));
    } else if (match.outcome == Outcome::MethodNotAllowed) {
        wireBytes = drainBody(mutableReq, reader);
        const QByteArray allow = allowHeader(match.allowedMethods);
        if (request.method == "OPTIONS") {
            response = HttpResponse::noContent();
        } else {
            QJsonArray allowed;
            for (const QByteArray& m : allow.split(','))
                allowed.append(QString::fromLatin1(m.trimmed()));
            QJsonObject details;
            details.insert(QStringLiteral("allowed"), allowed);
            response = HttpResponse::error(
                405, QStringLiteral("method_not_allowed"),
                QStringLiteral("%1 is not allowed on %2; use %3.")
                    .arg(QString::fromLatin1(request.method), request.path.left(200), QString::fromLatin1(allow)),
                details);
        }
        response.setHeader(QByteArrayLiteral("Allow"), allow);
    } else {
        const BodyRead body = readBody(mutableReq, res, reader, &request.body);
        wireBytes = body.wireBytes;
        if (!body.ok) {
            response = body.error;
            closeConnection = body.connectionSpoiled;
        } else {
            if (body.decodedGzip) {
                // The handler sees the body as decoded, so the header that described it goes too.
                request.headers.removeIf(
                    [](const QPair<QByteArray, QByteArray>& h) { return h.first == "content-encoding"; });
            }
            request.routeName = match.route->name;
            request.pathParams = match.params;
            response = callHandler(*match.route, request);
        }
    }
    finish(req, res, request, std::move(response), routeLabel, timer, wireBytes, closeConnection);
}

void HttpServer::Impl::finish(const httplib::Request& req, httplib::Response& res, const HttpRequest& request,
                              HttpResponse response, const QString& routeLabel, const QElapsedTimer& timer,
                              qint64 bytesInWire, bool closeConnection)
{
    if (isCompressible(response.contentType)) {
        response.setHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept-Encoding"));
        if (response.body.size() >= config.compressMinBytes && response.header("Content-Encoding").isEmpty() &&
            Gzip::acceptsGzip(fromStd(req.get_header_value("Accept-Encoding")))) {
            QByteArray compressed = Gzip::compress(response.body);
            if (!compressed.isEmpty() && compressed.size() < response.body.size()) {
                response.body = std::move(compressed);
                response.setHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip"));
            }
        }
    }
    if (!response.body.isEmpty())
        response.setHeader(ContentDigest::headerName(), ContentDigest::of(response.body));
    response.setHeader(QByteArrayLiteral("X-Request-Id"), request.requestId);
    if (closeConnection)
        response.setHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    const int status = response.status;
    const qint64 out = req.method == "HEAD" ? 0 : response.body.size();
    const qsizetype question = request.target.indexOf('?');
    const QByteArray rawPath = question < 0 ? request.target : request.target.left(question);
    writeTo(req, res, response);

    // Counted before httplib writes the response, so a client that has its answer also finds it in /metrics.
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    record(request.method, routeLabel, status, seconds, bytesInWire, out, true);
    qCInfo(lcHttpAccess).noquote().nospace()
        << "request_id=" << request.requestId << " method=" << request.method << " route=" << routeLabel
        << " path=" << loggable(rawPath) << " status=" << status
        << " duration_ms=" << QString::number(seconds * 1000.0, 'f', 3) << " bytes_in=" << bytesInWire
        << " bytes_out=" << out << " remote=" << loggable(fromStd(req.remote_addr));
}

void HttpServer::Impl::record(const QByteArray& method, const QString& route, int status, double seconds, qint64 in,
                              qint64 out, bool timed)
{
    metrics
        ->counter(QStringLiteral("syncsites_http_requests_total"),
                  QStringLiteral("HTTP requests answered, by method, route and status."),
                  {{QStringLiteral("method"), QString::fromLatin1(method)},
                   {QStringLiteral("route"), route},
                   {QStringLiteral("status"), QString::number(status)}})
        .increment();
    if (timed) {
        metrics
            ->histogram(QStringLiteral("syncsites_http_request_duration_seconds"),
                        QStringLiteral("Time from a request's headers to its response, by route."),
                        {{QStringLiteral("route"), route}})
            .observe(seconds);
    }
    bytesIn->increment(static_cast<double>(in));
    bytesOut->increment(static_cast<double>(out));
}

HttpServer::HttpServer(HttpServerConfig config, std::shared_ptr<Metrics> metrics)
    : m_impl(std::make_unique<Impl>(std::move(config), std::move(metrics)))
{}

HttpServer::~HttpServer()
{
    stop();
}

Status HttpServer::addRoute(HttpMethod method, const QString& pattern, const QString& routeName, Handler handler,
                            HttpRouter::Limits limits)
{
    if (m_impl->server) {
        return Error{QStringLiteral("server_running"),
                     QStringLiteral("Routes can only be added before the server listens."), QVariant()};
    }
    return m_impl->router.add(method, pattern, routeName, std::move(handler), limits);
}

void HttpServer::setResponseFilter(ResponseFilter filter)
{
    if (!m_impl->server)
        m_impl->filter = std::move(filter);
}

Status HttpServer::addOperationsRoutes(HealthCheck healthCheck)
{
    Impl* d = m_impl.get();
    Status health = addRoute(
        HttpMethod::Get, QStringLiteral("/healthz"), QStringLiteral("healthz"),
        [d, healthCheck](const HttpRequest&) {
            if (!d->serving) {
                return HttpResponse::retryLater(503, QStringLiteral("shutting_down"),
                                                QStringLiteral("The server is shutting down; retry shortly."), 5);
            }
            if (healthCheck) {
                const Status check = healthCheck();
                if (!check)
                    return HttpResponse::fromError(503, check.error());
            }
            QJsonObject body;
            body.insert(QStringLiteral("status"), QStringLiteral("serving"));
            return HttpResponse::json(body);
        },
        HttpRouter::Limits::Exempt);
    if (!health)
        return health;
    return addRoute(
        HttpMethod::Get, QStringLiteral("/metrics"), QStringLiteral("metrics"),
        [d](const HttpRequest& request) {
            const QByteArray expected = d->config.metricsToken.toUtf8();
            if (expected.isEmpty())
                return HttpResponse::error(404, QStringLiteral("not_found"),
                                           QStringLiteral("Metrics are off on this server: start it with a metrics "
                                                          "token (docs/operations.md, \"Security\")."));
            const QByteArray given = request.header(QByteArrayLiteral("authorization"));
            // Compared in constant time: the time taken says nothing about how much of the token was right.
            const QByteArray want = QByteArrayLiteral("Bearer ") + expected;
            unsigned char difference = given.size() == want.size() ? 0 : 1;
            for (qsizetype i = 0; i < want.size(); ++i)
                difference |= static_cast<unsigned char>(want[i] ^ (i < given.size() ? given[i] : 0));
            if (difference != 0) {
                HttpResponse refused = HttpResponse::error(
                    401, QStringLiteral("token_missing"),
                    QStringLiteral("Metrics need the server's metrics token: Authorization: Bearer TOKEN."));
                refused.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
                return refused;
            }
            HttpResponse response;
            response.contentType = Metrics::contentType();
            response.body = d->metrics->renderPrometheus();
            return response;
        },
        HttpRouter::Limits::Exempt);
}

Result<quint16> HttpServer::listen(const QString& host, quint16 port)
{
    Impl& d = *m_impl;
    const auto fail = [](const char* code, const QString& message) {
        return Error{QString::fromLatin1(code), message, QVariant()};
    };
    if (d.server)
        return fail("already_listening", QStringLiteral("The server is already listening on port %1.").arg(d.port));
    const HttpServerConfig& c = d.config;
    if (c.workerThreads < 1 || c.maxRequestsInFlight < 0 || c.maxRequestBodyBytes < 1 || c.keepAliveMaxRequests < 1 ||
        c.readTimeout.count() < 1 || c.writeTimeout.count() < 1 || c.keepAliveTimeout.count() < 1 ||
        c.busyRetryAfterSeconds < 1 || c.compressMinBytes < 0 ||
        c.tlsCertificateFile.isEmpty() != c.tlsPrivateKeyFile.isEmpty()) {
        return fail("invalid_config", QStringLiteral("The HTTP server configuration is invalid: counts, sizes and "
                                                     "timeouts must be positive, and TLS needs both a certificate "
                                                     "and a key."));
    }
    const QString bindHost = host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host;
    QHostAddress address;
    if (!address.setAddress(bindHost)) {
        return fail("bind_failed",
                    QStringLiteral("\"%1\" is not an IP address; give one such as 127.0.0.1 or ::1.").arg(host));
    }
    if (!c.allowNonLoopback && !address.isLoopback()) {
        return fail("non_loopback_refused",
                    QStringLiteral("Refusing to listen on %1: only loopback addresses (127.0.0.1, ::1) are allowed "
                                   "unless the server is configured to allow others.")
                        .arg(host));
    }

    d.tls = !c.tlsCertificateFile.isEmpty();
    std::function<socket_t()> listeningSocket;
    if (d.tls) {
        auto server = std::make_unique<ListeningServer<httplib::SSLServer>>(
            c.tlsCertificateFile.toLocal8Bit().constData(), c.tlsPrivateKeyFile.toLocal8Bit().constData());
        // Mozilla's "intermediate" profile: TLS 1.2 and 1.3, and on 1.2 only forward-secret AEAD suites (ECDHE with
        // AES-GCM or ChaCha20-Poly1305); TLS 1.3's suites all are. No renegotiation.
        if (SSL_CTX* ctx = server->ssl_context()) {
            SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
            SSL_CTX_set_cipher_list(ctx, "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                                         "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                         "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305");
            SSL_CTX_set_options(ctx, SSL_OP_NO_RENEGOTIATION | SSL_OP_NO_COMPRESSION);
        }
        listeningSocket = [s = server.get()] {
            return s->listeningSocket();
        };
        d.server = std::move(server);
    } else {
        auto server = std::make_unique<ListeningServer<httplib::Server>>();
        listeningSocket = [s = server.get()] {
            return s->listeningSocket();
        };
        d.server = std::move(server);
    }
    if (!d.server->is_valid()) {
        d.server.reset();
        return fail("tls_setup_failed", QStringLiteral("The TLS certificate or key could not be loaded from %1 and "
                                                       "%2; check the files (PEM) and that they match.")
                                            .arg(c.tlsCertificateFile, c.tlsPrivateKeyFile));
    }
    d.inFlightCap = c.maxRequestsInFlight > 0 ? c.maxRequestsInFlight : qMax(1, c.workerThreads);
    d.configure(*d.server);

    const std::string hostStd = address.toString().toStdString();
    const int bound =
        port == 0 ? d.server->bind_to_any_port(hostStd) : (d.server->bind_to_port(hostStd, port) ? int(port) : -1);
    if (bound <= 0) {
        d.server.reset();
        return fail("bind_failed", QStringLiteral("Could not listen on %1 port %2: the address is in use or not "
                                                  "available here.")
                                       .arg(host)
                                       .arg(port));
    }
    ::listen(listeningSocket(), kListenBacklog); // on a listening socket: only changes the backlog
    d.port = static_cast<quint16>(bound);
    d.listenReturned = false;
    d.serving = true;
    httplib::Server* server = d.server.get();
    std::atomic<bool>* returned = &d.listenReturned;
    d.thread = std::thread([server, returned] {
        server->listen_after_bind();
        *returned = true;
    });
    // Until httplib marks itself running, its stop() would do nothing and the thread would never end.
    while (!server->is_running() && !d.listenReturned)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    if (!server->is_running()) {
        d.serving = false;
        d.thread.join();
        d.server.reset();
        return fail("bind_failed",
                    QStringLiteral("The server stopped as soon as it started on %1 port %2.").arg(host).arg(d.port));
    }
    qCInfo(lcHttp).noquote() << "listening on" << address.toString() << "port" << d.port << (d.tls ? "(https)" : "")
                             << "with" << c.workerThreads << "workers, at most" << d.inFlightCap
                             << "requests in flight";
    return d.port;
}

void HttpServer::stop()
{
    Impl& d = *m_impl;
    if (!d.server)
        return;
    d.serving = false;
    d.server->stop();
    if (d.thread.joinable())
        d.thread.join();
    d.server.reset();
    qCInfo(lcHttp).noquote() << "stopped listening on port" << d.port;
    d.port = 0;
}

bool HttpServer::serving() const
{
    return m_impl->serving;
}

quint16 HttpServer::port() const
{
    return m_impl->port;
}

bool HttpServer::isTls() const
{
    return m_impl->server && m_impl->tls;
}

int HttpServer::requestsInFlight() const
{
    return m_impl->inFlight;
}

Metrics& HttpServer::metrics() const
{
    return *m_impl->metrics;
}

std::shared_ptr<Metrics> HttpServer::sharedMetrics() const
{
    return m_impl->metrics;
}

const HttpServerConfig& HttpServer::config() const
{
    return m_impl->config;
}

} // namespace syncsites::server
