// Input the hub and the cli must refuse or bound, against a real hub on 127.0.0.1 (tests/support/HubTestHarness)
// and the real syncsites-cli on a real replica file:
// - bytes that are not UTF-8: refused by the hub's push (400 `invalid_utf8`, naming the byte) and by
//   `records put` (exit 2, naming the field or the line), never saved as U+FFFD;
// - a record too large for the command line: `records put --json-file FILE` and `--json-file -` (stdin);
// - sync reports: texts cut with a visible marker, links bounded, a 10 MB report refused, so that no report makes
//   every supervisor's /status/sites large.

#include "DemoDataWriter.h"
#include "DemoNetwork.h"
#include "Gzip.h"
#include "HubState.h"
#include "HubTestHarness.h"
#include "ProcessRun.h"
#include "SettingTable.h"
#include "StableId.h"
#include "Utf8Check.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <httplib.h>

#include <chrono>
#include <memory>

using namespace syncsites;
using namespace syncsites::test;

namespace {

const QString kSefa = QStringLiteral("Sefa District Hospital");
const QString kKasa = QStringLiteral("Kasa Health Centre");
const QString kMarker = QStringLiteral("\u2026 [truncated]");

QString str(const char* text)
{
    return QString::fromLatin1(text);
}

} // namespace

class TestInputLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void utf8Check_data();
    void utf8Check();
    void pushRefusesInvalidUtf8();
    void reportTextsAndLinksAreBounded();
    void oversizedReportIsRefused();
    void cliRefusesInvalidUtf8OnTheCommandLine();
    void cliTakesJsonFromAFileOrStdin();
    void cliRefusesInvalidUtf8InAFile();

private:
    QString userToken(const QString& username);
    HubTestHarness::Reply statusSites();
    QString makeReplica();
    ProcessRun cli(const QString& replica, const QStringList& arguments, const QByteArray& input = QByteArray(),
                   bool withInput = false) const;
    QJsonArray notes(const QString& replica) const;

    std::unique_ptr<HubTestHarness> m_hub;
    std::unique_ptr<HubTestHarness::Client> m_client;
    QTemporaryDir m_dir;
    int m_round = 0;
};

void TestInputLimits::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(SYNCSITES_CLI)));
    QVERIFY(m_dir.isValid());
}

void TestInputLimits::init()
{
    auto hub = HubTestHarness::start();
    QVERIFY2(hub, qPrintable(hub ? QString() : hub.error().message));
    m_hub = std::move(hub).value();
    m_client = m_hub->client();
}

void TestInputLimits::cleanup()
{
    m_client.reset();
    m_hub.reset();
}

QString TestInputLimits::userToken(const QString& username)
{
    return m_hub->server().state().tokens().issue(TokenSubject::User, username, std::chrono::hours(1)).token;
}

HubTestHarness::Reply TestInputLimits::statusSites()
{
    return m_client->get(str("/api/v1/status/sites"), userToken(str("supervisor")));
}

void TestInputLimits::utf8Check_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("firstBad");

    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("ascii, longer than 8") << QByteArray("{\"note\": \"plain text\"}") << -1;
    QTest::newRow("2, 3 and 4 byte characters") << QByteArray("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x92\x8a") << -1;
    QTest::newRow("U+10FFFF") << QByteArray("\xf4\x8f\xbf\xbf") << -1;
    QTest::newRow("latin-1 e acute") << QByteArray("0123456789caf\xe9") << 13;
    QTest::newRow("lone continuation") << QByteArray("ab\x80") << 2;
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << 0;
    QTest::newRow("overlong 3 bytes") << QByteArray("x\xe0\x80\xaf") << 1;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << 0;
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << 0;
    QTest::newRow("cut short at the end") << QByteArray("abcdefgh\xe2\x82") << 8;
    QTest::newRow("cut short by ascii") << QByteArray("\xe2\x82x") << 0;
    QTest::newRow("0xff") << QByteArray("\xff") << 0;
}

