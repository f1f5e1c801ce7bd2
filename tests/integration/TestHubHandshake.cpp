// POST /api/v1/sync/handshake and POST /api/v1/sync/report against a real hub on 127.0.0.1 (HubTestHarness):
// the answer's shape, every refusal (credentials, throttle, binding, protocol range, malformed bodies), tokens,
// and session reports.
#include "HubRepository.h"
#include "HubTestHarness.h"
#include "LoginThrottle.h"
#include "Pbkdf2Hash.h"
#include "SecretHasher.h"
#include "StableId.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace syncsites;
using namespace syncsites::test;
using Harness = HubTestHarness;

namespace {

const QString kSefa = QStringLiteral("Sefa District Hospital");
const QString kLira = QStringLiteral("Lira Health Centre");
const QString kNorth = QStringLiteral("Northern Province Server");

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject handshakeBody(const QString& site, const QString& secret, const QString& installation)
{
    return QJsonObject{
        {QStringLiteral("protocol"), QJsonObject{{QStringLiteral("min"), 1}, {QStringLiteral("max"), 1}}},
        {QStringLiteral("site"), site},
        {QStringLiteral("secret"), secret},
        {QStringLiteral("installation_id"), installation},
        {QStringLiteral("app_version"), QStringLiteral("0.1.0")}};
}

} // namespace

class TestHubHandshake : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void answersWithIdentityLinksAndLimits();
    void wrongSecretIsRefused();
    void anOlderVersionsHashIsUpgradedAtHandshake();
    void unknownSitesAndClientsGetTheSameAnswer();
    void wrongAttemptsAreThrottled();
    void guessesFromElsewhereDoNotLockOut();
    void theFirstInstallationIsBound();
    void setUpCheckNeitherBindsNorIssuesAToken();
    void sitesListShowsOnlyWhatWaitsForSetUp();
    void protocolRangesThatDoNotMeetAreRefused_data();
    void protocolRangesThatDoNotMeetAreRefused();
    void clientBelowServerMinimumMustUpgrade();
    void malformedBodiesAreRefusedNamingTheField_data();
    void malformedBodiesAreRefusedNamingTheField();
    void syncRequestsNeedASiteToken();
    void reportIsStored();
    void malformedReportIsRefused_data();
    void malformedReportIsRefused();

private:
    std::unique_ptr<Harness> m_hub;
};

void TestHubHandshake::initTestCase()
{
    Result<std::unique_ptr<Harness>> hub = Harness::start();
    QVERIFY2(hub, qPrintable(hub.error().message));
    m_hub = std::move(hub).value();
}

void TestHubHandshake::cleanupTestCase()
{
    m_hub.reset();
}

