// Routing::route against every case of the spec's section "Routing: which records a hub sends to a site", over
// one small fixed network.
#include "DemoNetwork.h"
#include "Routing.h"
#include "TopologyValidator.h"

#include <QTest>

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

// Sites:  Central (msupply_central), Hub (oms_central), Remote (msupply_remote), Clinic (oms_standalone),
//         Android (oms_android), Desk (msupply_client of Central), Tablet (oms_desktop of Android).
// Stores and their types:
//   CEN  Active on Central; Transfer on Clinic
//   REM  Active on Remote;  Collector on Clinic, Transfer on Android
//   CLI  Active on Clinic;  Collector on Remote and Android
//   AND  Active on Android; Transfer on Remote
//   AN2  Active on Android; Transfer on Clinic
//   HUB  Active on Hub
// and Collector on Central for every store not Active there.
Topology network()
{
    Topology t;
    t.putSite(site("Central", SiteKind::MsupplyCentral));
    // The oms_central on a server of its own (the default, without a url, is tested on its own).
    Site hub = site("Hub", SiteKind::OmsCentral, "Central");
    hub.url = s("https://oms-hub.example:8443");
    t.putSite(hub);
    t.putSite(site("Remote", SiteKind::MsupplyRemote, "Central"));
    t.putSite(site("Clinic", SiteKind::OmsStandalone, "Central", "Hub"));
    t.putSite(site("Android", SiteKind::OmsAndroid, "Central", "Hub"));
    t.putSite(site("Desk", SiteKind::MsupplyClient, nullptr, nullptr, "Central"));
    t.putSite(site("Tablet", SiteKind::OmsDesktop, nullptr, nullptr, "Android"));
    t.putStore(Store{s("CEN"), s("Central Warehouse"), s("Central"), {{s("Clinic"), SyncType::Transfer}}});
    t.putStore(Store{s("REM"),
                     s("Remote Store"),
                     s("Remote"),
                     {{s("Clinic"), SyncType::Collector}, {s("Android"), SyncType::Transfer}}});
    t.putStore(Store{s("CLI"),
                     s("Clinic Store"),
                     s("Clinic"),
                     {{s("Remote"), SyncType::Collector}, {s("Android"), SyncType::Collector}}});
    t.putStore(Store{s("AND"), s("Android Store"), s("Android"), {{s("Remote"), SyncType::Transfer}}});
    t.putStore(Store{s("AN2"), s("Android Store 2"), s("Android"), {{s("Clinic"), SyncType::Transfer}}});
    t.putStore(Store{s("HUB"), s("Hub Store"), s("Hub"), {}});
    return t;
}

const char* reasonName(RouteReason reason)
{
    switch (reason) {
    case RouteReason::Sent:
        return "Sent";
    case RouteReason::NotLinked:
        return "NotLinked";
    case RouteReason::HubOnly:
        return "HubOnly";
    case RouteReason::NotUsersSite:
        return "NotUsersSite";
    case RouteReason::StoreNotVisible:
        return "StoreNotVisible";
    case RouteReason::EchoSuppressed:
        return "EchoSuppressed";
    }
    return "?";
}

} // namespace

class TestCoreRouting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void route_data();
    void route();
    void omsCentralWithoutItsOwnServer();
    void everyTableHasARoute();
    void deletedUserRowsGoToEveryLinkedSite();
    void docExamples_data();
    void docExamples();
};

void TestCoreRouting::initTestCase()
{
    // The fixed network is a valid one, so that the cases say something about real topologies.
    const Topology t = network();
    QVERIFY(TopologyValidator::validate(t).isEmpty());
    QCOMPARE(t.syncType(s("REM"), s("Central")), SyncType::Collector);
    QCOMPARE(t.syncType(s("CLI"), s("Clinic")), SyncType::Active);
}

