// The real programs as processes: `syncsites-server demo`, `serve` (health, a handshake and a pull over HTTP on
// 127.0.0.1, SIGTERM) and `init` with the demo topology from `syncsites-cli topology demo`, including what init
// refuses. Paths come from the build (SYNCSITES_SERVER, SYNCSITES_CLI).
#include "Database.h"
#include "HubTestHarness.h"
#include "ProcessRun.h"
#include "RecordStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace syncsites;
using namespace syncsites::test;
using Harness = HubTestHarness;

namespace {

using Run = syncsites::test::ProcessRun;

Run run(const QString& program, const QStringList& arguments, int timeoutMs = 60000)
{
    return Run::of(program, arguments, timeoutMs);
}

QString serverBinary()
{
    return QStringLiteral(SYNCSITES_SERVER);
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// A server process whose access log stays quiet (QT_LOGGING_RULES from the environment wins when set).
void quietStart(QProcess& process, const QStringList& arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_LOGGING_RULES")))
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("syncsites.server.http.access.info=false"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(serverBinary(), arguments);
}

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

class TestHubBinaries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoThenServe();
    void initWritesTheCredentials();
    void initRefusesAnExistingDatabase();
    void initRefusesATopologyThatBreaksRules();
    void initRefusesAHashCostBelowTheFloor();
    void initImportsItems();

private:
    QTemporaryDir m_dir;
    QString m_topology; ///< the demo topology, from syncsites-cli
};

void TestHubBinaries::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(serverBinary()).isExecutable(), SYNCSITES_SERVER);
    const Run topology = run(QStringLiteral(SYNCSITES_CLI), {QStringLiteral("topology"), QStringLiteral("demo")});
    QVERIFY2(topology.exitCode == 0, topology.err.constData());
    m_topology = m_dir.filePath(QStringLiteral("demo-topology.json"));
    QFile file(m_topology);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(topology.out);
}