void TestHubHandshake::answersWithIdentityLinksAndLimits()
{
    auto client = m_hub->client();
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Harness::Reply reply = client->handshake(kSefa, m_hub->secret(kSefa), m_hub->installationId(kSefa));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(QStringLiteral("protocol_version")).toInt(), 1);
    QVERIFY(body.value(QStringLiteral("token")).toString().size() >= 32);
    const QDateTime expires =
        QDateTime::fromString(body.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    const QDateTime serverTime =
        QDateTime::fromString(body.value(QStringLiteral("server_time")).toString(), Qt::ISODateWithMs);
    QVERIFY(serverTime.isValid() && serverTime >= before && serverTime <= QDateTime::currentDateTimeUtc().addSecs(1));
    QVERIFY(expires.isValid());
    QVERIFY(qAbs(serverTime.secsTo(expires) - 3600) <= 2); // HubConfig::siteTokenLifetime

    QCOMPARE(body.value(QStringLiteral("site")).toObject(),
             (QJsonObject{{QStringLiteral("id"), StableId::site(kSefa)},
                          {QStringLiteral("name"), kSefa},
                          {QStringLiteral("kind"), QStringLiteral("oms_standalone")}}));
    // Neither hub has a URL of its own in the demo topology: both links name the URL this server answers on.
    const QJsonArray links = body.value(QStringLiteral("links")).toArray();
    QCOMPARE(links.size(), 2);
    QCOMPARE(links.at(0).toObject(), (QJsonObject{{QStringLiteral("category"), QStringLiteral("core")},
                                                  {QStringLiteral("hub"), QStringLiteral("National Medical Stores")},
                                                  {QStringLiteral("url"), m_hub->url()}}));
    QCOMPARE(links.at(1).toObject(), (QJsonObject{{QStringLiteral("category"), QStringLiteral("oms")},
                                                  {QStringLiteral("hub"), QStringLiteral("National Cold Chain Hub")},
                                                  {QStringLiteral("url"), m_hub->url()}}));
    const QJsonObject limits = body.value(QStringLiteral("limits")).toObject();
    QCOMPARE(limits.value(QStringLiteral("pull_batch_max")).toInt(), 20000);
    QCOMPARE(limits.value(QStringLiteral("push_batch_max")).toInt(), 5000);

    // A legacy kind has one link only.
    const Harness::Reply north = client->handshake(kNorth, m_hub->secret(kNorth), m_hub->installationId(kNorth));
    QVERIFY2(north.status == 200, north.describe().constData());
    QCOMPARE(north.json().value(QStringLiteral("links")).toArray().size(), 1);
    QCOMPARE(north.json().value(QStringLiteral("site")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("msupply_remote"));

    // The token works for a pull.
    const Harness::PullPage page =
        client->pull(body.value(QStringLiteral("token")).toString(), QStringLiteral("core"), 0, 5);
    QVERIFY2(page.reply.status == 200, page.reply.describe().constData());
}

void TestHubHandshake::wrongSecretIsRefused()
{
    auto client = m_hub->client();
    const Harness::Reply reply =
        client->handshake(kLira, QStringLiteral("not-the-secret"), m_hub->installationId(kLira));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("wrong_credentials"));
    QVERIFY(!reply.errorMessage().isEmpty());
    // Another site's secret is just as wrong.
    const Harness::Reply swapped = client->handshake(kLira, m_hub->secret(kSefa), m_hub->installationId(kLira));
    QCOMPARE(swapped.status, 401);
    QCOMPARE(swapped.errorCode(), QStringLiteral("wrong_credentials"));
    // A failure does not bind: Lira's own installation still gets in.
    const Harness::Reply right = client->handshake(kLira, m_hub->secret(kLira), m_hub->installationId(kLira));
    QVERIFY2(right.status == 200, right.describe().constData());
}

void TestHubHandshake::anOlderVersionsHashIsUpgradedAtHandshake()
{
    // A hub made by an older version holds PBKDF2 hashes of the site secrets (40-75 ms of CPU a handshake): the
    // site still gets in, and its first good handshake replaces the hash with the fast keyed one.
    const QString site = kNorth;
    const QString siteId = StableId::site(site);
    HubRepository repository(m_hub->database());
    QVERIFY(repository.setCredential(siteId, Pbkdf2Hash::hashForTests(m_hub->secret(site), 1000), 1000));
    auto client = m_hub->client();
    QCOMPARE(client->handshake(site, QStringLiteral("not-the-secret"), m_hub->installationId(site)).status, 401);
    QVERIFY(repository.credentialHash(siteId)->value().startsWith(QStringLiteral("pbkdf2-sha256$")));
    const Harness::Reply right = client->handshake(site, m_hub->secret(site), m_hub->installationId(site));
    QVERIFY2(right.status == 200, right.describe().constData());
    const QString upgraded = repository.credentialHash(siteId)->value();
    QVERIFY2(upgraded.startsWith(QStringLiteral("hmac-sha256$")), qPrintable(upgraded));
    QVERIFY(SecretHasher::verify(m_hub->secret(site), upgraded));
    QCOMPARE(client->handshake(site, m_hub->secret(site), m_hub->installationId(site)).status, 200);

    // A re-hash never undoes a secret reset made meanwhile: it replaces only the hash it checked.
    const QString reset = SecretHasher::hash(QStringLiteral("a new secret"));
    QVERIFY(repository.setCredential(siteId, reset, SecretHasher::kStoredCost));
    const Result<bool> replaced = repository.replaceCredentialHash(
        siteId, upgraded, SecretHasher::hash(m_hub->secret(site)), SecretHasher::kStoredCost);
    QVERIFY(replaced.ok());
    QVERIFY(!*replaced);
    QCOMPARE(repository.credentialHash(siteId)->value(), reset);
    // Put the harness's secret back for the other tests.
    QVERIFY(repository.setCredential(siteId, SecretHasher::hash(m_hub->secret(site)), SecretHasher::kStoredCost));
}

