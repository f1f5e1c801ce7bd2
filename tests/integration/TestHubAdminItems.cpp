// The network's item catalogue through the administrators' API of a real hub (HubServer on 127.0.0.1, port 0,
// over the demo hub of HubTestHarness with generated stock): list, add, get, edit, deactivate, delete of unused
// items, CSV import with its per-line report, roles, audit rows, and the changes reaching a site's pull.
#include "HubTestHarness.h"
#include "StableId.h"
#include "TestHubAdminClient.h"

#include <QJsonArray>
#include <QTest>

using namespace syncsites;
using namespace syncsites::test;

namespace {

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

QJsonObject byCode(const QJsonArray& items, const QString& code)
{
    for (const QJsonValue& v : items) {
        if (v.toObject().value(str("code")).toString() == code)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestHubAdminItems : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listShowsEveryItemAndWhichAreUsed();
    void addGetAndEdit();
    void invalidFieldsAreNamed_data();
    void invalidFieldsAreNamed();
    void usedItemsAreDeactivatedNotDeleted();
    void onlyAdministratorsEdit();
    void importReportsEveryLine();
    void dryRunWritesNothing();
    void importTakesTextCsvAndRefusesUnreadableFiles();
    void changesReachTheSites();

private:
    AdminClient::Reply importCsv(const QByteArray& csv, bool dryRun);
    QJsonArray items();

    std::unique_ptr<HubTestHarness> m_hub;
    std::unique_ptr<AdminClient> m_client;
    QString m_admin;
};

void TestHubAdminItems::init()
{
    HubHarnessOptions options;
    options.records = 400;
    Result<std::unique_ptr<HubTestHarness>> hub = HubTestHarness::start(options);
    QVERIFY2(hub.ok(), qPrintable(hub.error().message));
    m_hub = std::move(hub).value();
    m_client = std::make_unique<AdminClient>(m_hub->port());
    m_admin = m_client->token(str("admin"), m_hub->password(str("admin")));
    QVERIFY(!m_admin.isEmpty());
}

void TestHubAdminItems::cleanup()
{
    m_client.reset();
    m_hub.reset();
}

QJsonArray TestHubAdminItems::items()
{
    const AdminClient::Reply r = m_client->get(AdminClient::path({str("items")}), m_admin);
    if (r.status != 200)
        qWarning() << r.describe();
    return r.json().value(str("items")).toArray();
}

AdminClient::Reply TestHubAdminItems::importCsv(const QByteArray& csv, bool dryRun)
{
    return m_client->post(AdminClient::path({str("items"), str("import")}) +
                              (dryRun ? str("?dry_run=true") : str("?dry_run=false")),
                          QJsonObject{{str("csv"), QString::fromUtf8(csv)}}, m_admin);
}

void TestHubAdminItems::listShowsEveryItemAndWhichAreUsed()
{
    const QJsonArray list = items();
    QCOMPARE(list.size(), m_hub->network().items.size());
    QStringList codes;
    int used = 0;
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        codes.append(o.value(str("code")).toString());
        QCOMPARE(o.value(str("pack_size")).toInt(), 1);
        QCOMPARE(o.value(str("active")).toBool(), true);
        used += o.value(str("used")).toBool() ? 1 : 0;
    }
    QStringList sorted = codes;
    sorted.sort();
    QCOMPARE(codes, sorted);
    // 400 generated records hold stock lines of some items, not of all.
    QVERIFY2(used > 0 && used <= list.size(), qPrintable(QString::number(used)));
}

void TestHubAdminItems::addGetAndEdit()
{
    const QString itemPath = AdminClient::path({str("items"), str("AMOX 250/5")});
    AdminClient::Reply r = m_client->post(AdminClient::path({str("items")}),
                                          QJsonObject{{str("code"), str("NEWAMOX")},
                                                      {str("name"), str("Amoxicillin, 250 mg, suspension")},
                                                      {str("unit"), str("bottle")},
                                                      {str("pack_size"), 10}},
                                          m_admin);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(str("item")).toObject(), (QJsonObject{{str("code"), str("NEWAMOX")},
                                                                  {str("name"), str("Amoxicillin, 250 mg, suspension")},
                                                                  {str("unit"), str("bottle")},
                                                                  {str("pack_size"), 10},
                                                                  {str("active"), true},
                                                                  {str("used"), false}}));

