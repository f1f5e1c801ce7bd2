// `syncsites-cli demo --db FILE [--records N] [--seed S]` run as a real process: it creates a hub database with the
// demo network and N records, refuses a file that exists (exit 2, the file untouched) and a bad command line
// (exit 64), reports a database it cannot create (exit 9), and writes its one line of summary to stderr.
#include "Database.h"
#include "DemoNetwork.h"
#include "DemoRecordGenerator.h"
#include "ProcessRun.h"
#include "SettingTable.h"
#include "StableId.h"
#include "TopologyRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace syncsites {

namespace {

using Run = syncsites::test::ProcessRun;

Run runCli(const QStringList& arguments)
{
    return Run::of(QStringLiteral(SYNCSITES_CLI), arguments);
}

QString describe(const Run& run)
{
    return run.describe();
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1).toHex();
}

qint64 scalar(Database& database, const QString& statement)
{
    Result<QSqlDatabase> db = database.connection();
    if (!db)
        return -1;
    QSqlQuery query(*db);
    if (!query.exec(statement) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// The demo records of a database as text, ordered by id, table by table.
QStringList storeRecords(Database& database)
{
    QStringList dump;
    Result<QSqlDatabase> db = database.connection();
    if (!db)
        return dump;
    for (const QLatin1String table : DemoRecordGenerator::tables()) {
        QSqlQuery query(*db);
        const QStringList columns = DemoRecordGenerator::columns(table);
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns.join(QLatin1Char(',')), table)))
            return {};
        while (query.next()) {
            QStringList values{QString(table)};
            for (int i = 0; i < columns.size(); ++i)
                values.append(query.isNull(i) ? QStringLiteral("<null>") : query.value(i).toString());
            dump.append(values.join(QLatin1Char('|')));
        }
    }
    return dump;
}

} // namespace

class TestCliDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsTheDatabase();
    void defaultSeedIsOne();
    void zeroRecords();
    void refusesAnExistingFile_data();
    void refusesAnExistingFile();
    void usageErrors_data();
    void usageErrors();
    void databaseThatCannotBeCreated();

private:
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    QTemporaryDir m_dir;
};

void TestCliDemo::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(SYNCSITES_CLI)));
    QVERIFY(m_dir.isValid());
}

void TestCliDemo::createsTheDatabase()
{
    const QString file = path("demo.sqlite");
    const Run run = runCli({QStringLiteral("demo"), QStringLiteral("--db"), file, QStringLiteral("--records"),
                            QStringLiteral("750"), QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.isEmpty(), qPrintable(describe(run)));
    // One line on stderr (no progress bar when stderr is not a terminal).
    const QString err = QString::fromUtf8(run.err);
    static const QRegularExpression summary(QStringLiteral(R"(^(.+): 18 sites, 40 stores, 750 records in \d+ ms\n$)"));
    const QRegularExpressionMatch match = summary.match(err);
    QVERIFY2(match.hasMatch(), qPrintable(describe(run)));
    QCOMPARE(match.captured(1), file);
    QVERIFY(QFileInfo(file).isFile());

    Result<std::unique_ptr<Database>> db = Database::open(file, DatabaseOptions{false, false, 10000, 0, {}});
    QVERIFY2(db, qPrintable(db.error().message));
    // The hub of the demo network of that seed, with 750 records.
    const DemoNetwork network = DemoNetwork::generate(3);
    SettingTable settings(**db);
    QCOMPARE(settings.role().value(), DatabaseRole::Hub);
    QCOMPARE(settings.siteId().value().value_or(QString()), StableId::site(network.topology.central()->name));
    const Result<Topology> topology = TopologyRepository(**db).load();
    QVERIFY2(topology, qPrintable(topology.error().message));
    QCOMPARE(topology->sites().size(), network.topology.sites().size());
    for (const Site& site : network.topology.sites())
        QVERIFY2(topology->site(site.name) && *topology->site(site.name) == site, qPrintable(site.name));
    for (const Store& store : network.topology.stores())
        QVERIFY2(topology->store(store.code) && *topology->store(store.code) == store, qPrintable(store.code));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM changelog WHERE received = 1")), qint64(750));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM item")), qint64(network.items.size()));
    const QStringList records = storeRecords(**db);
    QCOMPARE(records.size(), qsizetype(750));

    // The records of that seed, the same as the writer makes them in-process.
    DemoRecordGenerator generator(network, 3, 750);
    GeneratedRecord record;
    QSet<QString> ids;
    while (generator.next(record))
        ids.insert(record.values.first().toString());
    for (const QString& row : records)
        QVERIFY2(ids.contains(row.section(QLatin1Char('|'), 1, 1)), qPrintable(row));
}

void TestCliDemo::defaultSeedIsOne()
{
    const Run byDefault = runCli({QStringLiteral("demo"), QStringLiteral("--db"), path("default.sqlite"),
                                  QStringLiteral("--records"), QStringLiteral("120")});
    const Run one =
        runCli({QStringLiteral("demo"), QStringLiteral("--db"), path("one.sqlite"), QStringLiteral("--seed"),
                QStringLiteral("1"), QStringLiteral("--records"), QStringLiteral("120")});
    const Run two = runCli({QStringLiteral("demo"), QStringLiteral("--records"), QStringLiteral("120"),
                            QStringLiteral("--seed"), QStringLiteral("2"), QStringLiteral("--db"), path("two.sqlite")});
    for (const Run* run : {&byDefault, &one, &two})
        QVERIFY2(run->exitCode == 0, qPrintable(describe(*run)));
    Result<std::unique_ptr<Database>> a = Database::open(path("default.sqlite"));
    Result<std::unique_ptr<Database>> b = Database::open(path("one.sqlite"));
    Result<std::unique_ptr<Database>> c = Database::open(path("two.sqlite"));
    QVERIFY(a && b && c);
    const QStringList defaultRecords = storeRecords(**a);
    QCOMPARE(defaultRecords.size(), qsizetype(120));
    QCOMPARE(defaultRecords, storeRecords(**b));
    QVERIFY(defaultRecords != storeRecords(**c));
}