void TestCoreRouting::route_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("store");
    QTest::addColumn<QString>("partner");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("userSites");
    QTest::addColumn<QString>("pullingSite");
    QTest::addColumn<bool>("initialising");
    QTest::addColumn<QStringList>("backfill");
    QTest::addColumn<QString>("expected");

    const QStringList noUsers;
    const QStringList noBackfill;
    // A row: table, store, partner, source site, pulling site, expected reason (no users, not initialising).
    const auto row = [&](const char* name, const char* table, const char* store, const char* partner,
                         const char* source, const char* pulling, const char* expected) {
        QTest::newRow(name) << s(table) << s(store) << s(partner) << s(source) << noUsers << s(pulling) << false
                            << noBackfill << s(expected);
    };

    // Store data goes where the store is Active or Collector.
    row("store data: Active on S (made elsewhere)", "stock_line", "REM", "", "Central", "Remote", "Sent");
    row("store data: Collector on S", "stock_line", "REM", "", "Remote", "Clinic", "Sent");
    row("store data: Collector on S (oms_android)", "stock_line", "CLI", "", "Clinic", "Android", "Sent");
    row("store data: Transfer on S", "stock_line", "REM", "", "Remote", "Android", "StoreNotVisible");
    row("store data: not visible on S", "stock_line", "REM", "", "Remote", "Hub", "StoreNotVisible");
    row("store data: invoice, Transfer on S, no partner", "invoice", "CEN", "", "Central", "Clinic", "StoreNotVisible");
    row("store data: unknown store", "stock_line", "GONE", "", "Remote", "Clinic", "StoreNotVisible");
    row("store data: never to the hub", "stock_line", "REM", "", "Remote", "Central", "NotLinked");
    row("store data: never to a client", "stock_line", "CEN", "", "Central", "Desk", "NotLinked");

    // Central data: to every site linking to the hub for its category, not to clients nor to the hub.
    for (const char* pulling : {"Hub", "Remote", "Clinic", "Android"}) {
        for (const char* table : {"item", "store", "store_visibility", "site", "site_link"})
            row(qPrintable(QStringLiteral("central data: %1 to %2").arg(s(table), s(pulling))), table, "", "",
                "Central", pulling, "Sent");
    }
    for (const char* pulling : {"Central", "Desk", "Tablet"})
        row(qPrintable(QStringLiteral("central data: item not to %1").arg(s(pulling))), "item", "", "", "Central",
            pulling, "NotLinked");
    row("central data: to a site not in the network", "item", "", "", "Central", "Elsewhere", "NotLinked");

    // Credential hashes never leave the hub, but for the oms_central, which gets those of the sites that sync oms
    // with it (for site_credential rows, the user-sites column names the credential's site).
    const auto credential = [&](const char* name, const char* of, const char* pulling, const char* expected) {
        QTest::newRow(name) << s("site_credential") << QString() << QString() << s("Central") << QStringList{s(of)}
                            << s(pulling) << false << noBackfill << s(expected);
    };
    credential("credentials: Clinic's to the oms_central", "Clinic", "Hub", "Sent");
    credential("credentials: Android's to the oms_central", "Android", "Hub", "Sent");
    credential("credentials: Remote's not to the oms_central", "Remote", "Hub", "HubOnly");
    credential("credentials: its own not to the oms_central", "Hub", "Hub", "HubOnly");
    credential("credentials: a removed site's not to the oms_central", "Gone", "Hub", "HubOnly");
    for (const char* pulling : {"Remote", "Clinic", "Android"})
        row(qPrintable(QStringLiteral("credentials: not to %1").arg(s(pulling))), "site_credential", "", "", "Central",
            pulling, "HubOnly");
    row("credentials: not to the hub itself", "site_credential", "", "", "Central", "Central", "NotLinked");

    // User accounts go only to the user's sites; a client's user signs in on the client's server.
    const auto user = [&](const char* name, const char* table, QStringList sites, const char* pulling,
                          const char* expected) {
        QTest::newRow(name) << s(table) << QString() << QString() << s("Central") << sites << s(pulling) << false
                            << noBackfill << s(expected);
    };
    user("user: to the user's site", "user_account", {s("Clinic")}, "Clinic", "Sent");
    user("user: user_site rows too", "user_site", {s("Clinic")}, "Clinic", "Sent");
    user("user: to each of the user's sites", "user_account", {s("Clinic"), s("Remote")}, "Remote", "Sent");
    user("user: not to another site", "user_account", {s("Clinic")}, "Remote", "NotUsersSite");
    user("user: not to the oms_central", "user_account", {s("Clinic")}, "Hub", "NotUsersSite");
    user("user: not to another site (user_site)", "user_site", {s("Clinic")}, "Android", "NotUsersSite");
    user("user: of no site", "user_account", {}, "Clinic", "NotUsersSite");
    user("user: of a client, to its server", "user_account", {s("Tablet")}, "Android", "Sent");
    user("user: of a client, not to another site", "user_account", {s("Tablet")}, "Clinic", "NotUsersSite");
    user("user: of a client of the hub, hub pulls nothing", "user_account", {s("Desk")}, "Central", "NotLinked");
    user("user: of a client of the hub, not to a site", "user_account", {s("Desk")}, "Remote", "NotUsersSite");
    user("user: never to a client itself", "user_account", {s("Tablet")}, "Tablet", "NotLinked");

    // oms data: from the oms_central to Open mSupply sites only, by the store's type.
    row("oms: asset to a Collector oms_android", "asset", "CLI", "", "Clinic", "Android", "Sent");
    row("oms: temperature log to a Collector oms_android", "temperature_log", "CLI", "", "Clinic", "Android", "Sent");
    row("oms: asset to the home (made elsewhere)", "asset", "AND", "", "Hub", "Android", "Sent");
    row("oms: never to a legacy site, even Collector", "asset", "CLI", "", "Clinic", "Remote", "NotLinked");
    row("oms: log never to a legacy site", "temperature_log", "CLI", "", "Clinic", "Remote", "NotLinked");
    // The oms hub on a server of its own takes the whole oms history over from the msupply_central (rule 0).
    row("oms: to the oms hub on its own server, whatever the store", "asset", "CLI", "", "Clinic", "Hub", "Sent");
    row("oms: not to the msupply_central", "asset", "CLI", "", "Clinic", "Central", "NotLinked");
    row("oms: Transfer on S is not enough", "asset", "AN2", "", "Android", "Clinic", "StoreNotVisible");
    row("oms: not visible on S", "asset", "AND", "", "Android", "Clinic", "StoreNotVisible");

    // Transfer records also go to S when the partner is Active on S, whatever the sender's type on S.
    row("transfer: sender not visible, partner Active", "invoice", "HUB", "CLI", "Hub", "Clinic", "Sent");
    row("transfer: sender Transfer, partner Active", "invoice", "CEN", "CLI", "Central", "Clinic", "Sent");
    row("transfer: sender Collector, partner Active", "invoice", "REM", "CLI", "Remote", "Clinic", "Sent");
    row("transfer: requisition, partner Active", "requisition", "HUB", "AND", "Hub", "Android", "Sent");
    row("transfer: requisition, sender Transfer, partner Active", "requisition", "REM", "AND", "Remote", "Android",
        "Sent");
    row("transfer: partner Collector on S", "invoice", "HUB", "REM", "Hub", "Clinic", "StoreNotVisible");
    row("transfer: partner Transfer on S", "invoice", "HUB", "CEN", "Hub", "Clinic", "StoreNotVisible");
    row("transfer: partner not visible on S", "invoice", "HUB", "AND", "Hub", "Clinic", "StoreNotVisible");
    row("transfer: partner Collector, sender Transfer", "requisition", "CEN", "REM", "Central", "Clinic",
        "StoreNotVisible");
    row("transfer: unknown partner", "invoice", "HUB", "GONE", "Hub", "Clinic", "StoreNotVisible");
    row("transfer: not a transfer table, partner ignored", "stock_line", "HUB", "CLI", "Hub", "Clinic",
        "StoreNotVisible");
    row("transfer: partner Active on a legacy site", "invoice", "HUB", "REM", "Hub", "Remote", "Sent");
    row("transfer: to the partner's site, not to the hub", "invoice", "CLI", "CEN", "Clinic", "Central", "NotLinked");

    // Lines travel with their header: their changelog row carries the header's store and partner.
    row("lines: invoice line, partner Active", "invoice_line", "HUB", "CLI", "Hub", "Clinic", "Sent");
    row("lines: invoice line, partner Collector", "invoice_line", "HUB", "REM", "Hub", "Clinic", "StoreNotVisible");
    row("lines: invoice line, header store Collector", "invoice_line", "REM", "", "Remote", "Clinic", "Sent");
    row("lines: invoice line, header store Transfer", "invoice_line", "CEN", "", "Central", "Clinic",
        "StoreNotVisible");
    row("lines: requisition line, sender Transfer, partner Active", "requisition_line", "REM", "AND", "Remote",
        "Android", "Sent");
    row("lines: requisition line, partner Transfer", "requisition_line", "CEN", "AND", "Central", "Remote",
        "StoreNotVisible");

    // No echo: a record is not sent back to the site it came from...
    row("echo: own store record", "stock_line", "CLI", "", "Clinic", "Clinic", "EchoSuppressed");
    row("echo: own transfer record naming own store", "invoice", "AND", "AN2", "Android", "Android", "EchoSuppressed");
    row("echo: own outbound shipment", "invoice", "CLI", "AND", "Clinic", "Clinic", "EchoSuppressed");
    row("echo: own line", "invoice_line", "CLI", "AND", "Clinic", "Clinic", "EchoSuppressed");
    row("echo: the same record to its partner's site", "invoice", "CLI", "AND", "Clinic", "Android", "Sent");
    row("echo: own asset", "asset", "CLI", "", "Clinic", "Clinic", "EchoSuppressed");

    // ... except while that site is initialising, or for a store it is receiving a backfill of.
    const auto pull = [&](const char* name, const char* table, const char* store, const char* source,
                          const char* pulling, bool initialising, QStringList backfill, const char* expected) {
        QTest::newRow(name) << s(table) << s(store) << QString() << s(source) << noUsers << s(pulling) << initialising
                            << backfill << s(expected);
    };
    pull("echo exception: initialising", "stock_line", "CLI", "Clinic", "Clinic", true, noBackfill, "Sent");
    pull("echo exception: initialising, asset", "asset", "CLI", "Clinic", "Clinic", true, noBackfill, "Sent");
    pull("echo exception: backfill of that store", "stock_line", "REM", "Clinic", "Clinic", false, {s("REM")}, "Sent");
    pull("echo exception: backfill of another store", "stock_line", "CLI", "Clinic", "Clinic", false, {s("REM")},
         "EchoSuppressed");
    pull("initialising does not widen visibility", "stock_line", "AND", "Clinic", "Clinic", true, noBackfill,
         "StoreNotVisible");
    pull("backfill does not widen visibility", "stock_line", "AND", "Clinic", "Clinic", false, {s("AND")},
         "StoreNotVisible");
    pull("initialising: credentials still hub-only", "site_credential", "", "Central", "Remote", true, noBackfill,
         "HubOnly");
}

