// TopologyValidator against rules R1..R7 of the sync model: for each rule valid and broken variants of one small
// network, asserting the exact rule ids and subjects reported.
#include "DemoNetwork.h"
#include "TopologyValidator.h"

#include <QTest>

#include <functional>

namespace syncsites {

using Edit = std::function<void(Topology&)>;

} // namespace syncsites

Q_DECLARE_METATYPE(syncsites::Edit)

namespace syncsites {

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

Site site(const char* name, SiteKind kind, const char* core = nullptr, const char* oms = nullptr,
          const char* server = nullptr)
{
    Site out;
    out.name = s(name);
    out.kind = kind;
    if (core)
        out.links.insert(Category::Core, s(core));
    if (oms)
        out.links.insert(Category::Oms, s(oms));
    if (server)
        out.server = s(server);
    return out;
}

// The smallest network with every shape the rules talk about: both hubs, a legacy and an Open mSupply site,
// one client of each family, a store on the central and one on an Open mSupply site.
Topology minimal()
{
    Topology t;
    t.putSite(site("Central", SiteKind::MsupplyCentral));
    t.putSite(site("OMS Hub", SiteKind::OmsCentral, "Central"));
    t.putSite(site("Remote", SiteKind::MsupplyRemote, "Central"));
    t.putSite(site("Clinic", SiteKind::OmsStandalone, "Central", "OMS Hub"));
    t.putSite(site("Front Desk", SiteKind::MsupplyClient, nullptr, nullptr, "Central"));
    t.putSite(site("Desk", SiteKind::OmsDesktop, nullptr, nullptr, "OMS Hub"));
    t.putStore(Store{s("CPH"), s("Central Pharmacy"), s("Central"), {{s("Clinic"), SyncType::Transfer}}});
    t.putStore(Store{s("CLN"), s("Clinic Store"), s("Clinic"), {{s("Remote"), SyncType::Collector}}});
    return t;
}

// Edits that read as sentences in the table below.
Edit addSite(const Site& added)
{
    return [added](Topology& t) {
        t.putSite(added);
    };
}

Edit changeSite(const char* name, std::function<void(Site&)> change)
{
    return [name, change](Topology& t) {
        Site copy = *t.site(s(name));
        change(copy);
        t.putSite(copy);
    };
}

Edit setLink(const char* name, Category category, const char* target)
{
    return changeSite(name, [category, target](Site& x) {
        if (target)
            x.links.insert(category, s(target));
        else
            x.links.remove(category);
    });
}

Edit setServer(const char* name, const char* server)
{
    return changeSite(name, [server](Site& x) { x.server = server ? s(server) : QString(); });
}

Edit setKind(const char* name, SiteKind kind)
{
    return changeSite(name, [kind](Site& x) { x.kind = kind; });
}

Edit removeSite(const char* name)
{
    return [name](Topology& t) {
        t.removeSite(s(name));
    };
}

Edit removeStore(const char* code)
{
    return [code](Topology& t) {
        t.removeStore(s(code));
    };
}

// Writes a visibility entry as a topology file would, without Topology::setSyncType's normalising.
Edit setVisibility(const char* code, const char* siteName, SyncType type)
{
    return [code, siteName, type](Topology& t) {
        Store copy = *t.store(s(code));
        copy.visibility.insert(s(siteName), type);
        t.putStore(copy);
    };
}

Edit setHome(const char* code, const char* home)
{
    return [code, home](Topology& t) {
        Store copy = *t.store(s(code));
        copy.home = s(home);
        t.putStore(copy);
    };
}

// Moves the home as an administrator does: the old home keeps a Collector copy.
Edit moveHome(const char* code, const char* home)
{
    return [code, home](Topology& t) {
        t.setSyncType(s(code), s(home), SyncType::Active);
    };
}

Edit addStore(const Store& store)
{
    return [store](Topology& t) {
        t.putStore(store);
    };
}

Edit both(Edit a, Edit b)
{
    return [a, b](Topology& t) {
        a(t);
        b(t);
    };
}

Edit noEdit()
{
    return [](Topology&) {
    };
}

// "R5 CPH" per violation, in reporting order.
QStringList ruleSubjects(const QVector<Violation>& violations)
{
    QStringList out;
    for (const Violation& v : violations)
        out.append(v.subject.isEmpty() ? v.rule : v.rule + QLatin1Char(' ') + v.subject);
    return out;
}

} // namespace

