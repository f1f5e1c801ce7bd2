// The demo network: deterministic from its seed, realistic (every kind, about 40 stores, clients on servers, a
// mix of sync types), its supply routes usable from both ends, and valid for any seed.
#include "DemoNetwork.h"
#include "SplitMix64.h"
#include "TestSupport.h"
#include "TopologyJson.h"
#include "TopologyValidator.h"

#include <QTest>

namespace syncsites {

namespace {

QString describe(const QVector<Violation>& violations)
{
    QStringList out;
    for (const Violation& v : violations)
        out.append(v.rule + QLatin1Char(' ') + v.subject + QStringLiteral(": ") + v.message);
    return out.join(QLatin1Char('\n'));
}

// Everything about one network that must hold whatever the seed.
void checkInvariants(const DemoNetwork& net)
{
    const Topology& t = net.topology;
    const QVector<Violation> violations = TopologyValidator::validate(t);
    QVERIFY2(violations.isEmpty(), qPrintable(describe(violations)));

    // All ten kinds.
    QSet<SiteKind> kinds;
    for (const Site& site : t.sites())
        kinds.insert(site.kind);
    QCOMPARE(kinds.size(), 10);

    // About 40 stores, unique codes, each Active on a data-holding site.
    QVERIFY2(t.stores().size() >= 35 && t.stores().size() <= 45, qPrintable(QString::number(t.stores().size())));
    QSet<QString> codes;
    for (const Store& store : t.stores()) {
        QVERIFY2(!codes.contains(store.code), qPrintable(store.code));
        codes.insert(store.code);
        QVERIFY(!store.name.isEmpty());
        QVERIFY(t.site(store.home)->holdsData());
    }

    // Both client kinds, each attached to a server it may use.
    int clients = 0;
    for (const Site& site : t.sites()) {
        if (!site.isClient())
            continue;
        ++clients;
        const Site* server = t.site(site.server);
        QVERIFY2(server, qPrintable(site.name));
        QVERIFY(site.info().clientServers.contains(server->kind));
        QVERIFY(server->info().servesClients);
    }
    QCOMPARE(clients, 2);

    // A mix of sync types, with Collector also on sites other than the msupply_central, and Transfer in use.
    int explicitCollectors = 0;
    int transfers = 0;
    for (const Store& store : t.stores()) {
        for (auto it = store.visibility.cbegin(); it != store.visibility.cend(); ++it) {
            QVERIFY(t.site(it.key())->kind != SiteKind::MsupplyCentral);
            explicitCollectors += it.value() == SyncType::Collector ? 1 : 0;
            transfers += it.value() == SyncType::Transfer ? 1 : 0;
        }
    }
    QVERIFY2(explicitCollectors >= 4, qPrintable(QString::number(explicitCollectors)));
    QVERIFY2(transfers >= 10, qPrintable(QString::number(transfers)));
    QVERIFY(!t.activeStores(t.central()->name).isEmpty());

    // Every supply route's stores are visible on each other's home site, so either end can start its part.
    QVERIFY(net.routes.size() >= 20);
    for (const SupplyRoute& route : net.routes) {
        const Store* supplier = t.store(route.supplier);
        const Store* customer = t.store(route.customer);
        QVERIFY2(supplier && customer, qPrintable(route.supplier + QStringLiteral(" > ") + route.customer));
        QVERIFY(route.supplier != route.customer);
        QVERIFY2(t.syncType(route.supplier, customer->home) != SyncType::None,
                 qPrintable(route.supplier + QStringLiteral(" on ") + customer->home));
        QVERIFY2(t.syncType(route.customer, supplier->home) != SyncType::None,
                 qPrintable(route.customer + QStringLiteral(" on ") + supplier->home));
    }

    // A catalogue with unique codes.
    QVERIFY(net.items.size() >= 20);
    QSet<QString> itemCodes;
    for (const DemoItem& item : net.items) {
        QVERIFY(!item.code.isEmpty() && !item.name.isEmpty() && !item.unit.isEmpty());
        QVERIFY2(!itemCodes.contains(item.code), qPrintable(item.code));
        itemCodes.insert(item.code);
    }
}

} // namespace

class TestCoreDemoNetwork : public QObject
{
    Q_OBJECT

private slots:
    void deterministic();
    void seedsDiffer();
    void defaultSeed();
    void shapeOfSeedOne();
    void invariants_data();
    void invariants();
    void invariantsForARandomSeed();
    void splitMix64IsPortable();
};

void TestCoreDemoNetwork::deterministic()
{
    for (std::uint64_t seed : {std::uint64_t(1), std::uint64_t(7), std::uint64_t(123456789)}) {
        const DemoNetwork a = DemoNetwork::generate(seed);
        const DemoNetwork b = DemoNetwork::generate(seed);
        QVERIFY(a.topology == b.topology);
        QCOMPARE(TopologyJson::serialize(a.topology), TopologyJson::serialize(b.topology));
        QCOMPARE(a.routes.size(), b.routes.size());
        for (int i = 0; i < a.routes.size(); ++i) {
            QCOMPARE(a.routes[i].supplier, b.routes[i].supplier);
            QCOMPARE(a.routes[i].customer, b.routes[i].customer);
        }
    }
}

void TestCoreDemoNetwork::seedsDiffer()
{
    QSet<QByteArray> distinct;
    for (std::uint64_t seed = 1; seed <= 10; ++seed)
        distinct.insert(TopologyJson::serialize(DemoNetwork::generate(seed).topology));
    QVERIFY2(distinct.size() >= 9, qPrintable(QString::number(distinct.size())));
    QVERIFY(DemoNetwork::generate(1).topology != DemoNetwork::generate(2).topology);
}

void TestCoreDemoNetwork::defaultSeed()
{
    QCOMPARE(DemoNetwork::defaultSeed, std::uint64_t(1));
    QVERIFY(DemoNetwork::generate().topology == DemoNetwork::generate(1).topology);
}

void TestCoreDemoNetwork::shapeOfSeedOne()
{
    // The fixed part of the network, which docs/routing.md uses for its examples.
    const Topology t = DemoNetwork::generate(1).topology;
    QCOMPARE(t.sites().size(), 18);
    QCOMPARE(t.stores().size(), 40);
    QCOMPARE(t.central()->name, QStringLiteral("National Medical Stores"));
    QCOMPARE(t.site(QStringLiteral("National Cold Chain Hub"))->kind, SiteKind::OmsCentral);
    QCOMPARE(t.site(QStringLiteral("Northern Province Server"))->kind, SiteKind::MsupplyRemote);
    QCOMPARE(t.site(QStringLiteral("Southern Province Server"))->kind, SiteKind::OmsRemote);
    QCOMPARE(t.site(QStringLiteral("Central Front Desk"))->server, QStringLiteral("National Medical Stores"));
    QCOMPARE(t.site(QStringLiteral("Southern Dispensary Desk"))->server, QStringLiteral("Southern Province Server"));
    QCOMPARE(t.store(QStringLiteral("EPI"))->home, QStringLiteral("National Cold Chain Hub"));
    QCOMPARE(t.syncType(QStringLiteral("NVS"), QStringLiteral("National Cold Chain Hub")), SyncType::Transfer);
    QCOMPARE(t.syncType(QStringLiteral("EPI"), QStringLiteral("National Medical Stores")), SyncType::Collector);
    QCOMPARE(t.syncType(QStringLiteral("CWS"), QStringLiteral("Northern Province Server")), SyncType::Transfer);
    // Seeded parts of seed 1, quoted in docs/routing.md.
    QCOMPARE(t.site(QStringLiteral("Sefa District Hospital"))->kind, SiteKind::OmsStandalone);
    QCOMPARE(t.site(QStringLiteral("Mulanje District Hospital"))->kind, SiteKind::MsupplySingleUser);
    QCOMPARE(t.syncType(QStringLiteral("SEF-PHA"), QStringLiteral("Northern Province Server")), SyncType::Collector);
    QCOMPARE(t.syncType(QStringLiteral("SEF-PHA"), QStringLiteral("Lira Health Centre")), SyncType::Transfer);
    QCOMPARE(t.syncType(QStringLiteral("LIR-DSP"), QStringLiteral("Sefa District Hospital")), SyncType::Transfer);
    QCOMPARE(t.syncType(QStringLiteral("KAS-DSP"), QStringLiteral("Sefa District Hospital")), SyncType::Collector);
    QCOMPARE(t.site(QStringLiteral("Lira Health Centre"))->kind, SiteKind::OmsAndroid);
    QCOMPARE(t.site(QStringLiteral("Kasa Health Centre"))->kind, SiteKind::MsupplyMobile);
}

void TestCoreDemoNetwork::invariants_data()
{
    QTest::addColumn<int>("seed");
    for (int seed = 0; seed <= 200; ++seed)
        QTest::addRow("seed %d", seed) << seed;
    QTest::newRow("seed 2^64-1") << -1;
}

void TestCoreDemoNetwork::invariants()
{
    QFETCH(int, seed);
    checkInvariants(DemoNetwork::generate(seed < 0 ? ~std::uint64_t(0) : std::uint64_t(seed)));
}

void TestCoreDemoNetwork::invariantsForARandomSeed()
{
    const std::uint64_t seed = test::testSeed("TestCoreDemoNetwork");
    checkInvariants(DemoNetwork::generate(seed));
}

void TestCoreDemoNetwork::splitMix64IsPortable()
{
    // The published SplitMix64 sequence for seed 0, so that the demo is the same on every platform.
    SplitMix64 rng(0);
    QCOMPARE(rng.next(), std::uint64_t(0xe220a8397b1dcdafULL));
    QCOMPARE(rng.next(), std::uint64_t(0x6e789e6aa1b965f4ULL));
    QCOMPARE(rng.next(), std::uint64_t(0x06c45d188009454fULL));
    SplitMix64 bounded(42);
    for (int i = 0; i < 1000; ++i) {
        QVERIFY(bounded.below(7) < 7);
        const int v = bounded.between(3, 5);
        QVERIFY(v >= 3 && v <= 5);
        const double u = bounded.unit();
        QVERIFY(u >= 0.0 && u < 1.0);
    }
}

} // namespace syncsites

QTEST_GUILESS_MAIN(syncsites::TestCoreDemoNetwork)
#include "TestCoreDemoNetwork.moc"
