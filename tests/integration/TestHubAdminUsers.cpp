// The people who may sign in, managed through the administrators' API of a real hub (HubServer on 127.0.0.1,
// port 0, over the demo hub of HubTestHarness): listing, creating (with a generated or a given password),
// editing, validation, and the guard that keeps one active administrator.
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

} // namespace

class TestHubAdminUsers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listShowsEveryAccountWithoutHashes();
    void createdUserCanSignInWithTheReturnedPassword();
    void givenPasswordIsKept();
    void invalidFieldsAreNamed_data();
    void invalidFieldsAreNamed();
    void editChangesTheAccount();
    void lastAdministratorStays();
    void changingOnesOwnPasswordEndsTheOtherSessions();

private:
    std::unique_ptr<HubTestHarness> m_hub;
    std::unique_ptr<AdminClient> m_client;
    QString m_admin;
};

void TestHubAdminUsers::init()
{
    Result<std::unique_ptr<HubTestHarness>> hub = HubTestHarness::start();
    QVERIFY2(hub.ok(), qPrintable(hub.error().message));
    m_hub = std::move(hub).value();
    m_client = std::make_unique<AdminClient>(m_hub->port());
    m_admin = m_client->token(str("admin"), m_hub->password(str("admin")));
    QVERIFY(!m_admin.isEmpty());
}

void TestHubAdminUsers::cleanup()
{
    m_client.reset();
    m_hub.reset();
}

void TestHubAdminUsers::listShowsEveryAccountWithoutHashes()
{
    const AdminClient::Reply r = m_client->get(AdminClient::path({str("users")}), m_admin);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.body.contains("pbkdf2"));
    const QJsonArray users = r.json().value(str("users")).toArray();
    QStringList names;
    for (const QJsonValue& u : users)
        names.append(u.toObject().value(str("username")).toString());
    QCOMPARE(names, (QStringList{str("admin"), str("deskclerk"), str("fieldstaff"), str("roamer"), str("supervisor")}));
    QCOMPARE(users[0].toObject(), (QJsonObject{{str("username"), str("admin")},
                                               {str("full_name"), str("Test Administrator")},
                                               {str("role"), str("administrator")},
                                               {str("sites"), QJsonArray{str("National Medical Stores")}},
                                               {str("active"), true}}));
    QCOMPARE(users[3].toObject().value(str("sites")).toArray().size(), 2);
}

void TestHubAdminUsers::createdUserCanSignInWithTheReturnedPassword()
{
    const QJsonObject request{{str("username"), str("nurse.amina")},
                              {str("full_name"), str("Amina Okello")},
                              {str("role"), str("field_staff")},
                              {str("sites"), QJsonArray{str("Lira Health Centre"), str("Kasa Health Centre")}}};
    const AdminClient::Reply created = m_client->post(AdminClient::path({str("users")}), request, m_admin);
    QVERIFY2(created.status == 201, created.describe().constData());
    const QString password = created.json().value(str("password")).toString();
    QVERIFY(password.size() >= 16);
    const QJsonObject user{{str("username"), str("nurse.amina")},
                           {str("full_name"), str("Amina Okello")},
                           {str("role"), str("field_staff")},
                           {str("sites"), QJsonArray{str("Kasa Health Centre"), str("Lira Health Centre")}},
                           {str("active"), true}};
    QCOMPARE(created.json().value(str("user")).toObject(), user);

    const AdminClient::Reply login = m_client->login(str("nurse.amina"), password);
    QVERIFY2(login.status == 200, login.describe().constData());
    QJsonObject signedIn = user;
    signedIn.remove(str("active"));
    QCOMPARE(login.json().value(str("user")).toObject(), signedIn);

    const AdminClient::Reply again = m_client->post(AdminClient::path({str("users")}), request, m_admin);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), str("already_exists"));

    const AdminClient::Reply audit = m_client->get(AdminClient::path({str("audit")}) + str("?limit=1"), m_admin);
    const QJsonObject entry = audit.json().value(str("entries")).toArray()[0].toObject();
    QCOMPARE(entry.value(str("action")).toString(), str("user.add"));
    QCOMPARE(entry.value(str("subject")).toString(), str("nurse.amina"));
    QCOMPARE(entry.value(str("details")).toObject().value(str("password_generated")), QJsonValue(true));
    QVERIFY(!audit.body.contains(password.toUtf8()));
}

void TestHubAdminUsers::givenPasswordIsKept()
{
    const AdminClient::Reply created = m_client->post(AdminClient::path({str("users")}),
                                                      QJsonObject{{str("username"), str("auditor")},
                                                                  {str("role"), str("supervisor")},
                                                                  {str("password"), str("correct horse battery")}},
                                                      m_admin);
    QVERIFY2(created.status == 201, created.describe().constData());
    QVERIFY(!created.json().contains(str("password")));
    QCOMPARE(m_client->login(str("auditor"), str("correct horse battery")).status, 200);
}

