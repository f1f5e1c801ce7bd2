// A network built from nothing, as a new administrator builds one (docs/operations.md, "Setting up a new network"),
// with the real programs: `syncsites-server init` of a topology that has only the central server and no items,
// `serve` on 127.0.0.1; items imported from a CSV file, sites, stores and a user added through the administrators'
// API; three sites of different kinds set up with `syncsites-cli init`; a shipment and a requisition that go
// around; every replica checked.
#include "ProcessRun.h"
#include "TestHubAdminClient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace syncsites;
using namespace syncsites::test;

namespace {

using Run = ProcessRun;

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

const QString kCentral = str("Ministry Central Store");
const QString kDistrict = str("Lakeside District Store"); // msupply_remote
const QString kClinic = str("Hillview Clinic");           // msupply_single_user
const QString kOutreach = str("Outreach Team, North");    // msupply_mobile (a name with a comma)

const QByteArray kItemsCsv = "code;name;unit;pack size\r\n"
                             "PARA500;Paracetamol 500 mg tablets;tablet;1000\r\n"
                             "ORS;\"Oral rehydration salts, low osmolarity\";sachet;50\r\n"
                             "AMOX250;Amoxicillin 250 mg capsules;capsule;100\r\n"
                             "ZINC20;Zinc 20 mg dispersible;tablet;100\r\n";

} // namespace

class TestNetworkFromNothing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void buildNetworkAndMoveStock();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    Run cli(const QStringList& arguments) { return Run::of(QStringLiteral(SYNCSITES_CLI), arguments, 120000); }
    QString replica(const QString& site) const
    {
        return path(QString(site).remove(QLatin1Char(',')).replace(QLatin1Char(' '), QLatin1Char('-')) +
                    QStringLiteral(".sqlite"));
    }
    /// Syncs a site's replica and fails the test when it does not succeed.
    bool sync(const QString& site);
    QJsonArray records(const QString& site, const QString& table, const QString& store = QString());
    qint64 revision() { return m_admin->revision(m_token); }

    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_url;
    std::unique_ptr<AdminClient> m_admin;
    QString m_token;
};

