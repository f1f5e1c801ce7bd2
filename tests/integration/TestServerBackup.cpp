// `syncsites-server backup` and `restore` with the real programs (docs/operations.md, "Backups"): a hub of 20 sites
// served by `syncsites-server serve`, each site a replica synced by the real SyncSession in a thread of its own,
// pushing new stock lines round after round while `backup` copies the hub's database in small steps. The backup
// holds exactly one consistent state (every record with its changelog row) and every record a site had pushed
// before it began; `restore` refuses the database while the hub serves it, then restores into a new file; a hub
// served from that file takes the sites' sessions again (the same sites, their cursors as they were), every record
// pushed before the backup is there, and so is every record pushed after it (the sites send again what the restored
// hub lacks), records made after the restore arrive, and a change made at the restored hub reaches every site (the
// changelog went on past the sites' cursors). Damaged backups (truncated, a spoiled b-tree page, not a database, not
// a SyncSites database, empty) are refused and change nothing.
#include "DataCategory.h"
#include "Database.h"
#include "DatabaseBackup.h"
#include "DatabaseRestore.h"
#include "FileDamage.h"
#include "ProcessRun.h"
#include "RecordStore.h"
#include "SettingTable.h"
#include "SiteReplica.h"
#include "SqliteConnection.h"
#include "StableId.h"
#include "TestHubAdminClient.h"
#include "Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <atomic>
#include <mutex>
#include <thread>

using namespace syncsites;
using namespace syncsites::test;

namespace {

constexpr int kSites = 20;
constexpr int kLinesPerRound = 4;

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

QString siteName(int i)
{
    return QStringLiteral("Clinic %1").arg(i + 1, 2, 10, QLatin1Char('0'));
}

QString storeCode(int i)
{
    return QStringLiteral("CL%1").arg(i + 1, 2, 10, QLatin1Char('0'));
}

enum Phase : int
{
    BeforeBackup = 0,
    DuringBackup = 1,
    AfterBackup = 2,
    AfterRestore = 3,
};

/// One site's replica and what its thread pushed, by when the hub acknowledged it.
struct PushingSite
{
    std::unique_ptr<SiteReplica> replica;
    QString store;
    QHash<QString, int> pending; ///< stock line id → the phase it was made in; not acknowledged yet
    QSet<QString> before;        ///< acknowledged before the backup began: must be in the backup
    QSet<QString> during;        ///< acknowledged while (or after) it ran, made before it ended
    QSet<QString> after;         ///< made after the backup ended
    QSet<QString> afterRestore;  ///< made after the restore
    QStringList errors;
    std::atomic<int> roundsBefore{0};
    std::atomic<int> roundsAfter{0}; ///< successful rounds whose lines were all made after the backup ended
    int pushedWhileCopied = 0;       ///< lines made and acknowledged while the backup ran
    int transientFailures = 0;       ///< sessions that failed for a reason that passes (a timeout, say)
};

/// The ids of the stock lines of a database file, read-only (also while a server writes it).
QSet<QString> stockLineIds(const QString& path)
{
    QSet<QString> ids;
    Result<SqliteConnection> db = SqliteConnection::open(path, SQLITE_OPEN_READONLY, 5000);
    if (!db)
        return ids;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db->handle(), "SELECT id FROM stock_line", -1, &statement, nullptr) == SQLITE_OK)
        while (sqlite3_step(statement) == SQLITE_ROW)
            ids.insert(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))));
    sqlite3_finalize(statement);
    return ids;
}

qint64 scalar(const QString& path, const QString& statement)
{
    Result<SqliteConnection> db = SqliteConnection::open(path, SQLITE_OPEN_READONLY, 5000);
    if (!db)
        return -1;
    const Result<std::optional<qint64>> value = db->integer(statement, QStringLiteral("testing"));
    return value ? value->value_or(0) : -1;
}

QByteArray describeMissing(const QSet<QString>& missing)
{
    QStringList some = QStringList(missing.begin(), missing.end()).mid(0, 5);
    return QStringLiteral("%1 missing, e.g. %2").arg(missing.size()).arg(some.join(QLatin1String(", "))).toUtf8();
}

} // namespace

class TestServerBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void backupWhileTwentySitesPushThenRestore();
    void restoreRefusesDamagedBackups();
    void backupAndRestoreRefuseBadArguments();
    void restoreRefusesADatabaseOpenInThisProcess();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    static ProcessRun server(const QStringList& arguments)
    {
        return ProcessRun::of(QStringLiteral(SYNCSITES_SERVER), arguments, 60000);
    }
    /// Starts `serve` over `db` on a free port; 0 when it does not come up.
    quint16 startServe(QProcess& process, const QString& db, const QString& portFile);
    static void stopServe(QProcess& process);
    /// One round of a site: new stock lines, a session, the lines sorted by when the hub acknowledged them.
    void round(PushingSite& site);

    QTemporaryDir m_dir;
    QString m_hub;
    QString m_adminPassword;
    QJsonObject m_secrets;
    QProcess m_serve;
    QProcess m_restoredServe;
    std::atomic<int> m_phase{BeforeBackup};
};

void TestServerBackup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A central hub and 20 single-user clinics, each with a store of its own; one item to count stock of.
    QJsonArray sites{QJsonObject{{str("name"), str("Central Hub")}, {str("kind"), str("msupply_central")}}};
    QJsonArray stores{
        QJsonObject{{str("code"), str("CEN")}, {str("name"), str("Central Store")}, {str("home"), str("Central Hub")}}};
    for (int i = 0; i < kSites; ++i) {
        sites.append(QJsonObject{{str("name"), siteName(i)},
                                 {str("kind"), str("msupply_single_user")},
                                 {str("links"), QJsonObject{{str("core"), str("Central Hub")}}}});
        stores.append(QJsonObject{{str("code"), storeCode(i)}, {str("name"), siteName(i)}, {str("home"), siteName(i)}});
    }
    QFile topology(path(str("network.json")));
    QVERIFY(topology.open(QIODevice::WriteOnly));
    topology.write(QJsonDocument(QJsonObject{{str("sites"), sites}, {str("stores"), stores}}).toJson());
    topology.close();
    QFile items(path(str("items.csv")));
    QVERIFY(items.open(QIODevice::WriteOnly));
    items.write("code,name,unit,pack_size\nORS,Oral rehydration salts,sachet,50\n");
    items.close();

    m_hub = path(str("hub.sqlite"));
    const ProcessRun init = server({str("init"), str("--db"), m_hub, str("--topology"), topology.fileName(),
                                    str("--items"), items.fileName(), str("--credentials-out"),
                                    path(str("credentials.json")), str("--hash-cost"), str("19")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
    QFile credentials(path(str("credentials.json")));
    QVERIFY(credentials.open(QIODevice::ReadOnly));
    const QJsonObject all = QJsonDocument::fromJson(credentials.readAll()).object();
    m_secrets = all.value(str("sites")).toObject();
    m_adminPassword = all.value(str("users")).toObject().value(str("admin")).toString();
    QCOMPARE(m_secrets.size(), kSites);
}

void TestServerBackup::cleanupTestCase()
{
    stopServe(m_serve);
    stopServe(m_restoredServe);
}

quint16 TestServerBackup::startServe(QProcess& process, const QString& db, const QString& portFile)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(str("QT_LOGGING_RULES"), str("syncsites.server.http.access.info=false"));
    process.setProcessEnvironment(env);
    process.setStandardErrorFile(portFile + str(".err"), QIODevice::Append);
    process.start(QStringLiteral(SYNCSITES_SERVER), {str("serve"), str("--db"), db, str("--listen"), str("127.0.0.1:0"),
                                                     str("--port-file"), portFile, str("--no-config")});
    if (!process.waitForStarted(10000))
        return 0;
    return test::waitForPortFile(process, portFile);
}

void TestServerBackup::stopServe(QProcess& process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished();
    }
}

