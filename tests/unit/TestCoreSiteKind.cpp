// The site-kind table against the spec's table of the ten kinds, and the identifiers of kinds, categories and
// sync types.
#include "DataCategory.h"
#include "SiteKind.h"
#include "SyncType.h"
#include "Topology.h"
#include "TopologyValidator.h"

#include <QTest>

namespace syncsites {

namespace {

// "core,oms" style lists, so that a table row reads like the spec's.
QString categories(const QVector<Category>& list)
{
    QStringList ids;
    for (Category c : list)
        ids.append(categoryId(c));
    return ids.join(QLatin1Char(','));
}

QString kinds(const QVector<SiteKind>& list)
{
    QStringList ids;
    for (SiteKind k : list)
        ids.append(siteKindId(k));
    return ids.join(QLatin1Char(','));
}

} // namespace

class TestCoreSiteKind : public QObject
{
    Q_OBJECT

private slots:
    void table_data();
    void table();
    void allKindsInEnumOrder();
    void idRoundTrip();
    void unknownIds();
    void hubKinds();
    void categoryAndSyncTypeIds();
};

void TestCoreSiteKind::table_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("seedName");
    QTest::addColumn<bool>("holdsData");
    QTest::addColumn<bool>("openMsupply");
    QTest::addColumn<bool>("servesClients");
    QTest::addColumn<QString>("hubOf");
    QTest::addColumn<QString>("upstream");
    QTest::addColumn<QString>("clientOf");
    QTest::addColumn<QString>("readsCollectorOn");
    QTest::addColumn<QString>("seenFromCentral");

    // One row per row of the spec's table "Site kinds".
    QTest::newRow("msupply_central") << QStringLiteral("msupply_central") << QStringLiteral("mSupply Server (Central)")
                                     << true << false << true << QStringLiteral("core") << QString() << QString()
                                     << QString() << QStringLiteral("active");
    QTest::newRow("msupply_remote") << QStringLiteral("msupply_remote") << QStringLiteral("mSupply Server (Remote)")
                                    << true << false << true << QString() << QStringLiteral("core") << QString()
                                    << QString() << QStringLiteral("collector");
    QTest::newRow("msupply_single_user") << QStringLiteral("msupply_single_user")
                                         << QStringLiteral("mSupply Single User") << true << false << false << QString()
                                         << QStringLiteral("core") << QString() << QString()
                                         << QStringLiteral("collector");
    QTest::newRow("msupply_mobile") << QStringLiteral("msupply_mobile") << QStringLiteral("mSupply Mobile (Android)")
                                    << true << false << false << QString() << QStringLiteral("core") << QString()
                                    << QString() << QStringLiteral("collector");
    QTest::newRow("msupply_client") << QStringLiteral("msupply_client") << QStringLiteral("mSupply Client") << false
                                    << false << false << QString() << QString()
                                    << QStringLiteral("msupply_central,msupply_remote")
                                    << QStringLiteral("msupply_central") << QStringLiteral("none");
    QTest::newRow("oms_central") << QStringLiteral("oms_central") << QStringLiteral("Open mSupply Server (Central)")
                                 << true << true << true << QStringLiteral("oms") << QStringLiteral("core") << QString()
                                 << QString() << QStringLiteral("collector");
    QTest::newRow("oms_remote") << QStringLiteral("oms_remote") << QStringLiteral("Open mSupply Server (Remote)")
                                << true << true << true << QString() << QStringLiteral("core,oms") << QString()
                                << QString() << QStringLiteral("collector");
    QTest::newRow("oms_standalone") << QStringLiteral("oms_standalone") << QStringLiteral("Open mSupply Standalone")
                                    << true << true << false << QString() << QStringLiteral("core,oms") << QString()
                                    << QString() << QStringLiteral("collector");
    QTest::newRow("oms_android") << QStringLiteral("oms_android") << QStringLiteral("Open mSupply Android") << true
                                 << true << true << QString() << QStringLiteral("core,oms") << QString() << QString()
                                 << QStringLiteral("collector");
    QTest::newRow("oms_desktop") << QStringLiteral("oms_desktop") << QStringLiteral("Open mSupply Desktop") << false
                                 << true << false << QString() << QString()
                                 << QStringLiteral("oms_central,oms_remote,oms_android") << QString()
                                 << QStringLiteral("none");
}