void TestInputLimits::utf8Check()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, firstBad);
    QCOMPARE(firstInvalidUtf8(bytes), qsizetype(firstBad));
    // Qt's strict decoder agrees on whether the bytes are UTF-8.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(bytes);
    QCOMPARE(decoder.hasError(), firstBad >= 0);
}

// The push of a record whose note has a Latin-1 byte: refused as a whole with the byte's offset, plain and gzip'd;
// nothing of it is stored; the same record in UTF-8 is accepted.
void TestInputLimits::pushRefusesInvalidUtf8()
{
    const QString token = m_hub->token(kSefa, *m_client);
    QVERIFY(!token.isEmpty());
    QJsonObject line = HubTestHarness::stockLine(str("SEF-PHA"));
    QJsonObject data = line.value(str("data")).toObject();
    data.insert(str("note"), str("cafXX"));
    line.insert(str("data"), data);
    const QByteArray good = QJsonDocument(QJsonObject{{str("category"), str("core")},
                                                      {str("batch_id"), HubTestHarness::newId()},
                                                      {str("records"), QJsonArray{line}}})
                                .toJson(QJsonDocument::Compact);
    QByteArray bad = good;
    const qsizetype at = bad.indexOf("cafXX") + 3;
    bad.replace(at, 2, "\xe9");
    const qint64 cursorBefore = m_hub->maxCursor();

    HubTestHarness::Reply reply = m_client->post(str("/api/v1/sync/push"), bad, token);
    QVERIFY2(reply.status == 400, reply.describe().constData());
    QCOMPARE(reply.errorCode(), str("invalid_utf8"));
    QCOMPARE(reply.errorDetails().value(str("byte_offset")).toInteger(), qint64(at));
    QVERIFY2(reply.errorMessage().contains(str("byte %1 (0xe9)").arg(at)), qPrintable(reply.errorMessage()));

    httplib::Client http("127.0.0.1", m_hub->port());
    const QByteArray zipped = Gzip::compress(bad);
    const httplib::Result gz =
        http.Post("/api/v1/sync/push",
                  httplib::Headers{{"Authorization", "Bearer " + token.toStdString()}, {"Content-Encoding", "gzip"}},
                  zipped.toStdString(), "application/json");
    QVERIFY(gz);
    QCOMPARE(gz->status, 400);
    const QJsonObject error = QJsonDocument::fromJson(QByteArray::fromStdString(gz->body)).object();
    QCOMPARE(error.value(str("error")).toObject().value(str("code")).toString(), str("invalid_utf8"));
    QCOMPARE(m_hub->maxCursor(), cursorBefore);

    QByteArray fixed = good;
    fixed.replace(at, 2, "\xc3\xa9");
    reply = m_client->post(str("/api/v1/sync/push"), fixed, token);
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QVERIFY(m_hub->maxCursor() > cursorBefore);

    // The check costs little next to parsing: a body at the server's limit (32 MiB).
    QByteArray big(32 * 1024 * 1024, 'a');
    for (qsizetype i = 0; i < big.size(); i += 64)
        big.replace(i, 2, "\xc3\xa9");
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(firstInvalidUtf8(big), qsizetype(-1));
    const qint64 checkNs = timer.nsecsElapsed();
    timer.restart();
    QJsonParseError parseError;
    QJsonDocument::fromJson(QByteArray("[\"") + big + QByteArray("\"]"), &parseError);
    const qint64 parseNs = timer.nsecsElapsed();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QByteArray accented = QByteArray("\xc3\xa9").repeated(16 * 1024 * 1024); // 32 MiB, no ASCII at all
    timer.restart();
    QCOMPARE(firstInvalidUtf8(accented), qsizetype(-1));
    const qint64 accentedNs = timer.nsecsElapsed();
    qInfo("UTF-8 check of 32 MiB: %.1f ms (a non-ASCII character every 64 bytes), %.1f ms (only 2-byte characters); "
          "QJsonDocument::fromJson of the first: %.1f ms",
          double(checkNs) / 1e6, double(accentedNs) / 1e6, double(parseNs) / 1e6);
}

