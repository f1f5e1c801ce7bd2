// The real programs killed in the middle of sync sessions: a `syncsites-server demo` hub of 20,000 records served by
// `syncsites-server serve`, and site replicas synced by `syncsites-cli init` / `sync` as processes.
// - The client is killed (SIGKILL) at seeded moments of its first sync (while it handshakes, and while it pulls and
//   integrates) and of a push of thousands of local changes; each time its replica stays sound, and a last `sync`
//   completes.
// - The hub is killed (SIGKILL) while a site pulls its first sync and while it pushes, and restarted on the same port;
//   the client's retries (or its next session) carry on from where they were.
// Afterwards each replica holds exactly what the hub routes to it (the hub's own answer to a pull from cursor 0, with
// the same data record by record), every local change is on the hub exactly once, nothing is quarantined, no
// transfer is answered twice, and both database files pass integrity_check. Seeded (SYNCSITES_TEST_SEED); the moment
// of each kill is drawn from the seed, relative to the stage the session has reached (read from the replica's
// sync_log_stage while the process runs). SYNCSITES_SOAK=1 kills more often.
#include "Database.h"
#include "FaultSyncChecks.h"
#include "HubTestHarness.h"
#include "RecordStore.h"
#include "SettingTable.h"
#include "SiteReplica.h"
#include "SplitMix64.h"
#include "StableId.h"
#include "StoreActions.h"
#include "SyncedTable.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace syncsites;
using namespace syncsites::test;
using Checks = FaultSyncChecks;

namespace {

const QString kNorth = QStringLiteral("Northern Province Server"); // msupply_remote: core only
const QString kSouth = QStringLiteral("Southern Province Server"); // oms_remote: core and oms

int soak()
{
    return qEnvironmentVariableIntValue("SYNCSITES_SOAK") > 0 ? 4 : 1;
}

/// The stage a replica's latest session is in ("core pull", "handshake", ...; "" when none), read through a
/// read-only connection of its own while another process writes the file.
class StageReader
{
public:
    explicit StageReader(QString path) : m_path(std::move(path)), m_name(QStringLiteral("stage-reader-%1").arg(++s_n))
    {}
    ~StageReader()
    {
        if (QSqlDatabase::contains(m_name)) {
            QSqlDatabase::database(m_name, false).close();
            QSqlDatabase::removeDatabase(m_name);
        }
    }
    StageReader(const StageReader&) = delete;
    StageReader& operator=(const StageReader&) = delete;

    /// stage() reports only sessions after this one.
    void setAfterSession(qint64 id) { m_afterSession = id; }

    QString stage()
    {
        if (!open())
            return QString();
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(QStringLiteral("SELECT link, stage, finished_at IS NOT NULL FROM sync_log_stage WHERE session_id "
                                     "= (SELECT max(id) FROM sync_log) AND session_id > ? ORDER BY started_at DESC, "
                                     "rowid DESC LIMIT 1"));
        query.addBindValue(m_afterSession);
        if (!query.exec() || !query.next())
            return QString();
        const QString link = query.value(0).toString();
        return (link == QLatin1String("session") ? QString() : link + QLatin1Char(' ')) + query.value(1).toString() +
               (query.value(2).toBool() ? QStringLiteral(" (done)") : QString());
    }

private:
    bool open()
    {
        if (!QSqlDatabase::contains(m_name)) {
            if (!QFileInfo::exists(m_path))
                return false;
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=50"));
            if (!db.open()) {
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(m_name);
                return false;
            }
        }
        return true;
    }

    static inline int s_n = 0;
    QString m_path;
    QString m_name;
    qint64 m_afterSession = 0;
};

} // namespace

class TestSyncKills : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clientKilledDuringItsFirstSync();
    void clientKilledDuringPush();
    void hubKilledAndRestarted();
    void cleanupTestCase();

