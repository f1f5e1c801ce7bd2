// VisibilityPlanner::plan against every row of the spec's table "Changes of visibility", with the edits made the
// way an administrator makes them (Topology::setSyncType).
#include "DemoNetwork.h"
#include "TopologyValidator.h"
#include "VisibilityPlanner.h"

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
    Site out{s(name), kind, {}, {}, {}};
    if (core)
        out.links.insert(Category::Core, s(core));
    if (oms)
        out.links.insert(Category::Oms, s(oms));
    if (server)
        out.server = s(server);
    return out;
}

// Sites:  Central, Hub (oms_central), Remote (msupply_remote), Clinic (oms_standalone), Android (oms_android),
//         Desk (msupply_client of Central), Tablet (oms_desktop of Android).
// Stores: CEN  Active on Central
//         REM  Active on Remote; Collector on Clinic, Transfer on Android
Topology network()
{
    Topology t;
    t.putSite(site("Central", SiteKind::MsupplyCentral));
    t.putSite(site("Hub", SiteKind::OmsCentral, "Central"));
    t.putSite(site("Remote", SiteKind::MsupplyRemote, "Central"));
    t.putSite(site("Clinic", SiteKind::OmsStandalone, "Central", "Hub"));
    t.putSite(site("Android", SiteKind::OmsAndroid, "Central", "Hub"));
    t.putSite(site("Desk", SiteKind::MsupplyClient, nullptr, nullptr, "Central"));
    t.putSite(site("Tablet", SiteKind::OmsDesktop, nullptr, nullptr, "Android"));
    t.putStore(Store{s("CEN"), s("Central Warehouse"), s("Central"), {}});
    t.putStore(Store{s("REM"),
                     s("Remote Store"),
                     s("Remote"),
                     {{s("Clinic"), SyncType::Collector}, {s("Android"), SyncType::Transfer}}});
    return t;
}

Edit set(const char* store, const char* siteName, SyncType type)
{
    return [store, siteName, type](Topology& t) {
        QVERIFY(t.setSyncType(s(store), s(siteName), type));
    };
}

Edit both(Edit a, Edit b)
{
    return [a, b](Topology& t) {
        a(t);
        b(t);
    };
}

// "backfill REM Hub none>collector", "purge REM Clinic collector>transfer", "handover REM Clinic<Remote".
QStringList describe(const QVector<VisibilityAction>& actions)
{
    QStringList out;
    for (const VisibilityAction& a : actions) {
        switch (a.kind) {
        case VisibilityAction::Kind::HandOver:
            if (a.before != SyncType::Active || a.after != SyncType::Active)
                out.append(s("unexpected types on a hand-over"));
            out.append(QStringLiteral("handover %1 %2<%3").arg(a.store, a.site, a.fromSite));
            break;
        case VisibilityAction::Kind::Backfill:
        case VisibilityAction::Kind::Purge:
            out.append(QStringLiteral("%1 %2 %3 %4>%5")
                           .arg(a.kind == VisibilityAction::Kind::Backfill ? s("backfill") : s("purge"), a.store,
                                a.site, syncTypeId(a.before), syncTypeId(a.after)));
            if (!a.fromSite.isEmpty())
                out.append(s("unexpected fromSite ") + a.fromSite);
            break;
        }
    }
    return out;
}

} // namespace

class TestCoreVisibilityPlanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void plan_data();
    void plan();
    void setSyncTypeMovesTheHome();
    void removedStoreIsPurgedWhereHeld();
    void newStoreNeedsNothing();
    void noChangeNoActions();
    void docExamples_data();
    void docExamples();
};

void TestCoreVisibilityPlanner::initTestCase()
{
    QVERIFY(TopologyValidator::validate(network()).isEmpty());
}

