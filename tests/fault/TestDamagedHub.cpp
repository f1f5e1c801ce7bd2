// F4: a damaged hub database is never served as good. The real syncsites-server makes a demo hub; one b-tree page
// of it is then damaged as failing storage would. `syncsites-server check` finds it (exit 9, the restore procedure
// on stderr), and `serve` refuses to start on it (exit 9, no port file) instead of answering sites with a partial
// history. The same check finds nothing on the undamaged file, and IntegrityCheck's time limit stops a check that
// runs too long and says so.
#include "Database.h"
#include "FileDamage.h"
#include "IntegrityCheck.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace syncsites;
using namespace syncsites::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runServer(const QStringList& arguments, int timeoutMs = 120000)
{
    QProcess process;
    process.start(QStringLiteral(SYNCSITES_SERVER), arguments);
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("(still running after %1 ms: killed)").arg(timeoutMs);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestDamagedHub : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aWholeHubIsServed();
    void theTimeLimitStopsTheCheck();
    void aDamagedHubIsRefused();

private:
    QTemporaryDir m_dir;
    QString m_hub;
};

void TestDamagedHub::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_hub = m_dir.filePath(QStringLiteral("hub.sqlite"));
    const Run demo = runServer({QStringLiteral("demo"), QStringLiteral("--db"), m_hub, QStringLiteral("--records"),
                                QStringLiteral("20000"), QStringLiteral("--credentials-out"),
                                m_dir.filePath(QStringLiteral("credentials.json")), QStringLiteral("--hash-cost"),
                                QStringLiteral("19")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void TestDamagedHub::aWholeHubIsServed()
{
    const Run quick = runServer({QStringLiteral("check"), QStringLiteral("--db"), m_hub});
    QVERIFY2(quick.exitCode == 0, qPrintable(quick.out + quick.err));
    QVERIFY2(quick.out.contains(QLatin1String("no damage found (quick check")), qPrintable(quick.out));
    const Run full = runServer({QStringLiteral("check"), QStringLiteral("--db"), m_hub, QStringLiteral("--full")});
    QVERIFY2(full.exitCode == 0, qPrintable(full.out + full.err));
    QVERIFY2(full.out.contains(QLatin1String("no damage found (full check")), qPrintable(full.out));
}

void TestDamagedHub::theTimeLimitStopsTheCheck()
{
    DatabaseOptions options;
    options.createIfMissing = false;
    Result<std::unique_ptr<Database>> db = Database::open(m_hub, options);
    QVERIFY2(db.ok(), qPrintable(db.error().message));
    IntegrityOptions limited;
    limited.full = true;
    limited.timeBox = std::chrono::milliseconds(1);
    const Result<IntegrityReport> stopped = IntegrityCheck::run(**db, limited);
    QVERIFY2(stopped.ok(), qPrintable(stopped.error().message));
    QVERIFY(!stopped->complete);
    QVERIFY(!stopped->damaged());
    QVERIFY2(stopped->summary().contains(QLatin1String("did not finish")), qPrintable(stopped->summary()));
    // The connection is usable afterwards: no progress handler or interrupt is left behind.
    QSqlQuery query((*db)->connection().value());
    QVERIFY2(query.exec(QStringLiteral("SELECT count(*) FROM changelog")) && query.next(),
             qPrintable(query.lastError().text()));
    QVERIFY(query.value(0).toLongLong() > 0);
    const Result<IntegrityReport> whole = IntegrityCheck::run(**db);
    QVERIFY2(whole.ok() && whole->complete && !whole->damaged(), qPrintable(whole->summary()));
    qInfo("%s", qPrintable(whole->summary()));
}

void TestDamagedHub::aDamagedHubIsRefused()
{
    const QString damagedPath = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    QVERIFY(QFile::copy(m_hub, damagedPath));
    const Result<DamagedPage> damaged = damageBtreePage(damagedPath, 0.5);
    QVERIFY2(damaged.ok(), qPrintable(damaged.error().message));

    const Run check = runServer({QStringLiteral("check"), QStringLiteral("--db"), damagedPath});
    QVERIFY2(check.exitCode == 9, qPrintable(QString::number(check.exitCode) + check.out + check.err));
    QVERIFY2(check.out.contains(QLatin1String("damaged:")), qPrintable(check.out));
    QVERIFY2(check.err.contains(QLatin1String("docs/operations.md")), qPrintable(check.err));

    const QString portFile = m_dir.filePath(QStringLiteral("port"));
    const Run serve =
        runServer({QStringLiteral("serve"), QStringLiteral("--db"), damagedPath, QStringLiteral("--listen"),
                   QStringLiteral("127.0.0.1:0"), QStringLiteral("--port-file"), portFile},
                  60000);
    QVERIFY2(serve.exitCode == 9, qPrintable(QString::number(serve.exitCode) + serve.err));
    QVERIFY2(serve.err.contains(QLatin1String("is damaged")), qPrintable(serve.err));
    QVERIFY2(serve.err.contains(QLatin1String("Nothing was served")), qPrintable(serve.err));
    QVERIFY(!QFile::exists(portFile));
    qInfo("page %d of %s damaged: %s", damaged->page, qPrintable(damagedPath), qPrintable(check.out.trimmed()));
}

QTEST_GUILESS_MAIN(TestDamagedHub)
#include "TestDamagedHub.moc"