void TestHubHandshake::unknownSitesAndClientsGetTheSameAnswer()
{
    auto client = m_hub->client();
    const Harness::Reply wrong = client->handshake(kLira, QStringLiteral("nope"), uuid());
    const Harness::Reply unknown =
        client->handshake(QStringLiteral("Atlantis Health Centre"), QStringLiteral("x"), uuid());
    const Harness::Reply desk =
        client->handshake(QStringLiteral("Southern Dispensary Desk"), QStringLiteral("x"), uuid());
    const Harness::Reply central =
        client->handshake(QStringLiteral("National Medical Stores"), QStringLiteral("x"), uuid());
    for (const Harness::Reply* r : {&unknown, &desk, &central}) {
        QCOMPARE(r->status, 401);
        QCOMPARE(r->errorCode(), QStringLiteral("wrong_credentials"));
        // The same sentence: the answer does not tell which site names exist.
        QCOMPARE(r->errorMessage(), wrong.errorMessage());
        QCOMPARE(r->json(), wrong.json());
    }
}

void TestHubHandshake::wrongAttemptsAreThrottled()
{
    auto client = m_hub->client();
    const QString site = QStringLiteral("Kasa Health Centre");
    const QString key = LoginThrottle::siteKey(site, QStringLiteral("127.0.0.1"));
    QVERIFY(!m_hub->secret(site).isEmpty());
    // The site's own installation has synced (it is bound).
    QCOMPARE(client->handshake(site, m_hub->secret(site), m_hub->installationId(site)).status, 200);
    for (int i = 0; i < LoginThrottle::kFreeFailures; ++i) {
        const Harness::Reply r = client->handshake(site, QStringLiteral("guess-%1").arg(i), uuid());
        QVERIFY2(r.status == 401,
                 qPrintable(QStringLiteral("attempt %1: ").arg(i + 1) + QString::fromUtf8(r.describe())));
    }
    QElapsedTimer sinceLast;
    sinceLast.start();
    const Harness::Reply throttled = client->handshake(site, QStringLiteral("guess"), uuid());
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.errorCode(), QStringLiteral("too_many_attempts"));
    QCOMPARE(throttled.header("Retry-After"), QByteArray("1")); // 1 s after the 5th failure
    // Another installation is refused while the wait lasts, without its secret being checked.
    const Harness::Reply unbound = client->handshake(site, m_hub->secret(site), uuid());
    if (sinceLast.elapsed() < 900)
        QCOMPARE(unbound.status, 429);
    // The site's bound installation gets in at once with its right secret, and the failures are forgotten:
    // guessing cannot keep a site from syncing.
    const Harness::Reply bound = client->handshake(site, m_hub->secret(site), m_hub->installationId(site));
    QVERIFY2(bound.status == 200, bound.describe().constData());
    QCOMPARE(m_hub->server().state().throttle().failures(key), 0);
    // Other sites are not affected.
    const Harness::Reply other = client->handshake(kNorth, m_hub->secret(kNorth), m_hub->installationId(kNorth));
    QCOMPARE(other.status, 200);
}

void TestHubHandshake::guessesFromElsewhereDoNotLockOut()
{
    const QString site = QStringLiteral("Soko Health Centre");
    const QString key = LoginThrottle::siteKey(site, QStringLiteral("127.0.0.2"));
    // Not bound yet: only the throttle stands between a handshake and the secret check.
    QVERIFY(HubRepository(m_hub->database()).releaseBinding(StableId::site(site)).ok());
    // Ten wrong handshakes from 127.0.0.2 (the hub listens on 127.0.0.1; the whole 127/8 is loopback).
    for (int i = 0; i < 10; ++i) {
        QTcpSocket socket;
        QVERIFY(socket.bind(QHostAddress(QStringLiteral("127.0.0.2"))));
        socket.connectToHost(QHostAddress::LocalHost, m_hub->port());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("protocol"),
                                       QJsonObject{{QStringLiteral("min"), 1}, {QStringLiteral("max"), 1}}},
                                      {QStringLiteral("site"), site},
                                      {QStringLiteral("secret"), QStringLiteral("guess")},
                                      {QStringLiteral("installation_id"), uuid()}})
                .toJson(QJsonDocument::Compact);
        socket.write("POST /api/v1/sync/handshake HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n"
                     "Connection: close\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY(socket.waitForDisconnected(10000) || socket.state() == QAbstractSocket::UnconnectedState);
        const QByteArray answer = socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 401") || answer.startsWith("HTTP/1.1 429"), answer.left(200).constData());
    }
    QVERIFY(m_hub->server().state().throttle().failures(key) >= LoginThrottle::kFreeFailures);
    // From the site's own address, a new installation with the right secret is not held up at all.
    auto client = m_hub->client();
    const Harness::Reply fromHere = client->handshake(site, m_hub->secret(site), m_hub->installationId(site));
    QVERIFY2(fromHere.status == 200, fromHere.describe().constData());
}

