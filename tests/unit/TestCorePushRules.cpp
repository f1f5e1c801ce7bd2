// PushRules::check against the spec's section "Pushing: what a site may send".
#include "DemoNetwork.h"
#include "PushRules.h"
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
//         Android (oms_android), Desk (msupply_client of Central).
// Stores: CEN  Active on Central; Transfer on Clinic
//         REM  Active on Remote;  Collector on Clinic, Transfer on Android
//         CLI  Active on Clinic;  Collector on Android
//         AND  Active on Android
//         AN2  Active on Android
//         HUB  Active on Hub
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
    t.putStore(Store{s("CEN"), s("Central Warehouse"), s("Central"), {{s("Clinic"), SyncType::Transfer}}});
    t.putStore(Store{s("REM"),
                     s("Remote Store"),
                     s("Remote"),
                     {{s("Clinic"), SyncType::Collector}, {s("Android"), SyncType::Transfer}}});
    t.putStore(Store{s("CLI"), s("Clinic Store"), s("Clinic"), {{s("Android"), SyncType::Collector}}});
    t.putStore(Store{s("AND"), s("Android Store"), s("Android"), {}});
    t.putStore(Store{s("AN2"), s("Android Store 2"), s("Android"), {}});
    t.putStore(Store{s("HUB"), s("Hub Store"), s("Hub"), {}});
    return t;
}

} // namespace

class TestCorePushRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void check_data();
    void check();
    void eachRecordOnItsOwn();
    void aStartInFlightCanBeClosedWithoutItsPartner();
    void answersOnlyTheirOwnStart_data();
    void answersOnlyTheirOwnStart();
    void omsCentralWithoutItsOwnServer();
    void omsNeverFromALegacySite();
    void docExamples_data();
    void docExamples();
};

void TestCorePushRules::initTestCase()
{
    QVERIFY(TopologyValidator::validate(network()).isEmpty());
}

