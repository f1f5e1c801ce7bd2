// Request and response bodies through HttpServer over real HTTP on 127.0.0.1: the body limit (Content-Length,
// chunked, gzip bombs), gzip request bodies, gzip responses. cpp-httplib's client sends; see TestHttpServer for
// the rest of the server's behaviour.
#include "ContentDigest.h"
#include "Gzip.h"
#include "HttpServer.h"
#include "HttpTestHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTest>

// The test links PkgConfig::HTTPLIB, so it sees the same CPPHTTPLIB_* defines as the library.
#include <httplib.h>

using namespace std::chrono_literals;
using namespace syncsites;
using namespace syncsites::test;

namespace {

QByteArray bigJson()
{
    QJsonArray items;
    for (int i = 0; i < 200; ++i) {
        QJsonObject item;
        item.insert(QStringLiteral("id"), i);
        item.insert(QStringLiteral("name"), QStringLiteral("Amoxicillin 250mg capsules, pack of %1").arg(i));
        items.append(item);
    }
    return QJsonDocument(items).toJson(QJsonDocument::Compact);
}

} // namespace

class TestHttpBodies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("syncsites.server.http.access.info=false")); }

    void bodyLimit()
    {
        HttpServerConfig config = testConfig();
        config.maxRequestBodyBytes = 1024;
        HttpServer server(config);
        QVERIFY(server.addRoute(HttpMethod::Post, QStringLiteral("/echo"), QStringLiteral("echo"), echo));
        QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0).ok());
        auto client = clientFor(server);
        client->set_keep_alive(true);

        const std::string fits(1024, 'a');
        QCOMPARE(client->Post("/echo", fits, "text/plain")->body, fits);

        const auto tooLarge = client->Post("/echo", std::string(1025, 'b'), "text/plain");
        QCOMPARE(tooLarge->status, 413);
        QCOMPARE(codeOf(tooLarge), QStringLiteral("payload_too_large"));
        QVERIFY(hasErrorShape(tooLarge));
        QCOMPARE(
            errorOf(tooLarge).value(QStringLiteral("details")).toObject().value(QStringLiteral("max_bytes")).toInt(),
            1024);
        QCOMPARE(client->Post("/echo", "after", "text/plain")->body, std::string("after")); // still in step

        // Chunked bodies: httplib 0.11.4 does not limit them; the server does.
        const auto chunked = client->Post(
            "/echo",
            [](size_t offset, httplib::DataSink& sink) {
                const std::string piece(512, 'c');
                if (offset < 4096)
                    sink.write(piece.data(), piece.size());
                else
                    sink.done();
                return true;
            },
            "text/plain");
        QVERIFY(chunked);
        QCOMPARE(chunked->status, 413);
        QCOMPARE(codeOf(chunked), QStringLiteral("payload_too_large"));
        QCOMPARE(client->Post("/echo", "again", "text/plain")->body, std::string("again"));

        // A small gzip body that inflates beyond the limit ("zip bomb").
        const QByteArray bomb = Gzip::compress(QByteArray(10 * 1024 * 1024, '\0'));
        const auto bombed = client->Post("/echo", {{"Content-Encoding", "gzip"}}, bomb.toStdString(), "text/plain");
        QCOMPARE(bombed->status, 413);
        QCOMPARE(codeOf(bombed), QStringLiteral("payload_too_large"));
        QCOMPARE(client->Post("/echo", "still", "text/plain")->body, std::string("still"));

        // A body for no route is dropped without being inflated.
        const auto nowhere = client->Post("/nowhere", {{"Content-Encoding", "gzip"}}, bomb.toStdString(), "text/plain");
        QCOMPARE(nowhere->status, 404);
        QCOMPARE(client->Post("/echo", "fine", "text/plain")->body, std::string("fine"));
    }

    void gzipRequest()
    {
        HttpServer server(testConfig());
        QVERIFY(server.addRoute(HttpMethod::Post, QStringLiteral("/echo"), QStringLiteral("echo"), echo));
        QVERIFY(server.addRoute(HttpMethod::Post, QStringLiteral("/encoding"), QStringLiteral("encoding"),
                                [](const HttpRequest& r) {
                                    return HttpResponse::text(QString::fromLatin1(r.header("Content-Encoding")) +
                                                              QLatin1Char('|') + QString::fromLatin1(r.body));
                                }));
        QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0).ok());
        auto client = clientFor(server);
        client->set_keep_alive(true);

        // The handler sees the decoded body, and no Content-Encoding that would describe it wrongly.
        QCOMPARE(
            client->Post("/encoding", {{"Content-Encoding", "gzip"}}, Gzip::compress("abc").toStdString(), "text/plain")
                ->body,
            std::string("|abc"));

        const QByteArray json = bigJson();
        const QByteArray compressed = Gzip::compress(json);
        QVERIFY(compressed.size() < json.size() / 4);
        const auto decoded =
            client->Post("/echo", {{"Content-Encoding", "gzip"}}, compressed.toStdString(), "application/json");
        QCOMPARE(decoded->status, 200);
        QCOMPARE(QByteArray::fromStdString(decoded->body), json);

        const auto corrupt =
            client->Post("/echo", {{"Content-Encoding", "gzip"}}, "not gzip at all", "application/json");
        QCOMPARE(corrupt->status, 400);
        QCOMPARE(codeOf(corrupt), QStringLiteral("invalid_gzip"));

        // httplib 0.11.4 would hand over an undecoded body for encodings it does not know.
        const auto zstd = client->Post("/echo", {{"Content-Encoding", "zstd"}}, "(zstd bytes)", "application/json");
        QCOMPARE(zstd->status, 415);
        QCOMPARE(codeOf(zstd), QStringLiteral("unsupported_content_encoding"));
        QVERIFY(hasErrorShape(zstd));
        QCOMPARE(client->Post("/echo", {{"Content-Encoding", "identity"}}, "plain", "text/plain")->body,
                 std::string("plain"));
    }

    void gzipResponse_data()
    {
        QTest::addColumn<QByteArray>("acceptEncoding");
        QTest::addColumn<QString>("route");
        QTest::addColumn<bool>("compressed");
        QTest::newRow("gzip accepted") << QByteArray("gzip") << "/big" << true;
        QTest::newRow("as QNetworkAccessManager asks") << QByteArray("gzip, deflate") << "/big" << true;
        QTest::newRow("br preferred but not offered") << QByteArray("br, gzip;q=0.5") << "/big" << true;
        QTest::newRow("refused with q=0") << QByteArray("gzip;q=0") << "/big" << false;
        QTest::newRow("identity only") << QByteArray("identity") << "/big" << false;
        QTest::newRow("small body") << QByteArray("gzip") << "/hello" << false;
        QTest::newRow("json with charset") << QByteArray("gzip") << "/big-charset" << true;
        QTest::newRow("binary") << QByteArray("gzip") << "/binary" << false;
    }

    void gzipResponse()
    {
        QFETCH(QByteArray, acceptEncoding);
        QFETCH(QString, route);
        QFETCH(bool, compressed);
        const QByteArray json = bigJson();
        HttpServer server(testConfig());
        QVERIFY(server.addRoute(
            HttpMethod::Get, QStringLiteral("/big"), QStringLiteral("big"),
            [&json](const HttpRequest&) { return HttpResponse::json(QJsonDocument::fromJson(json).array()); }));
        QVERIFY(server.addRoute(HttpMethod::Get, QStringLiteral("/big-charset"), QStringLiteral("big.charset"),
                                [&json](const HttpRequest&) {
                                    HttpResponse r;
                                    r.contentType = "application/json; charset=utf-8";
                                    r.body = json;
                                    return r;
                                }));
        QVERIFY(server.addRoute(HttpMethod::Get, QStringLiteral("/binary"), QStringLiteral("binary"),
                                [&json](const HttpRequest&) {
                                    HttpResponse r;
                                    r.contentType = "application/octet-stream";
                                    r.body = json;
                                    return r;
                                }));
        QVERIFY(server.addRoute(HttpMethod::Get, QStringLiteral("/hello"), QStringLiteral("hello"), hello));
        QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0).ok());
        auto client = clientFor(server);
        client->set_decompress(false); // see the bytes as sent

        const auto result = client->Get(route.toStdString(), {{"Accept-Encoding", acceptEncoding.toStdString()}});
        QCOMPARE(result->status, 200);
        const QByteArray raw = QByteArray::fromStdString(result->body);
        QCOMPARE(result->get_header_value("Content-Encoding") == "gzip", compressed);
        QCOMPARE(std::stoll(result->get_header_value("Content-Length")), qint64(raw.size()));
        if (compressed) {
            QVERIFY(raw.size() < json.size() / 4);
            QCOMPARE(result->get_header_value("Vary"), std::string("Accept-Encoding"));
            // Compressed exactly once: one inflate gives the JSON.
            QCOMPARE(*Gzip::decompress(raw, 10 * 1024 * 1024), json);
        } else if (route != QLatin1String("/hello")) {
            QCOMPARE(raw, json);
        }
    }

    void gzipDecodedByClient()
    {
        // httplib's client (decompressing) sees the plain JSON: the round trip a Qt client makes too.
        const QByteArray json = bigJson();
        HttpServer server(testConfig());
        QVERIFY(server.addRoute(
            HttpMethod::Get, QStringLiteral("/big"), QStringLiteral("big"),
            [&json](const HttpRequest&) { return HttpResponse::json(QJsonDocument::fromJson(json).array()); }));
        QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0).ok());
        auto client = clientFor(server);
        const auto result = client->Get("/big", {{"Accept-Encoding", "gzip"}});
        QCOMPARE(result->get_header_value("Content-Encoding"), std::string("gzip"));
        QCOMPARE(QByteArray::fromStdString(result->body), json);
    }

    // Content-Digest both ways: every answer carries one over its body as sent; a request whose digest does not
    // match its body is refused (400 body_damaged) before any handler sees it.
    void contentDigestBothWays()
    {
        HttpServer server(testConfig());
        int handled = 0;
        QVERIFY(server.addRoute(HttpMethod::Post, QStringLiteral("/echo"), QStringLiteral("echo"),
                                [&handled](const HttpRequest& r) {
                                    ++handled;
                                    return echo(r);
                                }));
        QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0).ok());
        auto client = clientFor(server);
        const QByteArray body = "{\"cursor\": 1042}";
        const auto good = client->Post("/echo", {{"Content-Digest", ContentDigest::of(body).toStdString()}},
                                       body.toStdString(), "application/json");
        QCOMPARE(good->status, 200);
        QCOMPARE(handled, 1);
        const QByteArray answerDigest = QByteArray::fromStdString(good->get_header_value("Content-Digest"));
        QCOMPARE(ContentDigest::matches(answerDigest, QByteArray::fromStdString(good->body)),
                 std::optional<bool>(true));
        QCOMPARE(ContentDigest::matches(answerDigest, "{\"cursor\": 1043}"), std::optional<bool>(false));

        const auto damaged = client->Post("/echo", {{"Content-Digest", ContentDigest::of(body).toStdString()}},
                                          "{\"cursor\": 1043}", "application/json");
        QCOMPARE(damaged->status, 400);
        QCOMPARE(codeOf(damaged), QStringLiteral("body_damaged"));
        QCOMPARE(handled, 1);
        // No digest, or one of another algorithm: nothing to check.
        QCOMPARE(client->Post("/echo", body.toStdString(), "application/json")->status, 200);
        QCOMPARE(client->Post("/echo", {{"Content-Digest", "sha-512=:AAAA:"}}, body.toStdString(), "application/json")
                     ->status,
                 200);
        QCOMPARE(handled, 3);
    }
};

QTEST_GUILESS_MAIN(TestHttpBodies)
#include "TestHttpBodies.moc"