void TestCoreVisibilityPlanner::plan_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QStringList>("expected");

    const QStringList nothing;
    // none -> Transfer: nothing more (transfers naming S's stores already flow), nothing lost.
    QTest::newRow("none > transfer") << set("REM", "Hub", SyncType::Transfer) << nothing;
    // none or Transfer -> Collector: the store's whole history.
    QTest::newRow("none > collector") << set("REM", "Hub", SyncType::Collector)
                                      << QStringList{s("backfill REM Hub none>collector")};
    QTest::newRow("transfer > collector")
        << set("REM", "Android", SyncType::Collector) << QStringList{s("backfill REM Android transfer>collector")};
    // Collector -> Transfer or none: S loses the store's data.
    QTest::newRow("collector > transfer")
        << set("REM", "Clinic", SyncType::Transfer) << QStringList{s("purge REM Clinic collector>transfer")};
    QTest::newRow("collector > none") << set("REM", "Clinic", SyncType::None)
                                      << QStringList{s("purge REM Clinic collector>none")};
    // Transfer -> none: nothing.
    QTest::newRow("transfer > none") << set("REM", "Android", SyncType::None) << nothing;
    QTest::newRow("collector > collector") << set("REM", "Clinic", SyncType::Collector) << nothing;

    // Active moves from X to Y: Y gets the history if it did not hold it; X becomes Collector by default.
    QTest::newRow("active moves to a Collector site")
        << set("REM", "Clinic", SyncType::Active) << QStringList{s("handover REM Clinic<Remote")};
    QTest::newRow("active moves to a Transfer site")
        << set("REM", "Android", SyncType::Active)
        << QStringList{s("handover REM Android<Remote"), s("backfill REM Android transfer>active")};
    QTest::newRow("active moves to a site that did not see it")
        << set("REM", "Hub", SyncType::Active)
        << QStringList{s("handover REM Hub<Remote"), s("backfill REM Hub none>active")};
    QTest::newRow("active moves, old home set to Transfer")
        << both(set("REM", "Clinic", SyncType::Active), set("REM", "Remote", SyncType::Transfer))
        << QStringList{s("handover REM Clinic<Remote"), s("purge REM Remote active>transfer")};
    QTest::newRow("active moves, old home set to none")
        << both(set("REM", "Android", SyncType::Active), set("REM", "Remote", SyncType::None))
        << QStringList{s("handover REM Android<Remote"), s("purge REM Remote active>none"),
                       s("backfill REM Android transfer>active")};
    QTest::newRow("active moves, old home kept as Collector explicitly")
        << both(set("REM", "Clinic", SyncType::Active), set("REM", "Remote", SyncType::Collector))
        << QStringList{s("handover REM Clinic<Remote")};
    QTest::newRow("active moves to the msupply_central")
        << set("REM", "Central", SyncType::Active) << QStringList{s("handover REM Central<Remote")};
    QTest::newRow("active moves away from the msupply_central")
        << set("CEN", "Clinic", SyncType::Active)
        << QStringList{s("handover CEN Clinic<Central"), s("backfill CEN Clinic none>active")};
    QTest::newRow("active moves, another site becomes Collector in the same edit")
        << both(set("REM", "Android", SyncType::Active), set("REM", "Hub", SyncType::Collector))
        << QStringList{s("handover REM Android<Remote"), s("backfill REM Hub none>collector"),
                       s("backfill REM Android transfer>active")};
    QTest::newRow("setting the home to Collector changes nothing")
        << set("REM", "Remote", SyncType::Collector) << nothing;

    // The msupply_central holds every store as Collector, always: clearing it changes nothing.
    QTest::newRow("none on the msupply_central") << set("REM", "Central", SyncType::None) << nothing;

    // Clients hold no data: no actions for them.
    QTest::newRow("collector on an msupply_client") << set("REM", "Desk", SyncType::Collector) << nothing;
    QTest::newRow("transfer on an oms_desktop") << set("CEN", "Tablet", SyncType::Transfer) << nothing;

    // Several stores in one edit: per store, in topology order.
    QTest::newRow("two stores") << both(set("REM", "Hub", SyncType::Collector),
                                        set("CEN", "Clinic", SyncType::Collector))
                                << QStringList{s("backfill CEN Clinic none>collector"),
                                               s("backfill REM Hub none>collector")};
}

void TestCoreVisibilityPlanner::plan()
{
    QFETCH(Edit, edit);
    QFETCH(QStringList, expected);

    const Topology before = network();
    Topology after = before;
    edit(after);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(describe(VisibilityPlanner::plan(before, after)), expected);
}