void TestServerBackup::round(PushingSite& site)
{
    const int madeIn = m_phase.load();
    {
        Database& db = site.replica->database();
        RecordStore records(db);
        Result<Transaction> tx = Transaction::begin(db);
        if (!tx) {
            site.errors.append(tx.error().message);
            return;
        }
        for (int i = 0; i < kLinesPerRound; ++i) {
            const QString id = HubTestHarness::newId();
            const Status s = records.upsert(u"stock_line", QJsonObject{{str("id"), id},
                                                                       {str("store_id"), StableId::store(site.store)},
                                                                       {str("item_id"), StableId::item(str("ORS"))},
                                                                       {str("batch"), str("B%1").arg(madeIn)},
                                                                       {str("pack_size"), 1},
                                                                       {str("available_packs"), 10 + i}});
            if (!s) {
                site.errors.append(s.error().message);
                return;
            }
            site.pending.insert(id, madeIn);
        }
        if (Status s = tx->commit(); !s) {
            site.errors.append(s.error().message);
            return;
        }
    }
    const SyncSummary summary = site.replica->sync();
    const int acknowledgedIn = m_phase.load();
    if (summary.outcome != SyncOutcome::Success) {
        // The lines stay pending: the next session pushes them. A machine busy enough to time a session out is no
        // failure of the backup; anything else is.
        if (summary.failure && summary.failure->transient)
            ++site.transientFailures;
        else if (site.errors.size() < 5)
            site.errors.append(SiteReplica::describe(summary));
        return;
    }
    bool allAfter = true;
    for (auto it = site.pending.cbegin(); it != site.pending.cend(); ++it) {
        if (it.value() == AfterRestore)
            site.afterRestore.insert(it.key());
        else if (acknowledgedIn == BeforeBackup)
            site.before.insert(it.key());
        else if (it.value() == AfterBackup)
            site.after.insert(it.key());
        else
            site.during.insert(it.key());
        if (it.value() == DuringBackup && acknowledgedIn == DuringBackup)
            ++site.pushedWhileCopied;
        allAfter = allAfter && it.value() == AfterBackup;
    }
    site.pending.clear();
    if (acknowledgedIn == BeforeBackup)
        ++site.roundsBefore;
    if (allAfter)
        ++site.roundsAfter;
}

