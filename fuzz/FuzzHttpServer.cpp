// The HTTP layer's request handling, end to end: one HttpServer on 127.0.0.1 (port 0) with routes shaped like the
// hub's, started once; each input is written as it is to a fresh loopback connection, whose sending side is then
// closed, and the answer is read until the server closes the connection. Whatever the bytes (pipelined requests,
// bad gzip, huge headers, half a request), the server answers in HTTP/1.1 or closes, within its timeouts, and
// never with a 500 of its own.

#include "FuzzSupport.h"

#include "HttpServer.h"

#include <QJsonArray>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <memory>

using namespace syncsites;

namespace {

constexpr auto kAnswerDeadline = std::chrono::seconds(5);

// What a handler saw, so that the fuzzer reaches the request helpers through the server.
HttpResponse echo(const HttpRequest& request)
{
    QJsonObject answer{{QStringLiteral("path"), request.path},
                       {QStringLiteral("route"), request.routeName},
                       {QStringLiteral("bytes"), qint64(request.body.size())}};
    QJsonArray query;
    for (const auto& [key, value] : request.queryItems)
        query.append(QJsonArray{key, value});
    answer.insert(QStringLiteral("query"), query);
    QJsonObject params;
    for (auto it = request.pathParams.cbegin(); it != request.pathParams.cend(); ++it)
        params.insert(it.key(), it.value());
    answer.insert(QStringLiteral("params"), params);
    answer.insert(QStringLiteral("token"), QString::fromLatin1(request.bearerToken().toHex()));
    return HttpResponse::json(answer);
}

HttpResponse jsonBody(const HttpRequest& request)
{
    const Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return HttpResponse::fromError(400, body.error());
    return HttpResponse::json(QJsonObject{{QStringLiteral("keys"), QJsonArray::fromStringList(body->keys())}});
}

quint16 g_port = 0;

Status startServer()
{
    HttpServerConfig config;
    config.workerThreads = 4;
    config.maxRequestBodyBytes = 64 * 1024;
    config.readTimeout = std::chrono::seconds(1);
    config.writeTimeout = std::chrono::seconds(1);
    config.keepAliveTimeout = std::chrono::seconds(1);
    config.keepAliveMaxRequests = 8;
    // Half a request must not stall a run: headers and stalled bodies are cut after a second.
    config.headerTimeout = std::chrono::seconds(1);
    config.slowGrace = std::chrono::seconds(1);
    config.compressMinBytes = 64;
    config.metricsToken = QStringLiteral("fuzz-metrics-token");
    // Lives until the process ends: libFuzzer leaves by exit(), and a server stopped then would race its workers.
    static HttpServer* server = new HttpServer(config);
    const struct
    {
        HttpMethod method;
        const char* pattern;
        HttpServer::Handler handler;
    } routes[] = {
        {HttpMethod::Post, "/api/v1/sync/push", jsonBody},
        {HttpMethod::Post, "/api/v1/sync/handshake", jsonBody},
        {HttpMethod::Get, "/api/v1/sync/pull", echo},
        {HttpMethod::Get, "/api/v1/data/{table}", echo},
        {HttpMethod::Get, "/api/v1/data/{table}/{id}", echo},
        {HttpMethod::Put, "/api/v1/admin/sites/{name}", jsonBody},
        {HttpMethod::Delete, "/api/v1/admin/sites/{name}", echo},
        {HttpMethod::Get, "/api/v1/admin/sites/new", echo},
        {HttpMethod::Get, "/api/v1/big",
         [](const HttpRequest&) {
             return HttpResponse::text(QString(5000, u'x'));
         }},
    };
    for (const auto& route : routes) {
        const QString pattern = QString::fromLatin1(route.pattern);
        const QString name = pattern.mid(1).remove(QLatin1Char('{')).remove(QLatin1Char('}'));
        if (Status s = server->addRoute(route.method, pattern, name, route.handler); !s)
            return s;
    }
    if (Status s = server->addOperationsRoutes(); !s)
        return s;
    const Result<quint16> port = server->listen(QStringLiteral("127.0.0.1"), 0);
    if (!port)
        return port.error();
    g_port = *port;
    return Status();
}

struct Socket
{
    int fd = -1;
    ~Socket()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

// Sends `input`, closes the sending side, and returns what came back until the server closed the connection.
// Fails the run when the server neither answers nor closes within kAnswerDeadline.
QByteArray exchange(const QByteArray& input)
{
    Socket socket;
    socket.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    FUZZ_CHECK(socket.fd >= 0, "a socket");
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(g_port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    FUZZ_CHECK(::connect(socket.fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0,
               "the server accepts a connection");
    // The server may answer and close before reading everything (a 413, a 400): a failed send is no finding.
    qsizetype sent = 0;
    while (sent < input.size()) {
        const ssize_t n = ::send(socket.fd, input.constData() + sent, size_t(input.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            break;
        sent += n;
    }
    ::shutdown(socket.fd, SHUT_WR);

    QByteArray answer;
    const auto deadline = std::chrono::steady_clock::now() + kAnswerDeadline;
    char buffer[16 * 1024];
    while (true) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        FUZZ_CHECK(left.count() > 0, "the server answers and closes within 5 s of the end of the request");
        pollfd p{socket.fd, POLLIN, 0};
        if (::poll(&p, 1, int(left.count())) <= 0)
            continue;
        const ssize_t n = ::recv(socket.fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            break; // closed (or reset after an early answer)
        answer.append(buffer, n);
    }
    return answer;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietLogging();
    const Status started = startServer();
    FUZZ_CHECK(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray answer = exchange(fuzz::bytes(data, size));
    if (answer.isEmpty())
        return 0; // closed without a word: allowed for bytes that are no request at all
    FUZZ_CHECK(answer.startsWith("HTTP/1.1 "), "an answer is HTTP/1.1");
    // Every status line of the answer (pipelined requests get one each): 1xx..5xx, and never a 500, which would
    // be the server failing on its own (no handler here throws).
    for (qsizetype at = 0; (at = answer.indexOf("HTTP/1.1 ", at)) >= 0; at += 9) {
        if (at > 0 && answer.at(at - 1) != '\n')
            continue; // inside a body
        const QByteArray code = answer.mid(at + 9, 3);
        bool ok = false;
        const int status = code.toInt(&ok);
        FUZZ_CHECK(ok && status >= 100 && status <= 599, "a three-digit status");
        FUZZ_CHECK(status != 500, "no 500 from the server itself");
    }
    return 0;
}