class TestCoreValidator : public QObject
{
    Q_OBJECT

private slots:
    void minimalIsValid();
    void rules_data();
    void rules();
    void emptyNetwork();
    void severalViolationsTogether();
    void storeSubjectIsTheCode();
    void demoNetworkIsValid_data();
    void demoNetworkIsValid();
    void demoHandOverChecksR7();
};

void TestCoreValidator::minimalIsValid()
{
    const QVector<Violation> violations = TopologyValidator::validate(minimal());
    QVERIFY2(violations.isEmpty(), qPrintable(ruleSubjects(violations).join(QStringLiteral("; "))));
}

void TestCoreValidator::rules_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QStringList>("omsStores");
    QTest::addColumn<QStringList>("expected");

    const QStringList none;
    const auto row = [](const char* name) -> QTestData& {
        return QTest::newRow(name);
    };

    // R1: exactly one msupply_central.
    row("R1 valid: one central") << noEdit() << none << none;
    row("R1 broken: a second central") << addSite(site("Central 2", SiteKind::MsupplyCentral)) << none
                                       << QStringList{s("R1 Central 2")};
    row("R1 broken: a remote turned into a second central")
        << setKind("Remote", SiteKind::MsupplyCentral) << none << QStringList{s("R1 Remote"), s("R2 Remote")};
    row("R1 broken: three centrals") << both(addSite(site("Central 2", SiteKind::MsupplyCentral)),
                                             addSite(site("Central 3", SiteKind::MsupplyCentral)))
                                     << none << QStringList{s("R1 Central 2"), s("R1 Central 3")};

    // R2: every data-holding site but the central links to it for core.
    row("R2 valid: every kind linked to the central")
        << both(addSite(site("Single", SiteKind::MsupplySingleUser, "Central")),
                both(addSite(site("Mobile", SiteKind::MsupplyMobile, "Central")),
                     addSite(site("Android", SiteKind::OmsAndroid, "Central", "OMS Hub"))))
        << none << none;
    row("R2 broken: remote has no core link")
        << setLink("Remote", Category::Core, nullptr) << none << QStringList{s("R2 Remote")};
    row("R2 broken: core link to a remote, not the central")
        << addSite(site("Single", SiteKind::MsupplySingleUser, "Remote")) << none << QStringList{s("R2 Single")};
    row("R2 broken: core link to the oms_central")
        << setLink("Clinic", Category::Core, "OMS Hub") << none << QStringList{s("R2 Clinic")};
    row("R2 broken: core link to a site that does not exist")
        << setLink("Remote", Category::Core, "Nowhere") << none << QStringList{s("R2 Remote")};
    row("R2 broken: the central links for core")
        << setLink("Central", Category::Core, "Remote") << none << QStringList{s("R2 Central")};
    row("R2 broken: the oms_central has no core link")
        << setLink("OMS Hub", Category::Core, nullptr) << none << QStringList{s("R2 OMS Hub")};

    // R3: Open mSupply sites link to the one oms_central for oms.
    row("R3 valid: remote and android link to the oms_central")
        << both(addSite(site("OMS Remote", SiteKind::OmsRemote, "Central", "OMS Hub")),
                addSite(site("Android", SiteKind::OmsAndroid, "Central", "OMS Hub")))
        << none << none;
    row("R3 valid: no Open mSupply site and no oms_central")
        << both(both(removeSite("Desk"), removeStore("CLN")),
                both(both(removeSite("OMS Hub"), removeSite("Clinic")), setVisibility("CPH", "Clinic", SyncType::None)))
        << none << none;
    row("R3 broken: standalone has no oms link")
        << setLink("Clinic", Category::Oms, nullptr) << none << QStringList{s("R3 Clinic")};
    row("R3 broken: oms link to the msupply_central")
        << setLink("Clinic", Category::Oms, "Central") << none << QStringList{s("R3 Clinic")};
    row("R3 broken: oms link to a site that does not exist")
        << setLink("Clinic", Category::Oms, "Nowhere") << none << QStringList{s("R3 Clinic")};
    row("R3 broken: Open mSupply sites but no oms_central")
        << both(removeSite("Desk"), both(removeSite("OMS Hub"), setLink("Clinic", Category::Oms, nullptr))) << none
        << QStringList{s("R3 Clinic")};
    row("R3 broken: two oms_centrals") << addSite(site("OMS Hub 2", SiteKind::OmsCentral, "Central")) << none
                                       << QStringList{s("R3 OMS Hub 2")};
    row("R3 broken: a legacy site with an oms link")
        << setLink("Remote", Category::Oms, "OMS Hub") << none << QStringList{s("R3 Remote")};
    row("R3 broken: the oms_central links for oms")
        << setLink("OMS Hub", Category::Oms, "OMS Hub") << none << QStringList{s("R3 OMS Hub")};

    // R4: clients hold no stores and attach to one server of an allowed kind.
    row("R4 valid: msupply_client on a remote, oms_desktop on an oms_remote and an oms_android")
        << both(both(addSite(site("Remote Desk", SiteKind::MsupplyClient, nullptr, nullptr, "Remote")),
                     addSite(site("OMS Remote", SiteKind::OmsRemote, "Central", "OMS Hub"))),
                both(both(addSite(site("Android", SiteKind::OmsAndroid, "Central", "OMS Hub")),
                          addSite(site("Tablet", SiteKind::OmsDesktop, nullptr, nullptr, "Android"))),
                     addSite(site("Laptop", SiteKind::OmsDesktop, nullptr, nullptr, "OMS Remote"))))
        << none << none;
    row("R4 broken: client attached to no server")
        << setServer("Front Desk", nullptr) << none << QStringList{s("R4 Front Desk")};
    row("R4 broken: msupply_client on an oms_standalone")
        << setServer("Front Desk", "Clinic") << none << QStringList{s("R4 Front Desk")};
    row("R4 broken: msupply_client on the oms_central")
        << setServer("Front Desk", "OMS Hub") << none << QStringList{s("R4 Front Desk")};
    row("R4 broken: oms_desktop on the msupply_central")
        << setServer("Desk", "Central") << none << QStringList{s("R4 Desk")};
    row("R4 broken: oms_desktop on an oms_standalone")
        << setServer("Desk", "Clinic") << none << QStringList{s("R4 Desk")};
    row("R4 broken: client attached to another client")
        << setServer("Desk", "Front Desk") << none << QStringList{s("R4 Desk")};
    row("R4 broken: client attached to a site that does not exist")
        << setServer("Desk", "Nowhere") << none << QStringList{s("R4 Desk")};
    row("R4 broken: client with a sync link")
        << setLink("Front Desk", Category::Core, "Central") << none << QStringList{s("R4 Front Desk")};
    row("R4 broken: data-holding site attached to a server")
        << setServer("Remote", "Central") << none << QStringList{s("R4 Remote")};

    // R5: one Active site per store, holding data.
    row("R5 valid: store Active on a remote")
        << addStore(Store{s("RMT"), s("Remote Store"), s("Remote"), {}}) << none << none;
    row("R5 broken: visibility names a second active site")
        << setVisibility("CPH", "Remote", SyncType::Active) << none << QStringList{s("R5 CPH")};
    row("R5 broken: active on the central for a store homed elsewhere")
        << setVisibility("CLN", "Central", SyncType::Active) << none << QStringList{s("R5 CLN")};
    row("R5 broken: store with no home") << setHome("CLN", "") << none << QStringList{s("R5 CLN")};
    row("R5 broken: home is not a site") << setHome("CLN", "Nowhere") << none << QStringList{s("R5 CLN")};
    row("R5 broken: home is a client") << addStore(Store{s("FD"), s("Desk Store"), s("Front Desk"), {}}) << none
                                       << QStringList{s("R5 FD")};

    // R6: Collector and Transfer only on data-holding sites other than the home.
    row("R6 valid: collector and transfer on sites") << both(setVisibility("CPH", "Remote", SyncType::Collector),
                                                             setVisibility("CLN", "OMS Hub", SyncType::Transfer))
                                                     << none << none;
    row("R6 valid: explicit collector on the central")
        << setVisibility("CLN", "Central", SyncType::Collector) << none << none;
    row("R6 broken: visibility names the home (collector)")
        << setVisibility("CPH", "Central", SyncType::Collector) << none << QStringList{s("R6 CPH")};
    row("R6 broken: visibility names the home (transfer)")
        << setVisibility("CLN", "Clinic", SyncType::Transfer) << none << QStringList{s("R6 CLN")};
    row("R6 broken: visibility names the home (active)")
        << setVisibility("CLN", "Clinic", SyncType::Active) << none << QStringList{s("R6 CLN")};
    row("R6 broken: collector on an msupply_client")
        << setVisibility("CPH", "Front Desk", SyncType::Collector) << none << QStringList{s("R6 CPH")};
    row("R6 broken: transfer on an oms_desktop")
        << setVisibility("CLN", "Desk", SyncType::Transfer) << none << QStringList{s("R6 CLN")};
    row("R6 broken: transfer on the msupply_central")
        << setVisibility("CLN", "Central", SyncType::Transfer) << none << QStringList{s("R6 CLN")};
    row("R6 broken: visibility on a site that does not exist")
        << setVisibility("CLN", "Nowhere", SyncType::Collector) << none << QStringList{s("R6 CLN")};

    // R7: oms data only in stores homed on an Open mSupply kind (only for the stores named).
    row("R7 valid: oms data in a store on an oms_standalone") << noEdit() << QStringList{s("CLN")} << none;
    row("R7 valid: a legacy store without oms data") << noEdit() << QStringList{s("UNKNOWN")} << none;
    row("R7 broken: oms data in a store on the msupply_central")
        << noEdit() << QStringList{s("CPH")} << QStringList{s("R7 CPH")};
    row("R7 broken: store with oms data moved to a legacy remote")
        << setHome("CLN", "Remote") << QStringList{s("CLN")} << QStringList{s("R6 CLN"), s("R7 CLN")};
    row("R7 broken: oms data, home moved to a legacy remote (cleanly)")
        << moveHome("CLN", "Remote") << QStringList{s("CLN"), s("CPH")} << QStringList{s("R7 CPH"), s("R7 CLN")};
}

