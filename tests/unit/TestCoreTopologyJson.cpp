// The topology file format: the issue's example, every kind of format error with its JSON path, the line between
// format errors and rule violations, and the round trip.
#include "DemoNetwork.h"
#include "TopologyJson.h"
#include "TopologyValidator.h"

#include <QTest>

namespace syncsites {

namespace {

// The example from the issue, byte for byte.
const QByteArray example =
    R"({"sites":[{"name":"Central","kind":"msupply_central"},{"name":"OMS Hub","kind":"oms_central","links":{"core":"Central"}},{"name":"Clinic A","kind":"oms_standalone","links":{"core":"Central","oms":"OMS Hub"}},{"name":"Front Desk","kind":"msupply_client","server":"Central"}],"stores":[{"code":"CPH","name":"Central Pharmacy","home":"Central","visibility":{"Clinic A":"transfer"}}]})";

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// The example with `from` (which must occur exactly once) replaced by `to`; a full document when `from` is empty.
QByteArray mutated(const QByteArray& from, const QByteArray& to)
{
    if (from.isEmpty())
        return to;
    if (example.count(from) != 1)
        return QByteArray("mutation does not apply: ") + from;
    QByteArray out = example;
    return out.replace(from, to);
}

QStringList ruleSubjects(const QVector<Violation>& violations)
{
    QStringList out;
    for (const Violation& v : violations)
        out.append(v.rule + QLatin1Char(' ') + v.subject);
    return out;
}

} // namespace

class TestCoreTopologyJson : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheExample();
    void impliedEntries();
    void formatErrors_data();
    void formatErrors();
    void ruleViolationsAreNotFormatErrors_data();
    void ruleViolationsAreNotFormatErrors();
    void forwardReferences();
    void optionalKeys();
    void roundTripDemo_data();
    void roundTripDemo();
    void roundTripExample();
};

void TestCoreTopologyJson::parsesTheExample()
{
    const Result<Topology> parsed = TopologyJson::parse(example);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    const Topology& t = *parsed;

    QCOMPARE(t.sites().size(), 4);
    QCOMPARE(t.sites()[0], (Site{s("Central"), SiteKind::MsupplyCentral, {}, {}, {}}));
    QCOMPARE(t.sites()[1], (Site{s("OMS Hub"), SiteKind::OmsCentral, {{Category::Core, s("Central")}}, {}, {}}));
    QCOMPARE(t.sites()[2], (Site{s("Clinic A"),
                                 SiteKind::OmsStandalone,
                                 {{Category::Core, s("Central")}, {Category::Oms, s("OMS Hub")}},
                                 {},
                                 {}}));
    QCOMPARE(t.sites()[3], (Site{s("Front Desk"), SiteKind::MsupplyClient, {}, s("Central"), {}}));

    QCOMPARE(t.stores().size(), 1);
    QCOMPARE(t.stores()[0],
             (Store{s("CPH"), s("Central Pharmacy"), s("Central"), {{s("Clinic A"), SyncType::Transfer}}}));

    QCOMPARE(t.central(), t.site(s("Central")));
    QCOMPARE(t.hubFor(s("Clinic A"), Category::Oms), s("OMS Hub"));
    QCOMPARE(t.hubFor(s("Clinic A"), Category::Core), s("Central"));
    QCOMPARE(t.hubFor(s("OMS Hub"), Category::Oms), s("OMS Hub"));
    QCOMPARE(t.hubFor(s("Central"), Category::Core), s("Central"));
    QCOMPARE(t.hubFor(s("Front Desk"), Category::Core), QString());

    QVERIFY(TopologyValidator::validate(t).isEmpty());
}

