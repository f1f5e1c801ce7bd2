// A writer killed (SIGKILL) in the middle of one large transaction: the database must open afterwards with its
// integrity intact, nothing of the killed transaction, no orphan changelog rows, and every earlier commit kept.
//
// The child is this test binary run as `TestStorageCrash --crash-writer <database>`: it commits a first batch,
// then writes rows in one big transaction and says "mid-transaction" on stdout half-way; it never commits that
// transaction on its own.

#include "ChangeLog.h"
#include "Database.h"
#include "RecordStore.h"
#include "StorageTestData.h"
#include "SyncedTable.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace syncsites;

namespace {

constexpr int committedRows = 1000;
constexpr int bigTransactionRows = 200000;
constexpr int reportAfterRows = 40000;

int fail(const char* what, const QString& why)
{
    std::fprintf(stderr, "crash writer: %s: %s\n", what, qPrintable(why));
    return 2;
}

// Inserts stock lines, and every 50th row an invoice with two lines, with prepared raw statements.
bool writeRows(const QSqlDatabase& db, const QString& prefix, int count, int reportAt)
{
    QSqlQuery stock(db);
    QSqlQuery invoice(db);
    QSqlQuery line(db);
    stock.prepare(QStringLiteral("INSERT INTO stock_line (id, store_id, item_id, batch, available_packs) "
                                 "VALUES (?, 'store-a', 'item-1', ?, ?)"));
    invoice.prepare(QStringLiteral("INSERT INTO invoice (id, store_id, partner_store_id, type, created_at) "
                                   "VALUES (?, 'store-a', 'store-b', 'outbound', '2024-05-01T10:00:00Z')"));
    line.prepare(
        QStringLiteral("INSERT INTO invoice_line (id, invoice_id, item_id, packs) VALUES (?, ?, 'item-2', 1)"));
    for (int i = 0; i < count; ++i) {
        const QString id = prefix + QString::number(i);
        stock.bindValue(0, id);
        stock.bindValue(1, prefix);
        stock.bindValue(2, double(i));
        if (!stock.exec())
            return false;
        if (i % 50 == 0) {
            const QString invoiceId = QLatin1String("inv-") + id;
            invoice.bindValue(0, invoiceId);
            line.bindValue(1, invoiceId);
            if (!invoice.exec())
                return false;
            for (int n = 0; n < 2; ++n) {
                line.bindValue(0, QString(invoiceId + QLatin1String("-l") + QString::number(n)));
                if (!line.exec())
                    return false;
            }
        }
        if (i + 1 == reportAt) {
            std::printf("mid-transaction %d\n", i + 1);
            std::fflush(stdout);
        }
    }
    return true;
}

int runWriter(const QString& path)
{
    auto opened = Database::open(path);
    if (!opened)
        return fail("open", opened.error().message);
    Database& database = **opened;
    const QSqlDatabase db = database.connection().value();

    auto first = Transaction::begin(database);
    if (!first || !writeRows(db, QStringLiteral("committed-"), committedRows, -1) || !first->commit())
        return fail("first batch", db.lastError().text());
    std::printf("committed %d\n", committedRows);
    std::fflush(stdout);

    // A small page cache makes SQLite spill the uncommitted pages into the WAL while the transaction runs, so that
    // recovery has uncommitted frames to ignore.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = 64"));
    auto big = Transaction::begin(database);
    if (!big)
        return fail("begin", big.error().message);
    if (!writeRows(db, QStringLiteral("killed-"), bigTransactionRows, reportAfterRows))
        return fail("big transaction", db.lastError().text());
    std::printf("all-written\n");
    std::fflush(stdout);
    // Wait to be killed; end of input (the parent went away) rolls back.
    while (std::getchar() != EOF) {
    }
    return 1;
}

} // namespace

class TestStorageCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLeavesAConsistentDatabase();
};