void TestHubHandshake::theFirstInstallationIsBound()
{
    auto client = m_hub->client();
    const QString site = QStringLiteral("Southern Province Server");
    const QString first = uuid();
    const QString second = uuid();
    QCOMPARE(client->handshake(site, m_hub->secret(site), first).status, 200);
    HubRepository repository(m_hub->database());
    QCOMPARE(repository.binding(StableId::site(site))->value_or(QString()), first);

    const Harness::Reply other = client->handshake(site, m_hub->secret(site), second);
    QCOMPARE(other.status, 403);
    QCOMPARE(other.errorCode(), QStringLiteral("installation_mismatch"));
    QVERIFY(other.errorMessage().contains(site));
    // The refusal is not a wrong secret: it does not count toward the throttle.
    QCOMPARE(m_hub->server().state().throttle().failures(LoginThrottle::siteKey(site, QStringLiteral("127.0.0.1"))), 0);
    // The first one still works, in upper case too (the same UUID).
    QCOMPARE(client->handshake(site, m_hub->secret(site), first).status, 200);
    QCOMPARE(client->handshake(site, m_hub->secret(site), first.toUpper()).status, 200);

    // An administrator releases the binding: the next installation to complete a handshake is bound.
    QCOMPARE(*repository.releaseBinding(StableId::site(site)), true);
    QCOMPARE(client->handshake(site, m_hub->secret(site), second).status, 200);
    QCOMPARE(repository.binding(StableId::site(site))->value_or(QString()), second);
    const Harness::Reply old = client->handshake(site, m_hub->secret(site), first);
    QCOMPARE(old.status, 403);
    QCOMPARE(old.errorCode(), QStringLiteral("installation_mismatch"));
}

namespace {

// A data-holding site that no other test of this file handshakes as.
QString untouchedSite(Harness& hub)
{
    const QStringList used{QStringLiteral("Sefa District Hospital"),   QStringLiteral("Southern Province Server"),
                           QStringLiteral("Northern Province Server"), QStringLiteral("Kasa Health Centre"),
                           QStringLiteral("Lira Health Centre"),       QStringLiteral("Soko Health Centre"),
                           QStringLiteral("National Cold Chain Hub")};
    const QStringList sites = hub.syncingSites();
    for (auto it = sites.crbegin(); it != sites.crend(); ++it) {
        if (!used.contains(*it))
            return *it;
    }
    return {};
}

} // namespace

void TestHubHandshake::setUpCheckNeitherBindsNorIssuesAToken()
{
    auto client = m_hub->client();
    const QString site = untouchedSite(*m_hub);
    QVERIFY(!site.isEmpty());
    const QString path = QStringLiteral("/api/v1/sync/check");
    const auto body = [&](const QString& secret) {
        return QJsonObject{{QStringLiteral("site"), site}, {QStringLiteral("secret"), secret}};
    };
    Harness::Reply r = client->post(path, body(m_hub->secret(site)));
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.json().value(QStringLiteral("site")).toString(), site);
    QVERIFY(!r.json().value(QStringLiteral("kind")).toString().isEmpty());
    QVERIFY(!r.json().contains(QStringLiteral("token")));
    HubRepository repository(m_hub->database());
    QVERIFY(!repository.binding(StableId::site(site))->has_value());

    r = client->post(path, body(QStringLiteral("not-the-secret")));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("wrong_credentials"));
    // It counts toward the same throttle as the handshake.
    QCOMPARE(m_hub->server().state().throttle().failures(LoginThrottle::siteKey(site, QStringLiteral("127.0.0.1"))), 1);
    r = client->post(path, QJsonObject{{QStringLiteral("site"), site}});
    QCOMPARE(r.status, 400);

    // Once a computer is set up as the site, the check says so, as the handshake would.
    const QString installation = uuid();
    QCOMPARE(client->handshake(site, m_hub->secret(site), installation).status, 200);
    r = client->post(path, body(m_hub->secret(site)));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("installation_mismatch"));
    QCOMPARE(repository.binding(StableId::site(site))->value_or(QString()), installation);
}