void TestCoreTopologyJson::impliedEntries()
{
    // The home is Active without being listed; the msupply_central holds every other store as Collector.
    QByteArray json = example;
    json.replace(R"(}]})", R"(},{"code":"CLA","name":"Clinic A Store","home":"Clinic A"}]})");
    const Result<Topology> parsed = TopologyJson::parse(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    const Topology& t = *parsed;
    QCOMPARE(t.syncType(s("CPH"), s("Central")), SyncType::Active);
    QCOMPARE(t.syncType(s("CPH"), s("Clinic A")), SyncType::Transfer);
    QCOMPARE(t.syncType(s("CPH"), s("OMS Hub")), SyncType::None);
    QCOMPARE(t.syncType(s("CPH"), s("Front Desk")), SyncType::None);
    QCOMPARE(t.syncType(s("CLA"), s("Clinic A")), SyncType::Active);
    QCOMPARE(t.syncType(s("CLA"), s("Central")), SyncType::Collector);
    QCOMPARE(t.syncType(s("CLA"), s("OMS Hub")), SyncType::None);
    QVERIFY(t.store(s("CLA"))->visibility.isEmpty());
    QCOMPARE(t.activeStores(s("Central")), QStringList{s("CPH")});
    QCOMPARE(t.activeStores(s("Clinic A")), QStringList{s("CLA")});
}

void TestCoreTopologyJson::formatErrors_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");

    const auto row = [](const char* name, const char* from, const char* to, const char* path, const char* reason) {
        QTest::newRow(name) << QByteArray(from) << QByteArray(to) << s(path) << s(reason);
    };

    // The document as a whole.
    row("not JSON", "", R"({"sites":[{"name":"Central",)", "$", "not valid JSON");
    row("empty file", "", "", "$", "not valid JSON");
    row("root is an array", "", R"([{"name":"Central","kind":"msupply_central"}])", "$", "expected an object");
    row("missing sites", "", R"({"stores":[]})", "$", R"(missing required key "sites")");
    row("sites is not an array", "", R"({"sites":{"name":"Central"}})", "$.sites", "expected an array");
    row("stores is not an array", "", R"({"sites":[],"stores":"CPH"})", "$.stores", "expected an array");
    row("unknown top-level key", R"({"sites":)", R"({"version":1,"sites":)", "$.version", "unknown key");

    // Sites.
    row("site is not an object", "", R"({"sites":["Central"]})", "$.sites[0]", "expected an object");
    row("unknown site key", R"("kind":"msupply_central"})", R"("kind":"msupply_central","Kind":"x"})",
        "$.sites[0].Kind", "unknown key");
    row("unknown kind", R"("kind":"oms_standalone")", R"("kind":"oms_standlone")", "$.sites[2].kind",
        R"(unknown site kind "oms_standlone")");
    row("kind in the wrong case", R"("kind":"msupply_client")", R"("kind":"MSUPPLY_CLIENT")", "$.sites[3].kind",
        "unknown site kind");
    row("missing kind", R"(,"kind":"msupply_client")", "", "$.sites[3]", R"(missing required key "kind")");
    row("missing name", R"("name":"Clinic A",)", "", "$.sites[2]", R"(missing required key "name")");
    row("empty name", R"("name":"Clinic A")", R"("name":"")", "$.sites[2].name", "must not be empty");
    row("blank name", R"("name":"Clinic A")", R"("name":"  ")", "$.sites[2].name", "must not be empty");
    row("duplicate site name", R"("name":"Front Desk")", R"("name":"Clinic A")", "$.sites[3].name",
        R"(duplicate site name "Clinic A")");
    row("link to a missing site", R"("oms":"OMS Hub")", R"("oms":"OMS Hub 2")", "$.sites[2].links.oms",
        R"(no site is named "OMS Hub 2")");
    row("unknown category in links", R"("oms":"OMS Hub")", R"("assets":"OMS Hub")", "$.sites[2].links.assets",
        R"(unknown data category "assets")");
    row("server names a missing site", R"("server":"Central")", R"("server":"Centrale")", "$.sites[3].server",
        R"(no site is named "Centrale")");
    row("empty server", R"("server":"Central")", R"("server":"")", "$.sites[3].server", "no site is named");
    row("url on a site that serves nobody", R"("kind":"oms_standalone")",
        R"("kind":"oms_standalone","url":"http://127.0.0.1:8000")", "$.sites[2].url", "only a hub or a server");

    // Stores.
    row("store is not an object", R"([{"code":"CPH")", R"([null,{"code":"CPH")", "$.stores[0]", "expected an object");
    row("unknown store key", R"("home":"Central")", R"("home":"Central","homes":"Central")", "$.stores[0].homes",
        "unknown key");
    row("missing store code", R"("code":"CPH",)", "", "$.stores[0]", R"(missing required key "code")");
    row("missing store name", R"("name":"Central Pharmacy",)", "", "$.stores[0]", R"(missing required key "name")");
    row("missing store home", R"("home":"Central",)", "", "$.stores[0]", R"(missing required key "home")");
    row("duplicate store code", R"({"Clinic A":"transfer"}})",
        R"({"Clinic A":"transfer"}},{"code":"CPH","name":"Copy","home":"Central"})", "$.stores[1].code",
        R"(duplicate store code "CPH")");
    row("store home is a missing site", R"("home":"Central")", R"("home":"Head Office")", "$.stores[0].home",
        R"(no site is named "Head Office")");
    row("visibility names a missing site", R"({"Clinic A":"transfer"})", R"({"Clinic B":"transfer"})",
        R"($.stores[0].visibility["Clinic B"])", R"(no site is named "Clinic B")");
    row("unknown sync type", R"("transfer")", R"("transfers")", R"($.stores[0].visibility["Clinic A"])",
        R"(unknown sync type "transfers")");
    row("sync type none", R"("transfer")", R"("none")", R"($.stores[0].visibility["Clinic A"])",
        R"(unknown sync type "none")");
    row("sync type in the wrong case", R"("transfer")", R"("Transfer")", R"($.stores[0].visibility["Clinic A"])",
        "unknown sync type");

    // Values of the wrong JSON type.
    row("name is a number", R"("name":"Central",)", R"("name":42,)", "$.sites[0].name", "expected a string");
    row("kind is null", R"("kind":"msupply_client")", R"("kind":null)", "$.sites[3].kind", "expected a string");
    row("links is a string", R"("links":{"core":"Central"}},)", R"("links":"Central"},)", "$.sites[1].links",
        "expected an object");
    row("link target is a number", R"("links":{"core":"Central"}},)", R"("links":{"core":1}},)",
        "$.sites[1].links.core", "expected a site name");
    row("server is an array", R"("server":"Central")", R"("server":["Central"])", "$.sites[3].server",
        "expected a string");
    row("store code is a number", R"("code":"CPH")", R"("code":7)", "$.stores[0].code", "expected a string");
    row("visibility is an array", R"({"Clinic A":"transfer"})", R"(["Clinic A"])", "$.stores[0].visibility",
        "expected an object");
    row("sync type is a boolean", R"("transfer")", "true", R"($.stores[0].visibility["Clinic A"])",
        "unknown sync type");
}

void TestCoreTopologyJson::formatErrors()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, path);
    QFETCH(QString, reason);

    const QByteArray json = mutated(from, to);
    QVERIFY2(!json.startsWith("mutation does not apply"), json.constData());
    const Result<Topology> parsed = TopologyJson::parse(json);
    QVERIFY2(!parsed.ok(), json.constData());
    const Error& error = parsed.error();
    QCOMPARE(error.code, QStringLiteral("topology_format"));
    QCOMPARE(error.details.toString(), path);
    QVERIFY2(error.message.startsWith(path + QStringLiteral(": ")), qPrintable(error.message));
    QVERIFY2(error.message.contains(reason), qPrintable(error.message));
}