    r = m_client->post(AdminClient::path({str("items")}),
                       QJsonObject{{str("code"), str("NEWAMOX")}, {str("name"), str("Again")}}, m_admin);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), str("already_exists"));
    QVERIFY(r.errorMessage().contains(str("Amoxicillin")));

    r = m_client->get(AdminClient::path({str("items"), str("NEWAMOX")}), m_admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(str("item")).toObject().value(str("unit")).toString(), str("bottle"));
    QCOMPARE(m_client->get(itemPath, m_admin).status, 404);

    r = m_client->patch(AdminClient::path({str("items"), str("NEWAMOX")}),
                        QJsonObject{{str("name"), str("  Amoxicillin 250mg/5ml  ")}, {str("unit"), QJsonValue()}},
                        m_admin);
    QCOMPARE(r.status, 200);
    const QJsonObject edited = r.json().value(str("item")).toObject();
    QCOMPARE(edited.value(str("name")).toString(), str("Amoxicillin 250mg/5ml"));
    QVERIFY(edited.value(str("unit")).isNull());
    QCOMPARE(edited.value(str("pack_size")).toInt(), 10);

    r = m_client->patch(AdminClient::path({str("items"), str("NEWAMOX")}), QJsonObject{{str("code"), str("AMOX")}},
                        m_admin);
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorMessage().contains(str("cannot change")));
    QCOMPARE(m_client->patch(itemPath, QJsonObject{{str("name"), str("x")}}, m_admin).status, 404);

    // Each change is audited, newest first.
    r = m_client->get(AdminClient::path({str("audit")}) + str("?limit=2"), m_admin);
    const QJsonArray audit = r.json().value(str("entries")).toArray();
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit[0].toObject().value(str("action")).toString(), str("item.edit"));
    QCOMPARE(audit[1].toObject().value(str("action")).toString(), str("item.add"));
    QCOMPARE(audit[1].toObject().value(str("subject")).toString(), str("NEWAMOX"));
}

void TestHubAdminItems::invalidFieldsAreNamed_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("no code") << QJsonObject{{str("name"), str("x")}} << str("code");
    QTest::newRow("blank code") << QJsonObject{{str("code"), str("  ")}, {str("name"), str("x")}} << str("code");
    QTest::newRow("slash") << QJsonObject{{str("code"), str("A/B")}, {str("name"), str("x")}} << str("code");
    QTest::newRow("no name") << QJsonObject{{str("code"), str("N1")}} << str("name");
    QTest::newRow("blank name") << QJsonObject{{str("code"), str("N1")}, {str("name"), str(" ")}} << str("name");
    QTest::newRow("pack 0") << QJsonObject{{str("code"), str("N1")}, {str("name"), str("x")}, {str("pack_size"), 0}}
                            << str("pack_size");
    QTest::newRow("pack 2.5") << QJsonObject{{str("code"), str("N1")}, {str("name"), str("x")}, {str("pack_size"), 2.5}}
                              << str("pack_size");
    QTest::newRow("pack text") << QJsonObject{{str("code"), str("N1")},
                                              {str("name"), str("x")},
                                              {str("pack_size"), str("10")}}
                               << str("pack_size");
    QTest::newRow("active text") << QJsonObject{{str("code"), str("N1")},
                                                {str("name"), str("x")},
                                                {str("active"), str("yes")}}
                                 << str("active");
    QTest::newRow("unit number") << QJsonObject{{str("code"), str("N1")}, {str("name"), str("x")}, {str("unit"), 3}}
                                 << str("unit");
}

void TestHubAdminItems::invalidFieldsAreNamed()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const AdminClient::Reply r = m_client->post(AdminClient::path({str("items")}), body, m_admin);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), str("invalid_field"));
    QCOMPARE(r.errorDetails().value(str("field")).toString(), field);
    QVERIFY(!r.errorMessage().isEmpty());
    QCOMPARE(items().size(), m_hub->network().items.size());
}