void TestHubBinaries::demoThenServe()
{
    const QString db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const QString credentials = m_dir.filePath(QStringLiteral("demo-credentials.json"));
    const Run demo =
        run(serverBinary(),
            {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--records"), QStringLiteral("500"),
             QStringLiteral("--credentials-out"), credentials, QStringLiteral("--hash-cost"), QStringLiteral("19")});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    QVERIFY(demo.err.contains("500 records"));
    QCOMPARE(QFile::permissions(credentials) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), kOwnerOnly);
    const QJsonObject secrets = readJson(credentials);
    const QString site = QStringLiteral("Sefa District Hospital");
    QVERIFY(!secrets.value(QStringLiteral("sites")).toObject().value(site).toString().isEmpty());

    const QString portFile = m_dir.filePath(QStringLiteral("port"));
    QProcess serve;
    quietStart(serve, {QStringLiteral("serve"), QStringLiteral("--db"), db, QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0"), QStringLiteral("--port-file"), portFile});
    QVERIFY(serve.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(portFile).size() > 0, 10000);
    QFile file(portFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    bool ok = false;
    const quint16 port = quint16(file.readAll().trimmed().toUInt(&ok));
    QVERIFY(ok && port > 0);

    {
        Harness::Client client(port);
        const Harness::Reply health = client.get(QStringLiteral("/healthz"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(QStringLiteral("status")).toString(), QStringLiteral("serving"));
        const Harness::Reply handshake =
            client.handshake(site, secrets.value(QStringLiteral("sites")).toObject().value(site).toString(),
                             QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY2(handshake.status == 200, handshake.describe().constData());
        // serve sets the links' URL to where it listens.
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);
        for (const QJsonValue& link : handshake.json().value(QStringLiteral("links")).toArray())
            QCOMPARE(link.toObject().value(QStringLiteral("url")).toString(), url);
        const QString token = handshake.json().value(QStringLiteral("token")).toString();
        const Harness::PullResult pulled = client.pullAll(token, QStringLiteral("core"), 0, 1000);
        QVERIFY2(pulled.ok, pulled.failure.describe().constData());
        QVERIFY(pulled.records.size() > 100);
        const Harness::PullResult oms = client.pullAll(token, QStringLiteral("oms"), 0, 1000);
        QVERIFY2(oms.ok, oms.failure.describe().constData());
    }

    QElapsedTimer timer;
    timer.start();
    serve.terminate(); // SIGTERM
    QVERIFY(serve.waitForFinished(5000));
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    QCOMPARE(serve.exitCode(), 0);
    qInfo("serve stopped %lld ms after SIGTERM", timer.elapsed());
}

void TestHubBinaries::initWritesTheCredentials()
{
    const QString db = m_dir.filePath(QStringLiteral("init.sqlite"));
    const QString credentials = m_dir.filePath(QStringLiteral("init-credentials.json"));
    const Run init = run(serverBinary(), {QStringLiteral("init"), QStringLiteral("--db"), db,
                                          QStringLiteral("--topology"), m_topology, QStringLiteral("--credentials-out"),
                                          credentials, QStringLiteral("--hash-cost"), QStringLiteral("19")});
    QVERIFY2(init.exitCode == 0, init.err.constData());
    QVERIFY(QFileInfo::exists(db));
    QCOMPARE(QFile::permissions(credentials) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), kOwnerOnly);

    const QJsonObject written = readJson(credentials);
    const QJsonObject sites = written.value(QStringLiteral("sites")).toObject();
    const Topology demo = DemoNetwork::generate().topology;
    QStringList expected;
    for (const Site& s : demo.sites()) {
        if (s.holdsData() && s.kind != SiteKind::MsupplyCentral)
            expected.append(s.name);
    }
    expected.sort();
    QCOMPARE(sites.keys(), expected);
    QSet<QString> distinct;
    for (const QJsonValue& secret : sites) {
        QVERIFY(secret.toString().size() >= 24);
        distinct.insert(secret.toString());
    }
    QCOMPARE(qsizetype(distinct.size()), qsizetype(expected.size()));
    const QJsonObject users = written.value(QStringLiteral("users")).toObject();
    QCOMPARE(users.keys(), QStringList{QStringLiteral("admin")});
    QVERIFY(users.value(QStringLiteral("admin")).toString().size() >= 12);

    // The hub it made serves those secrets.
    const QString portFile = m_dir.filePath(QStringLiteral("init-port"));
    QProcess serve;
    quietStart(serve, {QStringLiteral("serve"), QStringLiteral("--db"), db, QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0"), QStringLiteral("--port-file"), portFile});
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(portFile).size() > 0, 10000);
    QFile file(portFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    {
        Harness::Client client(quint16(file.readAll().trimmed().toUInt()));
        const QString site = expected.first();
        const Harness::Reply handshake =
            client.handshake(site, sites.value(site).toString(), QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY2(handshake.status == 200, handshake.describe().constData());
    }
    serve.terminate();
    QVERIFY(serve.waitForFinished(5000));
    QCOMPARE(serve.exitCode(), 0);
}

void TestHubBinaries::initRefusesAnExistingDatabase()
{
    const QString db = m_dir.filePath(QStringLiteral("existing.sqlite"));
    {
        QFile file(db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    const QString credentials = m_dir.filePath(QStringLiteral("existing-credentials.json"));
    const Run init = run(serverBinary(), {QStringLiteral("init"), QStringLiteral("--db"), db,
                                          QStringLiteral("--topology"), m_topology, QStringLiteral("--credentials-out"),
                                          credentials, QStringLiteral("--hash-cost"), QStringLiteral("19")});
    QVERIFY2(init.exitCode != 0, init.err.constData());
    QVERIFY2(init.err.contains("already exists"), init.err.constData());
    QVERIFY(!QFileInfo::exists(credentials));
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

void TestHubBinaries::initRefusesAHashCostBelowTheFloor()
{
    // The old PBKDF2 flag value (1000 iterations) and anything under 19 MiB of Argon2id memory are refused
    // before any file is made; the message says what is accepted.
    const QStringList costs{QStringLiteral("1"), QStringLiteral("18"), QStringLiteral("1000000"), QStringLiteral("x")};
    for (const QString& cost : costs) {
        const QString db = m_dir.filePath(QStringLiteral("cheap-%1.sqlite").arg(cost));
        const QString credentials = m_dir.filePath(QStringLiteral("cheap-%1.json").arg(cost));
        const Run init =
            run(serverBinary(),
                {QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--topology"), m_topology,
                 QStringLiteral("--credentials-out"), credentials, QStringLiteral("--hash-cost"), cost});
        QVERIFY2(init.exitCode == 64, init.err.constData());
        if (cost != QLatin1String("x"))
            QVERIFY2(init.err.contains("use 19 to 1024"), init.err.constData());
        QVERIFY(!QFileInfo::exists(db));
        QVERIFY(!QFileInfo::exists(credentials));
    }
}

void TestHubBinaries::initImportsItems()
{
    const QString csv = m_dir.filePath(QStringLiteral("items.csv"));
    const auto write = [&](const QByteArray& text) {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    };
    // A bad line: nothing is made, and the line is named.
    write("code;name;unit;pack_size\nPARA;Paracetamol 500 mg;tablet;1000\nORS;\"Salts, oral\";sachet;zero\n");
    const QString bad = m_dir.filePath(QStringLiteral("bad-items.sqlite"));
    Run init = run(serverBinary(), {QStringLiteral("init"), QStringLiteral("--db"), bad, QStringLiteral("--topology"),
                                    m_topology, QStringLiteral("--credentials-out"),
                                    m_dir.filePath(QStringLiteral("bad-items.json")), QStringLiteral("--items"), csv});
    QCOMPARE(init.exitCode, 2);
    QVERIFY2(init.err.contains("items.csv:3:") && init.err.contains("pack size"), init.err.constData());
    QVERIFY(!QFileInfo::exists(bad));

    write("code;name;unit;pack_size\nPARA;Paracetamol 500 mg;tablet;1000\nORS;\"Salts, oral\";sachet;1\n");
    const QString db = m_dir.filePath(QStringLiteral("items.sqlite"));
    init = run(serverBinary(), {QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--topology"),
                                m_topology, QStringLiteral("--credentials-out"),
                                m_dir.filePath(QStringLiteral("items.json")), QStringLiteral("--items"), csv});
    QVERIFY2(init.exitCode == 0, init.err.constData());
    QVERIFY2(init.err.contains("2 items"), init.err.constData());
    auto opened = Database::open(db);
    QVERIFY(opened.ok());
    const Result<QVector<QJsonObject>> items = RecordStore(**opened).list(u"item");
    QVERIFY(items.ok());
    QStringList names;
    for (const QJsonObject& item : *items)
        names.append(item.value(QStringLiteral("name")).toString() + QLatin1Char('/') +
                     QString::number(item.value(QStringLiteral("pack_size")).toInt()));
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Paracetamol 500 mg/1000"), QStringLiteral("Salts, oral/1")}));
}

void TestHubBinaries::initRefusesATopologyThatBreaksRules()
{
    // The demo topology with a store made Collector on its own home site (rule R6).
    QFile source(m_topology);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QJsonObject topology = QJsonDocument::fromJson(source.readAll()).object();
    QJsonArray stores = topology.value(QStringLiteral("stores")).toArray();
    QJsonObject first = stores.first().toObject();
    QJsonObject visibility = first.value(QStringLiteral("visibility")).toObject();
    visibility.insert(first.value(QStringLiteral("home")).toString(), QStringLiteral("collector"));
    first.insert(QStringLiteral("visibility"), visibility);
    stores.replace(0, first);
    topology.insert(QStringLiteral("stores"), stores);
    const QString broken = m_dir.filePath(QStringLiteral("broken-topology.json"));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(topology).toJson());
    out.close();

    const QString db = m_dir.filePath(QStringLiteral("broken.sqlite"));
    const QString credentials = m_dir.filePath(QStringLiteral("broken-credentials.json"));
    const Run init = run(serverBinary(), {QStringLiteral("init"), QStringLiteral("--db"), db,
                                          QStringLiteral("--topology"), broken, QStringLiteral("--credentials-out"),
                                          credentials, QStringLiteral("--hash-cost"), QStringLiteral("19")});
    QCOMPARE(init.exitCode, 1);
    QVERIFY2(init.err.contains("R6"), init.err.constData());
    QVERIFY2(init.err.contains("nothing was created"), init.err.constData());
    QVERIFY(!QFileInfo::exists(db));
    QVERIFY(!QFileInfo::exists(credentials));
}

QTEST_GUILESS_MAIN(TestHubBinaries)
#include "TestHubBinaries.moc"