void TestCoreRouting::route()
{
    QFETCH(QString, table);
    QFETCH(QString, store);
    QFETCH(QString, partner);
    QFETCH(QString, source);
    QFETCH(QStringList, userSites);
    QFETCH(QString, pullingSite);
    QFETCH(bool, initialising);
    QFETCH(QStringList, backfill);
    QFETCH(QString, expected);

    RecordRef record;
    record.table = findSyncedTable(table);
    QVERIFY2(record.table, qPrintable(table));
    record.recordId = QStringLiteral("r1");
    record.store = store;
    record.partnerStore = partner;
    record.transferRole = partner.isEmpty() ? TransferRole::None : TransferRole::Starts;
    record.sourceSite = source;
    record.userSites = userSites;
    if (table == QLatin1String("site_credential"))
        record.credentialSite = userSites.value(0);

    PullContext pull;
    pull.site = pullingSite;
    pull.initialising = initialising;
    pull.backfillStores = QSet<QString>(backfill.cbegin(), backfill.cend());

    const Topology t = network();
    const RouteReason reason = Routing::route(t, record, pull);
    QCOMPARE(QString::fromLatin1(reasonName(reason)), expected);
    QCOMPARE(Routing::isSent(t, record, pull), expected == QLatin1String("Sent"));

    // Whether the record starts or answers a transfer does not change where it goes.
    if (!partner.isEmpty()) {
        record.transferRole = TransferRole::Answers;
        QCOMPARE(QString::fromLatin1(reasonName(Routing::route(t, record, pull))), expected);
    }
}