void TestCoreValidator::rules()
{
    QFETCH(Edit, edit);
    QFETCH(QStringList, omsStores);
    QFETCH(QStringList, expected);

    Topology t = minimal();
    edit(t);
    const QSet<QString> oms(omsStores.cbegin(), omsStores.cend());
    const QVector<Violation> violations = TopologyValidator::validate(t, oms);
    QCOMPARE(ruleSubjects(violations), expected);
    for (const Violation& v : violations) {
        // A sentence an administrator can act on, naming what it is about.
        QVERIFY(v.message.size() > 30);
        QVERIFY2(v.message.endsWith(QLatin1Char('.')), qPrintable(v.message));
        if (!v.subject.isEmpty())
            QVERIFY2(v.message.contains(v.subject), qPrintable(v.message));
    }
}

void TestCoreValidator::emptyNetwork()
{
    const QVector<Violation> violations = TopologyValidator::validate(Topology());
    QCOMPARE(ruleSubjects(violations), QStringList{s("R1")});
    QVERIFY(violations[0].subject.isEmpty());
    QVERIFY(violations[0].message.contains(QLatin1String("mSupply Server (Central)")));
}

void TestCoreValidator::severalViolationsTogether()
{
    // Network rules first, then sites in order, then stores in order; every broken rule, not just the first.
    Topology t = minimal();
    t.putSite(site("Central 2", SiteKind::MsupplyCentral));
    t.putSite(site("OMS Hub 2", SiteKind::OmsCentral, "Central"));
    setLink("Remote", Category::Core, nullptr)(t);
    setLink("Clinic", Category::Oms, "Remote")(t);
    setServer("Front Desk", nullptr)(t);
    setVisibility("CPH", "Remote", SyncType::Active)(t);
    setVisibility("CPH", "Desk", SyncType::Collector)(t);
    setVisibility("CLN", "Clinic", SyncType::Collector)(t);

    const QVector<Violation> violations = TopologyValidator::validate(t, {s("CPH")});
    QCOMPARE(ruleSubjects(violations),
             (QStringList{s("R1 Central 2"), s("R3 OMS Hub 2"), s("R2 Remote"), s("R3 Clinic"), s("R4 Front Desk"),
                          s("R6 CPH"), s("R5 CPH"), s("R7 CPH"), s("R6 CLN")}));
}

