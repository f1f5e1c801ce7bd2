// People signing in to a real hub (HubServer on 127.0.0.1, port 0, over the demo hub of HubTestHarness):
// POST /api/v1/auth/login, /logout, GET /me; wrong and unknown credentials, throttling, disabled accounts, and
// roles read again on every request.
#include "HubTestHarness.h"
#include "Pbkdf2Hash.h"
#include "RecordStore.h"
#include "StableId.h"
#include "TestHubAdminClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

using namespace syncsites;
using namespace syncsites::test;

namespace {

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

} // namespace

class TestHubAuth : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loginReturnsTokenAndUser();
    void anOlderVersionsHashIsUpgradedAtSignIn();
    void wrongPasswordAndUnknownUserAnswerAlike();
    void badRequestsNameTheField();
    void failuresAreThrottledPerUser();
    void disabledAccountCannotSignIn();
    void logoutRevokesTheToken();
    void meNeedsAPersonsToken();
    void roleChangeTakesEffectAtOnce();

private:
    double failureMetric();

    std::unique_ptr<HubTestHarness> m_hub;
    std::unique_ptr<AdminClient> m_client;
};

void TestHubAuth::init()
{
    Result<std::unique_ptr<HubTestHarness>> hub = HubTestHarness::start();
    QVERIFY2(hub.ok(), qPrintable(hub.error().message));
    m_hub = std::move(hub).value();
    m_client = std::make_unique<AdminClient>(m_hub->port());
}

void TestHubAuth::cleanup()
{
    m_client.reset();
    m_hub.reset();
}

double TestHubAuth::failureMetric()
{
    const AdminClient::Reply r = m_client->get(str("/metrics"), HubTestHarness::metricsToken());
    static const QRegularExpression line(str("^syncsites_auth_failures_total\\{kind=\"user\"\\} (\\S+)$"),
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = line.match(QString::fromUtf8(r.body));
    return m.hasMatch() ? m.captured(1).toDouble() : 0.0;
}

void TestHubAuth::anOlderVersionsHashIsUpgradedAtSignIn()
{
    // A hub made by an older version holds PBKDF2 hashes: they still sign in, and the first good sign-in replaces
    // the hash with Argon2id (which also reaches the person's sites for signing in offline).
    const QString id = StableId::user(str("supervisor"));
    const QString password = m_hub->password(str("supervisor"));
    RecordStore records(m_hub->database());
    QVERIFY(records.update(u"user_account", id,
                           QJsonObject{{str("password_hash"), Pbkdf2Hash::hashForTests(password, 1000)}}));
    const auto hashNow = [&] {
        const auto row = records.get(u"user_account", id);
        return row.ok() && row->has_value() ? (**row).value(str("password_hash")).toString() : QString();
    };
    QVERIFY(hashNow().startsWith(str("pbkdf2-sha256$")));
    QCOMPARE(m_client->login(str("supervisor"), str("not-it")).status, 401);
    QVERIFY2(hashNow().startsWith(str("pbkdf2-sha256$")), "a wrong password changes nothing");
    QCOMPARE(m_client->login(str("supervisor"), password).status, 200);
    QVERIFY2(hashNow().startsWith(str("$argon2id$v=19$")), qPrintable(hashNow()));
    QCOMPARE(m_client->login(str("supervisor"), password).status, 200);
    QCOMPARE(m_client->login(str("supervisor"), str("not-it")).status, 401);
}

void TestHubAuth::loginReturnsTokenAndUser()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const AdminClient::Reply r = m_client->login(str("admin"), m_hub->password(str("admin")));
    QCOMPARE(r.status, 200);
    const QJsonObject body = r.json();
    QCOMPARE(body.keys(), (QStringList{str("expires_at"), str("token"), str("user")}));
    QVERIFY(body.value(str("token")).toString().size() >= 43);
    const QDateTime expires = QDateTime::fromString(body.value(str("expires_at")).toString(), Qt::ISODateWithMs);
    QVERIFY(expires.isValid());
    const qint64 lifetime = before.secsTo(expires);
    QVERIFY2(lifetime >= 8 * 3600 - 5 && lifetime <= 8 * 3600 + 5, qPrintable(QString::number(lifetime)));
    const QJsonObject user = body.value(str("user")).toObject();
    QCOMPARE(user, (QJsonObject{{str("username"), str("admin")},
                                {str("full_name"), str("Test Administrator")},
                                {str("role"), str("administrator")},
                                {str("sites"), QJsonArray{str("National Medical Stores")}}}));

    const AdminClient::Reply me = m_client->get(str("/api/v1/auth/me"), body.value(str("token")).toString());
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(str("user")).toObject(), user);
    QCOMPARE(me.json().value(str("expires_at")).toString(), body.value(str("expires_at")).toString());
    QCOMPARE(failureMetric(), 0.0);
}