void TestCoreRouting::deletedUserRowsGoToEveryLinkedSite()
{
    // The hub cannot tell which sites held a deleted account or link, so the delete goes to every linked site;
    // an upsert still goes only to the user's sites, and nothing goes to a site that is not linked.
    const Topology t = network();
    for (const char* table : {"user_account", "user_site"}) {
        RecordRef record;
        record.table = findSyncedTable(QString::fromLatin1(table));
        record.recordId = QStringLiteral("u1");
        record.sourceSite = QStringLiteral("Central");
        record.userSites = {QStringLiteral("Clinic")};
        PullContext pull;
        pull.site = QStringLiteral("Remote");
        QCOMPARE(Routing::route(t, record, pull), RouteReason::NotUsersSite);
        record.deleted = true;
        record.userSites.clear(); // the link is gone
        QCOMPARE(Routing::route(t, record, pull), RouteReason::Sent);
        pull.site = QStringLiteral("Desk");
        QCOMPARE(Routing::route(t, record, pull), RouteReason::NotLinked);
    }
}

void TestCoreRouting::omsCentralWithoutItsOwnServer()
{
    // The default network: the oms_central has no url, the msupply_central's process serves oms too, and the
    // oms_central's replica links for oms to it like an oms_standalone: it gets the oms data of its stores.
    Topology t = network();
    Site hub = *t.site(s("Hub"));
    hub.url.clear();
    t.putSite(hub);
    QCOMPARE(t.site(s("Hub"))->syncLinks().value(Category::Oms), s("Hub"));
    QVERIFY(!t.site(s("Clinic"))->syncLinks().isEmpty());
    RecordRef asset;
    asset.table = findSyncedTable(u"asset");
    asset.recordId = s("a1");
    asset.store = s("HUB");
    asset.sourceSite = s("Clinic");
    PullContext pull;
    pull.site = s("Hub");
    QCOMPARE(Routing::route(t, asset, pull), RouteReason::Sent);
    asset.store = s("CLI");
    QCOMPARE(Routing::route(t, asset, pull), RouteReason::StoreNotVisible);
    // With a server of its own it is the oms hub: it pulls all the oms history there is, a store it does not hold
    // included (its history link), and core as before.
    QCOMPARE(t.site(s("Hub"))->takesHistoryOf(), std::nullopt);
    QCOMPARE(network().site(s("Hub"))->takesHistoryOf(), std::optional<Category>(Category::Oms));
    QVERIFY(!network().site(s("Hub"))->syncLinks().contains(Category::Oms));
    QCOMPARE(Routing::route(network(), asset, pull), RouteReason::Sent);
}