void TestServerBackup::backupWhileTwentySitesPushThenRestore()
{
    QElapsedTimer clock;
    clock.start();
    const quint16 port = startServe(m_serve, m_hub, path(str("hub.port")));
    QVERIFY(port > 0);
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);

    std::vector<std::unique_ptr<PushingSite>> sites;
    for (int i = 0; i < kSites; ++i) {
        auto site = std::make_unique<PushingSite>();
        Result<std::unique_ptr<SiteReplica>> replica = SiteReplica::create(
            path(storeCode(i) + str(".sqlite")), siteName(i), url, m_secrets.value(siteName(i)).toString());
        QVERIFY2(replica.ok(), qPrintable(replica.error().message));
        site->replica = std::move(replica).value();
        site->store = storeCode(i);
        sites.push_back(std::move(site));
    }

    // Every site syncs once (items, its store), then pushes new lines round after round until told to stop.
    std::atomic<bool> stop{false};
    std::vector<std::thread> threads;
    for (auto& site : sites) {
        threads.emplace_back([this, &site, &stop] {
            SyncSummary first = site->replica->sync();
            for (int attempt = 1;
                 attempt < 3 && first.outcome != SyncOutcome::Success && first.failure && first.failure->transient;
                 ++attempt)
                first = site->replica->sync();
            if (first.outcome != SyncOutcome::Success) {
                site->errors.append(QStringLiteral("first sync: ") + SiteReplica::describe(first));
                return;
            }
            while (!stop.load())
                round(*site);
        });
    }
    const auto waitFor = [&](const std::function<bool(const PushingSite&)>& done, int timeoutMs) {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < timeoutMs) {
            if (std::all_of(sites.begin(), sites.end(),
                            [&](const auto& s) { return done(*s) || !s->errors.isEmpty(); }))
                return true;
            QThread::msleep(20);
        }
        return false;
    };
    const bool warmedUp = waitFor([](const PushingSite& s) { return s.roundsBefore.load() >= 2; }, 40000);
    qInfo("20 sites pushed 2 rounds each in %lld ms", clock.elapsed());

    // The backup, in small steps, while the sites go on pushing.
    m_phase = DuringBackup;
    const QString backup = path(str("hub-backup.sqlite"));
    const ProcessRun made = server({str("backup"), str("--db"), m_hub, str("--out"), backup, str("--pages-per-step"),
                                    str("2"), str("--step-pause-ms"), str("10")});
    m_phase = AfterBackup;
    const bool pushedAfter = waitFor([](const PushingSite& s) { return s.roundsAfter.load() >= 2; }, 40000);
    stop = true;
    for (std::thread& t : threads)
        t.join();
    for (const auto& site : sites)
        QVERIFY2(site->errors.isEmpty(),
                 qPrintable(site->replica->site() + str(": ") + site->errors.join(QLatin1String("; "))));
    QVERIFY(warmedUp);
    QVERIFY(pushedAfter);
    QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
    QVERIFY2(made.out.contains("one snapshot") && made.out.contains("no damage found"), made.out.constData());
    qInfo().noquote() << QString::fromUtf8(made.out.trimmed());

    // One consistent state: every stock line with its changelog row and the other way round (the hub writes both in
    // one transaction), and every line pushed before the backup began.
    QCOMPARE(scalar(backup, str("SELECT count(*) FROM stock_line s WHERE NOT EXISTS (SELECT 1 FROM changelog c WHERE "
                                "c.table_name = 'stock_line' AND c.record_id = s.id)")),
             qint64(0));
    QCOMPARE(scalar(backup, str("SELECT count(*) FROM changelog c WHERE c.table_name = 'stock_line' AND NOT EXISTS "
                                "(SELECT 1 FROM stock_line s WHERE s.id = c.record_id)")),
             qint64(0));
    {
        // One self-contained file: no -wal needed to read it.
        Result<SqliteConnection> copy = SqliteConnection::open(backup, SQLITE_OPEN_READONLY, 5000);
        QVERIFY(copy.ok());
        const Result<std::optional<QString>> mode = copy->text(str("PRAGMA journal_mode"), str("testing"));
        QVERIFY(mode.ok());
        QCOMPARE(mode->value_or(QString()), str("delete"));
    }
    QVERIFY(!QFileInfo::exists(backup + str("-wal")));
    const QSet<QString> inBackup = stockLineIds(backup);
    qint64 before = 0;
    qint64 during = 0;
    qint64 after = 0;
    qint64 whileCopied = 0;
    qint64 transient = 0;
    for (const auto& site : sites) {
        QVERIFY2(inBackup.contains(site->before), describeMissing(site->before - inBackup).constData());
        QVERIFY(!inBackup.intersects(site->after)); // made after the copy's snapshot
        before += site->before.size();
        during += site->during.size();
        after += site->after.size();
        whileCopied += site->pushedWhileCopied;
        transient += site->transientFailures;
    }
    qInfo("lines acknowledged before the backup: %lld, while or after it ran: %lld (%lld made and pushed while it "
          "ran), made after it: %lld; in the backup: %lld",
          before, during, whileCopied, after, qint64(inBackup.size()));
    QVERIFY(before > 0 && after > 0);
    QVERIFY(whileCopied > 0); // the hub took pushes while the copy went on
    if (transient > 0)
        qInfo("sessions that failed for a passing reason and were made up for by the next: %lld", transient);

    // The hub still serves hub.sqlite: restoring over it is refused, and nothing changes.
    const qint64 hubBytes = QFileInfo(m_hub).size();
    const ProcessRun refused = server({str("restore"), str("--from"), backup, str("--db"), m_hub, str("--force")});
    QCOMPARE(refused.exitCode, 9);
    QVERIFY2(refused.err.contains("is open in another program"), refused.err.constData());
    QCOMPARE(QFileInfo(m_hub).size(), hubBytes);
    QCOMPARE(QDir(m_dir.path()).entryList({str("hub.sqlite.re*")}), QStringList());
    stopServe(m_serve);
    QCOMPARE(m_serve.exitCode(), 0);

    // Restored into a new file and served there.
    const QString restored = path(str("restored.sqlite"));
    const ProcessRun restore = server({str("restore"), str("--from"), backup, str("--db"), restored});
    QVERIFY2(restore.exitCode == 0, qPrintable(restore.describe()));
    QVERIFY2(restore.out.contains("The changelog goes on at cursor"), restore.out.constData());
    const quint16 restoredPort = startServe(m_restoredServe, restored, path(str("restored.port")));
    QVERIFY(restoredPort > 0);
    const QString restoredUrl = QStringLiteral("http://127.0.0.1:%1").arg(restoredPort);

    // The sites carry on against it: a session each, then new lines.
    for (auto& site : sites) {
        site->replica->setServerUrl(restoredUrl);
        SYNCSITES_SYNC_OK(*site->replica);
    }
    m_phase = AfterRestore;
    for (auto& site : sites) {
        round(*site);
        QVERIFY2(site->errors.isEmpty(), qPrintable(site->errors.join(QLatin1String("; "))));
        QCOMPARE(site->afterRestore.size(), kLinesPerRound);
    }

    // A change made at the restored hub reaches every site: its cursor lies past every cursor the sites hold.
    AdminClient admin(restoredPort);
    const QString token = admin.token(str("admin"), m_adminPassword);
    QVERIFY(!token.isEmpty());
    const AdminClient::Reply added = admin.post(
        AdminClient::path({str("items")}),
        QJsonObject{{str("code"), str("ZINC20")}, {str("name"), str("Zinc 20 mg")}, {str("pack_size"), 100}}, token);
    QVERIFY2(added.status == 201, added.describe().constData());
    const QString zinc = str("item/") + StableId::item(str("ZINC20"));
    for (auto& site : sites) {
        SYNCSITES_SYNC_OK(*site->replica);
        QVERIFY2(site->replica->keys(Category::Core).contains(zinc), qPrintable(site->replica->site()));
    }

    // What the restored hub holds: every line pushed before the backup, every line made after the restore.
    const QSet<QString> onRestored = stockLineIds(restored);
    QSet<QString> lostAfterBackup;
    for (const auto& site : sites) {
        QVERIFY2(onRestored.contains(site->before), describeMissing(site->before - onRestored).constData());
        QVERIFY2(onRestored.contains(site->afterRestore), describeMissing(site->afterRestore - onRestored).constData());
        QSet<QString> mine;
        for (const QString& key : site->replica->keys(Category::Core))
            if (key.startsWith(QLatin1String("stock_line/")))
                mine.insert(key.mid(11));
        QVERIFY(mine.contains(site->after)); // the site keeps what it made
        lostAfterBackup += (site->after + site->during) - onRestored;
    }
    qInfo("lines pushed after the backup and still not on the restored hub: %lld (of %lld)",
          qint64(lostAfterBackup.size()), after + during);
    qInfo("done in %lld ms", clock.elapsed());
    // Every site's lines on the restored hub, those it pushed after the backup too: the restored hub's handshake says
    // how far it holds each site's pushes (`pushed_through`, as of the backup), and each site's first session
    // against it moved its push position back there and sent the rest again (docs/operations.md, "Restoring").
    QVERIFY2(lostAfterBackup.isEmpty(), describeMissing(lostAfterBackup).constData());
}

