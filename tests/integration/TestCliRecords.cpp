// `syncsites-cli records ...`, `transfer`, `receive`, `requisition` and `respond` run as real processes on a replica
// of a demo site (Sefa District Hospital, seed 1: SEF-PHA and SEF-WRD Active, KAS-DSP Collector, NP-WH Transfer)
// prepared in the test: what goes to stdout for scripts, the exit codes of docs/cli.md, and the refusals with their
// reasons on stderr.
#include "Database.h"
#include "DemoDataWriter.h"
#include "DemoNetwork.h"
#include "ProcessRun.h"
#include "SettingTable.h"
#include "StableId.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace syncsites {

namespace {

const QString site = QStringLiteral("Sefa District Hospital");

using Run = syncsites::test::ProcessRun;

Run runCli(const QStringList& arguments)
{
    return Run::of(QStringLiteral(SYNCSITES_CLI), arguments);
}

QString describe(const Run& run)
{
    return run.describe();
}

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

bool isUuid(const QByteArray& out)
{
    static const QRegularExpression uuid(s("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\n$"));
    return uuid.match(QString::fromUtf8(out)).hasMatch();
}

} // namespace

class TestCliRecords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void listJsonPutRoundTrip();
    void knownStoreWithNoRowsIsAnEmptyArray();
    void centralTableNeedsNoStore();
    void usageErrors_data();
    void usageErrors();
    void refusedWrites_data();
    void refusedWrites();
    void replicaProblems();
    void transferAndReceiveOnce();
    void requisitionAndRespondOnce();

private:
    Run cli(QStringList arguments) const
    {
        arguments.prepend(m_replica);
        arguments.prepend(s("--replica"));
        return runCli(arguments);
    }
    QJsonArray listJson(const QString& table, const QString& store) const;

    QTemporaryDir m_dir;
    QString m_replica;
    int m_round = 0;
};

void TestCliRecords::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(SYNCSITES_CLI)));
    QVERIFY(m_dir.isValid());
}

// A fresh replica of Sefa District Hospital for each test: the demo network's central data, no store records.
void TestCliRecords::init()
{
    m_replica = m_dir.filePath(QStringLiteral("replica-%1.sqlite").arg(++m_round));
    Result<std::unique_ptr<Database>> db = Database::open(m_replica);
    QVERIFY2(db, qPrintable(db.error().message));
    const DemoNetwork network = DemoNetwork::generate(1);
    QVERIFY(network.topology.site(site));
    QVERIFY(DemoDataWriter(**db).writeNetwork(network).ok());
    SettingTable settings(**db);
    QVERIFY(settings.setSiteId(StableId::site(site)).ok());
    QVERIFY(settings.setSiteName(site).ok());
    QVERIFY(settings.setRole(DatabaseRole::Replica).ok());
}