void TestCoreSiteKind::table()
{
    QFETCH(QString, id);
    QFETCH(QString, seedName);
    QFETCH(bool, holdsData);
    QFETCH(bool, openMsupply);
    QFETCH(bool, servesClients);
    QFETCH(QString, hubOf);
    QFETCH(QString, upstream);
    QFETCH(QString, clientOf);
    QFETCH(QString, readsCollectorOn);
    QFETCH(QString, seenFromCentral);

    const std::optional<SiteKind> kind = siteKindFromId(id);
    QVERIFY(kind.has_value());
    const SiteKindInfo& info = siteKindInfo(*kind);
    QCOMPARE(info.kind, *kind);
    QCOMPARE(QString(info.id), id);
    QCOMPARE(QString::fromLatin1(info.displayName), seedName);
    QCOMPARE(info.holdsData, holdsData);
    QCOMPARE(info.openMsupply, openMsupply);
    QCOMPARE(info.servesClients, servesClients);
    QCOMPARE(info.hubOf ? categoryId(*info.hubOf) : QString(), hubOf);
    QCOMPARE(categories(info.upstream), upstream);
    QCOMPARE(kinds(info.clientServers), clientOf);
    QCOMPARE(kinds(info.collectorReadableOn), readsCollectorOn);

    // Every server a client may attach to serves clients; a data-holding kind attaches to none.
    for (SiteKind server : info.clientServers)
        QVERIFY2(siteKindInfo(server).servesClients, qPrintable(siteKindId(server)));
    QCOMPARE(info.clientServers.isEmpty(), holdsData);

    // The spec's last column: a store of a site of this kind, seen from the msupply_central.
    Topology t;
    t.putSite(Site{QStringLiteral("Central"), SiteKind::MsupplyCentral, {}, {}, {}});
    if (*kind != SiteKind::MsupplyCentral)
        t.putSite(Site{QStringLiteral("Other"), *kind, {}, {}, {}});
    const QString home = *kind == SiteKind::MsupplyCentral ? QStringLiteral("Central") : QStringLiteral("Other");
    t.putStore(Store{QStringLiteral("S1"), QStringLiteral("Store"), home, {}});
    if (holdsData) {
        QCOMPARE(syncTypeId(t.syncType(QStringLiteral("S1"), QStringLiteral("Central"))), seenFromCentral);
    } else {
        // A client holds no stores at all: a store made Active there breaks R5.
        QCOMPARE(seenFromCentral, QStringLiteral("none"));
        bool r5 = false;
        for (const Violation& v : TopologyValidator::validate(t))
            r5 = r5 || (v.rule == QLatin1String("R5") && v.subject == QLatin1String("S1"));
        QVERIFY(r5);
    }
}

void TestCoreSiteKind::allKindsInEnumOrder()
{
    const QVector<SiteKindInfo>& all = allSiteKinds();
    QCOMPARE(all.size(), 10);
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(int(all[i].kind), i);
        QCOMPARE(&siteKindInfo(all[i].kind), &all[i]);
    }
}

void TestCoreSiteKind::idRoundTrip()
{
    QSet<QString> ids;
    for (const SiteKindInfo& info : allSiteKinds()) {
        const QString id = siteKindId(info.kind);
        QCOMPARE(siteKindFromId(id), std::optional<SiteKind>(info.kind));
        ids.insert(id);
    }
    QCOMPARE(ids.size(), 10);
}

void TestCoreSiteKind::unknownIds()
{
    QVERIFY(!siteKindFromId(u""));
    QVERIFY(!siteKindFromId(u"MSUPPLY_CENTRAL"));
    QVERIFY(!siteKindFromId(u"msupply_central "));
    QVERIFY(!siteKindFromId(u"mSupply Server (Central)"));
    QVERIFY(!siteKindFromId(u"oms"));
}

void TestCoreSiteKind::hubKinds()
{
    QCOMPARE(hubKindOf(Category::Core), SiteKind::MsupplyCentral);
    QCOMPARE(hubKindOf(Category::Oms), SiteKind::OmsCentral);
    // Exactly one kind is the hub of each category, and it is that kind.
    for (Category c : allCategories) {
        int hubs = 0;
        for (const SiteKindInfo& info : allSiteKinds()) {
            if (info.hubOf == c) {
                ++hubs;
                QCOMPARE(info.kind, hubKindOf(c));
            }
        }
        QCOMPARE(hubs, 1);
    }
    // Legacy kinds never carry oms data.
    for (const SiteKindInfo& info : allSiteKinds()) {
        if (!info.openMsupply)
            QVERIFY2(!info.upstream.contains(Category::Oms) && info.hubOf != Category::Oms, info.id.data());
    }
}

void TestCoreSiteKind::categoryAndSyncTypeIds()
{
    QCOMPARE(categoryId(Category::Core), QStringLiteral("core"));
    QCOMPARE(categoryId(Category::Oms), QStringLiteral("oms"));
    for (Category c : allCategories)
        QCOMPARE(categoryFromId(categoryId(c)), std::optional<Category>(c));
    QVERIFY(!categoryFromId(u"assets"));
    QVERIFY(!categoryFromId(u"Core"));

    const SyncType types[] = {SyncType::None, SyncType::Active, SyncType::Collector, SyncType::Transfer};
    const char* const ids[] = {"none", "active", "collector", "transfer"};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(syncTypeId(types[i]), QString::fromLatin1(ids[i]));
        QCOMPARE(syncTypeFromId(syncTypeId(types[i])), std::optional<SyncType>(types[i]));
    }
    QVERIFY(!syncTypeFromId(u"Active"));
    QVERIFY(!syncTypeFromId(u"read-only"));
    QVERIFY(holdsStoreData(SyncType::Active));
    QVERIFY(holdsStoreData(SyncType::Collector));
    QVERIFY(!holdsStoreData(SyncType::Transfer));
    QVERIFY(!holdsStoreData(SyncType::None));
}

} // namespace syncsites

QTEST_GUILESS_MAIN(syncsites::TestCoreSiteKind)
#include "TestCoreSiteKind.moc"