private:
    /// What happened to one run of the cli.
    struct Run
    {
        int exitCode = -1;   ///< -1: killed or crashed
        QString stageAtKill; ///< the replica's stage when the kill came; empty when nothing was killed
        QByteArray err;      ///< the end of the cli's stderr
        QString problem;     ///< what went wrong in the test's own machinery (a restart, a cli that hangs)
    };
    enum class Victim
    {
        None,
        Client,
        Hub,
    };

    bool startServe(quint16 port);
    void killServe();
    /// Runs `syncsites-cli ARGS`; when the replica's session reaches `stage` (a prefix such as "core pull"; empty:
    /// from the start), waits `afterMs` and kills the victim (the hub is then restarted on the same port at once).
    Run runCli(const QStringList& arguments, const QString& replica, Victim victim, const QString& stage, int afterMs);
    /// `syncsites-cli --replica FILE sync` until it succeeds (at most a few times).
    void syncToTheEnd(const QString& replica);
    QString writePasswordFile(const QString& site);
    /// `init --server URL --site SITE --password-file F` for the hub as it runs now.
    QStringList initArguments(const QString& site);
    /// Local changes on a replica file while no cli runs: new stock lines in its Active stores, updates of existing
    /// ones, shipments to stores visible there.
    void makeChanges(const QString& replica, const QString& site, int lines);
    /// The replica holds exactly what the hub routes to the site now, record for record; its own changes are on the
    /// hub exactly once; nothing is quarantined; both files are sound.
    void checkConverged(const QString& replica, const QString& site);
    /// No row of the replica's session log is still "running" (no cli runs now).
    void checkNoSessionLeftRunning(const QString& replica);

    std::uint64_t m_seed = 0;
    std::unique_ptr<SplitMix64> m_rng;
    QTemporaryDir m_dir;
    QString m_hubPath;
    QJsonObject m_secrets;
    qint64 m_hubStart = 0; ///< the hub's last changelog cursor before any site synced
    QProcess m_serve;
    quint16 m_port = 0;
    int m_serveStarts = 0;
};

void TestSyncKills::initTestCase()
{
    m_seed = testSeed("TestSyncKills");
    m_rng = std::make_unique<SplitMix64>(m_seed);
    QVERIFY(m_dir.isValid());
    m_hubPath = m_dir.filePath(QStringLiteral("hub.sqlite"));
    const QString credentials = m_dir.filePath(QStringLiteral("credentials.json"));
    QElapsedTimer timer;
    timer.start();
    QProcess demo;
    demo.setStandardOutputFile(m_dir.filePath(QStringLiteral("demo.out")));
    demo.setStandardErrorFile(m_dir.filePath(QStringLiteral("demo.err")));
    demo.start(QStringLiteral(SYNCSITES_SERVER),
               {QStringLiteral("demo"), QStringLiteral("--db"), m_hubPath, QStringLiteral("--records"),
                QStringLiteral("20000"), QStringLiteral("--seed"), QString::number(m_seed % 1000 + 1),
                QStringLiteral("--credentials-out"), credentials, QStringLiteral("--hash-cost"), QStringLiteral("19")});
    QVERIFY(demo.waitForFinished(60000));
    QCOMPARE(demo.exitCode(), 0);
    QFile file(credentials);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_secrets = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("sites")).toObject();
    QVERIFY(!m_secrets.value(kNorth).toString().isEmpty());
    {
        DatabaseOptions options;
        options.createIfMissing = false;
        auto hub = Database::open(m_hubPath, options);
        QVERIFY2(hub.ok(), qPrintable(hub.error().message));
        m_hubStart = Checks::scalar(**hub, QStringLiteral("SELECT coalesce(max(cursor), 0) FROM changelog"));
        QVERIFY(m_hubStart > 0);
    }
    QVERIFY(startServe(0));
    qInfo("demo hub of 20000 records ready on port %u in %lld ms", unsigned(m_port), timer.elapsed());
}

void TestSyncKills::cleanupTestCase()
{
    if (m_serve.state() != QProcess::NotRunning) {
        m_serve.terminate();
        if (!m_serve.waitForFinished(10000)) {
            m_serve.kill();
            m_serve.waitForFinished();
        }
    }
}

