// HttpServer over real HTTP on 127.0.0.1, port 0, with cpp-httplib's client (and a raw socket for malformed
// requests). Each test starts its own server: it takes a few milliseconds.
#include "HttpServer.h"
#include "HttpTestHelpers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

// The test links PkgConfig::HTTPLIB, so it sees the same CPPHTTPLIB_* defines as the library.
#include <httplib.h>

#include <atomic>
#include <future>
#include <thread>

using namespace std::chrono_literals;
using namespace syncsites;
using namespace syncsites::test;

namespace {

// A self-signed certificate for 127.0.0.1 with `openssl req`; `keySpec` follows -newkey (e.g. {"rsa:2048"}).
bool makeCertificate(const QStringList& keySpec, const QString& cert, const QString& key)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("openssl")),
                  QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey")} + keySpec +
                      QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"),
                                  cert, QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                                  QStringLiteral("/CN=127.0.0.1")});
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// The lines of a /metrics answer, for exact comparisons.
QStringList metricLines(httplib::Client& client)
{
    const auto result = client.Get("/metrics", metricsHeaders());
    if (!result || result->status != 200)
        return {};
    return QString::fromStdString(result->body).split(QLatin1Char('\n'));
}

struct Gate
{
    QSemaphore entered;
    QSemaphore release;
    HttpResponse block(const HttpRequest& request)
    {
        entered.release();
        if (!release.tryAcquire(1, 10000))
            return HttpResponse::error(500, QStringLiteral("test_gate_timeout"), QStringLiteral("Never released."));
        return hello(request);
    }
};

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Thousands of access-log lines would drown the test log; accessLog() turns it back on for itself.
        QLoggingCategory::setFilterRules(QStringLiteral("syncsites.server.http.access.info=false"));
    }

    void routesAndParams()
    {
        HttpServer server(testConfig());
        QVERIFY(server.addRoute(HttpMethod::Get, QStringLiteral("/api/admin/sites/{name}"),
                                QStringLiteral("admin.site"), [](const HttpRequest& r) {
                                    QJsonObject body;
                                    body.insert(QStringLiteral("name"), r.pathParam(QStringLiteral("name")));
                                    body.insert(QStringLiteral("route"), r.routeName);
                                    body.insert(QStringLiteral("path"), r.path);
                                    body.insert(QStringLiteral("since"), r.queryValue(QStringLiteral("since")));
                                    body.insert(QStringLiteral("q"), r.queryValue(QStringLiteral("q")));
                                    body.insert(QStringLiteral("agent"), QString::fromLatin1(r.header("x-agent")));
                                    body.insert(QStringLiteral("remote"), r.remoteAddress);
                                    body.insert(QStringLiteral("headers"), r.headers.size());
                                    return HttpResponse::json(body);
                                }));
        QVERIFY(server.addRoute(HttpMethod::Post, QStringLiteral("/api/admin/sites"),
                                QStringLiteral("admin.sites.create"), [](const HttpRequest& r) {
                                    const auto json = r.jsonObject();
                                    if (!json)
                                        return HttpResponse::fromError(400, json.error());
                                    return HttpResponse::json(*json, 201);
                                }));
        QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0).ok());
        QVERIFY(server.serving());
        QVERIFY(server.port() > 0);
        auto client = clientFor(server);

        const auto got = client->Get("/api/admin/sites/north%20hub%2F2?since=41&q=a+b", {{"X-Agent", "test"}});
        QVERIFY(got);
        QCOMPARE(got->status, 200);
        const QJsonObject body = QJsonDocument::fromJson(QByteArray::fromStdString(got->body)).object();
        QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("north hub/2"));
        QCOMPARE(body.value(QStringLiteral("route")).toString(), QStringLiteral("admin.site"));
        QCOMPARE(body.value(QStringLiteral("path")).toString(), QStringLiteral("/api/admin/sites/north hub/2"));
        QCOMPARE(body.value(QStringLiteral("since")).toString(), QStringLiteral("41"));
        QCOMPARE(body.value(QStringLiteral("q")).toString(), QStringLiteral("a b"));
        QCOMPARE(body.value(QStringLiteral("agent")).toString(), QStringLiteral("test"));
        QCOMPARE(body.value(QStringLiteral("remote")).toString(), QStringLiteral("127.0.0.1"));

        // Clients cannot smuggle httplib's pseudo-headers (REMOTE_ADDR and friends) into the request.
        const auto spoofed = client->Get("/api/admin/sites/x", {{"REMOTE_ADDR", "10.9.9.9"}});
        QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(spoofed->body))
                     .object()
                     .value(QStringLiteral("remote"))
                     .toString(),
                 QStringLiteral("127.0.0.1"));

        const auto created = client->Post("/api/admin/sites", R"({"name":"south"})", "application/json");
        QCOMPARE(created->status, 201);
        QCOMPARE(created->body, std::string(R"({"name":"south"})"));
        const auto invalid = client->Post("/api/admin/sites", "{oops", "application/json");
        QCOMPARE(invalid->status, 400);
        QCOMPARE(codeOf(invalid), QStringLiteral("invalid_json"));
        QVERIFY(hasErrorShape(invalid));
    }

    void notFoundAndMethodNotAllowed()
    {
        HttpServer server(testConfig());
        QVERIFY(server.addRoute(HttpMethod::Get, QStringLiteral("/hello"), QStringLiteral("hello"), hello));
        QVERIFY(server.addRoute(HttpMethod::Delete, QStringLiteral("/hello"), QStringLiteral("hello.delete"), hello));
        QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0).ok());
        auto client = clientFor(server);
        client->set_keep_alive(true);

        const auto missing = client->Get("/nope");
        QCOMPARE(missing->status, 404);
        QCOMPARE(codeOf(missing), QStringLiteral("not_found"));
        QVERIFY(hasErrorShape(missing));
        QVERIFY(!missing->get_header_value("X-Request-Id").empty());

        // A body sent to the wrong method is read and dropped: the keep-alive connection stays usable.
        const auto wrong = client->Post("/hello", std::string(5000, 'x'), "text/plain");
        QCOMPARE(wrong->status, 405);
        QCOMPARE(codeOf(wrong), QStringLiteral("method_not_allowed"));
        QVERIFY(hasErrorShape(wrong));
        QCOMPARE(wrong->get_header_value("Allow"), std::string("GET, HEAD, DELETE"));
        QCOMPARE(errorOf(wrong).value(QStringLiteral("details")).toObject().value(QStringLiteral("allowed")).toArray(),
                 (QJsonArray{QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("DELETE")}));
        QCOMPARE(client->Get("/hello")->status, 200);

        const auto put = client->Put("/hello", "{}", "application/json");
        QCOMPARE(put->status, 405);

        const auto head = client->Head("/hello");
        QCOMPARE(head->status, 200);
        QVERIFY(head->body.empty());
        QCOMPARE(head->get_header_value("Content-Length"), std::string("17")); // {"hello":"world"}

        const auto options = client->Options("/hello");
        QCOMPARE(options->status, 204);
        QCOMPARE(options->get_header_value("Allow"), std::string("GET, HEAD, DELETE"));
        QCOMPARE(client->Options("/nope")->status, 404);

        // A Range header does not cut an API response short.
        const auto ranged = client->Get("/hello", {{"Range", "bytes=0-3"}});
        QCOMPARE(ranged->status, 200);
        QCOMPARE(ranged->body, std::string(R"({"hello":"world"})"));
    }

    void malformedHttp_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("garbage") << QByteArray("NOT HTTP AT ALL\r\n\r\n") << 400 << QStringLiteral("bad_request");
        QTest::newRow("unknown method") << QByteArray("BREW /hello HTTP/1.1\r\nHost: x\r\n\r\n") << 405
                                        << QStringLiteral("method_not_allowed");
        QTest::newRow("request line too long")
            << (QByteArray("GET /") + QByteArray(9000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n") << 414
            << QStringLiteral("uri_too_long");
    }

    void malformedHttp()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QString, code);
        HttpServer server(testConfig());
        QVERIFY(server.addRoute(HttpMethod::Get, QStringLiteral("/hello"), QStringLiteral("hello"), hello));
        QVERIFY(server.addOperationsRoutes());
        QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0).ok());

        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(request);
        QByteArray answer;
        while (socket.waitForReadyRead(2000)) {
            answer += socket.readAll();
            if (answer.contains("\r\n\r\n{") && answer.endsWith("}}"))
                break;
        }
        QVERIFY2(answer.startsWith(QByteArray(QByteArray("HTTP/1.1 ") + QByteArray::number(status))),
                 answer.left(200).constData());
        QVERIFY(answer.contains("X-Request-Id: "));
        const QByteArray body = answer.mid(answer.indexOf("\r\n\r\n") + 4);
        QCOMPARE(QJsonDocument::fromJson(body)
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 code);
        socket.close();

        // httplib answered on its own, and the request is still counted.
        auto client = clientFor(server);
        const QString line =
            QStringLiteral("syncsites_http_requests_total{method=\"other\",route=\"unmatched\",status=\"%1\"} 1")
                .arg(status);
        QVERIFY2(metricLines(*client).contains(line), qPrintable(line));
    }

    void requestId()
    {
        HttpServer server(testConfig());
        QVERIFY(server.addRoute(HttpMethod::Get, QStringLiteral("/id"), QStringLiteral("id"), [](const HttpRequest& r) {
            return HttpResponse::text(QString::fromLatin1(r.requestId));
        }));
        QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0).ok());
        auto client = clientFor(server);
        static const QRegularExpression generated(QStringLiteral("^[0-9a-f]{32}$"));

        const auto echoed = client->Get("/id", {{"X-Request-Id", "site-north:sync-42"}});
        QCOMPARE(echoed->get_header_value("X-Request-Id"), std::string("site-north:sync-42"));
        QCOMPARE(echoed->body, std::string("site-north:sync-42")); // the handler sees the same id

        const auto a = client->Get("/id");
        const auto b = client->Get("/id");
        const QString idA = QString::fromStdString(a->get_header_value("X-Request-Id"));
        QVERIFY2(generated.match(idA).hasMatch(), qPrintable(idA));
        QVERIFY(a->get_header_value("X-Request-Id") != b->get_header_value("X-Request-Id"));

        for (const std::string& insane : {std::string("has space"), std::string(129, 'a'), std::string("<script>")}) {
            const auto replaced = client->Get("/id", {{"X-Request-Id", insane}});
            const QString id = QString::fromStdString(replaced->get_header_value("X-Request-Id"));
            QVERIFY2(generated.match(id).hasMatch(), qPrintable(id));
        }
        // On errors too.
        QCOMPARE(client->Get("/nope", {{"X-Request-Id", "err-1"}})->get_header_value("X-Request-Id"),
                 std::string("err-1"));
    }

    void handlerException()
    {
        HttpServer server(testConfig());
        QVERIFY(server.addRoute(HttpMethod::Get, QStringLiteral("/throw"), QStringLiteral("throw"),
                                [](const HttpRequest&) -> HttpResponse { throw std::runtime_error("boom"); }));
        QVERIFY(server.addRoute(HttpMethod::Get, QStringLiteral("/throw-int"), QStringLiteral("throw.int"),
                                [](const HttpRequest&) -> HttpResponse { throw 42; }));
        QVERIFY(server.addRoute(HttpMethod::Get, QStringLiteral("/bad-status"), QStringLiteral("bad.status"),
                                [](const HttpRequest&) {
                                    HttpResponse r;
                                    r.status = 42;
                                    return r;
                                }));
        QVERIFY(server.addRoute(HttpMethod::Get, QStringLiteral("/hello"), QStringLiteral("hello"), hello));
        QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0).ok());
        auto client = clientFor(server);
        client->set_keep_alive(true);

        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("route throw threw: boom")));
        const auto thrown = client->Get("/throw", {{"X-Request-Id", "boom-1"}});
        QCOMPARE(thrown->status, 500);
        QCOMPARE(codeOf(thrown), QStringLiteral("server_error"));
        QVERIFY(hasErrorShape(thrown));
        QVERIFY(errorOf(thrown).value(QStringLiteral("message")).toString().contains(QStringLiteral("boom-1")));
        QVERIFY(!QString::fromStdString(thrown->body).contains(QStringLiteral("boom\""))); // internals stay in the log

        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("non-standard exception")));
        QCOMPARE(client->Get("/throw-int")->status, 500);
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("invalid status 42")));
        QCOMPARE(client->Get("/bad-status")->status, 500);
        QCOMPARE(client->Get("/hello")->status, 200);
    }

    void inFlightCap()
    {
        HttpServerConfig config = testConfig();
        config.workerThreads = 4;
        config.maxRequestsInFlight = 1;
        config.busyRetryAfterSeconds = 2;
        HttpServer server(config);
        Gate gate;
        QVERIFY(server.addRoute(HttpMethod::Get, QStringLiteral("/block"), QStringLiteral("block"),
                                [&gate](const HttpRequest& r) { return gate.block(r); }));
        QVERIFY(server.addRoute(HttpMethod::Get, QStringLiteral("/hello"), QStringLiteral("hello"), hello));
        QVERIFY(server.addRoute(HttpMethod::Post, QStringLiteral("/echo"), QStringLiteral("echo"), echo));
        QVERIFY(server.addOperationsRoutes());
        QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0).ok());

        auto blocked = std::async(std::launch::async, [&server] { return clientFor(server)->Get("/block")->status; });
        QVERIFY(gate.entered.tryAcquire(1, 5000));

        auto client = clientFor(server);
        client->set_keep_alive(true);
        const auto busy = client->Get("/hello");
        QCOMPARE(busy->status, 503);
        QCOMPARE(codeOf(busy), QStringLiteral("server_busy"));
        QVERIFY(hasErrorShape(busy));
        QCOMPARE(busy->get_header_value("Retry-After"), std::string("2"));
        QCOMPARE(errorOf(busy)
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("retry_after_seconds"))
                     .toInt(),
                 2);
        // A refused body is drained: the connection stays in step.
        QCOMPARE(client->Post("/echo", std::string(3000, 'z'), "text/plain")->status, 503);
        // /healthz and /metrics are exempt: a saturated server can still be observed.
        QCOMPARE(client->Get("/healthz")->status, 200);
        QVERIFY(metricLines(*client).contains(QStringLiteral("syncsites_http_requests_in_flight 2")));
        QCOMPARE(server.requestsInFlight(), 1);

        gate.release.release();
        QCOMPARE(blocked.get(), 200);
        QCOMPARE(client->Get("/hello")->status, 200);
        QVERIFY(metricLines(*client).contains(
            QStringLiteral("syncsites_http_requests_total{method=\"GET\",route=\"hello\",status=\"503\"} 1")));
    }

    void gracefulStop()
    {
        HttpServerConfig config = testConfig();
        config.workerThreads = 2;
        HttpServer server(config);
        Gate gate;
        QVERIFY(server.addRoute(HttpMethod::Get, QStringLiteral("/block"), QStringLiteral("block"),
                                [&gate](const HttpRequest& r) { return gate.block(r); }));
        QVERIFY(server.addOperationsRoutes());
        QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0).ok());
        const quint16 port = server.port();

        auto inFlight = std::async(std::launch::async, [&server] {
            const auto result = clientFor(server)->Get("/block");
            return result ? result->body : std::string("(no answer)");
        });
        QVERIFY(gate.entered.tryAcquire(1, 5000));

        QElapsedTimer timer;
        timer.start();
        auto stopping = std::async(std::launch::async, [&server] { server.stop(); });
        QCOMPARE(stopping.wait_for(300ms), std::future_status::timeout); // waits for the request
        QVERIFY(!server.serving());

        gate.release.release();
        QCOMPARE(stopping.wait_for(10s), std::future_status::ready);
        QCOMPARE(inFlight.get(), std::string(R"({"hello":"world"})")); // answered in full
        qInfo("stop() returned %lld ms after it was called", timer.elapsed());

        httplib::Client late("127.0.0.1", port);
        late.set_connection_timeout(2);
        QVERIFY(!late.Get("/healthz")); // nobody listens any more
        server.stop();                  // twice is fine
    }

    void healthz()
    {
        HttpServer server(testConfig());
        std::atomic<bool> databaseUp{true};
        QVERIFY(server.addOperationsRoutes([&databaseUp]() -> Status {
            if (databaseUp)
                return Status();
            return Error{QStringLiteral("database_unavailable"), QStringLiteral("The database cannot be reached."),
                         QVariant()};
        }));
        QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0).ok());
        auto client = clientFor(server);
        const auto up = client->Get("/healthz");
        QCOMPARE(up->status, 200);
        QCOMPARE(up->body, std::string(R"({"status":"serving"})"));
        databaseUp = false;
        const auto down = client->Get("/healthz");
        QCOMPARE(down->status, 503);
        QCOMPARE(codeOf(down), QStringLiteral("database_unavailable"));
        QCOMPARE(server.addRoute(HttpMethod::Get, QStringLiteral("/late"), QStringLiteral("late"), hello).error().code,
                 QStringLiteral("server_running"));
    }

    void listenRules_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("code"); // empty: listens
        QTest::newRow("127.0.0.1") << "127.0.0.1" << QString();
        QTest::newRow("127.0.0.2 (loopback too)") << "127.0.0.2" << QString();
        QTest::newRow("localhost") << "localhost" << QString();
        QTest::newRow("any address") << "0.0.0.0"
                                     << "non_loopback_refused";
        QTest::newRow("private address") << "10.1.2.3"
                                         << "non_loopback_refused";
        QTest::newRow("IPv6 any") << "::"
                                  << "non_loopback_refused";
        QTest::newRow("host name") << "example.org"
                                   << "bind_failed";
    }

    void listenRules()
    {
        QFETCH(QString, host);
        QFETCH(QString, code);
        HttpServer server(testConfig());
        const auto port = server.listen(host, 0);
        QCOMPARE(port.ok() ? QString() : port.error().code, code);
        QCOMPARE(server.serving(), code.isEmpty());
        if (port.ok())
            QCOMPARE(server.listen(host, 0).error().code, QStringLiteral("already_listening"));
    }

    void portInUse()
    {
        HttpServer first(testConfig());
        const auto port = first.listen(QStringLiteral("127.0.0.1"), 0);
        QVERIFY(port.ok());
        // httplib's default SO_REUSEPORT would let this succeed and split the traffic between the two.
        HttpServer second(testConfig());
        QCOMPARE(second.listen(QStringLiteral("127.0.0.1"), *port).error().code, QStringLiteral("bind_failed"));
        first.stop();
        QCOMPARE(second.listen(QStringLiteral("127.0.0.1"), *port).value(), *port); // free again
    }

    void invalidConfig()
    {
        HttpServerConfig config = testConfig();
        config.workerThreads = 0;
        QCOMPARE(HttpServer(config).listen(QStringLiteral("127.0.0.1"), 0).error().code,
                 QStringLiteral("invalid_config"));
        config = testConfig();
        config.tlsCertificateFile = QStringLiteral("/nonexistent/cert.pem");
        QCOMPARE(HttpServer(config).listen(QStringLiteral("127.0.0.1"), 0).error().code,
                 QStringLiteral("invalid_config"));
        config.tlsPrivateKeyFile = QStringLiteral("/nonexistent/key.pem");
        QCOMPARE(HttpServer(config).listen(QStringLiteral("127.0.0.1"), 0).error().code,
                 QStringLiteral("tls_setup_failed"));
    }

    void metricsText()
    {
        HttpServer server(testConfig());
        QVERIFY(server.addRoute(HttpMethod::Get, QStringLiteral("/hello"), QStringLiteral("hello"), hello));
        QVERIFY(server.addRoute(HttpMethod::Post, QStringLiteral("/echo"), QStringLiteral("echo"), echo));
        QVERIFY(server.addOperationsRoutes());
        // Other code feeds the same registry.
        server.metrics()
            .counter(QStringLiteral("syncsites_records_pushed_total"), QStringLiteral("Records received."))
            .increment(42);
        QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0).ok());
        auto client = clientFor(server);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(client->Get("/hello")->status, 200);
        QCOMPARE(client->Get("/nope")->status, 404);
        QCOMPARE(client->Post("/echo", "12345", "text/plain")->status, 200);

        // Only with the metrics token; without it, or with another, 401; a server without one has no metrics.
        QCOMPARE(client->Get("/metrics")->status, 401);
        QCOMPARE(client->Get("/metrics", httplib::Headers{{"Authorization", "Bearer test-metrics-tokeN"}})->status,
                 401);
        const auto result = client->Get("/metrics", metricsHeaders());
        QCOMPARE(result->status, 200);
        QCOMPARE(result->get_header_value("Content-Type"), std::string("text/plain; version=0.0.4; charset=utf-8"));
        const QStringList lines = QString::fromStdString(result->body).split(QLatin1Char('\n'));
        for (const char* expected : {
                 "# TYPE syncsites_http_requests_total counter",
                 "syncsites_http_requests_total{method=\"GET\",route=\"hello\",status=\"200\"} 3",
                 "syncsites_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"} 1",
                 "syncsites_http_requests_total{method=\"POST\",route=\"echo\",status=\"200\"} 1",
                 "# TYPE syncsites_http_request_duration_seconds histogram",
                 "syncsites_http_request_duration_seconds_bucket{route=\"hello\",le=\"+Inf\"} 3",
                 "syncsites_http_request_duration_seconds_count{route=\"hello\"} 3",
                 "syncsites_http_requests_in_flight 1", // this /metrics request
                 "syncsites_http_request_bytes_total 5",
                 "syncsites_records_pushed_total 42",
             }) {
            QVERIFY2(lines.contains(QString::fromUtf8(expected)), expected);
        }
        // Buckets are cumulative and end with the count.
        QStringList buckets =
            lines.filter(QStringLiteral("syncsites_http_request_duration_seconds_bucket{route=\"hello\""));
        QCOMPARE(buckets.size(), Metrics::latencyBuckets().size() + 1);
        qint64 previous = 0;
        for (const QString& bucket : buckets) {
            const qint64 value = bucket.section(QLatin1Char(' '), -1).toLongLong();
            QVERIFY(value >= previous);
            previous = value;
        }
        QCOMPARE(previous, 3);
    }

    void accessLog()
    {
        static QMutex mutex;
        static QStringList captured;
        static QtMessageHandler previous = nullptr;
        captured.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("syncsites.server.http.access.info=true"));
        previous =
            qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
                if (qstrcmp(context.category, "syncsites.server.http.access") == 0) {
                    QMutexLocker lock(&mutex);
                    captured.append(message);
                    return;
                }
                previous(type, context, message);
            });

        {
            HttpServer server(testConfig());
            QVERIFY(server.addRoute(HttpMethod::Post, QStringLiteral("/echo"), QStringLiteral("echo"), echo));
            QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0).ok());
            auto client = clientFor(server);
            QCOMPARE(client->Post("/echo?secret=no", {{"X-Request-Id", "log-1"}}, "abcdef", "text/plain")->status, 200);
            QCOMPARE(client->Get("/missing", {{"X-Request-Id", "log-2"}})->status, 404);
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QStringLiteral("syncsites.server.http.access.info=false"));

        QMutexLocker lock(&mutex);
        QCOMPARE(captured.size(), 2);
        static const QRegularExpression line(QStringLiteral(
            "^request_id=log-1 method=POST route=echo path=/echo status=200 duration_ms=\\d+\\.\\d{3} bytes_in=6 "
            "bytes_out=6 remote=127\\.0\\.0\\.1$"));
        QVERIFY2(line.match(captured.at(0)).hasMatch(), qPrintable(captured.at(0)));
        QVERIFY2(captured.at(1).startsWith(
                     QStringLiteral("request_id=log-2 method=GET route=unmatched path=/missing status=404 ")),
                 qPrintable(captured.at(1)));
        QVERIFY(!captured.join(QLatin1Char('\n')).contains(QStringLiteral("secret"))); // no query strings
    }

    void concurrency()
    {
        HttpServerConfig config = testConfig();
        config.workerThreads = 8;
        config.maxRequestsInFlight = 8;
        HttpServer server(config);
        QVERIFY(server.addRoute(HttpMethod::Get, QStringLiteral("/items/{id}"), QStringLiteral("item"),
                                [](const HttpRequest& r) {
                                    QJsonObject body;
                                    body.insert(QStringLiteral("id"), r.pathParam(QStringLiteral("id")));
                                    return HttpResponse::json(body);
                                }));
        QVERIFY(server.addOperationsRoutes());
        QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0).ok());

        constexpr int threads = 8;
        constexpr int perThread = 200;
        std::atomic<int> correct{0};
        QElapsedTimer timer;
        timer.start();
        std::vector<std::thread> clients;
        for (int t = 0; t < threads; ++t) {
            clients.emplace_back([&server, &correct, t] {
                auto client = clientFor(server);
                client->set_keep_alive(true);
                for (int i = 0; i < perThread; ++i) {
                    const std::string id = std::to_string(t) + "-" + std::to_string(i);
                    const auto result = client->Get("/items/" + id);
                    if (result && result->status == 200 && result->body == R"({"id":")" + id + R"("})")
                        ++correct;
                }
            });
        }
        for (auto& c : clients)
            c.join();
        const qint64 ms = timer.elapsed();
        QCOMPARE(correct.load(), threads * perThread);
        qInfo("%d requests on %d keep-alive connections in %lld ms: %.0f requests/s", threads * perThread, threads, ms,
              threads * perThread * 1000.0 / double(qMax<qint64>(1, ms)));

        auto client = clientFor(server);
        const QStringList lines = metricLines(*client);
        QVERIFY(lines.contains(
            QStringLiteral("syncsites_http_requests_total{method=\"GET\",route=\"item\",status=\"200\"} 1600")));
        QVERIFY(lines.contains(QStringLiteral("syncsites_http_request_duration_seconds_count{route=\"item\"} 1600")));
    }

    void tls()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl is not installed: no certificate to test TLS with");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QVERIFY(makeCertificate(
            {QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1")}, cert,
            key));

        HttpServerConfig config = testConfig();
        config.tlsCertificateFile = cert;
        config.tlsPrivateKeyFile = key;
        HttpServer server(config);
        QVERIFY(server.addRoute(HttpMethod::Get, QStringLiteral("/hello"), QStringLiteral("hello"), hello));
        QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0).ok());
        QVERIFY(server.isTls());

        httplib::SSLClient secure("127.0.0.1", int(server.port()));
        secure.enable_server_certificate_verification(false); // self-signed, for this test only
        const auto result = secure.Get("/hello");
        QVERIFY(result);
        QCOMPARE(result->status, 200);
        QCOMPARE(secure.Get("/nope")->status, 404);

        httplib::Client plain("127.0.0.1", int(server.port()));
        plain.set_read_timeout(2);
        const auto refused = plain.Get("/hello");
        QVERIFY(!refused || refused->status != 200);
    }

    // With an RSA certificate (the one kind the old suites work with): TLS 1.2 suites without forward secrecy or
    // without AEAD are refused; ECDHE with AES-GCM and TLS 1.3 are served.
    void tlsOffersOnlyForwardSecretAeadSuites_data()
    {
        QTest::addColumn<QString>("suites");
        QTest::addColumn<bool>("served");
        QTest::newRow("AES128-SHA (RSA key exchange, CBC)") << QStringLiteral("AES128-SHA") << false;
        QTest::newRow("AES256-GCM-SHA384 (RSA key exchange)") << QStringLiteral("AES256-GCM-SHA384") << false;
        QTest::newRow("ECDHE-RSA-AES128-SHA (CBC)") << QStringLiteral("ECDHE-RSA-AES128-SHA") << false;
        QTest::newRow("ECDHE-RSA-AES128-GCM-SHA256") << QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256") << true;
        QTest::newRow("TLS 1.3") << QString() << true;
    }

    void tlsOffersOnlyForwardSecretAeadSuites()
    {
        QFETCH(QString, suites);
        QFETCH(bool, served);
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl is not installed: no certificate to test TLS with");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QVERIFY(makeCertificate({QStringLiteral("rsa:2048")}, cert, key));

        HttpServerConfig config = testConfig();
        config.tlsCertificateFile = cert;
        config.tlsPrivateKeyFile = key;
        HttpServer server(config);
        QVERIFY(server.addRoute(HttpMethod::Get, QStringLiteral("/hello"), QStringLiteral("hello"), hello));
        QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0).ok());

        httplib::SSLClient client("127.0.0.1", int(server.port()));
        client.enable_server_certificate_verification(false); // self-signed, for this test only
        client.set_connection_timeout(5);
        client.set_read_timeout(5);
        if (!suites.isEmpty()) {
            SSL_CTX* ctx = client.ssl_context();
            QVERIFY(ctx);
            SSL_CTX_set_max_proto_version(ctx, TLS1_2_VERSION);
            SSL_CTX_set_security_level(ctx, 0); // let this client offer what the server must refuse
            QVERIFY(SSL_CTX_set_cipher_list(ctx, suites.toLatin1().constData()) == 1);
        }
        const auto result = client.Get("/hello");
        QCOMPARE(bool(result) && result->status == 200, served);
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "TestHttpServer.moc"
