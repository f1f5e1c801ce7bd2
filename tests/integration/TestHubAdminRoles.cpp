// Every admin route for every kind of caller, on a real hub: the role is checked by the server (401 without a
// token, 403 for a site's sync token and for roles that may not), and administrators get through. One hub serves
// the whole table: refused calls change nothing, and each administrator's call is a fresh, valid edit.
#include "HubTestHarness.h"
#include "TestHubAdminClient.h"

#include <QJsonArray>
#include <QTest>

using namespace syncsites;
using namespace syncsites::test;

namespace {

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

// One admin route: the request an administrator may make, and what it answers then.
struct RouteCase
{
    const char* name;
    QByteArray method;
    QString target;  ///< "$REV" becomes the current revision
    QByteArray body; ///< "$REV" the revision, "$TOPOLOGY" the current topology
    int adminStatus;
    bool supervisorReads; ///< GET routes supervisors may read
};

QVector<RouteCase> routeCases()
{
    const QString np = str("Northern Province Server");
    return {
        {"topology get", "GET", AdminClient::path({str("topology")}), QByteArray(), 200, true},
        {"topology put", "PUT", AdminClient::path({str("topology")}), R"({"revision": $REV, "topology": $TOPOLOGY})",
         200, false},
        {"topology preview", "POST", AdminClient::path({str("topology"), str("preview")}), R"({"topology": $TOPOLOGY})",
         200, false},
        {"sync type", "PUT", AdminClient::path({str("stores"), str("SEF-LAB"), str("sync-types"), np}),
         R"({"revision": $REV, "sync_type": "collector"})", 200, false},
        {"site add", "POST", AdminClient::path({str("sites")}),
         R"({"revision": $REV, "name": "Role Test Clinic", "kind": "msupply_single_user"})", 201, false},
        {"site edit", "PATCH", AdminClient::path({str("sites"), np}),
         R"({"revision": $REV, "url": "http://127.0.0.1:9/np"})", 200, false},
        {"site remove", "DELETE", AdminClient::path({str("sites"), str("Central Front Desk")}) + str("?revision=$REV"),
         QByteArray(), 200, false},
        {"site secret", "POST", AdminClient::path({str("sites"), str("Kasa Health Centre"), str("secret")}),
         QByteArray(), 200, false},
        {"release binding", "POST",
         AdminClient::path({str("sites"), str("Kasa Health Centre"), str("release-binding")}), QByteArray(), 200,
         false},
        {"store add", "POST", AdminClient::path({str("stores")}),
         R"({"revision": $REV, "code": "ROLE-1", "name": "Role Store", "home": "Northern Province Server"})", 201,
         false},
        {"store edit", "PATCH", AdminClient::path({str("stores"), str("CWS")}),
         R"({"revision": $REV, "name": "Central Warehouse, renamed"})", 200, false},
        {"users list", "GET", AdminClient::path({str("users")}), QByteArray(), 200, false},
        {"user add", "POST", AdminClient::path({str("users")}),
         R"({"username": "roletest", "full_name": "Role Test", "role": "supervisor", "sites": []})", 201, false},
        {"user edit", "PATCH", AdminClient::path({str("users"), str("fieldstaff")}), R"({"full_name": "Renamed"})", 200,
         false},
        {"audit", "GET", AdminClient::path({str("audit")}) + str("?limit=5"), QByteArray(), 200, true},
    };
}

const char* const kCallers[] = {"nobody", "site", "field_staff", "supervisor", "administrator"};

} // namespace

class TestHubAdminRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyRouteChecksTheRole_data();
    void everyRouteChecksTheRole();

private:
    std::unique_ptr<HubTestHarness> m_hub;
    std::unique_ptr<AdminClient> m_client;
    QHash<QString, QString> m_tokens; // caller → token
};

void TestHubAdminRoles::initTestCase()
{
    Result<std::unique_ptr<HubTestHarness>> hub = HubTestHarness::start();
    QVERIFY2(hub.ok(), qPrintable(hub.error().message));
    m_hub = std::move(hub).value();
    m_client = std::make_unique<AdminClient>(m_hub->port());
    m_tokens.insert(str("administrator"), m_client->token(str("admin"), m_hub->password(str("admin"))));
    m_tokens.insert(str("supervisor"), m_client->token(str("supervisor"), m_hub->password(str("supervisor"))));
    m_tokens.insert(str("field_staff"), m_client->token(str("fieldstaff"), m_hub->password(str("fieldstaff"))));
    auto sync = m_hub->client();
    m_tokens.insert(str("site"), m_hub->token(str("Sefa District Hospital"), *sync));
    for (auto it = m_tokens.constBegin(); it != m_tokens.constEnd(); ++it)
        QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
}

void TestHubAdminRoles::cleanupTestCase()
{
    m_client.reset();
    m_hub.reset();
}

void TestHubAdminRoles::everyRouteChecksTheRole_data()
{
    QTest::addColumn<int>("route");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("code");
    const QVector<RouteCase> routes = routeCases();
    for (int i = 0; i < routes.size(); ++i) {
        const RouteCase& r = routes[i];
        for (const char* caller : kCallers) {
            const QString c = QLatin1String(caller);
            int expected = 403;
            QString code = str("forbidden");
            if (c == str("nobody")) {
                expected = 401;
                code = str("token_missing");
            } else if (c == str("administrator") || (c == str("supervisor") && r.supervisorReads)) {
                expected = c == str("administrator") ? r.adminStatus : 200;
                code.clear();
            }
            // The administrator's call comes last, after every refused one has shown it changes nothing.
            QTest::addRow("%s by %s", r.name, caller) << i << c << expected << code;
        }
    }
}

void TestHubAdminRoles::everyRouteChecksTheRole()
{
    QFETCH(int, route);
    QFETCH(QString, caller);
    QFETCH(int, expected);
    QFETCH(QString, code);
    const RouteCase r = routeCases().at(route);

    const QString admin = m_tokens.value(str("administrator"));
    const AdminClient::Reply current = m_client->get(AdminClient::path({str("topology")}), admin);
    QCOMPARE(current.status, 200);
    const QString revision = QString::number(current.json().value(str("revision")).toInteger());
    const QByteArray topology =
        QJsonDocument(current.json().value(str("topology")).toObject()).toJson(QJsonDocument::Compact);
    QString target = r.target;
    target.replace(str("$REV"), revision);
    QByteArray body = r.body;
    body.replace("$REV", revision.toUtf8()).replace("$TOPOLOGY", topology);

    const AdminClient::Reply reply = m_client->send(r.method, target, body, m_tokens.value(caller));
    QVERIFY2(reply.status == expected, reply.describe().constData());
    if (!code.isEmpty())
        QCOMPARE(reply.errorCode(), code);
    // Refused calls leave the network as it was.
    if (expected >= 400)
        QCOMPARE(m_client->revision(admin), revision.toLongLong());
}

QTEST_GUILESS_MAIN(TestHubAdminRoles)
#include "TestHubAdminRoles.moc"