void TestNetworkFromNothing::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile topology(path(str("network.json")));
    QVERIFY(topology.open(QIODevice::WriteOnly));
    topology.write(
        QJsonDocument(QJsonObject{{str("sites"), QJsonArray{QJsonObject{{str("name"), kCentral},
                                                                        {str("kind"), str("msupply_central")}}}},
                                  {str("stores"), QJsonArray{QJsonObject{{str("code"), str("MCS")},
                                                                         {str("name"), str("Central Warehouse")},
                                                                         {str("home"), kCentral}}}}})
            .toJson());
    topology.close();

    const Run init = Run::of(QStringLiteral(SYNCSITES_SERVER),
                             {str("init"), str("--db"), path(str("hub.sqlite")), str("--topology"), topology.fileName(),
                              str("--credentials-out"), path(str("credentials.json")), str("--hash-cost"), str("19")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
    QFile credentials(path(str("credentials.json")));
    QVERIFY(credentials.open(QIODevice::ReadOnly));
    const QString password = QJsonDocument::fromJson(credentials.readAll())
                                 .object()
                                 .value(str("users"))
                                 .toObject()
                                 .value(str("admin"))
                                 .toString();

    m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_server.start(QStringLiteral(SYNCSITES_SERVER),
                   {str("serve"), str("--db"), path(str("hub.sqlite")), str("--listen"), str("127.0.0.1:0"),
                    str("--port-file"), path(str("hub.port")), str("--check-seconds"), str("0")});
    quint16 port = 0;
    for (int i = 0; i < 200 && port == 0; ++i) {
        QFile f(path(str("hub.port")));
        if (f.open(QIODevice::ReadOnly))
            port = quint16(f.readAll().trimmed().toUInt());
        if (port == 0)
            QTest::qWait(50);
    }
    QVERIFY(port > 0);
    m_url = QStringLiteral("http://127.0.0.1:%1").arg(port);
    m_admin = std::make_unique<AdminClient>(port);
    m_token = m_admin->token(str("admin"), password);
    QVERIFY(!m_token.isEmpty());
}

void TestNetworkFromNothing::cleanupTestCase()
{
    m_admin.reset();
    m_server.terminate();
    m_server.waitForFinished(10000);
}

bool TestNetworkFromNothing::sync(const QString& site)
{
    const Run run = cli({str("--replica"), replica(site), str("sync"), str("--json")});
    if (run.exitCode != 0)
        qWarning().noquote() << site << run.describe();
    return run.exitCode == 0;
}

QJsonArray TestNetworkFromNothing::records(const QString& site, const QString& table, const QString& store)
{
    QStringList arguments{str("--replica"), replica(site), str("records"), str("list"),
                          str("--table"),   table,         str("--json")};
    if (!store.isEmpty())
        arguments << str("--store") << store;
    const Run run = cli(arguments);
    if (run.exitCode != 0)
        qWarning().noquote() << run.describe();
    return run.json().array();
}

void TestNetworkFromNothing::buildNetworkAndMoveStock()
{
    // 1. No items yet; the administrator imports the catalogue.
    AdminClient::Reply r = m_admin->get(AdminClient::path({str("items")}), m_token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(str("items")).toArray().size(), 0);
    r = m_admin->post(AdminClient::path({str("items"), str("import")}),
                      QJsonObject{{str("csv"), QString::fromUtf8(kItemsCsv)}}, m_token);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.json().value(str("created")).toInt(), 4);
    QCOMPARE(r.json().value(str("refused")).toInt(), 0);

    // 2. Three sites of different kinds; each data-holding site's first secret comes back once.
    QHash<QString, QString> secrets;
    for (const auto& [name, kind] :
         {std::pair{kDistrict, str("msupply_remote")}, std::pair{kClinic, str("msupply_single_user")},
          std::pair{kOutreach, str("msupply_mobile")}}) {
        r = m_admin->post(AdminClient::path({str("sites")}),
                          QJsonObject{{str("revision"), revision()}, {str("name"), name}, {str("kind"), kind}},
                          m_token);
        QVERIFY2(r.status == 201, r.describe().constData());
        secrets.insert(name, r.json().value(str("new_site_secrets")).toObject().value(name).toString());
        QVERIFY2(secrets.value(name).size() >= 16, qPrintable(name));
    }

    // 3. A store Active on each, each known where its partners start transfers and requisitions.
    const struct
    {
        QString code, name, home;
        QJsonObject visibility;
    } stores[] = {
        {str("DST"), str("District Pharmacy"), kDistrict,
         QJsonObject{{kClinic, str("transfer")}, {kOutreach, str("transfer")}}},
        {str("HVC"), str("Hillview Dispensary"), kClinic, QJsonObject{{kDistrict, str("transfer")}}},
        {str("OTN"), str("Outreach Kit"), kOutreach, QJsonObject{{kDistrict, str("transfer")}}},
    };
    for (const auto& s : stores) {
        r = m_admin->post(AdminClient::path({str("stores")}),
                          QJsonObject{{str("revision"), revision()},
                                      {str("code"), s.code},
                                      {str("name"), s.name},
                                      {str("home"), s.home},
                                      {str("visibility"), s.visibility}},
                          m_token);
        QVERIFY2(r.status == 201, r.describe().constData());
    }

    // 4. A nurse of the clinic, who signs in with the password the hub made.
    r = m_admin->post(AdminClient::path({str("users")}),
                      QJsonObject{{str("username"), str("amina")},
                                  {str("full_name"), str("Amina Okafor")},
                                  {str("role"), str("field_staff")},
                                  {str("sites"), QJsonArray{kClinic}}},
                      m_token);
    QVERIFY2(r.status == 201, r.describe().constData());
    QVERIFY(!m_admin->token(str("amina"), r.json().value(str("password")).toString()).isEmpty());

    // 5. Each site is set up from its secret; its first sync brings the items and its stores.
    for (const QString& site : {kDistrict, kClinic, kOutreach}) {
        const QString secretFile = replica(site) + str(".pw");
        QFile f(secretFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(secrets.value(site).toUtf8() + '\n');
        f.close();
        const Run init = cli({str("init"), str("--server"), m_url, str("--site"), site, str("--password-file"),
                              secretFile, str("--replica"), replica(site), str("--json")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
        QCOMPARE(records(site, str("item")).size(), 4);
    }

    // 6. A shipment: the district ships 20 packs of paracetamol to the clinic, which receives them.
    Run run = cli({str("--replica"), replica(kDistrict), str("transfer"), str("--from"), str("DST"), str("--to"),
                   str("HVC"), str("--item"), str("PARA500"), str("--packs"), str("20")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QString outbound = QString::fromUtf8(run.out.trimmed());
    QVERIFY(sync(kDistrict));
    QVERIFY(sync(kClinic));
    run = cli({str("--replica"), replica(kClinic), str("receive"), str("--invoice"), outbound});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(sync(kClinic));
    QVERIFY(sync(kDistrict));

    // 7. A requisition: the outreach team asks the district for 10 packs of ORS; the district answers.
    run = cli({str("--replica"), replica(kOutreach), str("requisition"), str("--from"), str("OTN"), str("--to"),
               str("DST"), str("--item"), str("ORS"), str("--packs"), str("10")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QString request = QString::fromUtf8(run.out.trimmed());
    QVERIFY(sync(kOutreach));
    QVERIFY(sync(kDistrict));
    run = cli({str("--replica"), replica(kDistrict), str("respond"), str("--requisition"), request});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(sync(kDistrict));
    QVERIFY(sync(kOutreach));

    // 8. An item deactivated at the hub is inactive everywhere after the next sync.
    r = m_admin->patch(AdminClient::path({str("items"), str("ZINC20")}), QJsonObject{{str("active"), false}}, m_token);
    QCOMPARE(r.status, 200);
    for (const QString& site : {kDistrict, kClinic, kOutreach})
        QVERIFY(sync(site));

    // Every replica: the catalogue, as the hub has it.
    for (const QString& site : {kDistrict, kClinic, kOutreach}) {
        const QJsonArray items = records(site, str("item"));
        QCOMPARE(items.size(), 4);
        for (const QJsonValue& v : items) {
            const QJsonObject item = v.toObject();
            const QString code = item.value(str("code")).toString();
            QCOMPARE(item.value(str("active")).toBool(), code != str("ZINC20"));
            if (code == str("ORS")) {
                QCOMPARE(item.value(str("name")).toString(), str("Oral rehydration salts, low osmolarity"));
                QCOMPARE(item.value(str("pack_size")).toInt(), 50);
            }
        }
    }
    // The district: its shipment delivered, the outreach team's request answered and finalised.
    const QJsonArray districtInvoices = records(kDistrict, str("invoice"), str("DST"));
    QCOMPARE(districtInvoices.size(), 1);
    QCOMPARE(districtInvoices[0].toObject().value(str("id")).toString(), outbound);
    QCOMPARE(districtInvoices[0].toObject().value(str("status")).toString(), str("delivered"));
    const QJsonArray districtRequisitions = records(kDistrict, str("requisition"), str("DST"));
    QCOMPARE(districtRequisitions.size(), 1);
    QCOMPARE(districtRequisitions[0].toObject().value(str("status")).toString(), str("finalised"));
    // The clinic: the inbound shipment delivered and 20 packs of paracetamol in stock.
    const QJsonArray clinicInvoices = records(kClinic, str("invoice"), str("HVC"));
    QCOMPARE(clinicInvoices.size(), 1);
    QCOMPARE(clinicInvoices[0].toObject().value(str("status")).toString(), str("delivered"));
    const QJsonArray clinicStock = records(kClinic, str("stock_line"), str("HVC"));
    QCOMPARE(clinicStock.size(), 1);
    QCOMPARE(clinicStock[0].toObject().value(str("available_packs")).toDouble(), 20.0);
    // The outreach team: its request, and the district's finalised answer to it.
    const QJsonArray outreach = records(kOutreach, str("requisition"), str("OTN"));
    QCOMPARE(outreach.size(), 1);
    QCOMPARE(outreach[0].toObject().value(str("id")).toString(), request);
    const QJsonArray answers = records(kOutreach, str("requisition"), str("DST"));
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers[0].toObject().value(str("status")).toString(), str("finalised"));
    // No site holds another's store data beyond what it takes part in: the clinic knows nothing of OTN.
    QCOMPARE(records(kClinic, str("requisition"), str("OTN")).size(), 0);
}

QTEST_GUILESS_MAIN(TestNetworkFromNothing)
#include "TestNetworkFromNothing.moc"