void TestCoreTopologyJson::ruleViolationsAreNotFormatErrors_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QStringList>("expected");

    // The spec: `active` for a non-home site is R5, naming the home R6, Collector or Transfer on a client R6.
    QTest::newRow("active on a second site")
        << QByteArray(R"("Clinic A":"transfer")") << QByteArray(R"("Clinic A":"active")") << QStringList{s("R5 CPH")};
    QTest::newRow("visibility names the home")
        << QByteArray(R"("Clinic A":"transfer")") << QByteArray(R"("Central":"collector")") << QStringList{s("R6 CPH")};
    QTest::newRow("transfer on a client") << QByteArray(R"("Clinic A":"transfer")")
                                          << QByteArray(R"("Front Desk":"transfer")") << QStringList{s("R6 CPH")};
    QTest::newRow("collector on a client") << QByteArray(R"("Clinic A":"transfer")")
                                           << QByteArray(R"("Front Desk":"collector")") << QStringList{s("R6 CPH")};
    QTest::newRow("store homed on a client")
        << QByteArray(R"("home":"Central")") << QByteArray(R"("home":"Front Desk")") << QStringList{s("R5 CPH")};
    QTest::newRow("client with a link") << QByteArray(R"("server":"Central")")
                                        << QByteArray(R"("server":"Central","links":{"core":"Central"})")
                                        << QStringList{s("R4 Front Desk")};
    QTest::newRow("data site with a server")
        << QByteArray(R"("kind":"oms_standalone")") << QByteArray(R"("kind":"oms_standalone","server":"Central")")
        << QStringList{s("R4 Clinic A")};
    QTest::newRow("second central") << QByteArray(R"("kind":"oms_central")")
                                    << QByteArray(R"("kind":"msupply_central")")
                                    << QStringList{s("R1 OMS Hub"), s("R2 OMS Hub"), s("R3 Clinic A")};
    QTest::newRow("oms link missing") << QByteArray(R"(,"oms":"OMS Hub")") << QByteArray()
                                      << QStringList{s("R3 Clinic A")};
}