void TestCoreValidator::storeSubjectIsTheCode()
{
    // Two stores of the same name are told apart by their codes; the message names the store for people.
    Topology t = minimal();
    t.putStore(Store{s("DSP-A"), s("Dispensary"), s("Front Desk"), {}});
    t.putStore(Store{s("DSP-B"), s("Dispensary"), s("Front Desk"), {}});
    const QVector<Violation> violations = TopologyValidator::validate(t);
    QCOMPARE(ruleSubjects(violations), (QStringList{s("R5 DSP-A"), s("R5 DSP-B")}));
    QVERIFY2(violations[0].message.contains(QLatin1String("\"Dispensary\" (DSP-A)")),
             qPrintable(violations[0].message));
    QVERIFY2(violations[0].message.contains(QLatin1String("Front Desk")), qPrintable(violations[0].message));
}

void TestCoreValidator::demoNetworkIsValid_data()
{
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 20; ++seed)
        QTest::addRow("seed %d", seed) << seed;
}

void TestCoreValidator::demoNetworkIsValid()
{
    QFETCH(int, seed);
    const DemoNetwork net = DemoNetwork::generate(std::uint64_t(seed));
    const QVector<Violation> violations = TopologyValidator::validate(net.topology);
    QVERIFY2(violations.isEmpty(), qPrintable(ruleSubjects(violations).join(QStringLiteral("; "))));

    // The demo's Open mSupply stores may hold assets; its legacy stores may not.
    QSet<QString> omsStores;
    for (const Store& store : net.topology.stores()) {
        if (net.topology.site(store.home)->info().openMsupply)
            omsStores.insert(store.code);
    }
    QVERIFY(!omsStores.isEmpty());
    QVERIFY(TopologyValidator::validate(net.topology, omsStores).isEmpty());
}

void TestCoreValidator::demoHandOverChecksR7()
{
    // Moving a store that holds assets from the oms_central to the msupply_central breaks R7; the old home keeps
    // a Collector copy, which is allowed.
    Topology t = DemoNetwork::generate().topology;
    QVERIFY(t.setSyncType(s("EPI"), s("National Medical Stores"), SyncType::Active));
    QCOMPARE(t.syncType(s("EPI"), s("National Cold Chain Hub")), SyncType::Collector);
    QVERIFY(TopologyValidator::validate(t).isEmpty());
    QCOMPARE(ruleSubjects(TopologyValidator::validate(t, {s("EPI")})), QStringList{s("R7 EPI")});
}

} // namespace syncsites

QTEST_GUILESS_MAIN(syncsites::TestCoreValidator)
#include "TestCoreValidator.moc"