void TestHubHandshake::sitesListShowsOnlyWhatWaitsForSetUp()
{
    auto client = m_hub->client();
    const auto listed = [&] {
        QStringList names;
        const Harness::Reply r = client->get(QStringLiteral("/api/v1/sync/sites"));
        for (const QJsonValue& v : r.json().value(QStringLiteral("sites")).toArray())
            names.append(v.toObject().value(QStringLiteral("name")).toString());
        return names;
    };
    QStringList names = listed();
    QVERIFY(!names.contains(QStringLiteral("National Medical Stores"))); // the hub itself
    QVERIFY(names.contains(QStringLiteral("Central Front Desk")));       // a client: never bound
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(names, sorted);
    const QString site = QStringLiteral("Southern Province Server"); // bound by theFirstInstallationIsBound
    if (!HubRepository(m_hub->database()).binding(StableId::site(site))->has_value())
        QCOMPARE(client->handshake(site, m_hub->secret(site), uuid()).status, 200);
    QVERIFY(!listed().contains(site));
    QCOMPARE(*HubRepository(m_hub->database()).releaseBinding(StableId::site(site)), true);
    QVERIFY(listed().contains(site));
}

void TestHubHandshake::protocolRangesThatDoNotMeetAreRefused_data()
{
    QTest::addColumn<int>("min");
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("upgrade");
    // The server speaks 1..1.
    QTest::newRow("exact") << 1 << 1 << 200 << QString();
    QTest::newRow("overlapping") << 1 << 3 << 200 << QString();
    QTest::newRow("newer client") << 2 << 3 << 426 << QStringLiteral("server");
    QTest::newRow("zero") << 0 << 0 << 400 << QString();
    QTest::newRow("inverted") << 3 << 2 << 400 << QString();
    QTest::newRow("negative") << -1 << 1 << 400 << QString();
}

void TestHubHandshake::protocolRangesThatDoNotMeetAreRefused()
{
    QFETCH(int, min);
    QFETCH(int, max);
    QFETCH(int, status);
    QFETCH(QString, upgrade);
    auto client = m_hub->client();
    const Harness::Reply reply = client->handshake(kSefa, m_hub->secret(kSefa), m_hub->installationId(kSefa), min, max);
    QVERIFY2(reply.status == status, reply.describe().constData());
    if (status == 200) {
        QCOMPARE(reply.json().value(QStringLiteral("protocol_version")).toInt(), 1);
    } else if (status == 426) {
        QCOMPARE(reply.errorCode(), QStringLiteral("protocol_incompatible"));
        QCOMPARE(reply.errorDetails().value(QStringLiteral("upgrade")).toString(), upgrade);
        QVERIFY(reply.errorMessage().contains(QStringLiteral("upgrade")));
    } else {
        QCOMPARE(reply.errorCode(), QStringLiteral("invalid_field"));
        QCOMPARE(reply.errorDetails().value(QStringLiteral("field")).toString(), QStringLiteral("protocol"));
    }
}