void TestCorePushRules::check_data()
{
    QTest::addColumn<QString>("pushingSite");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("store");
    QTest::addColumn<QString>("partner");
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("expected"); // the refusal code, or "allowed"

    const int none = int(TransferRole::None);
    const int starts = int(TransferRole::Starts);
    const int answers = int(TransferRole::Answers);
    const auto row = [](const char* name, const char* pushing, const char* table, const char* store,
                        const char* partner, int role, const char* expected) {
        QTest::newRow(name) << s(pushing) << s(table) << s(store) << s(partner) << role << s(expected);
    };

    // A store's records only where the store is Active.
    row("Active: legacy remote", "Remote", "stock_line", "REM", "", none, "allowed");
    row("Active: oms_standalone", "Clinic", "stock_line", "CLI", "", none, "allowed");
    row("Active: oms_central pushes core for its store", "Hub", "stock_line", "HUB", "", none, "allowed");
    row("Active: requisition without a partner", "Android", "requisition", "AND", "", none, "allowed");
    row("Collector", "Clinic", "stock_line", "REM", "", none, "store_not_active");
    row("Collector: invoice", "Clinic", "invoice", "REM", "", none, "store_not_active");
    row("Transfer", "Android", "stock_line", "REM", "", none, "store_not_active");
    row("Transfer: starting a transfer from a Transfer store", "Clinic", "invoice", "CEN", "CLI", starts,
        "store_not_active");
    row("not visible", "Hub", "stock_line", "REM", "", none, "store_not_active");
    row("not visible: line", "Hub", "invoice_line", "REM", "HUB", starts, "store_not_active");
    row("Collector on the oms_android: asset", "Android", "asset", "CLI", "", none, "store_not_active");

    // Central data is changed only on its hub.
    for (const char* table :
         {"item", "store", "store_visibility", "site", "site_link", "user_account", "user_site", "site_credential"})
        row(qPrintable(QStringLiteral("central data: %1").arg(s(table))), "Remote", table, "", "", none,
            "central_data_read_only");
    row("central data: even from the oms_central", "Hub", "item", "", "", none, "central_data_read_only");

    // A record that starts a transfer needs its partner visible on S (any type).
    row("starts: partner not visible", "Clinic", "invoice", "CLI", "HUB", starts, "partner_not_visible");
    row("starts: requisition, partner not visible", "Clinic", "requisition", "CLI", "AND", starts,
        "partner_not_visible");
    row("starts: line, partner not visible", "Clinic", "invoice_line", "CLI", "HUB", starts, "partner_not_visible");
    row("starts: requisition line, partner not visible", "Remote", "requisition_line", "REM", "CLI", starts,
        "partner_not_visible");
    row("starts: partner Transfer", "Clinic", "invoice", "CLI", "CEN", starts, "allowed");
    row("starts: partner Collector", "Clinic", "requisition", "CLI", "REM", starts, "allowed");
    row("starts: partner Active on the same site", "Android", "invoice", "AND", "AN2", starts, "allowed");
    row("starts: partner Transfer, line", "Clinic", "invoice_line", "CLI", "CEN", starts, "allowed");
    row("starts: unknown partner", "Clinic", "invoice", "CLI", "GONE", starts, "unknown_store");

    // A record that answers one needs no such check.
    row("answers: partner not visible", "Clinic", "invoice", "CLI", "HUB", answers, "allowed");
    row("answers: requisition, partner not visible", "Clinic", "requisition", "CLI", "AND", answers, "allowed");
    row("answers: line, partner not visible", "Remote", "invoice_line", "REM", "AND", answers, "allowed");
    row("answers: partner visible", "Clinic", "invoice", "CLI", "CEN", answers, "allowed");
    row("answers: still only from the home", "Android", "invoice", "CLI", "AND", answers, "store_not_active");

    // Unknown stores and sites.
    row("unknown store", "Clinic", "stock_line", "GONE", "", none, "unknown_store");
    row("no store", "Clinic", "stock_line", "", "", none, "unknown_store");
    row("unknown site", "Elsewhere", "stock_line", "CLI", "", none, "unknown_site");

    // oms data only from sites that carry it.
    row("oms: asset from its oms_standalone home", "Clinic", "asset", "CLI", "", none, "allowed");
    row("oms: temperature log from its oms_android home", "Android", "temperature_log", "AND", "", none, "allowed");
    row("oms: from a legacy site, its own store", "Remote", "asset", "REM", "", none, "category_not_carried");
    row("oms: log from a legacy site", "Remote", "temperature_log", "REM", "", none, "category_not_carried");
    row("oms: from the msupply_central", "Central", "asset", "CEN", "", none, "category_not_carried");
    row("oms: from the oms_central, the oms hub", "Hub", "asset", "HUB", "", none, "category_not_carried");

    // Sites that do not sync a category push nothing of it.
    row("client pushes nothing", "Desk", "stock_line", "CEN", "", none, "category_not_carried");
    row("the core hub pushes nothing", "Central", "stock_line", "CEN", "", none, "category_not_carried");
}

void TestCorePushRules::check()
{
    QFETCH(QString, pushingSite);
    QFETCH(QString, table);
    QFETCH(QString, store);
    QFETCH(QString, partner);
    QFETCH(int, role);
    QFETCH(QString, expected);

    RecordRef record;
    record.table = findSyncedTable(table);
    QVERIFY2(record.table, qPrintable(table));
    record.recordId = QStringLiteral("r1");
    record.store = store;
    record.partnerStore = partner;
    record.transferRole = TransferRole(role);
    record.sourceSite = pushingSite;
    if (record.transferRole == TransferRole::Answers) // a true answer: to a start from the partner, sent to the store
        record.answeredStart = TransferStart{partner, store};

    const PushDecision decision = PushRules::check(network(), pushingSite, record);
    if (expected == QLatin1String("allowed")) {
        QVERIFY2(decision.allowed, qPrintable(decision.code + QStringLiteral(": ") + decision.message));
        QVERIFY(decision.code.isEmpty());
        QVERIFY(decision.message.isEmpty());
    } else {
        QVERIFY(!decision.allowed);
        QCOMPARE(decision.code, expected);
        // The sentence is reported back and shown in quarantine: it names what was refused.
        QVERIFY(decision.message.size() > 20);
        QVERIFY2(decision.message.contains(pushingSite) || decision.message.contains(table) ||
                     decision.message.contains(store) || decision.message.contains(partner),
                 qPrintable(decision.message));
    }
}