// The issue's fault: a report of any size was stored and served as it came, in every /status/sites answer.
void TestInputLimits::reportTextsAndLinksAreBounded()
{
    const HubTestHarness::Reply small = statusSites();
    QVERIFY2(small.status == 200, small.describe().constData());

    const QString longMessage = QStringLiteral("The disk is full. \u00e9").repeated(3000); // 57,000 characters
    QJsonArray links;
    for (int i = 0; i < 60; ++i)
        links.append(QJsonObject{{str("category"), str("core")},
                                 {str("hub"), QString(QLatin1Char('h')).repeated(1000)},
                                 {str("pushed"), i},
                                 {str("nested"), QJsonObject{{str("x"), QString(QLatin1Char('n')).repeated(200)}}}});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject body{{str("started_at"), now.addSecs(-2).toString(Qt::ISODateWithMs)},
                           {str("finished_at"), now.toString(Qt::ISODateWithMs)},
                           {str("outcome"), str("failed")},
                           {str("error"), QJsonObject{{str("code"), QString(QLatin1Char('c')).repeated(500)},
                                                      {str("message"), longMessage}}},
                           {str("app_version"), QString(QLatin1Char('v')).repeated(5000)},
                           {str("links"), links}};
    const HubTestHarness::Reply stored = m_client->report(m_hub->token(kKasa, *m_client), body);
    QVERIFY2(stored.status == 201, stored.describe().constData());

    const HubTestHarness::Reply after = statusSites();
    QVERIFY2(after.status == 200, after.describe().constData());
    qInfo("GET /api/v1/status/sites: %lld bytes before the report, %lld after (report body %lld bytes)",
          qint64(small.body.size()), qint64(after.body.size()),
          qint64(QJsonDocument(body).toJson(QJsonDocument::Compact).size()));
    QVERIFY2(after.body.size() < small.body.size() + 4096, qPrintable(QString::number(after.body.size())));
    QJsonObject kasa;
    for (const QJsonValue& v : after.json().value(str("sites")).toArray()) {
        if (v.toObject().value(str("name")).toString() == kKasa)
            kasa = v.toObject();
    }
    QCOMPARE(kasa.value(str("health")).toString(), str("failing"));
    const QJsonObject error = kasa.value(str("last_error")).toObject();
    const QString message = error.value(str("message")).toString();
    QCOMPARE(message.size(), 2000);
    QVERIFY(message.startsWith(QStringLiteral("The disk is full. \u00e9The disk is full.")));
    QVERIFY(message.endsWith(kMarker));
    QCOMPARE(error.value(str("code")).toString().size(), 100);
    QVERIFY(error.value(str("code")).toString().endsWith(kMarker));
    QCOMPARE(kasa.value(str("app_version")).toString().size(), 100);

    const HubTestHarness::Reply history =
        m_client->get(str("/api/v1/status/sites/%1/sessions").arg(QString::fromLatin1(QUrl::toPercentEncoding(kKasa))),
                      userToken(str("supervisor")));
    QVERIFY2(history.status == 200, history.describe().constData());
    qInfo("GET .../sessions: %lld bytes", qint64(history.body.size()));
    const QJsonArray keptLinks =
        history.json().value(str("sessions")).toArray().first().toObject().value(str("links")).toArray();
    QCOMPARE(keptLinks.size(), 8);
    for (int i = 0; i < keptLinks.size(); ++i) {
        const QJsonObject link = keptLinks.at(i).toObject();
        QCOMPARE(link.value(str("pushed")).toInt(), i);
        QCOMPARE(link.value(str("category")).toString(), str("core"));
        QCOMPARE(link.value(str("hub")).toString().size(), 200);
        QVERIFY(link.value(str("hub")).toString().endsWith(kMarker));
        QVERIFY(!link.contains(str("nested")));
    }
}