void TestHubHandshake::clientBelowServerMinimumMustUpgrade()
{
    // A server that speaks 2..3.
    HubHarnessOptions options;
    options.hub.protocolMin = 2;
    options.hub.protocolMax = 3;
    Result<std::unique_ptr<Harness>> started = Harness::start(options);
    QVERIFY2(started, qPrintable(started.error().message));
    Harness& hub = **started;
    auto client = hub.client();
    const Harness::Reply old = client->handshake(kSefa, hub.secret(kSefa), hub.installationId(kSefa), 1, 1);
    QCOMPARE(old.status, 426);
    QCOMPARE(old.errorCode(), QStringLiteral("protocol_incompatible"));
    QCOMPARE(old.errorDetails().value(QStringLiteral("upgrade")).toString(), QStringLiteral("client"));
    QCOMPARE(old.errorDetails().value(QStringLiteral("server_min")).toInt(), 2);
    QCOMPARE(old.errorDetails().value(QStringLiteral("server_max")).toInt(), 3);
    // The highest version both speak is chosen.
    const Harness::Reply both = client->handshake(kSefa, hub.secret(kSefa), hub.installationId(kSefa), 1, 4);
    QVERIFY2(both.status == 200, both.describe().constData());
    QCOMPARE(both.json().value(QStringLiteral("protocol_version")).toInt(), 3);
    const Harness::Reply newer = client->handshake(kSefa, hub.secret(kSefa), hub.installationId(kSefa), 4, 5);
    QCOMPARE(newer.status, 426);
    QCOMPARE(newer.errorDetails().value(QStringLiteral("upgrade")).toString(), QStringLiteral("server"));
}

void TestHubHandshake::malformedBodiesAreRefusedNamingTheField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QString site = kSefa;
    const QString secret = QStringLiteral("SECRET");
    const QString installation = QStringLiteral("8c1f0c3e-9d3c-4a52-8a2b-6f4c1e0d2b7a");
    auto doc = [](const QJsonObject& o) {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    QJsonObject full = handshakeBody(site, secret, installation);
    QTest::newRow("not json") << QByteArray("{\"protocol\":") << QStringLiteral("invalid_json") << QString();
    QTest::newRow("an array") << QByteArray("[1,2]") << QStringLiteral("json_object_expected") << QString();
    QTest::newRow("empty") << QByteArray() << QStringLiteral("invalid_json") << QString();
    for (const char* field : {"protocol", "site", "secret", "installation_id"}) {
        QJsonObject missing = full;
        missing.remove(QLatin1String(field));
        QTest::addRow("no %s", field) << doc(missing) << QStringLiteral("invalid_field") << QString::fromLatin1(field);
    }
    QJsonObject protocolString = full;
    protocolString.insert(QStringLiteral("protocol"), QStringLiteral("1"));
    QTest::newRow("protocol as a string")
        << doc(protocolString) << QStringLiteral("invalid_field") << QStringLiteral("protocol");
    QJsonObject siteNumber = full;
    siteNumber.insert(QStringLiteral("site"), 42);
    QTest::newRow("site a number") << doc(siteNumber) << QStringLiteral("invalid_field") << QStringLiteral("site");
    QJsonObject badInstallation = full;
    badInstallation.insert(QStringLiteral("installation_id"), QStringLiteral("my laptop"));
    QTest::newRow("installation not a uuid")
        << doc(badInstallation) << QStringLiteral("invalid_field") << QStringLiteral("installation_id");
}

void TestHubHandshake::malformedBodiesAreRefusedNamingTheField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    auto client = m_hub->client();
    const Harness::Reply reply = client->post(QStringLiteral("/api/v1/sync/handshake"), body);
    QVERIFY2(reply.status == 400, reply.describe().constData());
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.errorDetails().value(QStringLiteral("field")).toString(), field);
    QVERIFY(!reply.errorMessage().isEmpty());
}

void TestHubHandshake::syncRequestsNeedASiteToken()
{
    auto client = m_hub->client();
    struct Probe
    {
        QString token;
        int status;
        QString code;
    };
    const QString valid = m_hub->token(kSefa, *client);
    QVERIFY(!valid.isEmpty());
    for (const Probe& probe : {Probe{QString(), 401, QStringLiteral("token_missing")},
                               Probe{QStringLiteral("forged-token"), 401, QStringLiteral("token_invalid")}}) {
        const Harness::Reply pull =
            client->get(QStringLiteral("/api/v1/sync/pull?category=core&cursor=0"), probe.token);
        QCOMPARE(pull.status, probe.status);
        QCOMPARE(pull.errorCode(), probe.code);
        const Harness::Reply push = client->push(probe.token, QStringLiteral("core"), uuid(), {});
        QCOMPARE(push.status, probe.status);
        QCOMPARE(push.errorCode(), probe.code);
        const Harness::Reply report = client->report(probe.token, {});
        QCOMPARE(report.status, probe.status);
        QCOMPARE(report.errorCode(), probe.code);
    }
    // Tokens are per session: a second handshake gives a new token and both work until they expire.
    const QString second = m_hub->token(kSefa, *client);
    QVERIFY(!second.isEmpty() && second != valid);
    QCOMPARE(client->pull(valid, QStringLiteral("core"), 0, 1).reply.status, 200);
    QCOMPARE(client->pull(second, QStringLiteral("core"), 0, 1).reply.status, 200);
}