void TestHubAuth::wrongPasswordAndUnknownUserAnswerAlike()
{
    const AdminClient::Reply wrong = m_client->login(str("admin"), str("not-the-password"));
    const AdminClient::Reply unknown = m_client->login(str("nobody"), str("not-the-password"));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(unknown.status, 401);
    QCOMPARE(wrong.errorCode(), str("wrong_credentials"));
    QCOMPARE(unknown.errorCode(), str("wrong_credentials"));
    QCOMPARE(wrong.errorMessage(), unknown.errorMessage());
    QCOMPARE(failureMetric(), 2.0);
    // A site's name and secret are no user's credentials.
    const QString site = m_hub->syncingSites().first();
    QCOMPARE(m_client->login(site, m_hub->secret(site)).errorCode(), str("wrong_credentials"));
}

void TestHubAuth::badRequestsNameTheField()
{
    const AdminClient::Reply noPassword =
        m_client->post(str("/api/v1/auth/login"), QJsonObject{{str("username"), str("admin")}}, QString());
    QCOMPARE(noPassword.status, 400);
    QCOMPARE(noPassword.errorCode(), str("invalid_field"));
    QCOMPARE(noPassword.errorDetails().value(str("field")).toString(), str("password"));
    const AdminClient::Reply notJson = m_client->send("POST", str("/api/v1/auth/login"), "{user", QString());
    QCOMPARE(notJson.status, 400);
    QCOMPARE(notJson.errorCode(), str("invalid_json"));
    QCOMPARE(failureMetric(), 0.0);
}

void TestHubAuth::failuresAreThrottledPerUser()
{
    for (int i = 1; i <= 5; ++i)
        QCOMPARE(m_client->login(str("supervisor"), str("guess-%1").arg(i)).status, 401);
    // The 6th attempt waits, even with the right password, and is not checked.
    const AdminClient::Reply throttled = m_client->login(str("supervisor"), m_hub->password(str("supervisor")));
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.errorCode(), str("too_many_attempts"));
    QCOMPARE(throttled.header("retry-after"), QByteArray("1"));
    QCOMPARE(throttled.errorDetails().value(str("retry_after_seconds")).toInt(), 1);
    QCOMPARE(failureMetric(), 6.0);
    // Another person is not held back.
    QCOMPARE(m_client->login(str("admin"), m_hub->password(str("admin"))).status, 200);

    QElapsedTimer waited;
    waited.start();
    while (m_client->login(str("supervisor"), m_hub->password(str("supervisor"))).status == 429) {
        QVERIFY2(waited.elapsed() < 3000, "still throttled 3 s after a 1 s wait");
        QThread::msleep(100);
    }
    QVERIFY(waited.elapsed() >= 800);
    QCOMPARE(m_client->login(str("supervisor"), m_hub->password(str("supervisor"))).status, 200);
}