QJsonArray TestCliRecords::listJson(const QString& table, const QString& store) const
{
    const Run run = cli({s("records"), s("list"), s("--table"), table, s("--store"), store, s("--json")});
    if (run.exitCode != 0) {
        QTest::qFail(qPrintable(describe(run)), __FILE__, __LINE__);
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (!document.isArray())
        QTest::qFail(qPrintable(describe(run)), __FILE__, __LINE__);
    return document.array();
}

void TestCliRecords::listJsonPutRoundTrip()
{
    // Without an id: a new record, its id on stdout.
    const QString item = StableId::item(s("ORS"));
    Run run =
        cli({s("records"), s("put"), s("--store"), s("SEF-PHA"), s("--table"), s("stock_line"), s("--json"),
             QStringLiteral(R"({"item_id": "%1", "batch": "B-1", "available_packs": 40, "pack_size": 10})").arg(item)});
    QVERIFY2(run.exitCode == 0 && isUuid(run.out), qPrintable(describe(run)));
    const QString id = QString::fromUtf8(run.out).trimmed();

    QJsonArray rows = listJson(s("stock_line"), s("SEF-PHA"));
    QCOMPARE(rows.size(), 1);
    QJsonObject row = rows.first().toObject();
    QCOMPARE(row.value(s("id")).toString(), id);
    QCOMPARE(row.value(s("store_id")).toString(), StableId::store(s("SEF-PHA")));
    QCOMPARE(row.value(s("item_id")).toString(), item);
    QCOMPARE(row.value(s("available_packs")).toDouble(), 40.0);
    QCOMPARE(row.keys(),
             QStringList({s("available_packs"), s("batch"), s("cost_price"), s("expiry_date"), s("id"), s("item_id"),
                          s("note"), s("on_hold"), s("pack_size"), s("sell_price"), s("store_id")}));

    // What list prints is accepted back by put: an update by id.
    row.insert(s("available_packs"), 35);
    row.insert(s("note"), s("counted"));
    run = cli({s("records"), s("put"), s("--store"), s("SEF-PHA"), s("--table"), s("stock_line"), s("--json"),
               QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact))});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(QString::fromUtf8(run.out).trimmed(), id);
    rows = listJson(s("stock_line"), s("SEF-PHA"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject(), row);

    // Without --json: a readable table with a header.
    run = cli({s("records"), s("list"), s("--table"), s("stock_line"), s("--store"), s("SEF-PHA")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(s("id ")));
    QVERIFY(lines.at(1).startsWith(id));
}

void TestCliRecords::knownStoreWithNoRowsIsAnEmptyArray()
{
    for (const char* store : {"SEF-WRD", "KAS-DSP", "CWS"}) {
        const Run run = cli({s("records"), s("list"), s("--table"), s("invoice"), s("--store"), s(store), s("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(run.out, QByteArray("[]\n"));
    }
}

void TestCliRecords::centralTableNeedsNoStore()
{
    const Run run = cli({s("records"), s("list"), s("--table"), s("item"), s("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonArray items = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(items.size(), DemoNetwork::generate(1).items.size());
    QStringList ids;
    for (const QJsonValue& item : items)
        ids << item.toObject().value(s("id")).toString();
    QStringList sorted = ids;
    sorted.sort();
    QCOMPARE(ids, sorted);
}

void TestCliRecords::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown store") << QStringList{s("records"), s("list"), s("--table"), s("invoice"),
                                                  s("--store"), s("NOPE"), s("--json")}
                                   << s("There is no store with code \"NOPE\"");
    QTest::newRow("unknown table") << QStringList{s("records"), s("list"), s("--table"), s("nope"), s("--json")}
                                   << s("There is no table named \"nope\"");
    QTest::newRow("store filter on central data")
        << QStringList{s("records"), s("list"), s("--table"), s("item"), s("--store"), s("SEF-PHA")}
        << s("item records belong to no store");
    QTest::newRow("put to an unknown store") << QStringList{s("records"), s("put"),        s("--store"), s("NOPE"),
                                                            s("--table"), s("stock_line"), s("--json"),  s("{}")}
                                             << s("There is no store with code \"NOPE\"");
    QTest::newRow("put to an unknown table") << QStringList{s("records"), s("put"),  s("--store"), s("SEF-PHA"),
                                                            s("--table"), s("nope"), s("--json"),  s("{}")}
                                             << s("There is no table named \"nope\"");
    QTest::newRow("missing --table") << QStringList{s("records"), s("list")} << s("--table TABLE is required");
    QTest::newRow("unknown subcommand") << QStringList{s("records"), s("drop")} << s("unknown subcommand");
    QTest::newRow("packs not a number") << QStringList{s("transfer"), s("--from"),  s("SEF-PHA"),
                                                       s("--to"),     s("SEF-WRD"), s("--item"),
                                                       s("ORS"),      s("--packs"), s("many")}
                                        << s("--packs takes a number more than 0");
    QTest::newRow("missing --packs") << QStringList{s("requisition"), s("--from"), s("SEF-WRD"), s("--to"),
                                                    s("SEF-PHA"),     s("--item"), s("ORS")}
                                     << s("--packs is required");
    QTest::newRow("unknown item") << QStringList{s("transfer"), s("--from"), s("SEF-PHA"), s("--to"), s("SEF-WRD"),
                                                 s("--item"),   s("NOPE"),   s("--packs"), s("1")}
                                  << s("There is no item with code \"NOPE\"");
    QTest::newRow("receive without --invoice") << QStringList{s("receive")} << s("--invoice is required");
}

void TestCliRecords::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = cli(arguments);
    QVERIFY2(run.exitCode == 64, qPrintable(describe(run)));
    QVERIFY2(run.out.isEmpty(), qPrintable(describe(run)));
    QVERIFY2(QString::fromUtf8(run.err).contains(message), qPrintable(describe(run)));
}

void TestCliRecords::refusedWrites_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString stock = QStringLiteral(R"({"item_id": "%1"})").arg(StableId::item(s("ORS")));
    QTest::newRow("Collector store")
        << QStringList{s("records"), s("put"),        s("--store"), s("KAS-DSP"),
                       s("--table"), s("stock_line"), s("--json"),  stock}
        << 1 << s("Store \"KAS-DSP\" is Collector on this site; its data is edited at Kasa Health Centre.");
    QTest::newRow("Transfer store")
        << QStringList{s("records"), s("put"),        s("--store"), s("NP-WH"),
                       s("--table"), s("stock_line"), s("--json"),  stock}
        << 1 << s("Store \"NP-WH\" is Transfer on this site; its data is edited at Northern Province Server.");
    QTest::newRow("central data") << QStringList{s("records"), s("put"),
                                                 s("--store"), s("SEF-PHA"),
                                                 s("--table"), s("item"),
                                                 s("--json"),  s(R"({"code": "NEW", "name": "New"})")}
                                  << 1 << s("item records are central data");
    QTest::newRow("transfer from a Collector store")
        << QStringList{s("transfer"), s("--from"), s("KAS-DSP"), s("--to"), s("SEF-PHA"),
                       s("--item"),   s("ORS"),    s("--packs"), s("1")}
        << 1 << s("is Collector on this site");
    QTest::newRow("transfer to an invisible store")
        << QStringList{s("transfer"), s("--from"), s("SEF-PHA"), s("--to"), s("KAS-MAT"),
                       s("--item"),   s("ORS"),    s("--packs"), s("1")}
        << 1 << s("Store \"KAS-MAT\" is not visible on this site");
    QTest::newRow("not JSON") << QStringList{s("records"), s("put"),        s("--store"), s("SEF-PHA"),
                                             s("--table"), s("stock_line"), s("--json"),  s("{item")}
                              << 2 << s("--json is not valid JSON");
    QTest::newRow("bad field")
        << QStringList{s("records"), s("put"),
                       s("--store"), s("SEF-PHA"),
                       s("--table"), s("stock_line"),
                       s("--json"),  s(R"({"id": "sl-1", "item_id": "x", "available_packs": "lots"})")}
        << 2 << s("stock_line sl-1: field available_packs: expected a number");
    QTest::newRow("unknown invoice") << QStringList{s("receive"), s("--invoice"), s("nope")} << 1
                                     << s("There is no shipment with id nope on this site");
}

void TestCliRecords::refusedWrites()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = cli(arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(describe(run)));
    QVERIFY2(run.out.isEmpty(), qPrintable(describe(run)));
    QVERIFY2(QString::fromUtf8(run.err).contains(message), qPrintable(describe(run)));
    QCOMPARE(listJson(s("stock_line"), s("KAS-DSP")).size(), 0);
    QCOMPARE(listJson(s("stock_line"), s("SEF-PHA")).size(), 0);
    QCOMPARE(listJson(s("invoice"), s("SEF-PHA")).size(), 0);
}

void TestCliRecords::replicaProblems()
{
    const QStringList list{s("records"), s("list"), s("--table"), s("item")};
    Run run = runCli(list);
    QVERIFY2(run.exitCode == 64 && QString::fromUtf8(run.err).contains(s("--replica FILE is required")),
             qPrintable(describe(run)));

    run = runCli(QStringList{s("--replica"), m_dir.filePath(s("missing.sqlite"))} + list);
    QVERIFY2(run.exitCode == 9, qPrintable(describe(run)));
    QVERIFY(!QFile::exists(m_dir.filePath(s("missing.sqlite"))));

    const QString notReplica = m_dir.filePath(s("not-a-database.sqlite"));
    QFile file(notReplica);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not SQLite");
    file.close();
    run = runCli(QStringList{s("--replica"), notReplica} + list);
    QVERIFY2(run.exitCode == 9, qPrintable(describe(run)));

    const QString unregistered = m_dir.filePath(s("unregistered.sqlite"));
    QVERIFY(Database::open(unregistered).ok());
    run = runCli(QStringList{s("--replica"), unregistered} + list);
    QVERIFY2(run.exitCode == 64 && QString::fromUtf8(run.err).contains(s("run syncsites-cli init first")),
             qPrintable(describe(run)));
}

void TestCliRecords::transferAndReceiveOnce()
{
    Run run = cli({s("transfer"), s("--from"), s("SEF-PHA"), s("--to"), s("SEF-WRD"), s("--item"), s("ORS"),
                   s("--packs"), s("5")});
    QVERIFY2(run.exitCode == 0 && isUuid(run.out), qPrintable(describe(run)));
    const QString outbound = QString::fromUtf8(run.out).trimmed();
    const QJsonArray invoices = listJson(s("invoice"), s("SEF-PHA"));
    QCOMPARE(invoices.size(), 1);
    QCOMPARE(invoices.first().toObject().value(s("id")).toString(), outbound);
    QCOMPARE(invoices.first().toObject().value(s("status")).toString(), s("shipped"));

    // The ward is on this site: the outbound id is accepted and its inbound received.
    run = cli({s("receive"), s("--invoice"), outbound});
    QVERIFY2(run.exitCode == 0 && isUuid(run.out), qPrintable(describe(run)));
    const QString inbound = QString::fromUtf8(run.out).trimmed();
    QVERIFY(inbound != outbound);
    const QJsonArray received = listJson(s("invoice"), s("SEF-WRD"));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().toObject().value(s("status")).toString(), s("delivered"));
    const QJsonArray stock = listJson(s("stock_line"), s("SEF-WRD"));
    QCOMPARE(stock.size(), 1);
    QCOMPARE(stock.first().toObject().value(s("available_packs")).toDouble(), 5.0);

    for (const QString& id : {inbound, outbound}) {
        run = cli({s("receive"), s("--invoice"), id});
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QVERIFY2(QString::fromUtf8(run.err).contains(s("was already received")), qPrintable(describe(run)));
        QVERIFY(run.out.isEmpty());
    }
    QCOMPARE(listJson(s("stock_line"), s("SEF-WRD")).first().toObject().value(s("available_packs")).toDouble(), 5.0);
}

void TestCliRecords::requisitionAndRespondOnce()
{
    // --from is the requesting store, --to the supplier.
    Run run = cli({s("requisition"), s("--from"), s("SEF-WRD"), s("--to"), s("SEF-PHA"), s("--item"), s("ORS"),
                   s("--packs"), s("12")});
    QVERIFY2(run.exitCode == 0 && isUuid(run.out), qPrintable(describe(run)));
    const QString request = QString::fromUtf8(run.out).trimmed();
    const QJsonArray requests = listJson(s("requisition"), s("SEF-WRD"));
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().toObject().value(s("type")).toString(), s("request"));
    QCOMPARE(requests.first().toObject().value(s("status")).toString(), s("sent"));
    QCOMPARE(requests.first().toObject().value(s("partner_store_id")).toString(), StableId::store(s("SEF-PHA")));

    run = cli({s("respond"), s("--requisition"), request});
    QVERIFY2(run.exitCode == 0 && isUuid(run.out), qPrintable(describe(run)));
    const QJsonArray responses = listJson(s("requisition"), s("SEF-PHA"));
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().toObject().value(s("status")).toString(), s("finalised"));
    const QJsonArray lines = listJson(s("requisition_line"), s("SEF-PHA"));
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().toObject().value(s("supplied_packs")).toDouble(), 12.0);

    run = cli({s("respond"), s("--requisition"), request});
    QVERIFY2(run.exitCode == 1 && QString::fromUtf8(run.err).contains(s("was already finalised")),
             qPrintable(describe(run)));
}

} // namespace syncsites

QTEST_GUILESS_MAIN(syncsites::TestCliRecords)
#include "TestCliRecords.moc"