void TestHubHandshake::reportIsStored()
{
    auto client = m_hub->client();
    const QString token = m_hub->token(kLira, *client);
    const QJsonArray links{QJsonObject{{QStringLiteral("category"), QStringLiteral("core")},
                                       {QStringLiteral("pushed"), 12},
                                       {QStringLiteral("pulled"), 340}},
                           QJsonObject{{QStringLiteral("category"), QStringLiteral("oms")},
                                       {QStringLiteral("pushed"), 2},
                                       {QStringLiteral("pulled"), 0}}};
    const QJsonObject body{
        {QStringLiteral("started_at"), QStringLiteral("2024-05-01T10:00:00.000Z")},
        {QStringLiteral("finished_at"), QStringLiteral("2024-05-01T10:00:42.500Z")},
        {QStringLiteral("outcome"), QStringLiteral("partial")},
        {QStringLiteral("pushed"), 14},
        {QStringLiteral("pulled"), 340},
        {QStringLiteral("rejected"), 1},
        {QStringLiteral("waiting"), 3},
        {QStringLiteral("app_version"), QStringLiteral("0.1.0")},
        {QStringLiteral("protocol_version"), 1},
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("store_not_active")},
                                              {QStringLiteral("message"), QStringLiteral("One record was refused.")}}},
        {QStringLiteral("links"), links}};
    const Harness::Reply reply = client->report(token, body);
    QVERIFY2(reply.status == 201, reply.describe().constData());
    const qint64 id = reply.json().value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);

    const Result<QVector<SyncReport>> stored = HubRepository(m_hub->database()).reports(StableId::site(kLira), 10);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    const SyncReport& r = stored->first();
    QCOMPARE(r.id, id);
    QCOMPARE(r.siteId, StableId::site(kLira)); // from the token, never from the body
    QCOMPARE(r.outcome, QStringLiteral("partial"));
    QCOMPARE(r.pushed, 14);
    QCOMPARE(r.pulled, 340);
    QCOMPARE(r.rejected, 1);
    QCOMPARE(r.waiting, 3);
    QCOMPARE(r.durationMs, 42500);
    QCOMPARE(r.errorCode, QStringLiteral("store_not_active"));
    QCOMPARE(r.errorMessage, QStringLiteral("One record was refused."));
    QCOMPARE(r.appVersion, QStringLiteral("0.1.0"));
    QCOMPARE(r.protocolVersion, 1);
    QCOMPARE(r.details.value(QStringLiteral("links")).toArray(), links);
    QCOMPARE(r.startedAt, QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
}

void TestHubHandshake::malformedReportIsRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("not json") << QByteArray("outcome=success") << QStringLiteral("invalid_json");
    QTest::newRow("no times") << QByteArray(R"({"outcome":"success"})") << QStringLiteral("invalid_field");
    QTest::newRow("bad time")
        << QByteArray(R"({"started_at":"yesterday","finished_at":"2024-05-01T10:00:00.000Z","outcome":"success"})")
        << QStringLiteral("invalid_field");
    QTest::newRow("unknown outcome") << QByteArray(R"({"started_at":"2024-05-01T10:00:00.000Z",)"
                                                   R"("finished_at":"2024-05-01T10:00:01.000Z","outcome":"great"})")
                                     << QStringLiteral("invalid_field");
}

void TestHubHandshake::malformedReportIsRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    auto client = m_hub->client();
    const QString token = m_hub->token(kNorth, *client);
    const qsizetype before = HubRepository(m_hub->database()).reports(QString(), 1000)->size();
    const Harness::Reply reply = client->post(QStringLiteral("/api/v1/sync/report"), body, token);
    QVERIFY2(reply.status == 400, reply.describe().constData());
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(HubRepository(m_hub->database()).reports(QString(), 1000)->size(), before);
}

QTEST_GUILESS_MAIN(TestHubHandshake)
#include "TestHubHandshake.moc"
