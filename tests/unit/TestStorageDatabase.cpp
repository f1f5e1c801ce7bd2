// Database: opening, connection settings, one connection per thread, busy timeout, transactions.

#include "ChangeLog.h"
#include "Database.h"
#include "Migrations.h"
#include "RecordStore.h"
#include "SqlSupport.h"
#include "StorageTestData.h"
#include "Transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMutex>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace syncsites;
using syncsites::test::json;

class TestStorageDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void connectionIsConfigured();
    void missingFileIsNotCreatedWhenAskedNotTo();
    void missingFolderIsReported();
    void eachThreadHasItsOwnConnection();
    void concurrentWritersLoseNothing();
    void writerWaitsForTheLockUpToTheBusyTimeout();
    void closeClosesEveryConnection();
    void transactionRollsBackUnlessCommitted();
    void nestedTransactionIsASavepoint();
    void handleGivesTheSqliteConnection();
    void filesAreTheOwnersOnly();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestStorageDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = test::openIn(*m_dir);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_db = std::move(opened).value();
}

void TestStorageDatabase::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestStorageDatabase::connectionIsConfigured()
{
    const QSqlDatabase db = m_db->connection().value();
    QCOMPARE(test::queryValue(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(test::queryValue(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(test::queryValue(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 10000);
    QCOMPARE(test::queryValue(db, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
    QVERIFY(db.connectionName().contains(m_db->path()));
    QCOMPARE(test::queryValue(db, QStringLiteral("PRAGMA cache_size")).toInt(), -65536); // 64 MiB
    QCOMPARE(m_db->schemaVersion(), Migrations::latestVersion());
}

void TestStorageDatabase::missingFileIsNotCreatedWhenAskedNotTo()
{
    DatabaseOptions options;
    options.createIfMissing = false;
    const QString path = m_dir->filePath(QStringLiteral("absent.sqlite"));
    const auto opened = Database::open(path, options);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("database_missing"));
    QVERIFY(opened.error().message.contains(path));
    QVERIFY(!QFile::exists(path));
}

void TestStorageDatabase::missingFolderIsReported()
{
    const auto opened = Database::open(m_dir->filePath(QStringLiteral("no/such/folder/db.sqlite")));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("database_open_failed"));
    QVERIFY(opened.error().message.contains(QLatin1String("does not exist")));
}

void TestStorageDatabase::eachThreadHasItsOwnConnection()
{
    const QString mine = m_db->connection().value().connectionName();
    QCOMPARE(m_db->connectionCount(), 1);
    QString theirs;
    int countWhileRunning = 0;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        theirs = m_db->connection().value().connectionName();
        countWhileRunning = m_db->connectionCount();
    }));
    thread->start();
    QVERIFY(thread->wait(10000));
    QVERIFY(!theirs.isEmpty());
    QVERIFY(theirs != mine);
    QCOMPARE(countWhileRunning, 2);
    // The thread's connection is closed as the thread ends (thread-local destructors may run just after wait()).
    QTRY_COMPARE(m_db->connectionCount(), 1);
    QVERIFY(!QSqlDatabase::contains(theirs));
}

void TestStorageDatabase::concurrentWritersLoseNothing()
{
    constexpr int perThread = 400;
    constexpr int perTransaction = 8;
    std::atomic<int> failures{0};
    QMutex errorMutex;
    QString firstError;
    const auto writer = [&](const QString& prefix) {
        RecordStore records(*m_db);
        for (int i = 0; i < perThread; i += perTransaction) {
            auto transaction = Transaction::begin(*m_db);
            if (!transaction) {
                QMutexLocker locker(&errorMutex);
                firstError = transaction.error().message;
                ++failures;
                return;
            }
            for (int j = i; j < i + perTransaction; ++j) {
                QJsonObject item;
                item.insert(QStringLiteral("id"), QString(prefix + QString::number(j)));
                item.insert(QStringLiteral("code"), QString(prefix + QString::number(j)));
                item.insert(QStringLiteral("name"), QStringLiteral("Item"));
                if (!records.upsert(QStringLiteral("item"), item))
                    ++failures;
            }
            if (!transaction->commit())
                ++failures;
        }
    };
    std::unique_ptr<QThread> first(QThread::create(writer, QStringLiteral("t1-")));
    std::unique_ptr<QThread> second(QThread::create(writer, QStringLiteral("t2-")));
    first->start();
    second->start();
    QVERIFY(first->wait(60000));
    QVERIFY(second->wait(60000));
    QVERIFY2(failures == 0, qPrintable(firstError));
    QCOMPARE(test::rowCount(*m_db, QStringLiteral("item")), 2 * perThread);
    QCOMPARE(test::rowCount(*m_db, QStringLiteral("changelog"), QStringLiteral("table_name = 'item'")), 2 * perThread);
    QCOMPARE(
        test::rowCount(*m_db, QStringLiteral("changelog")),
        test::queryValue(m_db->connection().value(), QStringLiteral("SELECT max(cursor) FROM changelog")).toLongLong());
}

void TestStorageDatabase::writerWaitsForTheLockUpToTheBusyTimeout()
{
    QSemaphore locked;
    QSemaphore release;
    std::unique_ptr<QThread> holder(QThread::create([&] {
        auto transaction = Transaction::begin(*m_db);
        locked.release();
        release.acquire();
        QThread::msleep(300);
        transaction->commit();
    }));
    holder->start();
    locked.acquire();

    // A second Database on the same file with a short timeout gives up with a clear error.
    DatabaseOptions impatient;
    impatient.busyTimeoutMs = 100;
    auto other = Database::open(m_db->path(), impatient);
    QVERIFY2(other.ok(), qPrintable(other.error().message));
    QElapsedTimer timer;
    timer.start();
    auto refused = Transaction::begin(**other);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("database_busy"));
    QVERIFY(timer.elapsed() >= 90);

    // This thread's connection waits (busy timeout 10 s) until the holder commits.
    timer.restart();
    release.release();
    auto waited = Transaction::begin(*m_db);
    QVERIFY2(waited.ok(), qPrintable(waited.error().message));
    QVERIFY(timer.elapsed() >= 250);
    QVERIFY(waited->commit().ok());
    QVERIFY(holder->wait(10000));
}

void TestStorageDatabase::closeClosesEveryConnection()
{
    const QString name = m_db->connection().value().connectionName();
    QVERIFY(QSqlDatabase::contains(name));
    m_db->close();
    QVERIFY(!m_db->isOpen());
    QVERIFY(!QSqlDatabase::contains(name));
    QCOMPARE(m_db->connection().error().code, QStringLiteral("database_closed"));
    QCOMPARE(m_db->connectionCount(), 0);
}

void TestStorageDatabase::transactionRollsBackUnlessCommitted()
{
    RecordStore records(*m_db);
    {
        auto transaction = Transaction::begin(*m_db);
        QVERIFY(transaction.ok());
        QVERIFY(records.upsert(QStringLiteral("item"), json(R"({"id": "i1", "code": "C1", "name": "N"})")).ok());
    }
    QCOMPARE(test::rowCount(*m_db, QStringLiteral("item")), 0);
    auto transaction = Transaction::begin(*m_db);
    QVERIFY(records.upsert(QStringLiteral("item"), json(R"({"id": "i1", "code": "C1", "name": "N"})")).ok());
    QVERIFY(transaction->commit().ok());
    QCOMPARE(transaction->commit().error().code, QStringLiteral("transaction_closed"));
    QCOMPARE(test::rowCount(*m_db, QStringLiteral("item")), 1);

    // Moving keeps one owner: the moved-from object does nothing when destroyed.
    auto moved = Transaction::begin(*m_db);
    Transaction owner = std::move(moved).value();
    QVERIFY(records.upsert(QStringLiteral("item"), json(R"({"id": "i2", "code": "C2", "name": "N"})")).ok());
    QVERIFY(owner.commit().ok());
    QCOMPARE(test::rowCount(*m_db, QStringLiteral("item")), 2);
}

void TestStorageDatabase::nestedTransactionIsASavepoint()
{
    RecordStore records(*m_db);
    auto outer = Transaction::begin(*m_db);
    QVERIFY(!outer->isSavepoint());
    QVERIFY(records.upsert(QStringLiteral("item"), json(R"({"id": "o1", "code": "O1", "name": "N"})")).ok());
    {
        auto inner = Transaction::begin(*m_db);
        QVERIFY(inner->isSavepoint());
        QVERIFY(records.upsert(QStringLiteral("item"), json(R"({"id": "n1", "code": "N1", "name": "N"})")).ok());
        QVERIFY(inner->rollback().ok());
    }
    {
        auto inner = Transaction::begin(*m_db);
        QVERIFY(records.upsert(QStringLiteral("item"), json(R"({"id": "n2", "code": "N2", "name": "N"})")).ok());
        QVERIFY(inner->commit().ok());
    }
    QVERIFY(outer->commit().ok());
    QCOMPARE(test::dumpTable(m_db->connection().value(), QStringLiteral("item"), {QStringLiteral("id")}),
             (QStringList{QStringLiteral("n2"), QStringLiteral("o1")}));
    QCOMPARE(test::rowCount(*m_db, QStringLiteral("changelog")), 2);
}

void TestStorageDatabase::handleGivesTheSqliteConnection()
{
    const Result<sqlite3*> handle = m_db->handle();
    QVERIFY(handle.ok());
    QVERIFY(*handle != nullptr);
    auto transaction = Transaction::begin(*m_db);
    QCOMPARE(transaction->handle(), *handle);
}

void TestStorageDatabase::filesAreTheOwnersOnly()
{
    const QFileDevice::Permissions others =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    // A new database and the side files SQLite makes for it.
    const QString path = m_dir->filePath(QStringLiteral("owner-only.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QVERIFY(sql::exec((*db)->connection().value(), QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("t")));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        const QStringList files{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
        for (const QString& file : files)
            QVERIFY2(!(QFileInfo(file).permissions() & others), qPrintable(file));
        QVERIFY(QFileInfo(path).permissions() & QFileDevice::ReadOwner);
    }
    // An older file readable by everyone is tightened when opened.
    QVERIFY(
        QFile::setPermissions(path, QFileInfo(path).permissions() | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    {
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QVERIFY(!(QFileInfo(path).permissions() & others));
    }
}

QTEST_GUILESS_MAIN(TestStorageDatabase)
#include "TestStorageDatabase.moc"