void TestCoreRouting::everyTableHasARoute()
{
    // Every synced table is known to routing, and the table list is what storage and routing agree on.
    QStringList names;
    for (const SyncedTable& table : syncedTables()) {
        names.append(QString(table.name));
        QCOMPARE(findSyncedTable(QString(table.name)), &table);
        if (table.scope == TableScope::StoreChild) {
            const SyncedTable* parent = findSyncedTable(QString(table.parentTable));
            QVERIFY2(parent, table.name.data());
            QCOMPARE(parent->category, table.category);
            QCOMPARE(parent->transfer, table.transfer);
            QVERIFY(names.contains(QString(table.parentTable))); // parents before children
            QVERIFY(!QString(table.parentKey).isEmpty());
        }
    }
    QVERIFY(!findSyncedTable(u"no_such_table"));
    QVERIFY(findSyncedTable(u"asset")->category == Category::Oms);
    QVERIFY(findSyncedTable(u"temperature_log")->category == Category::Oms);
    for (const char* core : {"invoice", "requisition", "stock_line", "item", "user_account", "site_credential"})
        QVERIFY2(findSyncedTable(QString::fromLatin1(core))->category == Category::Core, core);
}

void TestCoreRouting::docExamples_data()
{
    // The worked examples of docs/routing.md, on the demo network (seed 1).
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("store");
    QTest::addColumn<QString>("partner");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("userSites");
    QTest::addColumn<QString>("pullingSite");
    QTest::addColumn<QString>("expected");

    const QString nms = s("National Medical Stores");
    const QString coldHub = s("National Cold Chain Hub");
    const QString north = s("Northern Province Server");
    const QString south = s("Southern Province Server");
    const QString sefa = s("Sefa District Hospital");
    const QString lira = s("Lira Health Centre");
    const QString kasa = s("Kasa Health Centre");
    const QString bweni = s("Bweni District Hospital");
    const QStringList noUsers;
    const auto row = [&](const char* name, const char* table, const char* store, const char* partner,
                         const QString& source, const QString& pulling, const char* expected) {
        QTest::newRow(name) << s(table) << s(store) << s(partner) << source << noUsers << pulling << s(expected);
    };
    row("item to Sefa", "item", "", "", nms, sefa, "Sent");
    row("item to the cold chain hub", "item", "", "", nms, coldHub, "Sent");
    row("item not to the hub", "item", "", "", nms, nms, "NotLinked");
    row("item not to the front desk", "item", "", "", nms, s("Central Front Desk"), "NotLinked");
    QTest::newRow("Sefa's credential to the cold chain hub")
        << s("site_credential") << QString() << QString() << nms << QStringList{sefa} << coldHub << s("Sent");
    QTest::newRow("Kasa's credential not to the cold chain hub")
        << s("site_credential") << QString() << QString() << nms << QStringList{kasa} << coldHub << s("HubOnly");
    row("credential not to the northern server", "site_credential", "", "", nms, north, "HubOnly");
    QTest::newRow("desk user to its server") << s("user_account") << QString() << QString() << nms
                                             << QStringList{s("Southern Dispensary Desk")} << south << s("Sent");
    QTest::newRow("desk user not to Sefa") << s("user_account") << QString() << QString() << nms
                                           << QStringList{s("Southern Dispensary Desk")} << sefa << s("NotUsersSite");
    row("SEF-PHA stock to the northern server", "stock_line", "SEF-PHA", "", sefa, north, "Sent");
    row("SEF-PHA stock not to Lira", "stock_line", "SEF-PHA", "", sefa, lira, "StoreNotVisible");
    row("SEF-PHA stock not back to Sefa", "stock_line", "SEF-PHA", "", sefa, sefa, "EchoSuppressed");
    row("SEF-PHA shipment to Lira", "invoice", "SEF-PHA", "LIR-DSP", sefa, lira, "Sent");
    row("SEF-PHA shipment line to Lira", "invoice_line", "SEF-PHA", "LIR-DSP", sefa, lira, "Sent");
    row("SEF-PHA shipment not to Kasa", "invoice", "SEF-PHA", "LIR-DSP", sefa, kasa, "StoreNotVisible");
    row("CWS shipment to Sefa", "invoice", "CWS", "SEF-PHA", nms, sefa, "Sent");
    row("CWS shipment not to the northern server", "invoice", "CWS", "SEF-PHA", nms, north, "StoreNotVisible");
    row("BWE-PHA asset to the southern server", "asset", "BWE-PHA", "", bweni, south, "Sent");
    row("SEF-PHA asset never to the northern server", "asset", "SEF-PHA", "", sefa, north, "NotLinked");
    row("SEF-PHA asset not to the oms hub", "asset", "SEF-PHA", "", sefa, coldHub, "StoreNotVisible");
}

void TestCoreRouting::docExamples()
{
    QFETCH(QString, table);
    QFETCH(QString, store);
    QFETCH(QString, partner);
    QFETCH(QString, source);
    QFETCH(QStringList, userSites);
    QFETCH(QString, pullingSite);
    QFETCH(QString, expected);

    const Topology demo = DemoNetwork::generate(1).topology;
    QVERIFY2(demo.site(pullingSite), qPrintable(pullingSite));
    QVERIFY(store.isEmpty() || demo.store(store));
    QVERIFY(partner.isEmpty() || demo.store(partner));
    RecordRef record{findSyncedTable(table),
                     s("r1"),
                     store,
                     partner,
                     partner.isEmpty() ? TransferRole::None : TransferRole::Starts,
                     source,
                     userSites};
    if (table == QLatin1String("site_credential"))
        record.credentialSite = userSites.value(0);
    PullContext pull;
    pull.site = pullingSite;
    QCOMPARE(QString::fromLatin1(reasonName(Routing::route(demo, record, pull))), expected);
}

} // namespace syncsites

QTEST_GUILESS_MAIN(syncsites::TestCoreRouting)
#include "TestCoreRouting.moc"