void TestInputLimits::oversizedReportIsRefused()
{
    const HubTestHarness::Reply small = statusSites();
    QVERIFY2(small.status == 200, small.describe().constData());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject body{{str("started_at"), now.addSecs(-2).toString(Qt::ISODateWithMs)},
                           {str("finished_at"), now.toString(Qt::ISODateWithMs)},
                           {str("outcome"), str("failed")},
                           {str("error"), QJsonObject{{str("code"), str("database_error")},
                                                      {str("message"), QString(QLatin1Char('x')).repeated(10000000)}}}};
    const HubTestHarness::Reply refused = m_client->report(m_hub->token(kKasa, *m_client), body);
    QVERIFY2(refused.status == 413, refused.describe().constData());
    QCOMPARE(refused.errorCode(), str("payload_too_large"));
    QCOMPARE(refused.errorDetails().value(str("max_bytes")).toInteger(), qint64(256 * 1024));
    const HubTestHarness::Reply after = statusSites();
    QCOMPARE(after.body.size(), small.body.size());
}

QString TestInputLimits::makeReplica()
{
    const QString path = m_dir.filePath(QStringLiteral("replica-%1.sqlite").arg(++m_round));
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        return QString();
    const DemoNetwork network = DemoNetwork::generate(1);
    SettingTable settings(**db);
    if (!DemoDataWriter(**db).writeNetwork(network).ok() || !settings.setSiteId(StableId::site(kSefa)).ok() ||
        !settings.setSiteName(kSefa).ok() || !settings.setRole(DatabaseRole::Replica).ok())
        return QString();
    return path;
}

ProcessRun TestInputLimits::cli(const QString& replica, const QStringList& arguments, const QByteArray& input,
                                bool withInput) const
{
    QStringList all{str("--replica"), replica};
    all << arguments;
    if (!withInput)
        return ProcessRun::of(QStringLiteral(SYNCSITES_CLI), all);
    QProcess process;
    process.start(QStringLiteral(SYNCSITES_CLI), all);
    ProcessRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonArray TestInputLimits::notes(const QString& replica) const
{
    const ProcessRun run = cli(replica, {str("records"), str("list"), str("--table"), str("stock_line"), str("--store"),
                                         str("SEF-PHA"), str("--json")});
    if (run.exitCode != 0)
        QTest::qFail(qPrintable(run.describe()), __FILE__, __LINE__);
    QJsonArray out;
    for (const QJsonValue& row : QJsonDocument::fromJson(run.out).array())
        out.append(row.toObject().value(str("note")));
    return out;
}

// A Latin-1 byte in --json (a terminal not set to UTF-8): argv decoding makes it U+FFFD, which was saved.
void TestInputLimits::cliRefusesInvalidUtf8OnTheCommandLine()
{
    const QString replica = makeReplica();
    QVERIFY(!replica.isEmpty());
    // The shell's printf puts the raw byte 0xE9 into the argument (QProcess cannot: it encodes its arguments).
    const QString script =
        str("exec \"$0\" --replica \"$1\" records put --store SEF-PHA --table stock_line --json "
            "\"$(printf '{\"item_id\": \"%s\", \"batch\": \"B-1\", \"available_packs\": 4, \"pack_size\": 10, "
            "\"note\": \"caf\\351\"}' \"$2\")\"");
    const ProcessRun run = ProcessRun::of(
        str("/bin/sh"), {str("-c"), script, QStringLiteral(SYNCSITES_CLI), replica, StableId::item(str("ORS"))});
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.contains("--json is not valid UTF-8: field \"note\" (character"), qPrintable(run.describe()));
    QVERIFY2(run.err.contains("--json-file"), qPrintable(run.describe()));
    QCOMPARE(notes(replica), QJsonArray());

    // The same record in UTF-8 goes in.
    const ProcessRun ok =
        ProcessRun::of(str("/bin/sh"), {str("-c"), QString(script).replace(str("\\351"), str("\\303\\251")),
                                        QStringLiteral(SYNCSITES_CLI), replica, StableId::item(str("ORS"))});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
    QCOMPARE(notes(replica), QJsonArray{QStringLiteral("caf\u00e9")});
}