void TestCoreTopologyJson::ruleViolationsAreNotFormatErrors()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QStringList, expected);

    const QByteArray json = mutated(from, to);
    QVERIFY2(!json.startsWith("mutation does not apply"), json.constData());
    const Result<Topology> parsed = TopologyJson::parse(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(ruleSubjects(TopologyValidator::validate(*parsed)), expected);
}

void TestCoreTopologyJson::forwardReferences()
{
    // Links and servers may name sites that come later in the list.
    const QByteArray json =
        R"({"sites":[{"name":"Desk","kind":"msupply_client","server":"Central"},)"
        R"({"name":"Remote","kind":"msupply_remote","links":{"core":"Central"},"url":"http://127.0.0.1:9001"},)"
        R"({"name":"Central","kind":"msupply_central","url":"http://127.0.0.1:9000"}]})";
    const Result<Topology> parsed = TopologyJson::parse(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->sites().size(), 3);
    QCOMPARE(parsed->site(s("Desk"))->server, s("Central"));
    QCOMPARE(parsed->site(s("Remote"))->url, s("http://127.0.0.1:9001"));
    QCOMPARE(parsed->site(s("Central"))->url, s("http://127.0.0.1:9000"));
    QVERIFY(parsed->stores().isEmpty());
    QVERIFY(TopologyValidator::validate(*parsed).isEmpty());
}

void TestCoreTopologyJson::optionalKeys()
{
    // "stores", "links", "server", "url" and "visibility" may be left out; empty objects and arrays are fine.
    const QByteArray json = R"({"sites":[{"name":"Central","kind":"msupply_central","links":{}}],"stores":[)"
                            R"({"code":"CPH","name":"Central Pharmacy","home":"Central","visibility":{}}]})";
    const Result<Topology> parsed = TopologyJson::parse(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QVERIFY(parsed->site(s("Central"))->links.isEmpty());
    QVERIFY(parsed->store(s("CPH"))->visibility.isEmpty());
    QVERIFY(TopologyJson::parse(R"({"sites":[]})").ok());
}

void TestCoreTopologyJson::roundTripDemo_data()
{
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 20; ++seed)
        QTest::addRow("seed %d", seed) << seed;
}

void TestCoreTopologyJson::roundTripDemo()
{
    QFETCH(int, seed);
    const Topology demo = DemoNetwork::generate(std::uint64_t(seed)).topology;
    const QByteArray json = TopologyJson::serialize(demo);
    const Result<Topology> parsed = TopologyJson::parse(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->sites().size(), demo.sites().size());
    QCOMPARE(parsed->stores().size(), demo.stores().size());
    QVERIFY(*parsed == demo);
    QCOMPARE(TopologyJson::serialize(*parsed), json);
}

void TestCoreTopologyJson::roundTripExample()
{
    const Result<Topology> parsed = TopologyJson::parse(example);
    QVERIFY(parsed.ok());
    const Result<Topology> again = TopologyJson::parse(TopologyJson::serialize(*parsed));
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QVERIFY(*again == *parsed);

    // A changed topology does not compare equal: the comparison is not vacuous.
    Topology changed = *parsed;
    QVERIFY(changed.setSyncType(s("CPH"), s("Clinic A"), SyncType::Collector));
    QVERIFY(changed != *parsed);
    const Result<Topology> changedAgain = TopologyJson::parse(TopologyJson::serialize(changed));
    QVERIFY(changedAgain.ok());
    QVERIFY(*changedAgain == changed);
}

} // namespace syncsites

QTEST_GUILESS_MAIN(syncsites::TestCoreTopologyJson)
#include "TestCoreTopologyJson.moc"