// A store handed over to a site where its partner is not visible keeps its shipments and requests in flight: the
// new home changes their status (delivered, finalised) without readdressing them, which the hub marks as not
// opening a transfer. Readdressing one to a store not visible there is still refused.
void TestCorePushRules::aStartInFlightCanBeClosedWithoutItsPartner()
{
    RecordRef record;
    record.table = findSyncedTable(QStringLiteral("invoice"));
    record.recordId = QStringLiteral("r1");
    record.store = QStringLiteral("CLI");
    record.partnerStore = QStringLiteral("HUB");
    record.transferRole = TransferRole::Starts;
    record.sourceSite = QStringLiteral("Clinic");
    QCOMPARE(PushRules::check(network(), record.sourceSite, record).code, QStringLiteral("partner_not_visible"));
    record.opensTransfer = false;
    const PushDecision closing = PushRules::check(network(), record.sourceSite, record);
    QVERIFY2(closing.allowed, qPrintable(closing.message));
    // Everything else still holds: only the home pushes it.
    record.sourceSite = QStringLiteral("Android");
    QCOMPARE(PushRules::check(network(), record.sourceSite, record).code, QStringLiteral("store_not_active"));
}

void TestCorePushRules::eachRecordOnItsOwn()
{
    // A refused record does not change the decision for the next one: the rules are per record.
    const Topology t = network();
    RecordRef refused{findSyncedTable(u"stock_line"), s("a"), s("REM"), {}, TransferRole::None, s("Clinic"), {}};
    RecordRef fine{findSyncedTable(u"stock_line"), s("b"), s("CLI"), {}, TransferRole::None, s("Clinic"), {}};
    QCOMPARE(PushRules::check(t, s("Clinic"), refused).code, s("store_not_active"));
    QVERIFY(PushRules::check(t, s("Clinic"), fine).allowed);
    QCOMPARE(PushRules::check(t, s("Clinic"), refused).code, s("store_not_active"));

    // After the home moves, the old home is refused and the new one allowed.
    Topology moved = t;
    QVERIFY(moved.setSyncType(s("REM"), s("Clinic"), SyncType::Active));
    QVERIFY(PushRules::check(moved, s("Clinic"), refused).allowed);
    refused.sourceSite = s("Remote");
    QCOMPARE(PushRules::check(moved, s("Remote"), refused).code, s("store_not_active"));
}

void TestCorePushRules::answersOnlyTheirOwnStart_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<bool>("startExists");
    QTest::addColumn<QString>("startStore");
    QTest::addColumn<QString>("startPartner");
    QTest::addColumn<QString>("expected");

    // Clinic (home of CLI) answers; the partner is AND (Active on Android).
    QTest::newRow("a shipment to CLI") << s("invoice") << true << s("AND") << s("CLI") << s("allowed");
    QTest::newRow("its line") << s("invoice_line") << true << s("AND") << s("CLI") << s("allowed");
    QTest::newRow("a request to CLI") << s("requisition") << true << s("AND") << s("CLI") << s("allowed");
    QTest::newRow("nothing to answer") << s("invoice") << false << QString() << QString() << s("answer_without_start");
    QTest::newRow("a line answering nothing")
        << s("requisition_line") << false << QString() << QString() << s("answer_without_start");
    // The forged answer: a shipment from AND addressed to REM, "received" by CLI.
    QTest::newRow("a shipment to another store")
        << s("invoice") << true << s("AND") << s("REM") << s("answer_not_addressed");
    QTest::newRow("a request to another store")
        << s("requisition") << true << s("AND") << s("REM") << s("answer_not_addressed");
    // Addressed to CLI, but the answer names another sender than the start's.
    QTest::newRow("the wrong sender") << s("invoice") << true << s("REM") << s("CLI") << s("answer_not_addressed");
}

void TestCorePushRules::answersOnlyTheirOwnStart()
{
    QFETCH(QString, table);
    QFETCH(bool, startExists);
    QFETCH(QString, startStore);
    QFETCH(QString, startPartner);
    QFETCH(QString, expected);

    RecordRef answer{findSyncedTable(table), s("r1"), s("CLI"), s("AND"), TransferRole::Answers, s("Clinic"), {}};
    if (startExists)
        answer.answeredStart = TransferStart{startStore, startPartner};
    const PushDecision decision = PushRules::check(network(), s("Clinic"), answer);
    QCOMPARE(decision.allowed ? s("allowed") : decision.code, expected);
    if (!decision.allowed)
        QVERIFY2(decision.message.size() > 40, qPrintable(decision.message));
}