void TestHubAdminItems::usedItemsAreDeactivatedNotDeleted()
{
    QString usedCode;
    QString unusedCode;
    for (const QJsonValue& v : items()) {
        const QJsonObject o = v.toObject();
        (o.value(str("used")).toBool() ? usedCode : unusedCode) = o.value(str("code")).toString();
    }
    QVERIFY(!usedCode.isEmpty());

    AdminClient::Reply r = m_client->remove(AdminClient::path({str("items"), usedCode}), m_admin);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), str("item_in_use"));
    QVERIFY(r.errorMessage().contains(str("Deactivate")));
    r = m_client->patch(AdminClient::path({str("items"), usedCode}), QJsonObject{{str("active"), false}}, m_admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(byCode(items(), usedCode).value(str("active")).toBool(), false);

    if (unusedCode.isEmpty()) {
        QVERIFY(m_client
                    ->post(AdminClient::path({str("items")}),
                           QJsonObject{{str("code"), str("UNUSED")}, {str("name"), str("Never stocked")}}, m_admin)
                    .status == 201);
        unusedCode = str("UNUSED");
    }
    r = m_client->remove(AdminClient::path({str("items"), unusedCode}), m_admin);
    QCOMPARE(r.status, 200);
    QVERIFY(byCode(items(), unusedCode).isEmpty());
    QCOMPARE(m_client->remove(AdminClient::path({str("items"), unusedCode}), m_admin).status, 404);
}

void TestHubAdminItems::onlyAdministratorsEdit()
{
    const QString supervisor = m_client->token(str("supervisor"), m_hub->password(str("supervisor")));
    const QString field = m_client->token(str("fieldstaff"), m_hub->password(str("fieldstaff")));
    QVERIFY(!supervisor.isEmpty() && !field.isEmpty());
    QCOMPARE(m_client->get(AdminClient::path({str("items")}), supervisor).status, 200);
    QCOMPARE(m_client->get(AdminClient::path({str("items")}), field).status, 403);
    QCOMPARE(m_client->get(AdminClient::path({str("items")}), QString()).status, 401);
    const QJsonObject body{{str("code"), str("S1")}, {str("name"), str("x")}};
    AdminClient::Reply r = m_client->post(AdminClient::path({str("items")}), body, supervisor);
    QCOMPARE(r.status, 403);
    r = m_client->post(AdminClient::path({str("items"), str("import")}),
                       QJsonObject{{str("csv"), str("code,name\nS1,x")}}, supervisor);
    QCOMPARE(r.status, 403);
    QVERIFY(byCode(items(), str("S1")).isEmpty());
}

void TestHubAdminItems::importReportsEveryLine()
{
    const QString existing = items().at(0).toObject().value(str("code")).toString();
    const QString existingName = items().at(0).toObject().value(str("name")).toString();
    const QByteArray csv = "\xEF\xBB\xBF"
                           "Code;Name;Unit;Pack size;Active;Supplier\r\n" +
                           existing.toUtf8() + ";\"" + existingName.toUtf8() +
                           "\";tab;100;yes;x\r\n"
                           "NEWZINC;\"Zinc 20 mg; dispersible\";tab;10;;UNICEF\r\n"
                           "NEWORS;\"Oral rehydration salts, \"\"low osmolarity\"\"\";sachet;;oui;\r\n"
                           "\r\n"
                           "BAD/1;Slash;tab;1;yes;\r\n"
                           "PACK0;Zero pack;tab;0;yes;\r\n"
                           "NEWZINC;Twice;tab;1;yes;\r\n";
    AdminClient::Reply r = importCsv(csv, false);
    QCOMPARE(r.status, 200);
    const QJsonObject report = r.json();
    QCOMPARE(report.value(str("applied")).toBool(), true);
    QCOMPARE(report.value(str("created")).toInt(), 2);
    QCOMPARE(report.value(str("updated")).toInt(), 1);
    QCOMPARE(report.value(str("refused")).toInt(), 3);
    QCOMPARE(report.value(str("ignored_columns")).toArray(), QJsonArray{str("Supplier")});
    const QJsonArray lines = report.value(str("lines")).toArray();
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines[0].toObject().value(str("outcome")).toString(), str("updated"));
    QCOMPARE(lines[0].toObject().value(str("line")).toInt(), 2);
    QCOMPARE(lines[3].toObject().value(str("line")).toInt(), 6);
    QCOMPARE(lines[3].toObject().value(str("outcome")).toString(), str("refused"));
    QVERIFY(lines[3].toObject().value(str("reason")).toString().contains(str("slash")));
    QVERIFY(lines[4].toObject().value(str("reason")).toString().contains(str("pack size")));
    QVERIFY(lines[5].toObject().value(str("reason")).toString().contains(str("line 3")));

    const QJsonArray after = items();
    QCOMPARE(byCode(after, str("NEWZINC")).value(str("name")).toString(), str("Zinc 20 mg; dispersible"));
    QCOMPARE(byCode(after, str("NEWORS")).value(str("name")).toString(),
             str("Oral rehydration salts, \"low osmolarity\""));
    QCOMPARE(byCode(after, str("NEWORS")).value(str("pack_size")).toInt(), 1);
    QCOMPARE(byCode(after, existing).value(str("pack_size")).toInt(), 100);
    QVERIFY(byCode(after, str("PACK0")).isEmpty());

    // The same file again changes nothing.
    r = importCsv(csv, false);
    QCOMPARE(r.json().value(str("unchanged")).toInt(), 3);
    QCOMPARE(r.json().value(str("created")).toInt(), 0);

    r = m_client->get(AdminClient::path({str("audit")}) + str("?limit=1"), m_admin);
    const QJsonObject entry = r.json().value(str("entries")).toArray().at(0).toObject();
    QCOMPARE(entry.value(str("action")).toString(), str("item.import"));
    QCOMPARE(entry.value(str("details")).toObject().value(str("created")).toInt(), 2);
}