void TestHubAdminUsers::invalidFieldsAreNamed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown role") << QByteArray(R"({"username": "u1", "role": "boss"})") << str("role");
    QTest::newRow("no role") << QByteArray(R"({"username": "u1"})") << str("role");
    QTest::newRow("unknown site") << QByteArray(R"({"username": "u1", "role": "supervisor", "sites": ["Atlantis"]})")
                                  << str("sites");
    QTest::newRow("sites not a list") << QByteArray(R"({"username": "u1", "role": "supervisor", "sites": "Lira"})")
                                      << str("sites");
    QTest::newRow("no username") << QByteArray(R"({"role": "supervisor"})") << str("username");
    QTest::newRow("username with a space")
        << QByteArray(R"({"username": "a b", "role": "supervisor"})") << str("username");
    QTest::newRow("short password") << QByteArray(R"({"username": "u1", "role": "supervisor", "password": "abc"})")
                                    << str("password");
    QTest::newRow("active not a boolean")
        << QByteArray(R"({"username": "u1", "role": "supervisor", "active": "yes"})") << str("active");
}

void TestHubAdminUsers::invalidFieldsAreNamed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const AdminClient::Reply r = m_client->send("POST", AdminClient::path({str("users")}), body, m_admin);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), str("invalid_field"));
    QCOMPARE(r.errorDetails().value(str("field")).toString(), field);
    QCOMPARE(m_client->login(str("u1"), str("whatever-it-is")).errorCode(), str("wrong_credentials"));
    // The same checks on an edit.
    if (field != str("username") && !(field == str("role") && !body.contains("boss"))) {
        const AdminClient::Reply edit =
            m_client->send("PATCH", AdminClient::path({str("users"), str("supervisor")}), body, m_admin);
        QCOMPARE(edit.status, 400);
        QCOMPARE(edit.errorDetails().value(str("field")).toString(), field);
    }
}

void TestHubAdminUsers::editChangesTheAccount()
{
    const QString path = AdminClient::path({str("users"), str("fieldstaff")});
    const AdminClient::Reply edited =
        m_client->patch(path,
                        QJsonObject{{str("full_name"), str("Grace Atim")},
                                    {str("sites"), QJsonArray{str("Sefa District Hospital")}},
                                    {str("password"), str("a new password")}},
                        m_admin);
    QVERIFY2(edited.status == 200, edited.describe().constData());
    QCOMPARE(edited.json().value(str("user")).toObject(),
             (QJsonObject{{str("username"), str("fieldstaff")},
                          {str("full_name"), str("Grace Atim")},
                          {str("role"), str("field_staff")},
                          {str("sites"), QJsonArray{str("Sefa District Hospital")}},
                          {str("active"), true}}));
    QCOMPARE(m_client->login(str("fieldstaff"), m_hub->password(str("fieldstaff"))).status, 401);
    const AdminClient::Reply login = m_client->login(str("fieldstaff"), str("a new password"));
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json().value(str("user")).toObject().value(str("sites")).toArray(),
             QJsonArray{str("Sefa District Hospital")});

    const AdminClient::Reply audit = m_client->get(AdminClient::path({str("audit")}) + str("?limit=1"), m_admin);
    const QJsonObject details =
        audit.json().value(str("entries")).toArray()[0].toObject().value(str("details")).toObject();
    QCOMPARE(details, (QJsonObject{{str("full_name"), str("Grace Atim")},
                                   {str("sites"), QJsonArray{str("Sefa District Hospital")}},
                                   {str("password"), str("changed")}}));
    QCOMPARE(
        m_client->patch(AdminClient::path({str("users"), str("nobody")}), QJsonObject{{str("active"), false}}, m_admin)
            .status,
        404);
}

void TestHubAdminUsers::changingOnesOwnPasswordEndsTheOtherSessions()
{
    // The same administrator signed in twice (a laptop left at a clinic, say); the password is changed from here.
    const QString elsewhere = m_client->token(str("admin"), m_hub->password(str("admin")));
    QVERIFY(!elsewhere.isEmpty());
    const QString users = AdminClient::path({str("users")});
    QCOMPARE(m_client->get(users, elsewhere).status, 200);
    const AdminClient::Reply changed =
        m_client->patch(AdminClient::path({str("users"), str("admin")}),
                        QJsonObject{{str("password"), str("a longer new password")}}, m_admin);
    QVERIFY2(changed.status == 200, changed.describe().constData());
    QCOMPARE(m_client->get(users, m_admin).status, 200); // the session that changed it stays
    const AdminClient::Reply ended = m_client->get(users, elsewhere);
    QCOMPARE(ended.status, 401);
}

void TestHubAdminUsers::lastAdministratorStays()
{
    const QString self = AdminClient::path({str("users"), str("admin")});
    for (const QJsonObject& change :
         {QJsonObject{{str("active"), false}}, QJsonObject{{str("role"), str("supervisor")}}}) {
        const AdminClient::Reply r = m_client->patch(self, change, m_admin);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), str("last_administrator"));
    }
    QCOMPARE(m_client
                 ->patch(AdminClient::path({str("users"), str("supervisor")}),
                         QJsonObject{{str("role"), str("administrator")}}, m_admin)
                 .status,
             200);
    QCOMPARE(m_client->patch(self, QJsonObject{{str("active"), false}}, m_admin).status, 200);
    QCOMPARE(m_client->get(AdminClient::path({str("users")}), m_admin).status, 401); // signed out at once
}

QTEST_GUILESS_MAIN(TestHubAdminUsers)
#include "TestHubAdminUsers.moc"