void TestStorageCrash::killedWriterLeavesAConsistentDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    {
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        RecordStore records(**opened);
        QVERIFY(test::seedBase(records).ok());
    }

    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--crash-writer"), path});
    QVERIFY(writer.waitForStarted());
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (!output.contains("mid-transaction") && timer.elapsed() < 60000) {
        if (!writer.waitForReadyRead(1000) && writer.state() != QProcess::Running)
            break;
        output += writer.readAllStandardOutput();
    }
    QVERIFY2(output.contains("mid-transaction"), output.constData());
    writer.kill(); // SIGKILL: no destructor, no rollback, no checkpoint
    QVERIFY(writer.waitForFinished(10000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    output += writer.readAllStandardOutput();
    QVERIFY2(!output.contains("all-written"), "the writer finished before it was killed");
    const qint64 walSize = QFileInfo(path + QLatin1String("-wal")).size();
    qInfo("killed after %lld ms; WAL left behind: %lld bytes", static_cast<long long>(timer.elapsed()),
          static_cast<long long>(walSize));
    // The killed transaction had spilled pages into the WAL: recovery must ignore those uncommitted frames.
    QVERIFY2(walSize > 1024 * 1024, "expected uncommitted frames in the WAL");

    auto reopened = Database::open(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
    Database& database = **reopened;
    const QSqlDatabase db = database.connection().value();
    QCOMPARE(test::queryValue(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QVERIFY(!test::queryValue(db, QStringLiteral("PRAGMA foreign_key_check")).isValid());

    // Nothing of the killed transaction.
    QCOMPARE(test::rowCount(database, QStringLiteral("stock_line"), QStringLiteral("id LIKE 'killed-%'")), 0);
    QCOMPARE(test::rowCount(database, QStringLiteral("invoice"), QStringLiteral("id LIKE 'inv-killed-%'")), 0);
    QCOMPARE(test::rowCount(database, QStringLiteral("invoice_line"), QStringLiteral("id LIKE 'inv-killed-%'")), 0);
    QCOMPARE(test::rowCount(database, QStringLiteral("changelog"), QStringLiteral("record_id LIKE '%killed-%'")), 0);

    // Every earlier commit intact, with its changelog rows.
    const int invoices = (committedRows + 49) / 50;
    QCOMPARE(test::rowCount(database, QStringLiteral("stock_line"), QStringLiteral("id LIKE 'committed-%'")),
             committedRows);
    QCOMPARE(test::rowCount(database, QStringLiteral("invoice")), invoices);
    QCOMPARE(test::rowCount(database, QStringLiteral("invoice_line")), 2 * invoices);
    QCOMPARE(test::rowCount(database, QStringLiteral("changelog"), QStringLiteral("record_id LIKE '%committed-%'")),
             committedRows + 3 * invoices);
    QCOMPARE(test::rowCount(database, QStringLiteral("site")), 3);

    // No orphan changelog rows: an upsert row's record exists, unless a later row deleted it.
    for (const SyncedTable& table : syncedTables()) {
        const QString orphans = QStringLiteral("table_name = '%1' AND action = 'upsert' AND NOT EXISTS (SELECT 1 FROM "
                                               "%1 r WHERE r.id = changelog.record_id) AND NOT EXISTS (SELECT 1 FROM "
                                               "changelog d WHERE d.table_name = changelog.table_name AND d.record_id "
                                               "= changelog.record_id AND d.action = 'delete' AND d.cursor > "
                                               "changelog.cursor)")
                                    .arg(table.name);
        QCOMPARE(test::rowCount(database, QStringLiteral("changelog"), orphans), 0);
    }
    // Every record has a changelog row.
    for (const SyncedTable& table : syncedTables()) {
        const QString unlogged = QStringLiteral("NOT EXISTS (SELECT 1 FROM changelog c WHERE c.table_name = '%1' AND "
                                                "c.record_id = %1.id)")
                                     .arg(table.name);
        QCOMPARE(test::rowCount(database, table.name, unlogged), 0);
    }

    // Still writable, and the cursor goes on from where the committed data left it.
    const qint64 before = ChangeLog(database).maxCursor().value();
    RecordStore records(database);
    QVERIFY(
        records.upsert(QStringLiteral("item"), test::json(R"({"id": "after", "code": "AFTER", "name": "A"})")).ok());
    QCOMPARE(ChangeLog(database).after(before, 10).value().size(), 1);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--crash-writer") == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]));
    TestStorageCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestStorageCrash.moc"