void TestHubAdminItems::dryRunWritesNothing()
{
    const qint64 cursor = m_hub->maxCursor();
    const AdminClient::Reply r = importCsv("code,name\nNEW1,New one\nNEW2,New two\n", true);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(str("applied")).toBool(), false);
    QCOMPARE(r.json().value(str("created")).toInt(), 2);
    QVERIFY(byCode(items(), str("NEW1")).isEmpty());
    QCOMPARE(m_hub->maxCursor(), cursor);
    // A new item needs its name.
    const AdminClient::Reply noName = importCsv("code,unit\nNEW3,tab\n", false);
    QCOMPARE(noName.json().value(str("refused")).toInt(), 1);
    QVERIFY(noName.json()
                .value(str("lines"))
                .toArray()
                .at(0)
                .toObject()
                .value(str("reason"))
                .toString()
                .contains(str("name")));
}

void TestHubAdminItems::importTakesTextCsvAndRefusesUnreadableFiles()
{
    AdminClient::Reply r = m_client->send("POST", AdminClient::path({str("items"), str("import")}),
                                          QByteArray("code\tname\nTAB1\tTabbed item\n"), m_admin);
    // The client sends JSON's Content-Type: a bare CSV text is not JSON.
    QCOMPARE(r.status, 400);
    HubTestHarness::Client raw(m_hub->port());
    r = raw.post(AdminClient::path({str("items"), str("import")}), QByteArray("code\tname\nTAB1\tTabbed item\n"),
                 m_admin, "text/csv; charset=utf-8");
    QCOMPARE(r.status, 200);
    QCOMPARE(byCode(items(), str("TAB1")).value(str("name")).toString(), str("Tabbed item"));

    for (const QByteArray& bad :
         {QByteArray(""), QByteArray("name,unit\nx,y\n"), QByteArray("code,name\n\"A,open\n")}) {
        r = importCsv(bad, false);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), str("csv_invalid"));
        QVERIFY(!r.errorMessage().isEmpty());
    }
    r = m_client->post(AdminClient::path({str("items"), str("import")}) + str("?dry_run=maybe"),
                       QJsonObject{{str("csv"), str("code,name\nA,b")}}, m_admin);
    QCOMPARE(r.status, 400);
}

void TestHubAdminItems::changesReachTheSites()
{
    const QString site = m_hub->syncingSites().first();
    std::unique_ptr<HubTestHarness::Client> client = m_hub->client();
    const QString token = m_hub->token(site, *client);
    const HubTestHarness::PullResult before = client->pullAll(token, str("core"), 0, 500);
    QVERIFY(before.ok);
    QVERIFY(m_client
                ->post(AdminClient::path({str("items")}),
                       QJsonObject{{str("code"), str("NEWSITE")}, {str("name"), str("For every site")}}, m_admin)
                .status == 201);
    const HubTestHarness::PullResult after = client->pullAll(token, str("core"), before.lastCursor, 500);
    QVERIFY(after.ok);
    QVERIFY(after.keys().contains(str("item/") + StableId::item(str("NEWSITE"))));
    for (const QJsonObject& record : after.records) {
        if (record.value(str("table")).toString() == str("item"))
            QCOMPARE(record.value(str("data")).toObject().value(str("pack_size")).toInt(), 1);
    }
}

QTEST_GUILESS_MAIN(TestHubAdminItems)
#include "TestHubAdminItems.moc"
