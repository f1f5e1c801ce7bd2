// F9: a full disk at a site is called a full disk. Writes to a site's files fail with an I/O error (a FaultyVfs),
// as creating a file or growing the -shm file does on a full volume; with the volume (played by a probe) nearly
// full, opening a replica and a sync session both say the disk is full (disk_full) and how to fix it, not "check
// that the folder is writable"; with room on the volume the same failure stays an I/O error.
#include "Database.h"
#include "FaultyVfs.h"
#include "HubTestHarness.h"
#include "SiteReplica.h"

#include <QTest>

#include <sqlite3.h>

using namespace syncsites;
using namespace syncsites::test;

namespace {

const QString kLira = QStringLiteral("Lira Health Centre"); // oms_android

} // namespace

class TestSiteDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void openingOnAFullDisk_data();
    void openingOnAFullDisk();
    void syncingOnAFullDisk();

private:
    QTemporaryDir m_dir;
};

void TestSiteDiskFull::initTestCase()
{
    QVERIFY(m_dir.isValid());
    FaultyVfs::install();
}

void TestSiteDiskFull::cleanup()
{
    FaultyVfs::disarm();
}

void TestSiteDiskFull::openingOnAFullDisk_data()
{
    QTest::addColumn<qint64>("free");
    QTest::addColumn<QString>("code");
    QTest::newRow("full") << qint64(12 * 1024) << QStringLiteral("disk_full");
    QTest::newRow("room left") << qint64(50) * 1024 * 1024 * 1024 << QStringLiteral("database_io_error");
}

void TestSiteDiskFull::openingOnAFullDisk()
{
    QFETCH(qint64, free);
    QFETCH(QString, code);
    const QString path = m_dir.filePath(QStringLiteral("new-%1.sqlite").arg(free));
    FaultyVfs::failAll(m_dir.path() + QLatin1Char('/'), SQLITE_IOERR_WRITE);
    DatabaseOptions options;
    options.freeSpace = [free](const QString&) {
        return free;
    };
    const Result<std::unique_ptr<Database>> opened = Database::open(path, options);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, code);
    if (code == QLatin1String("disk_full")) {
        QVERIFY2(opened.error().message.contains(QLatin1String("is full (12 KB free)")),
                 qPrintable(opened.error().message));
        QVERIFY2(!opened.error().message.contains(QLatin1String("writable")), qPrintable(opened.error().message));
    }
}

void TestSiteDiskFull::syncingOnAFullDisk()
{
    auto hub = HubTestHarness::start();
    QVERIFY2(hub.ok(), qPrintable(hub.error().message));
    auto made =
        SiteReplica::create(m_dir.filePath(QStringLiteral("lira.sqlite")), kLira, (*hub)->url(), (*hub)->secret(kLira));
    QVERIFY2(made.ok(), qPrintable(made.error().message));
    SiteReplica& site = **made;
    SYNCSITES_SYNC_OK(site);
    site.close();
    DatabaseOptions options;
    options.freeSpace = [](const QString&) {
        return qint64(300 * 1024);
    };
    QVERIFY(site.reopen(options));

    FaultyVfs::failAll(site.path(), SQLITE_IOERR_WRITE);
    const SyncSummary failed = site.sync();
    FaultyVfs::disarm();
    QCOMPARE(failed.outcome, SyncOutcome::Failed);
    QVERIFY(failed.failure);
    QVERIFY2(failed.failure->code == QLatin1String("disk_full"), qPrintable(SiteReplica::describe(failed)));
    QCOMPARE(failed.failure->kind, SyncFailure::Kind::LocalStorage);
    QVERIFY2(failed.failure->remedy.contains(QLatin1String("disk of this computer is full")),
             qPrintable(failed.failure->remedy));
    QVERIFY2(failed.failure->message.contains(QLatin1String("300 KB free")), qPrintable(failed.failure->message));

    SYNCSITES_SYNC_OK(site); // room again: nothing was lost
    QVERIFY2(site.differenceFrom(**hub).isEmpty(), qPrintable(site.differenceFrom(**hub)));
}

QTEST_GUILESS_MAIN(TestSiteDiskFull)
#include "TestSiteDiskFull.moc"