void TestCliDemo::zeroRecords()
{
    const QString file = path("network-only.sqlite");
    const Run run = runCli(
        {QStringLiteral("demo"), QStringLiteral("--db"), file, QStringLiteral("--records"), QStringLiteral("0")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(": 18 sites, 40 stores, 0 records in "), qPrintable(describe(run)));
    Result<std::unique_ptr<Database>> db = Database::open(file);
    QVERIFY(db);
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM store")), qint64(40));
    QCOMPARE(storeRecords(**db).size(), qsizetype(0));
}

void TestCliDemo::refusesAnExistingFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("a text file") << QStringLiteral("text");
    QTest::newRow("an empty file") << QStringLiteral("empty");
    QTest::newRow("a demo database") << QStringLiteral("database");
    QTest::newRow("a folder") << QStringLiteral("folder");
}

void TestCliDemo::refusesAnExistingFile()
{
    QFETCH(QString, kind);
    const QString file = m_dir.filePath(QStringLiteral("existing-") + kind);
    if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(file));
    } else if (kind == QLatin1String("database")) {
        const Run first = runCli(
            {QStringLiteral("demo"), QStringLiteral("--db"), file, QStringLiteral("--records"), QStringLiteral("50")});
        QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
    } else {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (kind == QLatin1String("text"))
            f.write("my notes, not a database\n");
    }
    const QByteArray before = fileHash(file);
    const QDateTime modified = QFileInfo(file).lastModified();
    const QStringList entries = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    const Run run = runCli(
        {QStringLiteral("demo"), QStringLiteral("--db"), file, QStringLiteral("--records"), QStringLiteral("10")});
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.out.isEmpty(), qPrintable(describe(run)));
    QVERIFY2(run.err.startsWith("syncsites-cli: "), qPrintable(describe(run)));
    QVERIFY2(run.err.contains(file.toUtf8()), qPrintable(describe(run)));
    QCOMPARE(QString::fromUtf8(run.err).count(QLatin1Char('\n')), qsizetype(1));
    // Nothing changed: the file, its time, and no -wal or -shm file next to it.
    QCOMPARE(fileHash(file), before);
    QCOMPARE(QFileInfo(file).lastModified(), modified);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), entries);
}

void TestCliDemo::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString db = QStringLiteral("--db");
    const QString file = path("never-created.sqlite");
    const QString records = QStringLiteral("--records");
    const QString seed = QStringLiteral("--seed");
    QTest::newRow("no --db") << QStringList{QStringLiteral("demo"), records, QStringLiteral("10")};
    QTest::newRow("--db without a file") << QStringList{QStringLiteral("demo"), db};
    QTest::newRow("--records not a number")
        << QStringList{QStringLiteral("demo"), db, file, records, QStringLiteral("many")};
    QTest::newRow("--records negative") << QStringList{QStringLiteral("demo"), db, file, records, QStringLiteral("-1")};
    QTest::newRow("--records a fraction")
        << QStringList{QStringLiteral("demo"), db, file, records, QStringLiteral("1.5")};
    QTest::newRow("--records too large") << QStringList{QStringLiteral("demo"), db, file, records,
                                                        QStringLiteral("99999999999999999999")};
    QTest::newRow("--records with a suffix")
        << QStringList{QStringLiteral("demo"), db, file, records, QStringLiteral("10k")};
    QTest::newRow("--records without a value") << QStringList{QStringLiteral("demo"), db, file, records};
    QTest::newRow("--seed not a number") << QStringList{QStringLiteral("demo"), db, file, seed, QStringLiteral("x")};
    QTest::newRow("--seed negative") << QStringList{QStringLiteral("demo"), db, file, seed, QStringLiteral("-3")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("demo"), db, file, QStringLiteral("--size"),
                                                   QStringLiteral("3")};
    QTest::newRow("a stray argument") << QStringList{QStringLiteral("demo"), db, file, QStringLiteral("extra")};
}

void TestCliDemo::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = runCli(arguments);
    QVERIFY2(run.exitCode == 64, qPrintable(describe(run)));
    QVERIFY2(run.out.isEmpty(), qPrintable(describe(run)));
    QVERIFY2(run.err.startsWith("syncsites-cli: demo: "), qPrintable(describe(run)));
    QVERIFY2(!QFile::exists(path("never-created.sqlite")), qPrintable(describe(run)));
}

void TestCliDemo::databaseThatCannotBeCreated()
{
    const QString file = m_dir.filePath(QStringLiteral("no-such-folder/demo.sqlite"));
    const Run run = runCli(
        {QStringLiteral("demo"), QStringLiteral("--db"), file, QStringLiteral("--records"), QStringLiteral("5")});
    QVERIFY2(run.exitCode == 9, qPrintable(describe(run)));
    QVERIFY2(run.out.isEmpty(), qPrintable(describe(run)));
    QVERIFY2(run.err.contains("no-such-folder"), qPrintable(describe(run)));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no-such-folder"))));
}

} // namespace syncsites

QTEST_GUILESS_MAIN(syncsites::TestCliDemo)
#include "TestCliDemo.moc"
