#include "HttpConventions.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QJsonDocument>
#include <QTest>

using namespace syncsites;

using Pairs = QList<QPair<QString, QString>>;

namespace {

Pairs pairs(std::initializer_list<std::pair<const char*, const char*>> list)
{
    Pairs out;
    for (const auto& p : list)
        out.append({QString::fromUtf8(p.first), QString::fromUtf8(p.second)});
    return out;
}

} // namespace

class TestHttpMessages : public QObject
{
    Q_OBJECT

private slots:
    void parseQuery_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<Pairs>("expected");
        QTest::newRow("empty") << QByteArray() << Pairs();
        QTest::newRow("one") << QByteArray("a=1") << pairs({{"a", "1"}});
        QTest::newRow("order kept, repeats kept")
            << QByteArray("b=2&a=1&b=3") << pairs({{"b", "2"}, {"a", "1"}, {"b", "3"}});
        QTest::newRow("plus and percent") << QByteArray("q=a+b%2Bc&x=%41") << pairs({{"q", "a b+c"}, {"x", "A"}});
        QTest::newRow("no value") << QByteArray("flag&y=") << pairs({{"flag", ""}, {"y", ""}});
        QTest::newRow("empty parts skipped") << QByteArray("&&a=1&") << pairs({{"a", "1"}});
        QTest::newRow("equals in value") << QByteArray("t=a=b") << pairs({{"t", "a=b"}});
        QTest::newRow("utf-8") << QByteArray("n=K%C3%B6ln") << pairs({{"n", "K\xc3\xb6ln"}});
    }

    void parseQuery()
    {
        QFETCH(QByteArray, raw);
        QFETCH(Pairs, expected);
        QCOMPARE(HttpRequest::parseQuery(raw), expected);
    }

    void requestAccessors()
    {
        HttpRequest request;
        request.queryItems = HttpRequest::parseQuery("since=10&table=item&table=store");
        request.headers = {{"authorization", "Bearer  abc.def "}, {"x-thing", "1"}, {"x-thing", "2"}};
        request.pathParams.insert(QStringLiteral("name"), QStringLiteral("north"));
        QCOMPARE(request.queryValue(QStringLiteral("since")), QStringLiteral("10"));
        QCOMPARE(request.queryValue(QStringLiteral("missing"), QStringLiteral("dflt")), QStringLiteral("dflt"));
        QCOMPARE(request.queryValues(QStringLiteral("table")),
                 (QStringList{QStringLiteral("item"), QStringLiteral("store")}));
        QVERIFY(request.hasQueryItem(QStringLiteral("table")));
        QVERIFY(request.hasHeader("X-Thing"));
        QCOMPARE(request.header("X-THING"), QByteArray("1"));
        QCOMPARE(request.bearerToken(), QByteArray("abc.def"));
        QCOMPARE(request.pathParam(QStringLiteral("name")), QStringLiteral("north"));

        request.headers = {{"authorization", "Basic dXNlcjpwdw=="}};
        QCOMPARE(request.bearerToken(), QByteArray());
        request.headers = {{"authorization", "bearer"}};
        QCOMPARE(request.bearerToken(), QByteArray());
    }

    void jsonBody()
    {
        HttpRequest request;
        request.body = R"({"a": 1})";
        QCOMPARE(request.jsonObject()->value(QStringLiteral("a")).toInt(), 1);
        request.body = "[1,2]";
        QCOMPARE(request.jsonObject().error().code, QStringLiteral("json_object_expected"));
        request.body = "{nope";
        QCOMPARE(request.jsonObject().error().code, QStringLiteral("invalid_json"));
        request.body.clear();
        QCOMPARE(request.jsonObject().error().code, QStringLiteral("invalid_json"));
    }

    void errorShape()
    {
        const HttpResponse plain =
            HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("Nothing here."));
        QCOMPARE(plain.status, 404);
        QCOMPARE(plain.contentType, QByteArray("application/json"));
        QCOMPARE(plain.body, QByteArray(R"({"error":{"code":"not_found","details":null,"message":"Nothing here."}})"));

        QJsonObject details;
        details.insert(QStringLiteral("allowed"), QJsonArray{QStringLiteral("GET")});
        const HttpResponse withDetails =
            HttpResponse::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Use GET."), details);
        const QJsonObject error =
            QJsonDocument::fromJson(withDetails.body).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.keys(),
                 (QStringList{QStringLiteral("code"), QStringLiteral("details"), QStringLiteral("message")}));
        QCOMPARE(error.value(QStringLiteral("details")).toObject().value(QStringLiteral("allowed")).toArray().size(),
                 1);

        const HttpResponse fromError =
            HttpResponse::fromError(400, Error{QStringLiteral("bad_thing"), QStringLiteral("Fix it."), QVariant(42)});
        QCOMPARE(fromError.body, QByteArray(R"({"error":{"code":"bad_thing","details":42,"message":"Fix it."}})"));
    }

    void retryLater()
    {
        const HttpResponse response =
            HttpResponse::retryLater(429, QStringLiteral("too_many_attempts"), QStringLiteral("Wait."), 7);
        QCOMPARE(response.status, 429);
        QCOMPARE(response.header("retry-after"), QByteArray("7"));
        QCOMPARE(
            response.body,
            QByteArray(
                R"({"error":{"code":"too_many_attempts","details":{"retry_after_seconds":7},"message":"Wait."}})"));
        // Never tells a client to retry at once.
        QCOMPARE(HttpResponse::retryLater(503, QStringLiteral("busy"), QStringLiteral("x"), 0).header("Retry-After"),
                 QByteArray("1"));
    }

    void setHeaderReplaces()
    {
        HttpResponse response = HttpResponse::text(QStringLiteral("hi"));
        QCOMPARE(response.contentType, QByteArray("text/plain; charset=utf-8"));
        response.setHeader("X-A", "1");
        response.setHeader("x-a", "2");
        QCOMPARE(response.headers.size(), 1);
        QCOMPARE(response.header("X-A"), QByteArray("2"));
        QCOMPARE(HttpResponse::noContent().status, 204);
        QVERIFY(HttpResponse::noContent().body.isEmpty());
        QCOMPARE(HttpResponse::json(QJsonArray{1, 2}, 201).body, QByteArray("[1,2]"));
    }

    void requestIds_data()
    {
        QTest::addColumn<QByteArray>("id");
        QTest::addColumn<bool>("sane");
        QTest::newRow("uuid") << QByteArray("3f2b8c1e-9a0d-4c7e-8f21-5d6e7a8b9c0d") << true;
        QTest::newRow("dotted and colon") << QByteArray("site-north:sync.42_a") << true;
        QTest::newRow("128 chars") << QByteArray(128, 'a') << true;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("129 chars") << QByteArray(129, 'a') << false;
        QTest::newRow("space") << QByteArray("a b") << false;
        QTest::newRow("quote") << QByteArray("a\"b") << false;
        QTest::newRow("newline") << QByteArray("a\nb") << false;
        QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9") << false;
    }

    void requestIds()
    {
        QFETCH(QByteArray, id);
        QFETCH(bool, sane);
        QCOMPARE(HttpConventions::isSaneRequestId(id), sane);
        const QByteArray generated = HttpConventions::newRequestId();
        QCOMPARE(generated.size(), 32);
        QVERIFY(HttpConventions::isSaneRequestId(generated));
        QVERIFY(generated != HttpConventions::newRequestId());
    }

    void conventions()
    {
        using namespace HttpConventions;
        QVERIFY(isCompressible("application/json"));
        QVERIFY(isCompressible("Application/JSON; charset=utf-8"));
        QVERIFY(isCompressible("application/problem+json"));
        QVERIFY(isCompressible("text/plain; version=0.0.4; charset=utf-8"));
        QVERIFY(isCompressible("application/cbor"));
        QVERIFY(!isCompressible("application/octet-stream"));
        QVERIFY(!isCompressible("image/png"));
        QVERIFY(!isCompressible(QByteArray()));
        QCOMPARE(allowHeader({HttpMethod::Get, HttpMethod::Post}), QByteArray("GET, HEAD, POST"));
        QCOMPARE(allowHeader({HttpMethod::Delete}), QByteArray("DELETE"));
        QCOMPARE(loggable("/ok/path"), QByteArray("/ok/path"));
        QCOMPARE(loggable("a b\"c\x01\xff"), QByteArray("a?b?c??"));
        QCOMPARE(loggable(QByteArray()), QByteArray("-"));
        QCOMPARE(loggable(QByteArray(500, 'x')).size(), 200);
        QVERIFY(isKnownMethod("PATCH"));
        QVERIFY(!isKnownMethod("TRACE"));
        QVERIFY(!isKnownMethod("get"));
    }

    void transportErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("wellFormed");
        QTest::addColumn<int>("expectedStatus");
        QTest::addColumn<QString>("code");
        QTest::newRow("garbage") << 400 << QByteArray("NOT") << false << 400 << "bad_request";
        QTest::newRow("unknown method") << 400 << QByteArray("BREW") << true << 405 << "method_not_allowed";
        QTest::newRow("known method, other problem") << 400 << QByteArray("GET") << true << 400 << "bad_request";
        QTest::newRow("uri too long") << 414 << QByteArray() << false << 414 << "uri_too_long";
        QTest::newRow("range") << 416 << QByteArray("GET") << true << 416 << "range_not_satisfiable";
        QTest::newRow("exception") << 500 << QByteArray("GET") << true << 500 << "server_error";
        QTest::newRow("other") << 431 << QByteArray("GET") << true << 431 << "http_error";
    }

    void transportErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, method);
        QFETCH(bool, wellFormed);
        QFETCH(int, expectedStatus);
        QFETCH(QString, code);
        const HttpResponse response = HttpConventions::errorForTransportStatus(status, method, wellFormed);
        QCOMPARE(response.status, expectedStatus);
        const QJsonObject error =
            QJsonDocument::fromJson(response.body).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpMessages)
#include "TestHttpMessages.moc"