void TestServerBackup::restoreRefusesDamagedBackups()
{
    stopServe(m_restoredServe);
    const QString good = path(str("good-backup.sqlite"));
    const ProcessRun made = server({str("backup"), str("--db"), m_hub, str("--out"), good});
    QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));

    const auto copyOf = [&](const QString& name) {
        const QString copy = path(name);
        QFile::remove(copy);
        return QFile::copy(good, copy) ? copy : QString();
    };
    struct Case
    {
        QString name;
        QString file;
        QByteArray words; ///< expected on stderr
    };
    QVector<Case> cases;
    {
        const QString truncated = copyOf(str("truncated.sqlite"));
        QFile file(truncated);
        QVERIFY(!truncated.isEmpty() && file.resize(QFileInfo(good).size() / 2));
        cases.append({str("truncated"), truncated, "is damaged"});
    }
    {
        const QString spoiled = copyOf(str("spoiled-page.sqlite"));
        const Result<DamagedPage> damage = damageBtreePage(spoiled, 0.5, 0x0D);
        QVERIFY2(damage.ok(), qPrintable(damage.error().message));
        cases.append({str("a spoiled b-tree page"), spoiled, "is damaged: SQLite's check found"});
    }
    {
        QFile junk(path(str("junk.sqlite")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(8192, 'x'));
        cases.append({str("not a database"), junk.fileName(), "does not begin as an SQLite database file does"});
    }
    {
        QFile empty(path(str("empty.sqlite")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        cases.append({str("empty"), empty.fileName(), "it is empty (0 bytes)"});
    }
    {
        const QString other = path(str("other.sqlite"));
        Result<SqliteConnection> db = SqliteConnection::open(other, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, 1000);
        QVERIFY(db.ok());
        QVERIFY(db->exec(str("CREATE TABLE notes (text TEXT)"), str("testing")).ok());
        cases.append({str("another program's database"), other, "is not a SyncSites database"});
    }

    // Into a new file, and with --force over a database: refused, nothing made or changed.
    const QString existing = path(str("existing.sqlite"));
    QVERIFY(QFile::copy(good, existing));
    const auto bytesOf = [](const QString& file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray existingBytes = bytesOf(existing);
    for (const Case& c : std::as_const(cases)) {
        const QString target = path(str("restored-from-bad.sqlite"));
        ProcessRun run = server({str("restore"), str("--from"), c.file, str("--db"), target});
        QVERIFY2(run.exitCode == 2, qPrintable(c.name + str(": ") + run.describe()));
        QVERIFY2(run.err.contains(c.words) && run.err.contains("Nothing was changed"),
                 qPrintable(c.name + str(": ") + QString::fromUtf8(run.err)));
        QVERIFY2(!QFileInfo::exists(target), qPrintable(c.name));
        run = server({str("restore"), str("--from"), c.file, str("--db"), existing, str("--force")});
        QVERIFY2(run.exitCode == 2, qPrintable(c.name + str(": ") + run.describe()));
        QVERIFY2(bytesOf(existing) == existingBytes, qPrintable(c.name));
        QCOMPARE(QDir(m_dir.path()).entryList({str("*.restoring-*"), str("existing.sqlite.re*")}), QStringList());
    }

    // A good backup over an existing database needs --force; the database it replaces is kept.
    ProcessRun run = server({str("restore"), str("--from"), good, str("--db"), existing});
    QCOMPARE(run.exitCode, 9);
    QVERIFY2(run.err.contains("exists already") && run.err.contains("--force"), run.err.constData());
    QVERIFY(bytesOf(existing) == existingBytes);
    run = server({str("restore"), str("--from"), good, str("--db"), existing, str("--force")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QStringList kept = QDir(m_dir.path()).entryList({str("existing.sqlite.replaced-*")});
    QCOMPARE(kept.size(), 1);
    QVERIFY2(run.out.contains(kept.first().toUtf8()), run.out.constData());
    QVERIFY(bytesOf(m_dir.filePath(kept.first())) == existingBytes);
    run = server({str("check"), str("--db"), existing, str("--full")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

    // A damaged database (what a restore is for) is replaced, and kept beside it for investigation.
    const QString damaged = copyOf(str("damaged.sqlite"));
    QVERIFY(damageBtreePage(damaged, 0.5, 0x0D).ok());
    QCOMPARE(server({str("check"), str("--db"), damaged}).exitCode, 9);
    run = server({str("restore"), str("--from"), good, str("--db"), damaged, str("--force")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(QDir(m_dir.path()).entryList({str("damaged.sqlite.replaced-*")}).size(), 1);
    run = server({str("check"), str("--db"), damaged, str("--full")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
}

void TestServerBackup::backupAndRestoreRefuseBadArguments()
{
    ProcessRun run = server({str("backup"), str("--db"), path(str("nowhere.sqlite")), str("--out"), path(str("b"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("There is no database at"), run.err.constData());
    run = server({str("backup"), str("--db"), m_hub});
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains("--out is required"), run.err.constData());
    run = server({str("backup"), str("--db"), m_hub, str("--out"), path(str("no-such-folder/b.sqlite"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("does not exist"), run.err.constData());
    run = server({str("backup"), str("--db"), m_hub, str("--out"), m_hub});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("the database itself"), run.err.constData());
    run = server(
        {str("backup"), str("--db"), m_hub, str("--out"), path(str("b.sqlite")), str("--pages-per-step"), str("0")});
    QCOMPARE(run.exitCode, 64);
    run = server({str("restore"), str("--from"), path(str("nowhere.sqlite")), str("--db"), path(str("r.sqlite"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("There is no backup file at"), run.err.constData());
    run = server({str("restore"), str("--db"), path(str("r.sqlite"))});
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains("--from is required"), run.err.constData());

    // A damaged database is not backed up, and the backup already there stays as it was.
    const QString previous = path(str("previous-backup.sqlite"));
    run = server({str("backup"), str("--db"), m_hub, str("--out"), previous});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QString damaged = path(str("damaged-hub.sqlite"));
    QVERIFY(QFile::copy(previous, damaged));
    QVERIFY(damageBtreePage(damaged, 0.5, 0x0D).ok());
    const QDateTime before = QFileInfo(previous).lastModified();
    const qint64 bytes = QFileInfo(previous).size();
    run = server({str("backup"), str("--db"), damaged, str("--out"), previous});
    QCOMPARE(run.exitCode, 9);
    QVERIFY2(run.err.contains("No backup was written") || run.err.contains("Nothing was written"), run.err.constData());
    QCOMPARE(QFileInfo(previous).lastModified(), before);
    QCOMPARE(QFileInfo(previous).size(), bytes);
    QCOMPARE(QDir(m_dir.path()).entryList({str("*.partial-*")}), QStringList());
}

void TestServerBackup::restoreRefusesADatabaseOpenInThisProcess()
{
    // The library under the commands: SQLite's lock tells a connection of this very process too (the desktop app's
    // embedded demo hub, say).
    const QString live = path(str("live.sqlite"));
    Result<std::unique_ptr<Database>> db = Database::open(live);
    QVERIFY2(db.ok(), qPrintable(db.error().message));
    QVERIFY(SettingTable(**db).setValue(str("probe"), str("before the backup")).ok());
    const QString copy = path(str("live-backup.sqlite"));
    const Result<BackupReport> made = DatabaseBackup::backup(live, copy);
    QVERIFY2(made.ok(), qPrintable(made.error().message));
    QCOMPARE(made->facts.role, str("replica"));
    QVERIFY(made->copy.snapshotHeld);
    QVERIFY(SettingTable(**db).setValue(str("probe"), str("after the backup")).ok());

    RestoreOptions options;
    options.replaceExisting = true;
    options.lockTimeoutMs = 200;
    const Result<RestoreReport> refused = DatabaseRestore::restore(copy, live, options);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, str("database_in_use"));
    QCOMPARE(SettingTable(**db).value(str("probe")).value(), std::optional<QString>(str("after the backup")));

    (*db)->close();
    const Result<RestoreReport> restored = DatabaseRestore::restore(copy, live, options);
    QVERIFY2(restored.ok(), qPrintable(restored.error().message));
    QVERIFY(!restored->setAside.isEmpty());
    DatabaseOptions existing;
    existing.createIfMissing = false;
    db = Database::open(live, existing);
    QVERIFY2(db.ok(), qPrintable(db.error().message));
    QCOMPARE(SettingTable(**db).value(str("probe")).value(), std::optional<QString>(str("before the backup")));
}

QTEST_GUILESS_MAIN(TestServerBackup)
#include "TestServerBackup.moc"
