// F8: only `init` creates a replica. A replica emptied outside SyncSites (0 bytes: a failed copy, a full disk) is
// not silently made into a new empty database by `status`, `records list` or `sync`: each says the file is empty,
// what to do, exits 9 (the local database), and leaves the file as it was. A missing file is refused the same way.
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestEmptiedReplica : public QObject
{
    Q_OBJECT

private slots:
    void onlyInitCreatesAReplica_data();
    void onlyInitCreatesAReplica();
};

void TestEmptiedReplica::onlyInitCreatesAReplica_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QStringList>("command");
    const QList<QPair<const char*, QStringList>> commands{
        {"status", {QStringLiteral("status")}},
        {"records list",
         {QStringLiteral("records"), QStringLiteral("list"), QStringLiteral("--table"), QStringLiteral("stock_line")}},
        {"sync", {QStringLiteral("sync")}},
        {"check", {QStringLiteral("check")}},
        {"reinit", {QStringLiteral("reinit")}},
    };
    for (const auto& [name, command] : commands) {
        QTest::newRow(qPrintable(QStringLiteral("empty file, %1").arg(QLatin1String(name)))) << true << command;
        QTest::newRow(qPrintable(QStringLiteral("missing file, %1").arg(QLatin1String(name)))) << false << command;
    }
}

void TestEmptiedReplica::onlyInitCreatesAReplica()
{
    QFETCH(bool, exists);
    QFETCH(QStringList, command);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("site.sqlite"));
    if (exists) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QProcess cli;
    cli.setProgram(QStringLiteral(SYNCSITES_CLI));
    cli.setArguments(QStringList{QStringLiteral("--replica"), path} + command);
    cli.start();
    QVERIFY(cli.waitForFinished(30000));
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), 9);
    if (exists) {
        QVERIFY2(err.contains(QLatin1String("is empty (0 bytes)")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("backup")), qPrintable(err));
        QCOMPARE(QFileInfo(path).size(), 0);
    } else {
        QVERIFY2(err.contains(QLatin1String("no database")), qPrintable(err));
        QVERIFY(!QFileInfo::exists(path));
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
}

QTEST_GUILESS_MAIN(TestEmptiedReplica)
#include "TestEmptiedReplica.moc"
