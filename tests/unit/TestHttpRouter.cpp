#include "HttpRouter.h"

#include <QTest>

using namespace syncsites;

Q_DECLARE_METATYPE(syncsites::HttpRouter::Match::Outcome)

namespace {

HttpRouter::Handler named(const QString& name)
{
    return [name](const HttpRequest&) {
        return HttpResponse::text(name);
    };
}

QString describe(const QHash<QString, QString>& params)
{
    QStringList parts;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value());
    parts.sort();
    return parts.join(QLatin1Char(','));
}

} // namespace

class TestHttpRouter : public QObject
{
    Q_OBJECT

private slots:
    void parsePattern_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("segments");
        QTest::newRow("root") << "/" << true << 0;
        QTest::newRow("literal") << "/healthz" << true << 1;
        QTest::newRow("param") << "/api/admin/sites/{name}" << true << 4;
        QTest::newRow("two params") << "/sites/{site}/stores/{store}" << true << 4;
        QTest::newRow("no leading slash") << "healthz" << false << 0;
        QTest::newRow("empty") << "" << false << 0;
        QTest::newRow("trailing slash") << "/sites/" << false << 0;
        QTest::newRow("double slash") << "/a//b" << false << 0;
        QTest::newRow("empty param") << "/sites/{}" << false << 0;
        QTest::newRow("param name with dash") << "/sites/{site-name}" << false << 0;
        QTest::newRow("param name starting with digit") << "/sites/{1st}" << false << 0;
        QTest::newRow("mixed segment") << "/sites/x{name}" << false << 0;
        QTest::newRow("duplicate param") << "/a/{x}/b/{x}" << false << 0;
    }

    void parsePattern()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, valid);
        QFETCH(int, segments);
        const auto parsed = HttpRouter::parsePattern(pattern);
        QCOMPARE(parsed.ok(), valid);
        if (valid)
            QCOMPARE(parsed->size(), segments);
        else
            QCOMPARE(parsed.error().code, QStringLiteral("invalid_route_pattern"));
    }

    void addRefusesDuplicatesAndBadNames()
    {
        HttpRouter router;
        QVERIFY(router.add(HttpMethod::Get, QStringLiteral("/sites/{name}"), QStringLiteral("site"),
                           named(QStringLiteral("a"))));
        // The same shape with another parameter name is the same route.
        const Status duplicate = router.add(HttpMethod::Get, QStringLiteral("/sites/{other}"), QStringLiteral("site2"),
                                            named(QStringLiteral("b")));
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code, QStringLiteral("duplicate_route"));
        // Another method on the same pattern is fine.
        QVERIFY(router.add(HttpMethod::Put, QStringLiteral("/sites/{name}"), QStringLiteral("site"),
                           named(QStringLiteral("c"))));
        QCOMPARE(router.add(HttpMethod::Get, QStringLiteral("/x"), QStringLiteral("has space"), named(QString()))
                     .error()
                     .code,
                 QStringLiteral("invalid_route_name"));
        QCOMPARE(router.add(HttpMethod::Get, QStringLiteral("/x"), QString(), named(QString())).error().code,
                 QStringLiteral("invalid_route_name"));
        QCOMPARE(
            router.add(HttpMethod::Get, QStringLiteral("/x"), QStringLiteral("x"), HttpRouter::Handler()).error().code,
            QStringLiteral("invalid_route_handler"));
        QCOMPARE(router.size(), 2);
    }

    void match_data()
    {
        QTest::addColumn<QString>("method"); // empty: OPTIONS or an unknown method
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<HttpRouter::Match::Outcome>("outcome");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("params");
        QTest::addColumn<QString>("allowed");

        using O = HttpRouter::Match::Outcome;
        QTest::newRow("root") << "GET" << QByteArray("/") << O::Found << "root"
                              << ""
                              << "GET";
        QTest::newRow("literal") << "GET" << QByteArray("/healthz") << O::Found << "healthz"
                                 << ""
                                 << "GET";
        QTest::newRow("param") << "GET" << QByteArray("/api/admin/sites/north") << O::Found << "admin.site"
                               << "name=north"
                               << "GET,DELETE";
        QTest::newRow("param decoded") << "GET" << QByteArray("/api/admin/sites/north%20hub") << O::Found
                                       << "admin.site"
                                       << "name=north hub"
                                       << "GET,DELETE";
        QTest::newRow("encoded slash stays in the segment")
            << "GET" << QByteArray("/api/admin/sites/a%2Fb") << O::Found << "admin.site"
            << "name=a/b"
            << "GET,DELETE";
        QTest::newRow("utf-8") << "GET" << QByteArray("/api/admin/sites/K%C3%B6ln") << O::Found << "admin.site"
                               << QString::fromUtf8("name=K\xc3\xb6ln") << "GET,DELETE";
        QTest::newRow("literal beats param")
            << "GET" << QByteArray("/api/admin/sites/new") << O::Found << "admin.site.new"
            << ""
            << "GET,DELETE";
        QTest::newRow("earliest literal wins") << "GET" << QByteArray("/x/fixed/y") << O::Found << "x.fixed.param"
                                               << "b=y"
                                               << "GET";
        QTest::newRow("two params") << "DELETE" << QByteArray("/sites/s1/stores/st2") << O::Found << "store"
                                    << "site=s1,store=st2"
                                    << "DELETE";
        QTest::newRow("HEAD maps to GET") << "HEAD" << QByteArray("/healthz") << O::Found << "healthz"
                                          << ""
                                          << "GET";
        QTest::newRow("wrong method") << "POST" << QByteArray("/healthz") << O::MethodNotAllowed << ""
                                      << ""
                                      << "GET";
        QTest::newRow("options") << "" << QByteArray("/api/admin/sites/x") << O::MethodNotAllowed << ""
                                 << ""
                                 << "GET,DELETE";
        QTest::newRow("unknown") << "GET" << QByteArray("/nope") << O::NotFound << ""
                                 << ""
                                 << "";
        QTest::newRow("trailing slash") << "GET" << QByteArray("/healthz/") << O::NotFound << ""
                                        << ""
                                        << "";
        QTest::newRow("empty param segment") << "GET" << QByteArray("/api/admin/sites/") << O::NotFound << ""
                                             << ""
                                             << "";
        QTest::newRow("too long") << "GET" << QByteArray("/healthz/more") << O::NotFound << ""
                                  << ""
                                  << "";
        QTest::newRow("case matters") << "GET" << QByteArray("/HEALTHZ") << O::NotFound << ""
                                      << ""
                                      << "";
    }

    void match()
    {
        QFETCH(QString, method);
        QFETCH(QByteArray, path);
        QFETCH(HttpRouter::Match::Outcome, outcome);
        QFETCH(QString, route);
        QFETCH(QString, params);
        QFETCH(QString, allowed);

        HttpRouter router;
        QVERIFY(
            router.add(HttpMethod::Get, QStringLiteral("/"), QStringLiteral("root"), named(QStringLiteral("root"))));
        QVERIFY(router.add(HttpMethod::Get, QStringLiteral("/healthz"), QStringLiteral("healthz"), named(QString())));
        QVERIFY(router.add(HttpMethod::Get, QStringLiteral("/api/admin/sites/{name}"), QStringLiteral("admin.site"),
                           named(QString())));
        QVERIFY(router.add(HttpMethod::Delete, QStringLiteral("/api/admin/sites/{name}"),
                           QStringLiteral("admin.site.delete"), named(QString())));
        QVERIFY(router.add(HttpMethod::Get, QStringLiteral("/api/admin/sites/new"), QStringLiteral("admin.site.new"),
                           named(QString())));
        QVERIFY(router.add(HttpMethod::Get, QStringLiteral("/x/{a}/y"), QStringLiteral("x.param.literal"),
                           named(QString())));
        QVERIFY(router.add(HttpMethod::Get, QStringLiteral("/x/fixed/{b}"), QStringLiteral("x.fixed.param"),
                           named(QString())));
        QVERIFY(router.add(HttpMethod::Delete, QStringLiteral("/sites/{site}/stores/{store}"), QStringLiteral("store"),
                           named(QString())));

        const auto segments = HttpRouter::splitPath(path);
        QVERIFY(segments.ok());
        const auto m = router.match(method.isEmpty() ? std::nullopt : routableHttpMethod(method.toLatin1()), *segments);
        QCOMPARE(m.outcome, outcome);
        QCOMPARE(m.route ? m.route->name : QString(), route);
        QCOMPARE(describe(m.params), params);
        QStringList names;
        for (const HttpMethod allowedMethod : m.allowedMethods)
            names.append(QString::fromLatin1(httpMethodName(allowedMethod)));
        QCOMPARE(names.join(QLatin1Char(',')), allowed);
    }

    void splitPath()
    {
        QCOMPARE(*HttpRouter::splitPath("/"), QStringList());
        QCOMPARE(*HttpRouter::splitPath("/a/b%20c/"),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b c"), QString()}));
        QCOMPARE(HttpRouter::splitPath("*").error().code, QStringLiteral("invalid_path"));
        QCOMPARE(HttpRouter::splitPath("http://host/x").error().code, QStringLiteral("invalid_path"));
    }

    void methods()
    {
        QCOMPARE(routableHttpMethod("HEAD"), std::optional<HttpMethod>(HttpMethod::Get));
        QCOMPARE(routableHttpMethod("OPTIONS"), std::optional<HttpMethod>());
        QCOMPARE(routableHttpMethod("get"), std::optional<HttpMethod>()); // methods are case-sensitive
        QCOMPARE(httpMethodName(HttpMethod::Patch), QByteArray("PATCH"));
    }
};

QTEST_GUILESS_MAIN(TestHttpRouter)
#include "TestHttpRouter.moc"