void TestCorePushRules::omsCentralWithoutItsOwnServer()
{
    // The default network: the oms_central's replica links for oms to the msupply_central's process, so its staff
    // may send assets of its Active stores; with a server of its own it is the hub, and sends none.
    Topology t = network();
    Site hub = *t.site(s("Hub"));
    hub.url.clear();
    t.putSite(hub);
    const RecordRef asset{findSyncedTable(u"asset"), s("a"), s("HUB"), {}, TransferRole::None, s("Hub"), {}};
    QVERIFY(PushRules::check(t, s("Hub"), asset).allowed);
    QCOMPARE(PushRules::check(network(), s("Hub"), asset).code, s("category_not_carried"));
    const RecordRef other{findSyncedTable(u"asset"), s("a"), s("CLI"), {}, TransferRole::None, s("Hub"), {}};
    QCOMPARE(PushRules::check(t, s("Hub"), other).code, s("store_not_active"));
}

void TestCorePushRules::omsNeverFromALegacySite()
{
    // Even where a (broken) topology gives a legacy site an oms link, it cannot send assets (R7 at push time).
    Topology t = network();
    Site remote = *t.site(s("Remote"));
    remote.links.insert(Category::Oms, s("Hub"));
    t.putSite(remote);
    const RecordRef asset{findSyncedTable(u"asset"), s("a"), s("REM"), {}, TransferRole::None, s("Remote"), {}};
    const PushDecision decision = PushRules::check(t, s("Remote"), asset);
    QVERIFY(!decision.allowed);
    QCOMPARE(decision.code, s("category_not_carried"));
    QVERIFY2(decision.message.contains(s("Remote")), qPrintable(decision.message));
}

void TestCorePushRules::docExamples_data()
{
    // The worked examples of docs/routing.md, on the demo network (seed 1).
    QTest::addColumn<QString>("pushingSite");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("store");
    QTest::addColumn<QString>("partner");
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("expected");

    const int none = int(TransferRole::None);
    const int starts = int(TransferRole::Starts);
    const int answers = int(TransferRole::Answers);
    const auto row = [](const char* name, const char* pushing, const char* table, const char* store,
                        const char* partner, int role, const char* expected) {
        QTest::newRow(name) << s(pushing) << s(table) << s(store) << s(partner) << role << s(expected);
    };
    row("SEF-PHA stock from Sefa", "Sefa District Hospital", "stock_line", "SEF-PHA", "", none, "allowed");
    row("SEF-PHA stock from the northern server", "Northern Province Server", "stock_line", "SEF-PHA", "", none,
        "store_not_active");
    row("LIR-DSP ships to SEF-PHA", "Lira Health Centre", "invoice", "LIR-DSP", "SEF-PHA", starts, "allowed");
    row("LIR-DSP ships to KAS-DSP", "Lira Health Centre", "invoice", "LIR-DSP", "KAS-DSP", starts,
        "partner_not_visible");
    row("SEF-PHA receives from CWS", "Sefa District Hospital", "invoice", "SEF-PHA", "CWS", answers, "allowed");
    row("item from Sefa", "Sefa District Hospital", "item", "", "", none, "central_data_read_only");
    row("asset from Mulanje", "Mulanje District Hospital", "asset", "MUL-PHA", "", none, "category_not_carried");
    row("stock from the front desk", "Central Front Desk", "stock_line", "CPH", "", none, "category_not_carried");
}

void TestCorePushRules::docExamples()
{
    QFETCH(QString, pushingSite);
    QFETCH(QString, table);
    QFETCH(QString, store);
    QFETCH(QString, partner);
    QFETCH(int, role);
    QFETCH(QString, expected);

    const Topology demo = DemoNetwork::generate(1).topology;
    QVERIFY2(demo.site(pushingSite), qPrintable(pushingSite));
    QVERIFY(store.isEmpty() || demo.store(store));
    QVERIFY(partner.isEmpty() || demo.store(partner));
    RecordRef record{findSyncedTable(table), s("r1"), store, partner, TransferRole(role), pushingSite, {}};
    if (record.transferRole == TransferRole::Answers)
        record.answeredStart = TransferStart{partner, store};
    const PushDecision decision = PushRules::check(demo, pushingSite, record);
    QCOMPARE(decision.allowed ? s("allowed") : decision.code, expected);
}

} // namespace syncsites

QTEST_GUILESS_MAIN(syncsites::TestCorePushRules)
#include "TestCorePushRules.moc"