void TestHubAuth::disabledAccountCannotSignIn()
{
    const QString admin = m_client->token(str("admin"), m_hub->password(str("admin")));
    const QString field = m_client->token(str("fieldstaff"), m_hub->password(str("fieldstaff")));
    QVERIFY(!admin.isEmpty() && !field.isEmpty());
    QCOMPARE(m_client->get(str("/api/v1/auth/me"), field).status, 200);

    const AdminClient::Reply disabled = m_client->patch(AdminClient::path({str("users"), str("fieldstaff")}),
                                                        QJsonObject{{str("active"), false}}, admin);
    QCOMPARE(disabled.status, 200);
    QCOMPARE(disabled.json().value(str("user")).toObject().value(str("active")), QJsonValue(false));

    // The session ends at once; the right password says the account is disabled, a wrong one says nothing.
    QCOMPARE(m_client->get(str("/api/v1/auth/me"), field).status, 401);
    const AdminClient::Reply right = m_client->login(str("fieldstaff"), m_hub->password(str("fieldstaff")));
    QCOMPARE(right.status, 401);
    QCOMPARE(right.errorCode(), str("account_disabled"));
    QCOMPARE(m_client->login(str("fieldstaff"), str("wrong-password")).errorCode(), str("wrong_credentials"));

    QCOMPARE(
        m_client->patch(AdminClient::path({str("users"), str("fieldstaff")}), QJsonObject{{str("active"), true}}, admin)
            .status,
        200);
    QCOMPARE(m_client->login(str("fieldstaff"), m_hub->password(str("fieldstaff"))).status, 200);
}

void TestHubAuth::logoutRevokesTheToken()
{
    const QString token = m_client->token(str("supervisor"), m_hub->password(str("supervisor")));
    const QString other = m_client->token(str("supervisor"), m_hub->password(str("supervisor")));
    QVERIFY(!token.isEmpty() && !other.isEmpty());
    QCOMPARE(m_client->send("POST", str("/api/v1/auth/logout"), QByteArray(), token).status, 204);
    const AdminClient::Reply after = m_client->get(str("/api/v1/auth/me"), token);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.errorCode(), str("token_invalid"));
    QCOMPARE(m_client->send("POST", str("/api/v1/auth/logout"), QByteArray(), token).status, 401);
    // Signing out ends one session, not the person's others.
    QCOMPARE(m_client->get(str("/api/v1/auth/me"), other).status, 200);
}

void TestHubAuth::meNeedsAPersonsToken()
{
    const AdminClient::Reply none = m_client->get(str("/api/v1/auth/me"), QString());
    QCOMPARE(none.status, 401);
    QCOMPARE(none.errorCode(), str("token_missing"));
    QCOMPARE(m_client->get(str("/api/v1/auth/me"), str("made-up-token")).errorCode(), str("token_invalid"));
    auto sync = m_hub->client();
    const QString siteToken = m_hub->token(m_hub->syncingSites().first(), *sync);
    QVERIFY(!siteToken.isEmpty());
    const AdminClient::Reply site = m_client->get(str("/api/v1/auth/me"), siteToken);
    QCOMPARE(site.status, 403);
    QCOMPARE(site.errorCode(), str("forbidden"));
}

void TestHubAuth::roleChangeTakesEffectAtOnce()
{
    const QString admin = m_client->token(str("admin"), m_hub->password(str("admin")));
    const QString supervisor = m_client->token(str("supervisor"), m_hub->password(str("supervisor")));
    const QString users = AdminClient::path({str("users")});
    QCOMPARE(m_client->get(users, supervisor).status, 403);
    QCOMPARE(m_client
                 ->patch(AdminClient::path({str("users"), str("supervisor")}),
                         QJsonObject{{str("role"), str("administrator")}}, admin)
                 .status,
             200);
    QCOMPARE(m_client->get(users, supervisor).status, 200); // the same token, the new role
    QCOMPARE(m_client->get(str("/api/v1/auth/me"), supervisor).json().value(str("user")).toObject().value(str("role")),
             QJsonValue(str("administrator")));
    QCOMPARE(m_client
                 ->patch(AdminClient::path({str("users"), str("supervisor")}),
                         QJsonObject{{str("role"), str("field_staff")}}, admin)
                 .status,
             200);
    QCOMPARE(m_client->get(users, supervisor).status, 403);
    QCOMPARE(m_client->get(AdminClient::path({str("topology")}), supervisor).status, 403);
}

QTEST_GUILESS_MAIN(TestHubAuth)
#include "TestHubAuth.moc"