// Over about 128 KiB a single argument does not even reach the program (the kernel's limit per argument).
void TestInputLimits::cliTakesJsonFromAFileOrStdin()
{
    const QString replica = makeReplica();
    QVERIFY(!replica.isEmpty());
    const QString note = QStringLiteral("Lot r\u00e9f. 42 \u2014 ").repeated(20000); // 300,000 characters
    QJsonObject record{{str("item_id"), StableId::item(str("ORS"))},
                       {str("batch"), str("B-2")},
                       {str("available_packs"), 4},
                       {str("pack_size"), 10},
                       {str("note"), note}};
    const QByteArray json = QJsonDocument(record).toJson(QJsonDocument::Indented);
    QVERIFY(json.size() > 300000);
    const QString file = m_dir.filePath(str("record.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write("\xEF\xBB\xBF" + json), qint64(json.size() + 3)); // with a byte order mark
    out.close();

    const QStringList put{str("records"), str("put"),     str("--store"),
                          str("SEF-PHA"), str("--table"), str("stock_line")};
    QElapsedTimer timer;
    timer.start();
    ProcessRun run = cli(replica, put + QStringList{str("--json-file"), file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    qInfo("records put --json-file of %lld bytes: %lld ms", qint64(json.size()), timer.elapsed());
    const QString id = QString::fromUtf8(run.out).trimmed();
    QCOMPARE(notes(replica), QJsonArray{note});

    // From stdin, as an update of the same record.
    record.insert(str("id"), id);
    const QString changed = note + str("!");
    record.insert(str("note"), changed);
    run = cli(replica, put + QStringList{str("--json-file"), str("-")}, QJsonDocument(record).toJson(), true);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(QString::fromUtf8(run.out).trimmed(), id);
    QCOMPARE(notes(replica), QJsonArray{changed});

    // Usage: not both; a file that is missing, or not JSON.
    run = cli(replica, put + QStringList{str("--json"), str("{}"), str("--json-file"), file});
    QVERIFY2(run.exitCode == 64, qPrintable(run.describe()));
    run = cli(replica, put + QStringList{str("--json-file"), m_dir.filePath(str("missing.json"))});
    QVERIFY2(run.exitCode == 2 && run.err.contains("cannot read"), qPrintable(run.describe()));
    run = cli(replica, put + QStringList{str("--json-file"), str("-")}, QByteArray("{\"note\": "), true);
    QVERIFY2(run.exitCode == 2 && run.err.contains("--json-file is not valid JSON"), qPrintable(run.describe()));
}

void TestInputLimits::cliRefusesInvalidUtf8InAFile()
{
    const QString replica = makeReplica();
    QVERIFY(!replica.isEmpty());
    const QByteArray json = "{\n  \"item_id\": \"" + StableId::item(str("ORS")).toUtf8() +
                            "\",\n  \"note\": \"caf\xe9\",\n  \"batch\": \"B-3\", \"available_packs\": 1, "
                            "\"pack_size\": 10\n}\n";
    const QString file = m_dir.filePath(str("latin1.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();
    const qsizetype at = json.indexOf('\xe9');
    const QStringList put{str("records"), str("put"),     str("--store"),
                          str("SEF-PHA"), str("--table"), str("stock_line")};
    for (const bool stdinInput : {false, true}) {
        const ProcessRun run = stdinInput ? cli(replica, put + QStringList{str("--json-file"), str("-")}, json, true)
                                          : cli(replica, put + QStringList{str("--json-file"), file});
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(
            run.err.contains(QStringLiteral("is not valid UTF-8: byte %1 (0xe9, line 3, column 15)").arg(at).toUtf8()),
            qPrintable(run.describe()));
    }
    QCOMPARE(notes(replica), QJsonArray());
}

QTEST_MAIN(TestInputLimits)
#include "TestInputLimits.moc"
