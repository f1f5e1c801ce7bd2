#include "HttpServer.h"

#include "ClientConnection.h"
#include "ConnectionEvents.h"
#include "ConnectionGate.h"
#include "ConnectionStream.h"
#include "ConnectionWorkers.h"
#include "ContentDigest.h"
#include "Gzip.h"
#include "HttpConventions.h"
#include "HttpLog.h"
#include "TlsServerContext.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>

// httplib.h only in this library: it must see the CPPHTTPLIB_* defines of the pkg-config file (they change its
// types).
#include <httplib.h>

#include <atomic>

namespace syncsites {

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

// httplib parses, routes and writes each request; the connections are ours (ConnectionGate, ConnectionWorkers).
class RequestProcessor final : public httplib::Server
{
public:
    using httplib::Server::process_request;
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

    void serve(std::unique_ptr<ClientConnection> connection);

    HttpServerConfig config;
    std::shared_ptr<Metrics> metrics;
    HttpRouter router;
    std::unique_ptr<RequestProcessor> server;
    std::unique_ptr<TlsServerContext> tlsContext;
    std::unique_ptr<ConnectionWorkers> workers;
    std::unique_ptr<ConnectionGate> gate;
    std::unique_ptr<ConnectionEvents> events;
    std::atomic<long long> pendingOutput{0};
    StreamLimits streamLimits;
    std::atomic<bool> serving{false};
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
    // The connections, their timeouts and TCP_NODELAY are ours (listen()); httplib still checks Content-Length
    // against the body limit and writes the Keep-Alive header from these.
    s.set_payload_max_length(static_cast<std::size_t>(config.maxRequestBodyBytes));
    s.set_keep_alive_timeout(static_cast<time_t>(config.keepAliveTimeout.count()));
    s.set_keep_alive_max_count(static_cast<std::size_t>(config.keepAliveMaxRequests));

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
        if (res.status == 400 || res.status == 414) {
            // httplib could not parse the request: where the next one starts is unknown.
            response.setHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
            if (ConnectionStream* stream = ConnectionStream::current())
                stream->closeAfterAnswer();
        }
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
        const ConnectionStream* stream = ConnectionStream::current();
        if (stream && stream->cut() == ConnectionStream::Cut::BodyTooSlow) {
            result.error = HttpResponse::error(
                408, QStringLiteral("request_timeout"),
                QStringLiteral("The request body arrived too slowly (under %1 bytes a second); send the request "
                               "again.")
                    .arg(config.minBodyBytesPerSecond));
            return result;
        }
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
            ConnectionWorkers::bodyReceived(); // the next slow body may be read while this one is handled
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
    if (closeConnection) {
        response.setHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
        if (ConnectionStream* stream = ConnectionStream::current())
            stream->closeAfterAnswer();
    }
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

// One request of a connection whose request is ready, on a worker; then the connection goes back to the gate
// (for the next request, or to send what the client has not taken yet of the answer) or is closed.
void HttpServer::Impl::serve(std::unique_ptr<ClientConnection> connection)
{
    ClientConnection& c = *connection;
    const bool last = !serving || c.requestsServed + 1 >= config.keepAliveMaxRequests;
    bool clientCloses = false;
    bool ok = false;
    ConnectionStream::Cut cut = ConnectionStream::Cut::None;
    {
        ConnectionStream stream(c, streamLimits);
        ok = server->process_request(stream, last, clientCloses, nullptr);
        cut = stream.cut();
    }
    ++c.requestsServed;
    if (cut == ConnectionStream::Cut::BodyTooSlow)
        events->countCut("body", c);
    if (cut == ConnectionStream::Cut::WriteTooSlow)
        events->countCut("answer", c);
    if (!ok || last || clientCloses || !serving || cut != ConnectionStream::Cut::None)
        c.closeAfterOutput = true;
    // A client that does not take its answer, or that is gone, gets nothing more.
    const bool dead = cut == ConnectionStream::Cut::WriteTooSlow || (!ok && cut == ConnectionStream::Cut::None);
    if (dead)
        gate->release(std::move(connection));
    else
        gate->resume(std::move(connection)); // closed there once the answer is out (ConnectionGate::linger)
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
    if (d.gate)
        return fail("already_listening", QStringLiteral("The server is already listening on port %1.").arg(d.port));
    const HttpServerConfig& c = d.config;
    if (c.workerThreads < 1 || c.maxRequestsInFlight < 0 || c.maxRequestBodyBytes < 1 || c.keepAliveMaxRequests < 1 ||
        c.readTimeout.count() < 1 || c.writeTimeout.count() < 1 || c.keepAliveTimeout.count() < 1 ||
        c.busyRetryAfterSeconds < 1 || c.compressMinBytes < 0 || c.headerTimeout.count() < 1 ||
        c.maxHeaderBytes < 1024 || c.bufferedBodyBytes < 0 || c.bodyWorkers < 0 || c.minBodyBytesPerSecond < 0 ||
        c.minWriteBytesPerSecond < 0 || c.slowGrace.count() < 1 || c.maxConnectionsPerAddress < 1 ||
        c.pendingOutputBytes < 0 || c.tlsCertificateFile.isEmpty() != c.tlsPrivateKeyFile.isEmpty()) {
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
    std::unique_ptr<TlsServerContext> tls;
    if (d.tls) {
        tls = std::make_unique<TlsServerContext>();
        if (!tls->load(c.tlsCertificateFile.toLocal8Bit().toStdString(),
                       c.tlsPrivateKeyFile.toLocal8Bit().toStdString()))
            return fail("tls_setup_failed", QStringLiteral("The TLS certificate or key could not be loaded from %1 and "
                                                           "%2; check the files (PEM) and that they match.")
                                                .arg(c.tlsCertificateFile, c.tlsPrivateKeyFile));
    }
    d.inFlightCap = c.maxRequestsInFlight > 0 ? c.maxRequestsInFlight : qMax(1, c.workerThreads);
    auto processor = std::make_unique<RequestProcessor>();
    d.configure(*processor);

    d.streamLimits.readTimeout = c.readTimeout;
    d.streamLimits.writeTimeout = c.writeTimeout;
    d.streamLimits.rateGrace = c.slowGrace;
    d.streamLimits.minBodyBytesPerSecond = c.minBodyBytesPerSecond;
    d.streamLimits.minWriteBytesPerSecond = c.minWriteBytesPerSecond;
    d.streamLimits.outputBudget = c.pendingOutputBytes;
    d.streamLimits.outputBuffered = &d.pendingOutput;
    GateLimits limits;
    limits.headerTimeout = c.headerTimeout;
    limits.keepAliveTimeout = c.keepAliveTimeout;
    limits.rateGrace = c.slowGrace;
    limits.maxHeaderBytes = static_cast<std::size_t>(c.maxHeaderBytes);
    limits.bufferedBodyBytes = static_cast<std::size_t>(c.bufferedBodyBytes);
    limits.minBodyBytesPerSecond = c.minBodyBytesPerSecond;
    limits.minWriteBytesPerSecond = c.minWriteBytesPerSecond;
    limits.maxConnectionsPerAddress = c.maxConnectionsPerAddress;
    limits.stopSendTimeout = c.writeTimeout;
    Impl* impl = &d;
    d.events = std::make_unique<ConnectionEvents>(c, *d.metrics);
    auto gate = std::make_unique<ConnectionGate>(
        limits, tls ? tls->context() : nullptr,
        [impl](std::unique_ptr<ClientConnection> connection, bool bodyToCome) {
            impl->workers->enqueue(std::move(connection), bodyToCome);
        },
        [impl](ConnectionGate::Event event, const ClientConnection& connection) {
            return impl->events->onGateEvent(event, connection);
        },
        d.connectionsGauge, &d.pendingOutput);
    std::string why;
    const quint16 bound = gate->bind(address.toString().toStdString(), port, &why);
    if (bound == 0) {
        return fail("bind_failed", QStringLiteral("Could not listen on %1 port %2: the address is in use or not "
                                                  "available here (%3).")
                                       .arg(host)
                                       .arg(port)
                                       .arg(QString::fromLocal8Bit(why.c_str())));
    }
    const int bodyWorkers = c.bodyWorkers > 0 ? qMin(c.bodyWorkers, c.workerThreads) : qMax(1, c.workerThreads / 2);
    d.server = std::move(processor);
    d.tlsContext = std::move(tls);
    d.workers = std::make_unique<ConnectionWorkers>(
        c.workerThreads, bodyWorkers,
        [impl](std::unique_ptr<ClientConnection> connection) { impl->serve(std::move(connection)); });
    d.gate = std::move(gate);
    d.port = bound;
    d.serving = true;
    d.gate->start();
    qCInfo(lcHttp).noquote() << QStringLiteral(
                                    "listening on %1 port %2%3 with %4 workers (%5 for bodies still to come), "
                                    "at most %6 requests in flight, %7 connections per client address")
                                    .arg(address.toString())
                                    .arg(d.port)
                                    .arg(d.tls ? QStringLiteral(" (https)") : QString())
                                    .arg(c.workerThreads)
                                    .arg(bodyWorkers)
                                    .arg(d.inFlightCap)
                                    .arg(c.maxConnectionsPerAddress);
    return d.port;
}

void HttpServer::stop()
{
    Impl& d = *m_impl;
    if (!d.gate)
        return;
    d.serving = false;
    d.gate->beginStop(); // no new connections; those waiting for a request are closed
    d.workers->stop();   // requests already read are answered
    d.gate->finish();    // and what the clients have not taken of the answers is sent
    d.workers.reset();
    d.gate.reset();
    d.server.reset();
    d.tlsContext.reset();
    d.events.reset();
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
    return m_impl->gate && m_impl->tls;
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

} // namespace syncsites