bool TestSyncKills::startServe(quint16 port)
{
    const QString portFile = m_dir.filePath(QStringLiteral("port"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_LOGGING_RULES")))
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("syncsites.server.http.access.info=false"));
    m_serve.setProcessEnvironment(env);
    m_serve.setStandardOutputFile(m_dir.filePath(QStringLiteral("serve.out")), QIODevice::Append);
    m_serve.setStandardErrorFile(m_dir.filePath(QStringLiteral("serve.err")), QIODevice::Append);
    // A port just left by a killed server can be busy for a moment: try again.
    for (int attempt = 0; attempt < 50; ++attempt) {
        QFile::remove(portFile);
        m_serve.start(QStringLiteral(SYNCSITES_SERVER),
                      {QStringLiteral("serve"), QStringLiteral("--db"), m_hubPath, QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--port-file"), portFile});
        if (!m_serve.waitForStarted(10000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000 && QFileInfo(portFile).size() == 0 && m_serve.state() == QProcess::Running)
            QThread::msleep(10);
        QFile file(portFile);
        if (QFileInfo(portFile).size() > 0 && file.open(QIODevice::ReadOnly)) {
            m_port = quint16(file.readAll().trimmed().toUInt());
            ++m_serveStarts;
            return m_port != 0;
        }
        m_serve.waitForFinished(1000);
        QThread::msleep(100);
    }
    return false;
}

void TestSyncKills::killServe()
{
    m_serve.kill(); // SIGKILL
    m_serve.waitForFinished(10000);
}

QStringList TestSyncKills::initArguments(const QString& site)
{
    return {QStringLiteral("init"),
            QStringLiteral("--server"),
            QStringLiteral("http://127.0.0.1:%1").arg(m_port),
            QStringLiteral("--site"),
            site,
            QStringLiteral("--password-file"),
            writePasswordFile(site)};
}

QString TestSyncKills::writePasswordFile(const QString& site)
{
    const QString path = m_dir.filePath(StableId::site(site) + QStringLiteral(".pw"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(m_secrets.value(site).toString().toUtf8() + '\n');
    return path;
}

TestSyncKills::Run TestSyncKills::runCli(const QStringList& arguments, const QString& replica, Victim victim,
                                         const QString& stage, int afterMs)
{
    Run run;
    // Stages are read only from the session this run starts, not from an earlier (killed) one.
    StageReader reader(replica);
    if (QFileInfo::exists(replica)) {
        DatabaseOptions options;
        options.createIfMissing = false;
        if (auto db = Database::open(replica, options))
            reader.setAfterSession(Checks::scalar(**db, QStringLiteral("SELECT coalesce(max(id), 0) FROM sync_log")));
    }
    QProcess cli;
    const QString errFile = m_dir.filePath(QStringLiteral("cli.err"));
    cli.setStandardOutputFile(m_dir.filePath(QStringLiteral("cli.out")));
    cli.setStandardErrorFile(errFile);
    cli.start(QStringLiteral(SYNCSITES_CLI), QStringList{QStringLiteral("--replica"), replica} + arguments);
    if (!cli.waitForStarted(10000))
        return run;
    QElapsedTimer timer;
    timer.start();
    if (victim != Victim::None) {
        bool reached = stage.isEmpty();
        while (!reached && cli.state() == QProcess::Running && timer.elapsed() < 60000) {
            reached = reader.stage().startsWith(stage);
            if (!reached)
                QThread::msleep(2);
        }
        if (reached && cli.state() == QProcess::Running) {
            QThread::msleep(ulong(afterMs));
            if (cli.state() == QProcess::Running) {
                run.stageAtKill = reader.stage();
                if (run.stageAtKill.isEmpty())
                    run.stageAtKill = QStringLiteral("(before the first stage)");
                if (victim == Victim::Client) {
                    cli.kill();
                } else {
                    const quint16 port = m_port;
                    killServe();
                    if (!startServe(port))
                        run.problem = QStringLiteral("the hub could not be restarted on port %1").arg(port);
                }
            }
        }
    }
    if (!cli.waitForFinished(90000)) {
        cli.kill();
        cli.waitForFinished();
        run.problem += QStringLiteral(" the cli did not finish in 90 s");
        return run;
    }
    run.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    if (victim == Victim::Client && cli.exitStatus() == QProcess::NormalExit)
        run.stageAtKill.clear(); // it ended on its own just before the kill
    QFile err(errFile);
    if (err.open(QIODevice::ReadOnly))
        run.err = err.readAll().right(1500);
    return run;
}

void TestSyncKills::syncToTheEnd(const QString& replica)
{
    Run last;
    for (int i = 0; i < 3; ++i) {
        last = runCli({QStringLiteral("sync")}, replica, Victim::None, QString(), 0);
        if (last.exitCode == 0)
            return;
    }
    QFAIL(qPrintable(QStringLiteral("sync did not complete: exit %1 %2\n%3")
                         .arg(last.exitCode)
                         .arg(last.problem, QString::fromUtf8(last.err))));
}

void TestSyncKills::makeChanges(const QString& replica, const QString& site, int lines)
{
    DatabaseOptions options;
    options.createIfMissing = false;
    auto opened = Database::open(replica, options);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    Database& db = **opened;
    QStringList stores;
    QStringList partners;
    {
        StoreActions actions(db);
        const auto all = actions.listRecords(QStringLiteral("store"));
        QVERIFY(all.ok());
        const QString me = StableId::site(site);
        for (const QJsonObject& store : *all)
            (store.value(QStringLiteral("home_site_id")).toString() == me ? stores : partners)
                << store.value(QStringLiteral("code")).toString();
    }
    QVERIFY(!stores.isEmpty());
    {
        RecordStore records(db);
        Result<Transaction> tx = Transaction::begin(db);
        QVERIFY(tx.ok());
        for (int i = 0; i < lines; ++i) {
            const QString store = stores.value(int(m_rng->below(stores.size())));
            const QJsonObject line{{QStringLiteral("id"), HubTestHarness::newId()},
                                   {QStringLiteral("store_id"), StableId::store(store)},
                                   {QStringLiteral("item_id"), StableId::item(QStringLiteral("ORS"))},
                                   {QStringLiteral("batch"), QStringLiteral("KILL-%1").arg(i)},
                                   {QStringLiteral("pack_size"), 1},
                                   {QStringLiteral("available_packs"), m_rng->between(1, 500)}};
            const Status s = records.upsert(u"stock_line", line);
            QVERIFY2(s.ok(), qPrintable(s.error().message));
        }
        // Existing lines of its stores (the demo's, pulled at the first sync) change too.
        const auto existing = records.list(u"stock_line", QStringList{StableId::store(stores.first())});
        QVERIFY(existing.ok());
        for (int i = 0; i < std::min<int>(existing->size(), lines / 10); ++i) {
            QJsonObject line = existing->at(i);
            line.insert(QStringLiteral("available_packs"),
                        line.value(QStringLiteral("available_packs")).toDouble() + 1 + m_rng->below(9));
            QVERIFY(records.upsert(u"stock_line", line).ok());
        }
        QVERIFY(tx->commit().ok());
    }
    StoreActions actions(db);
    for (int i = 0; i < 3 && !partners.isEmpty(); ++i) {
        const auto shipped =
            actions.createTransfer(stores.value(int(m_rng->below(stores.size()))),
                                   partners.value(int(m_rng->below(partners.size()))), QStringLiteral("ZINC20"), 1);
        QVERIFY2(shipped.ok() || shipped.error().code == QLatin1String("not_enough_stock") ||
                     shipped.error().code == QLatin1String("partner_not_visible"),
                 qPrintable(shipped.error().message));
    }
    db.close();
}

void TestSyncKills::checkConverged(const QString& replicaPath, const QString& site)
{
    DatabaseOptions options;
    options.createIfMissing = false;
    auto replicaOpened = Database::open(replicaPath, options);
    QVERIFY2(replicaOpened.ok(), qPrintable(replicaOpened.error().message));
    auto hubOpened = Database::open(m_hubPath, options);
    QVERIFY2(hubOpened.ok(), qPrintable(hubOpened.error().message));
    Database& replica = **replicaOpened;
    Database& hub = **hubOpened;
    QCOMPARE(Checks::integrity(replica), QStringLiteral("ok"));
    QCOMPARE(Checks::integrity(hub), QStringLiteral("ok"));

    // What the hub says the site should hold: everything a pull from cursor 0 sends (a new set-up of the same
    // installation), link by link.
    const Result<QString> installation = SettingTable(replica).installationId();
    QVERIFY(installation.ok());
    HubTestHarness::Client client(m_port);
    const HubTestHarness::Reply handshake = client.handshake(site, m_secrets.value(site).toString(), *installation);
    QVERIFY2(handshake.status == 200, handshake.describe().constData());
    const QString token = handshake.json().value(QStringLiteral("token")).toString();
    QSet<QString> expected;
    QList<Category> categories;
    for (const QJsonValue& link : handshake.json().value(QStringLiteral("links")).toArray()) {
        const QString category = link.toObject().value(QStringLiteral("category")).toString();
        categories.append(*categoryFromId(category));
        const HubTestHarness::PullResult pulled = client.pullAll(token, category, 0, 5000);
        QVERIFY2(pulled.ok, pulled.failure.describe().constData());
        for (const QJsonObject& record : pulled.records) {
            const QString key = record.value(QStringLiteral("table")).toString() + QLatin1Char('/') +
                                record.value(QStringLiteral("id")).toString();
            if (record.value(QStringLiteral("action")).toString() == QLatin1String("delete"))
                expected.remove(key);
            else
                expected.insert(key);
        }
    }
    QSet<QString> held;
    {
        const Result<QSqlDatabase> db = replica.connection();
        QVERIFY(db.ok());
        for (const SyncedTable& table : syncedTables()) {
            if (!categories.contains(table.category))
                continue;
            QSqlQuery query(*db);
            QVERIFY(query.exec(QLatin1String("SELECT id FROM ") + table.name));
            while (query.next())
                held.insert(table.name + QLatin1Char('/') + query.value(0).toString());
        }
    }
    qInfo("%s holds %lld records", qPrintable(site), qint64(held.size()));
    SYNCSITES_COMPARE_KEYS(held, expected);
    const QMap<QString, QByteArray> mine = SiteReplica::checksums(replica, expected);
    const QMap<QString, QByteArray> theirs = SiteReplica::checksums(hub, expected);
    for (auto it = theirs.cbegin(); it != theirs.cend(); ++it)
        QVERIFY2(mine.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("store %1 differs from the hub").arg(it.key())));

    const QStringList missing = Checks::changesMissingOnHub(replica, hub, StableId::site(site), m_hubStart);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String("\n  "))));
    const QStringList quarantined = Checks::quarantine(replica);
    QVERIFY2(quarantined.isEmpty(), qPrintable(quarantined.join(QLatin1String("\n  "))));
    const QStringList twice = Checks::duplicateAnswers(hub);
    QVERIFY2(twice.isEmpty(), qPrintable(twice.join(QLatin1String("\n  "))));
    QCOMPARE(Checks::scalar(replica, QStringLiteral("SELECT count(*) FROM changelog c JOIN sync_link_state s ON "
                                                    "s.category = c.category WHERE c.received = 0 AND c.cursor > "
                                                    "s.push_position")),
             qint64(0));
}

void TestSyncKills::checkNoSessionLeftRunning(const QString& replicaPath)
{
    DatabaseOptions options;
    options.createIfMissing = false;
    auto opened = Database::open(replicaPath, options);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    // A killed session never finished its sync_log row; once a later session has run, that row must not still say
    // "running" (the log, `syncsites-cli log` and the desktop app's history would show a session that never ends).
    const qint64 running = Checks::scalar(**opened, QStringLiteral("SELECT count(*) FROM sync_log WHERE outcome = "
                                                                   "'running'"));
    QVERIFY2(running == 0, qPrintable(QStringLiteral("%1 killed sessions are still logged as running in %2")
                                          .arg(running)
                                          .arg(QFileInfo(replicaPath).fileName())));
}

// The cli's first sync of a province server (thousands of records) killed while it starts and while it pulls and
// integrates, several times; `init` again resumes, a last `sync` completes.
void TestSyncKills::clientKilledDuringItsFirstSync()
{
    const QString replica = m_dir.filePath(QStringLiteral("north.sqlite"));
    const QStringList init = initArguments(kNorth);
    QStringList stages;
    // First at a seeded moment of the first 40 ms (opening the file, registering), then as soon as the handshake
    // starts, then at seeded moments of the pull (while pages are fetched and integrated).
    const int kills = 2 + 3 * soak();
    for (int i = 0; i < kills; ++i) {
        const QString stage = i == 0 ? QString() : i == 1 ? QStringLiteral("handshake") : QStringLiteral("core pull");
        // A first pull of this hub takes some 200 ms on a fast machine, and the cli then spends as long again
        // checkpointing and exiting: a moment past 120 ms would often find the session already reported.
        const int afterMs = i == 0 ? m_rng->between(0, 40) : i == 1 ? 0 : m_rng->between(0, 120);
        const Run run = runCli(init, replica, Victim::Client, stage, afterMs);
        QVERIFY2(run.problem.isEmpty(), qPrintable(run.problem));
        stages << (run.stageAtKill.isEmpty() ? QStringLiteral("finished (exit %1)").arg(run.exitCode)
                                             : run.stageAtKill);
        if (run.stageAtKill.isEmpty())
            QCOMPARE(run.exitCode, 0);
        else
            QCOMPARE(run.exitCode, -1);
        if (QFileInfo::exists(replica)) {
            DatabaseOptions options;
            options.createIfMissing = false;
            auto opened = Database::open(replica, options);
            QVERIFY2(opened.ok(), qPrintable(opened.error().message));
            QCOMPARE(Checks::integrity(**opened), QStringLiteral("ok"));
        }
    }
    qInfo("killed at: %s", qPrintable(stages.join(QLatin1String(", "))));
    QVERIFY2(stages.filter(QStringLiteral(" pull")).size() > 0,
             qPrintable(QStringLiteral("no kill fell in a pull: ") + stages.join(QLatin1String(", "))));
    const Run last = runCli(init, replica, Victim::None, QString(), 0);
    QVERIFY2(last.exitCode == 0, last.err.constData());
    checkConverged(replica, kNorth);
    if (QTest::currentTestFailed())
        return;
    checkNoSessionLeftRunning(replica);
}

// Thousands of local changes, and `sync` killed while it pushes them, at seeded moments, several times (new changes
// each time); the batch in flight is resent under its id, and every change reaches the hub exactly once.
void TestSyncKills::clientKilledDuringPush()
{
    const QString replica = m_dir.filePath(QStringLiteral("north.sqlite"));
    if (!QFileInfo::exists(replica)) { // run on its own
        const Run init = runCli(initArguments(kNorth), replica, Victim::None, QString(), 0);
        QVERIFY2(init.exitCode == 0, init.err.constData());
    }
    QStringList stages;
    int inFlight = 0;
    const int kills = 3 * soak();
    // Kill moments are random: go on (a few more times at most) until one of them left a batch in flight.
    for (int i = 0; i < kills || (inFlight == 0 && i < kills + 6); ++i) {
        makeChanges(replica, kNorth, 3000);
        if (QTest::currentTestFailed())
            return;
        const Run run = runCli({QStringLiteral("sync")}, replica, Victim::Client, QStringLiteral("core push"),
                               m_rng->between(0, 400));
        QVERIFY2(run.problem.isEmpty(), qPrintable(run.problem));
        stages << (run.stageAtKill.isEmpty() ? QStringLiteral("finished (exit %1)").arg(run.exitCode)
                                             : run.stageAtKill);
        DatabaseOptions options;
        options.createIfMissing = false;
        auto opened = Database::open(replica, options);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(Checks::integrity(**opened), QStringLiteral("ok"));
        // A batch sent and not acknowledged when the process died: the next session sends it again under its id.
        const auto pending = SettingTable(**opened).value(QStringLiteral("push_pending_core"));
        QVERIFY(pending.ok());
        inFlight += pending->has_value();
    }
    qInfo("killed at: %s; %d times with a push batch in flight", qPrintable(stages.join(QLatin1String(", "))),
          inFlight);
    QVERIFY2(stages.filter(QStringLiteral("core push")).size() > 0,
             qPrintable(QStringLiteral("no kill fell in the push: ") + stages.join(QLatin1String(", "))));
    QVERIFY2(inFlight > 0, "no kill came while a batch was in flight: the resend under the same id was not tested");
    syncToTheEnd(replica);
    checkConverged(replica, kNorth);
    if (QTest::currentTestFailed())
        return;
    checkNoSessionLeftRunning(replica);
}

// The hub killed and restarted on its port while a site pulls its first sync, and again while it pushes: the cli's
// retries reach the new server (a network failure is acceptable, then the next sync completes), the push batch that
// may have been committed before the kill is answered from the hub's memory, and everything converges.
void TestSyncKills::hubKilledAndRestarted()
{
    const QString replica = m_dir.filePath(QStringLiteral("south.sqlite"));
    const QStringList init = initArguments(kSouth);
    const int startsBefore = m_serveStarts;
    QStringList stages;
    const Run first = runCli(init, replica, Victim::Hub, QStringLiteral("core pull"), m_rng->between(0, 120));
    stages << QStringLiteral("%1 (cli exit %2)").arg(first.stageAtKill).arg(first.exitCode);
    QVERIFY2(first.problem.isEmpty(), qPrintable(first.problem));
    QVERIFY2(first.exitCode == 0 || first.exitCode == 3, first.err.constData());
    if (first.exitCode != 0)
        syncToTheEnd(replica);
    for (int i = 0; i < 2 * soak(); ++i) {
        makeChanges(replica, kSouth, 2500);
        if (QTest::currentTestFailed())
            return;
        const Run run =
            runCli({QStringLiteral("sync")}, replica, Victim::Hub, QStringLiteral("core push"), m_rng->between(0, 60));
        stages << QStringLiteral("%1 (cli exit %2)").arg(run.stageAtKill).arg(run.exitCode);
        QVERIFY2(run.problem.isEmpty(), qPrintable(run.problem));
        QVERIFY2(run.exitCode == 0 || run.exitCode == 3, run.err.constData());
        if (run.exitCode != 0)
            syncToTheEnd(replica);
    }
    qInfo("hub killed while the site was at: %s; restarted %d times", qPrintable(stages.join(QLatin1String(", "))),
          m_serveStarts - startsBefore);
    QVERIFY(m_serveStarts > startsBefore);
    // The kill is aimed at the core pull; on a fast run it may land in the oms pull that follows: a pull either way.
    QVERIFY2(stages.filter(QStringLiteral(" pull")).size() > 0 && stages.filter(QStringLiteral("push")).size() > 0,
             qPrintable(stages.join(QLatin1String(", "))));
    syncToTheEnd(replica);
    checkConverged(replica, kSouth);
    // The other site is still whole after the hub's deaths.
    syncToTheEnd(m_dir.filePath(QStringLiteral("north.sqlite")));
    checkConverged(m_dir.filePath(QStringLiteral("north.sqlite")), kNorth);
}

QTEST_GUILESS_MAIN(TestSyncKills)
#include "TestSyncKills.moc"