void TestCoreVisibilityPlanner::setSyncTypeMovesTheHome()
{
    Topology t = network();
    QVERIFY(t.setSyncType(s("REM"), s("Android"), SyncType::Active));
    QCOMPARE(t.store(s("REM"))->home, s("Android"));
    QCOMPARE(t.syncType(s("REM"), s("Android")), SyncType::Active);
    QCOMPARE(t.syncType(s("REM"), s("Remote")), SyncType::Collector); // the default for the old home
    QCOMPARE(t.syncType(s("REM"), s("Clinic")), SyncType::Collector);
    QVERIFY(!t.store(s("REM"))->visibility.contains(s("Android")));
    QCOMPARE(t.activeStores(s("Android")), QStringList{s("REM")});
    QVERIFY(t.activeStores(s("Remote")).isEmpty());
    QVERIFY(TopologyValidator::validate(t).isEmpty());

    // Moving off the msupply_central leaves its implied Collector, not an explicit entry.
    QVERIFY(t.setSyncType(s("CEN"), s("Clinic"), SyncType::Active));
    QVERIFY(!t.store(s("CEN"))->visibility.contains(s("Central")));
    QCOMPARE(t.syncType(s("CEN"), s("Central")), SyncType::Collector);
    QVERIFY(TopologyValidator::validate(t).isEmpty());

    QVERIFY(!t.setSyncType(s("NOPE"), s("Clinic"), SyncType::Collector));
}

void TestCoreVisibilityPlanner::removedStoreIsPurgedWhereHeld()
{
    const Topology before = network();
    Topology after = before;
    QVERIFY(after.removeStore(s("REM")));
    // Where the data was held (Active or Collector), in site order; not where it was Transfer.
    QCOMPARE(describe(VisibilityPlanner::plan(before, after)),
             (QStringList{s("purge REM Central collector>none"), s("purge REM Remote active>none"),
                          s("purge REM Clinic collector>none")}));
}

void TestCoreVisibilityPlanner::newStoreNeedsNothing()
{
    const Topology before = network();
    Topology after = before;
    after.putStore(Store{s("NEW"), s("New Store"), s("Clinic"), {{s("Remote"), SyncType::Collector}}});
    QVERIFY(describe(VisibilityPlanner::plan(before, after)).isEmpty());
}

void TestCoreVisibilityPlanner::noChangeNoActions()
{
    QVERIFY(VisibilityPlanner::plan(network(), network()).isEmpty());
    QVERIFY(VisibilityPlanner::plan(Topology(), Topology()).isEmpty());
}

void TestCoreVisibilityPlanner::docExamples_data()
{
    // The worked examples of docs/routing.md, on the demo network (seed 1).
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QStringList>("expected");

    const char* north = "Northern Province Server";
    const char* sefa = "Sefa District Hospital";
    const char* lira = "Lira Health Centre";
    QTest::newRow("SEF-LAB collector on the northern server")
        << set("SEF-LAB", north, SyncType::Collector)
        << QStringList{s("backfill SEF-LAB Northern Province Server none>collector")};
    QTest::newRow("SEF-WRD off the northern server")
        << set("SEF-WRD", north, SyncType::None)
        << QStringList{s("purge SEF-WRD Northern Province Server collector>none")};
    QTest::newRow("NP-WH off Sefa") << set("NP-WH", sefa, SyncType::None) << QStringList{};
    QTest::newRow("SEF-PHA collector on Lira")
        << set("SEF-PHA", lira, SyncType::Collector)
        << QStringList{s("backfill SEF-PHA Lira Health Centre transfer>collector")};
    QTest::newRow("LIR-DSP moves to Sefa")
        << set("LIR-DSP", sefa, SyncType::Active)
        << QStringList{s("handover LIR-DSP Sefa District Hospital<Lira Health Centre"),
                       s("backfill LIR-DSP Sefa District Hospital transfer>active")};
    QTest::newRow("LIR-DSP moves to Sefa, Lira set to none")
        << both(set("LIR-DSP", sefa, SyncType::Active), set("LIR-DSP", lira, SyncType::None))
        << QStringList{s("handover LIR-DSP Sefa District Hospital<Lira Health Centre"),
                       s("backfill LIR-DSP Sefa District Hospital transfer>active"),
                       s("purge LIR-DSP Lira Health Centre active>none")};
    QTest::newRow("KAS-DSP moves to Sefa")
        << set("KAS-DSP", sefa, SyncType::Active)
        << QStringList{s("handover KAS-DSP Sefa District Hospital<Kasa Health Centre")};
}

void TestCoreVisibilityPlanner::docExamples()
{
    QFETCH(Edit, edit);
    QFETCH(QStringList, expected);

    const Topology before = DemoNetwork::generate(1).topology;
    Topology after = before;
    edit(after);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(describe(VisibilityPlanner::plan(before, after)), expected);
    QVERIFY(TopologyValidator::validate(after).isEmpty());
}

} // namespace syncsites

QTEST_GUILESS_MAIN(syncsites::TestCoreVisibilityPlanner)
#include "TestCoreVisibilityPlanner.moc"
