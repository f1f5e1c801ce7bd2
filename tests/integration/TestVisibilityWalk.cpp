// The differential walk of issue 11: a seeded random walk over a demo hub and eight replicas, each step checked
// against an oracle written from the sync model spec ("Routing", "Changes of visibility"), not from the code
// that routes.
//
// The hub is a demo hub (msupply_central, the oms_central co-hosted: the default mode) with a few hundred generated
// records. The replicas: the oms_central, both province servers (Northern: msupply_remote; Southern: oms_remote, the
// server of the Southern Dispensary Desk client), three district hospitals (Sefa and Bweni: oms_standalone; Mulanje:
// msupply_single_user) and two health centres (Lira: oms_android; Kasa: msupply_mobile): eight sites of seven kinds,
// synced by the real SyncSession. The desk itself holds nothing and is used only as a site rule 5 and 6 refuse.
//
// Each step does one to three things picked by a SplitMix64 from the printed seed (SYNCSITES_TEST_SEED repeats a
// run): field staff edit stock lines, assets and temperature logs of the stores their replica says are Active
// there; ship, request, amend a shipment, receive, respond; one site syncs on its own; a site goes offline for a few
// steps (it keeps working, it does not sync); an administrator hands a store over to another site (one that held it
// as Collector, as Transfer or not at all) and later back or on, gives or takes a Collector copy (none <-> Collector,
// Collector <-> Transfer), or tries an edit that breaks a topology rule (refused with 422, nothing changed). Then
// every online site syncs until a whole round moves nothing, and the checks run:
//
// - every online replica holds exactly the store data the spec's routing rules give it, computed here from the hub's
//   tables and the hub's current topology: a site that links for a record's category holds the record when the store
//   is Active or Collector there, or when it is a transfer record whose partner store is Active there (lines and
//   temperature logs go with their header's or asset's store and partner); the same records, with the same data.
//   Central data (sites, links, stores, visibility, items) equals the hub's; no site but the oms_central holds a
//   credential hash;
// - a record the hub refused (in the site's quarantine, reason not record_*) is not live there with the refused data;
//   only such a record may be missing or differ at its site (the spec: a refused edit is moved to the quarantine);
// - every transfer reaches its final status: an outbound whose inbound is delivered is delivered, a request whose
//   response is finalised is finalised (where the store's home is online, or the hub itself); every shipped outbound
//   and sent request addressed to a store Active on an online site has its answer there; every answer at the hub
//   answers a start addressed to its store;
// - a session fails never, and is refused something only when the site wrote while an administrator changed the
//   network behind its back; after the syncs nothing waits to be pushed.
//
// Once, at a seeded step of the middle third, the administrator moves the oms hub to the oms_central's own server
// (its replica served by a HubServer, its url set): from then on the oms data sites should hold is what that replica
// holds, and the oms_central stays online (the lag of a hub that has not pulled a visibility change is documented,
// not checked). Not covered: the staff of the hub's own stores (the hub answers transfers to them itself; nobody
// receives or finalises there).
// SYNCSITES_SOAK=1 runs many more steps on more data; SYNCSITES_WALK_KEEP_GOING=1 reports every divergence and goes
// on (the test still fails at the end), to see more than the first.

#include "HubServer.h"
#include "HubTestHarness.h"
#include "PasswordHasher.h"
#include "RecordStore.h"
#include "SiteKind.h"
#include "SiteReplica.h"
#include "SplitMix64.h"
#include "StableId.h"
#include "StoreActions.h"
#include "SyncStateRepository.h"
#include "TestHubAdminClient.h"
#include "TestSupport.h"
#include "TransferIds.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace syncsites;
using namespace syncsites::test;

namespace {

bool soak()
{
    return qEnvironmentVariableIntValue("SYNCSITES_SOAK") > 0;
}

QString typeId(SyncType type)
{
    return type == SyncType::None ? QStringLiteral("none") : syncTypeId(type);
}

// --- The oracle, from the spec ---

/// A table of store data as the spec's routing section describes it: its category, the header a line takes its store
/// and partner from, and whether its records are transfer records (shipments, requisitions and their lines).
struct StoreTable
{
    const char* name;
    Category category;
    const char* header;    ///< nullptr: the row has its own store_id (and partner_store_id)
    const char* headerKey; ///< the column naming the header row
    bool transfer;
};

const StoreTable kStoreTables[] = {
    {"stock_line", Category::Core, nullptr, nullptr, false},
    {"invoice", Category::Core, nullptr, nullptr, true},
    {"invoice_line", Category::Core, "invoice", "invoice_id", true},
    {"requisition", Category::Core, nullptr, nullptr, true},
    {"requisition_line", Category::Core, "requisition", "requisition_id", true},
    {"asset", Category::Oms, nullptr, nullptr, false},
    {"temperature_log", Category::Oms, "asset", "asset_id", false},
};

/// Central data every site that links for core holds as the hub has it (users and credentials are left out).
const char* const kCentralTables[] = {"site", "site_link", "store", "store_visibility", "item"};

bool openMsupplyKind(SiteKind kind)
{
    return kind == SiteKind::OmsCentral || kind == SiteKind::OmsRemote || kind == SiteKind::OmsStandalone ||
           kind == SiteKind::OmsAndroid;
}

/// Whether a site pulls a category from its hub ("Data categories and hubs", topology rules 2 and 3): every
/// data-holding site but the msupply_central links for core; the oms_remote, oms_standalone and oms_android link for
/// oms, and so does the oms_central's own replica in the default mode (no server of its own).
bool linksFor(const Site& site, Category category)
{
    if (!site.holdsData() || site.kind == SiteKind::MsupplyCentral)
        return false;
    if (category == Category::Core)
        return true;
    if (site.kind == SiteKind::OmsCentral)
        return site.url.isEmpty();
    return openMsupplyKind(site.kind);
}

/// One record of store data: its table, its store and partner (a line's: its header's), its columns.
struct Row
{
    const StoreTable* table = nullptr;
    QString store;   ///< store id
    QString partner; ///< store id, empty when none
    QJsonObject data;
};

/// What a database holds of the synced data the oracle looks at, keyed "table/id".
struct Holdings
{
    QHash<QString, Row> rows;            ///< store data
    QHash<QString, QJsonObject> central; ///< kCentralTables
    int credentials = 0;                 ///< site_credential rows
    QString error;
};

QString key(const QString& table, const QString& id)
{
    return table + QLatin1Char('/') + id;
}

Holdings readHoldings(Database& database)
{
    Holdings out;
    RecordStore records(database);
    for (const StoreTable& table : kStoreTables) {
        const auto rows = records.list(QString::fromLatin1(table.name));
        if (!rows.ok()) {
            out.error = rows.error().message;
            return out;
        }
        for (const QJsonObject& data : *rows) {
            Row row;
            row.table = &table;
            row.data = data;
            if (table.header) {
                const Row& header = out.rows.value(
                    key(QLatin1String(table.header), data.value(QLatin1String(table.headerKey)).toString()));
                row.store = header.store;
                row.partner = header.partner;
            } else {
                row.store = data.value(QLatin1String("store_id")).toString();
                row.partner = data.value(QLatin1String("partner_store_id")).toString();
            }
            out.rows.insert(key(QLatin1String(table.name), data.value(QLatin1String("id")).toString()), row);
        }
    }
    for (const char* table : kCentralTables) {
        const auto rows = records.list(QString::fromLatin1(table));
        if (!rows.ok()) {
            out.error = rows.error().message;
            return out;
        }
        for (const QJsonObject& data : *rows)
            out.central.insert(key(QLatin1String(table), data.value(QLatin1String("id")).toString()), data);
    }
    const auto credentials = records.list(u"site_credential");
    out.credentials = credentials.ok() ? int(credentials->size()) : -1;
    return out;
}

/// The spec's routing, as holdings: whether `site` holds `row` once it has synced.
bool shouldHold(const Topology& topology, const Site& site, const Row& row, const QHash<QString, QString>& codeOf)
{
    if (!linksFor(site, row.table->category))
        return false;
    const SyncType type = topology.syncType(codeOf.value(row.store), site.name);
    if (type == SyncType::Active || type == SyncType::Collector)
        return true;
    return row.table->transfer && !row.partner.isEmpty() &&
           topology.syncType(codeOf.value(row.partner), site.name) == SyncType::Active;
}

/// The fields in which two versions of a record differ: "packs 3 != 4, status ...".
QString fieldsDiffering(const QJsonObject& here, const QJsonObject& hub)
{
    QStringList out;
    QStringList names = here.keys() + hub.keys();
    names.removeDuplicates();
    std::sort(names.begin(), names.end());
    for (const QString& name : names)
        if (here.value(name) != hub.value(name))
            out << QStringLiteral("%1 here %2, hub %3")
                       .arg(name,
                            QString::fromUtf8(
                                QJsonDocument(QJsonArray{here.value(name)}).toJson(QJsonDocument::Compact)),
                            QString::fromUtf8(
                                QJsonDocument(QJsonArray{hub.value(name)}).toJson(QJsonDocument::Compact)));
    return out.join(QLatin1String("; "));
}

// --- The walk ---

struct Actor
{
    QString name;
    QString id;
    SiteKind kind = SiteKind::MsupplySingleUser;
    std::unique_ptr<SiteReplica> replica;
    bool oms = false;      ///< links for oms (the spec): may write assets and temperature logs
    int offlineUntil = -1; ///< the step it comes back at; -1 while online
    bool dirty = false;    ///< has written since its last session
    int adminEditsSeen = 0;
    int syncs = 0;
    bool online() const { return offlineUntil < 0; }
};

/// What the walk did, for the summary and the coverage checks at the end.
struct Counts
{
    std::map<QString, int> n;
    void add(const QString& what) { ++n[what]; }
    int of(const QString& what) const
    {
        const auto it = n.find(what);
        return it == n.end() ? 0 : it->second;
    }
    QString text() const
    {
        QStringList out;
        for (const auto& [what, count] : n)
            out << QStringLiteral("%1 %2").arg(count).arg(what);
        return out.join(QLatin1String(", "));
    }
};

} // namespace

class TestVisibilityWalk : public QObject
{
    Q_OBJECT

public:
    /// Before QTest starts: a soak (or keep-going) walk takes far longer than QTest's 5 minutes per test function.
    static void initMain()
    {
        if ((soak() || qEnvironmentVariableIntValue("SYNCSITES_WALK_KEEP_GOING") > 0) &&
            qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
            qputenv("QTEST_FUNCTION_TIMEOUT", "10800000"); // 3 hours
    }

private slots:
    void initTestCase();
    void walk();

private:
    // One thing done in a step.
    void act();
    void edit(Actor& site, const QString& onlyStore = QString());
    void editOms(Actor& site, const QString& store);
    void omsRefusedWithoutLink(Actor& site);
    void ship(Actor& site);
    void request(Actor& site);
    void amend(Actor& site);
    void receive(Actor& site);
    void respond(Actor& site);
    void handOver(const QString& onlyStore = QString());
    void editBehindTheAdminsBack();
    void toggleCollector();
    void toggleTransfer();
    void breakRule();
    void goOffline();
    void moveOmsHub();
    // Sessions.
    bool sync(Actor& site, SyncSummary* out = nullptr);
    void settle();
    // The checks.
    void verify();
    QStringList compare(Actor& site, const Topology& topology, const Holdings& hub);
    QStringList checkTransfers(const Topology& topology, const Holdings& hub);

    // The administrator. Returns the HTTP status; checks it is `expected`.
    int setSyncType(const QString& store, const QString& site, SyncType type, int expected);
    // A store's sync type on a site as the hub routes by now.
    SyncType typeOn(const QString& store, const QString& site) const { return m_hub->topology().syncType(store, site); }

    // A site's own view: its Active stores and the stores it may start a transfer to, from its replica.
    QStringList activeHere(Actor& site);
    QStringList partnersHere(Actor& site);
    Actor* actor(const QString& name);

    void divergence(const QString& what);
    bool stopped() const { return m_stop || QTest::currentTestFailed(); }
    QString pick(const QStringList& list) { return list.at(int(m_rng->below(std::uint64_t(list.size())))); }
    QString newId();
    QString orderKey(const QJsonObject& record, const char* link) const;
    void note(const QString& line);
    QByteArray context() const;

    std::unique_ptr<HubTestHarness> m_hub;
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<Actor>> m_sites;
    /// The oms_central's replica served as the oms hub once the walk moved it there (destroyed before the sites).
    std::unique_ptr<server::HubServer> m_omsHub;
    Actor* m_omsCentral = nullptr;
    int m_moveStep = 0;
    std::unique_ptr<SplitMix64> m_rng;
    std::uint64_t m_seed = 0;
    QStringList m_items;
    QHash<QString, QString> m_codeOf;       ///< store id -> code
    std::map<QString, QString> m_movedFrom; ///< stores handed over, not back home yet -> their first home
    QHash<QString, int> m_made;             ///< ids the walk made -> the order it made them in
    Counts m_counts;
    int m_step = 0;
    int m_adminEdits = 0;
    int m_counter = 0;
    int m_divergences = 0;
    int m_tolerated = 0;
    bool m_stop = false;
    bool m_keepGoing = false;
    QStringList m_log;
    QSet<QString> m_signatures; ///< kinds of divergence reported (SYNCSITES_WALK_KEEP_GOING)
};

// --- reporting ---

void TestVisibilityWalk::note(const QString& line)
{
    m_log.append(QStringLiteral("[%1] %2").arg(m_step).arg(line));
}

QByteArray TestVisibilityWalk::context() const
{
    return QStringLiteral("seed %1 (SYNCSITES_TEST_SEED=%1), step %2; the last steps:\n  %3")
        .arg(m_seed)
        .arg(m_step)
        .arg(m_log.mid(std::max<qsizetype>(0, m_log.size() - 80)).join(QLatin1String("\n  ")))
        .toUtf8();
}

// A divergence from the spec (or a session that failed): fails the test with the seed and what happened before it.
// With SYNCSITES_WALK_KEEP_GOING=1 it is printed and the walk goes on; the test fails at the end.
void TestVisibilityWalk::divergence(const QString& what)
{
    ++m_divergences;
    note(QStringLiteral("DIVERGENCE: ") + what.left(300));
    if (m_keepGoing) {
        // Each kind once, with the steps before it (ids and numbers make the kind's signature vary).
        static const QRegularExpression variable(QStringLiteral("[0-9a-f]{8}-[0-9a-f-]{27}|[0-9]+"));
        const QString signature = QString(what.left(160)).replace(variable, QStringLiteral("#"));
        if (m_signatures.contains(signature))
            return;
        m_signatures.insert(signature);
        std::fprintf(stderr, "DIVERGENCE (seed %llu, step %d): %s\n%s\n", static_cast<unsigned long long>(m_seed),
                     m_step, qPrintable(what), context().constData());
        return;
    }
    std::fprintf(stderr, "%s\n", context().constData());
    m_stop = true;
    QTest::qFail(qPrintable(QStringLiteral("seed %1, step %2: %3").arg(m_seed).arg(m_step).arg(what)), __FILE__,
                 __LINE__);
}

// Ids of the records the walk makes come from the seed, so that a repeated seed picks the same records.
QString TestVisibilityWalk::newId()
{
    const std::uint64_t hi = m_rng->next();
    const std::uint64_t lo = m_rng->next();
    const QUuid id(uint(hi >> 32), ushort(hi >> 16), ushort((hi & 0x0fff) | 0x4000), uchar(((lo >> 56) & 0x3f) | 0x80),
                   uchar(lo >> 48), uchar(lo >> 40), uchar(lo >> 32), uchar(lo >> 24), uchar(lo >> 16), uchar(lo >> 8),
                   uchar(lo));
    const QString text = id.toString(QUuid::WithoutBraces);
    m_made.insert(text, int(m_made.size()));
    return text;
}

// An order of candidates that a repeated seed repeats: the ids StoreActions makes are random, so a shipment or
// requisition goes by when the walk made it (its answer by its start's), anything else by its id (seeded).
QString TestVisibilityWalk::orderKey(const QJsonObject& record, const char* link) const
{
    const QString id = record.value(QLatin1String("id")).toString();
    for (const QString& k : {id, link ? record.value(QLatin1String(link)).toString() : QString()})
        if (m_made.contains(k))
            return QStringLiteral("0%1").arg(m_made.value(k), 8, 10, QLatin1Char('0'));
    return QStringLiteral("1") + id;
}

Actor* TestVisibilityWalk::actor(const QString& name)
{
    for (auto& site : m_sites)
        if (site->name == name)
            return site.get();
    return nullptr;
}

QStringList TestVisibilityWalk::activeHere(Actor& site)
{
    QStringList out;
    QSqlQuery q(site.replica->database().connection().value());
    q.prepare(QStringLiteral("SELECT code FROM store WHERE home_site_id = ? ORDER BY code"));
    q.addBindValue(site.id);
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

QStringList TestVisibilityWalk::partnersHere(Actor& site)
{
    QStringList out;
    QSqlQuery q(site.replica->database().connection().value());
    q.prepare(QStringLiteral("SELECT s.code FROM store s WHERE s.home_site_id = ? OR s.id IN (SELECT store_id FROM "
                             "store_visibility WHERE site_id = ?) ORDER BY s.code"));
    q.addBindValue(site.id);
    q.addBindValue(site.id);
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

// --- set-up and the walk ---

void TestVisibilityWalk::initTestCase()
{
    m_seed = testSeed("TestVisibilityWalk");
    m_keepGoing = qEnvironmentVariableIntValue("SYNCSITES_WALK_KEEP_GOING") > 0;
    m_rng = std::make_unique<SplitMix64>(m_seed);
    HubHarnessOptions options;
    options.records = soak() ? 3000 : 600;
    options.dataSeed = m_seed % 1000 + 1;
    auto hub = HubTestHarness::start(options);
    QVERIFY2(hub.ok(), qPrintable(hub.ok() ? QString() : hub.error().message));
    m_hub = std::move(hub).value();
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("syncsites.server.http.access.info=false\n"
                                                        "syncsites.engine.*.debug=false\n"
                                                        "syncsites.engine.*.info=false\n"
                                                        "syncsites.engine.*.warning=false\n"
                                                        "syncsites.server.*.info=false"));
    for (const DemoItem& item : m_hub->network().items)
        m_items << item.code;
    const Topology topology = m_hub->topology();
    for (const Store& store : topology.stores())
        m_codeOf.insert(StableId::store(store.code), store.code);

    // The oms_central, both province servers (the southern one serves a client), Sefa and its two health centres,
    // and Mulanje (msupply_single_user): eight sites of seven kinds.
    const QStringList names{QStringLiteral("National Cold Chain Hub"),   QStringLiteral("Northern Province Server"),
                            QStringLiteral("Southern Province Server"),  QStringLiteral("Sefa District Hospital"),
                            QStringLiteral("Lira Health Centre"),        QStringLiteral("Kasa Health Centre"),
                            QStringLiteral("Mulanje District Hospital"), QStringLiteral("Bweni District Hospital")};
    QSet<QString> kinds;
    bool serverWithClient = false;
    for (const syncsites::Site& s : topology.sites())
        if (s.isClient() && names.contains(s.server) && topology.site(s.server)->kind != SiteKind::MsupplyCentral)
            serverWithClient = true;
    QVERIFY2(serverWithClient, "no remote server with a client among the sites");
    for (const QString& name : names) {
        const syncsites::Site* info = topology.site(name);
        QVERIFY2(info && info->holdsData(), qPrintable(name));
        kinds.insert(siteKindId(info->kind));
        auto site = std::make_unique<Actor>();
        site->name = name;
        site->id = StableId::site(name);
        site->kind = info->kind;
        site->oms = linksFor(*info, Category::Oms);
        auto replica = SiteReplica::create(m_dir.filePath(name + QStringLiteral(".sqlite")), name, m_hub->url(),
                                           m_hub->secret(name));
        QVERIFY2(replica.ok(), qPrintable(replica.ok() ? QString() : replica.error().message));
        site->replica = std::move(replica).value();
        m_sites.push_back(std::move(site));
    }
    QVERIFY(m_sites.size() >= 6);
    QVERIFY2(kinds.size() >= 4, qPrintable(QStringList(kinds.cbegin(), kinds.cend()).join(QLatin1String(", "))));
    qInfo().noquote() << QStringLiteral("%1 sites of %2 kinds (%3), %4 generated records on the hub")
                             .arg(m_sites.size())
                             .arg(kinds.size())
                             .arg(names.join(QLatin1String(", ")))
                             .arg(options.records);
}

void TestVisibilityWalk::walk()
{
    QElapsedTimer clock;
    clock.start();
    // Every site starts from nothing: its first sessions initialise it.
    settle();
    verify();
    if (stopped())
        return;
    const qint64 initialMs = clock.elapsed();

    const int steps = soak() ? 2000 : 220;
    m_moveStep = m_rng->between(steps / 3, 2 * steps / 3);
    for (m_step = 1; m_step <= steps && !stopped(); ++m_step) {
        if (m_step == m_moveStep)
            moveOmsHub();
        if (m_step == steps * 3 / 4 && m_counts.of(QLatin1String("refused edit")) == 0)
            editBehindTheAdminsBack();
        for (auto& site : m_sites)
            if (!site->online() && site->offlineUntil <= m_step) {
                site->offlineUntil = -1;
                note(site->name + QStringLiteral(": back online"));
            }
        const int things = m_rng->between(1, 3);
        for (int i = 0; i < things && !stopped(); ++i)
            act();
        if (stopped())
            break;
        settle();
        if (!stopped())
            verify();
        if (m_step % 50 == 0)
            qInfo().noquote() << QStringLiteral("step %1: %2 ms").arg(m_step).arg(clock.elapsed());
    }
    if (stopped())
        return;
    // Everybody back, everything synced, everything checked once more.
    m_step = steps + 1;
    for (auto& site : m_sites)
        site->offlineUntil = -1;
    note(QStringLiteral("every site back online"));
    settle();
    if (!stopped())
        verify();
    if (stopped())
        return;

    int syncs = 0;
    for (const auto& site : m_sites)
        syncs += site->syncs;
    qInfo().noquote() << QStringLiteral("%1 steps, %2 sessions: %3; a refused record missing or different at "
                                        "its site (allowed) seen %4 times; initial sync %5 ms, total %6 ms")
                             .arg(steps)
                             .arg(syncs)
                             .arg(m_counts.text())
                             .arg(m_tolerated)
                             .arg(initialMs)
                             .arg(clock.elapsed());
    QVERIFY2(m_divergences == 0, qPrintable(QStringLiteral("%1 divergences (seed %2)").arg(m_divergences).arg(m_seed)));
    // The run did what it is meant to exercise.
    for (const char* what :
         {"hand-over to a Collector", "hand-over to a Transfer or none", "hand-over back home", "none -> Collector",
          "Collector -> none", "Collector -> Transfer", "Transfer -> Collector", "offline period", "shipment",
          "receipt", "request", "response", "refused edit", "oms hub move"})
        QVERIFY2(m_counts.of(QLatin1String(what)) > 0,
                 qPrintable(QStringLiteral("the walk never did: %1 (seed %2)").arg(QLatin1String(what)).arg(m_seed)));
}

void TestVisibilityWalk::act()
{
    Actor& site = *m_sites.at(int(m_rng->below(m_sites.size())));
    const int roll = int(m_rng->below(100));
    if (roll < 26)
        edit(site);
    else if (roll < 35)
        ship(site);
    else if (roll < 42)
        request(site);
    else if (roll < 49)
        receive(site);
    else if (roll < 55)
        respond(site);
    else if (roll < 58)
        amend(site);
    else if (roll < 65)
        handOver();
    else if (roll < 69)
        toggleCollector();
    else if (roll < 73)
        toggleTransfer();
    else if (roll < 74)
        breakRule();
    else if (roll < 77)
        goOffline();
    else if (roll < 79)
        omsRefusedWithoutLink(site);
    else if (site.online())
        sync(site);
}

// --- field staff ---

void TestVisibilityWalk::edit(Actor& site, const QString& onlyStore)
{
    const QStringList active = onlyStore.isEmpty() ? activeHere(site) : QStringList{onlyStore};
    if (active.isEmpty())
        return;
    const QString store = pick(active);
    if (onlyStore.isEmpty() && site.oms && m_rng->chance(30))
        return editOms(site, store);
    StoreActions actions(site.replica->database());
    auto lines = actions.listRecords(QStringLiteral("stock_line"), store);
    if (!lines.ok())
        return divergence(site.name + QStringLiteral(": listing stock lines: ") + lines.error().message);
    std::sort(lines->begin(), lines->end(), [](const QJsonObject& a, const QJsonObject& b) {
        const auto tuple = [](const QJsonObject& o) {
            return QStringList{o.value(QLatin1String("item_id")).toString(), o.value(QLatin1String("batch")).toString(),
                               o.value(QLatin1String("expiry_date")).toString(),
                               QString::number(o.value(QLatin1String("pack_size")).toInt()),
                               o.value(QLatin1String("id")).toString()}
                .join(QLatin1Char('|'));
        };
        return tuple(a) < tuple(b);
    });
    const int roll = int(m_rng->below(100));
    if (roll < 45 || lines->isEmpty()) {
        const QJsonObject line{{QStringLiteral("id"), newId()},
                               {QStringLiteral("item_id"), StableId::item(pick(m_items))},
                               {QStringLiteral("batch"), QStringLiteral("WALK-%1").arg(++m_counter)},
                               {QStringLiteral("expiry_date"),
                                QStringLiteral("2027-%1-15").arg(m_rng->between(1, 12), 2, 10, QLatin1Char('0'))},
                               {QStringLiteral("pack_size"), m_rng->between(1, 100)},
                               {QStringLiteral("available_packs"), double(m_rng->between(5, 500))},
                               {QStringLiteral("cost_price"), m_rng->between(1, 400) / 4.0}};
        const auto put = actions.putRecord(store, QStringLiteral("stock_line"), line);
        if (!put.ok())
            return divergence(site.name + QStringLiteral(": a new stock line in its Active store %1 refused: %2")
                                              .arg(store, put.error().message));
        site.dirty = true;
        note(QStringLiteral("%1: new stock line %2 in %3").arg(site.name, put->id, store));
        return;
    }
    QJsonObject line = lines->at(int(m_rng->below(std::uint64_t(lines->size()))));
    const QString id = line.value(QLatin1String("id")).toString();
    if (roll < 85) {
        line.insert(QStringLiteral("available_packs"), double(m_rng->between(0, 900)));
        if (m_rng->chance(30))
            line.insert(QStringLiteral("note"), QStringLiteral("counted %1").arg(++m_counter));
        const auto put = actions.putRecord(store, QStringLiteral("stock_line"), line);
        if (!put.ok())
            return divergence(site.name +
                              QStringLiteral(": changing stock line %1 of %2: %3").arg(id, store, put.error().message));
        site.dirty = true;
        note(QStringLiteral("%1: changed stock line %2 of %3").arg(site.name, id, store));
        return;
    }
    const auto removed = RecordStore(site.replica->database()).remove(u"stock_line", id);
    if (!removed.ok() || !*removed)
        return divergence(site.name + QStringLiteral(": deleting stock line %1").arg(id));
    site.dirty = true;
    note(QStringLiteral("%1: deleted stock line %2 of %3").arg(site.name, id, store));
}

void TestVisibilityWalk::editOms(Actor& site, const QString& store)
{
    StoreActions actions(site.replica->database());
    auto assets = actions.listRecords(QStringLiteral("asset"), store);
    if (!assets.ok())
        return divergence(site.name + QStringLiteral(": listing assets: ") + assets.error().message);
    std::sort(assets->begin(), assets->end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QLatin1String("id")).toString() < b.value(QLatin1String("id")).toString();
    });
    const int roll = int(m_rng->below(100));
    QString what = QStringLiteral("asset");
    QString changed;
    Result<PutOutcome> put = Error();
    if (roll < 35 || assets->isEmpty()) {
        put = actions.putRecord(store, what,
                                QJsonObject{{QStringLiteral("id"), newId()},
                                            {QStringLiteral("code"), QStringLiteral("FRIDGE-%1").arg(++m_counter)},
                                            {QStringLiteral("asset_type"), QStringLiteral("refrigerator")},
                                            {QStringLiteral("serial"), QStringLiteral("SN%1").arg(m_rng->below(99999))},
                                            {QStringLiteral("installed_on"), QStringLiteral("2024-03-01")}});
        changed = QStringLiteral("new");
    } else {
        QJsonObject asset = assets->at(int(m_rng->below(std::uint64_t(assets->size()))));
        const QString assetId = asset.value(QLatin1String("id")).toString();
        if (roll < 80) {
            what = QStringLiteral("temperature_log");
            put = actions.putRecord(
                store, what,
                QJsonObject{
                    {QStringLiteral("id"), newId()},
                    {QStringLiteral("asset_id"), assetId},
                    {QStringLiteral("logged_at"),
                     QStringLiteral("2024-06-01T%1:00:00.000Z").arg(m_rng->between(0, 23), 2, 10, QLatin1Char('0'))},
                    {QStringLiteral("temperature_c"), m_rng->between(-80, 320) / 10.0}});
            changed = QStringLiteral("new");
        } else {
            asset.insert(QStringLiteral("manufacturer"), QStringLiteral("Maker %1").arg(++m_counter));
            put = actions.putRecord(store, what, asset);
            changed = QStringLiteral("changed");
        }
    }
    if (!put.ok())
        return divergence(site.name + QStringLiteral(" (links for oms): %1 %2 in its Active store %3 refused: %4 %5")
                                          .arg(changed, what, store, put.error().code, put.error().message));
    site.dirty = true;
    m_counts.add(QStringLiteral("oms record"));
    note(QStringLiteral("%1: %2 %3 %4 in %5").arg(site.name, changed, what, put->id, store));
}

// A site with no oms link (a legacy kind) writing oms data: refused with a clear error, nothing written ("Data
// categories and hubs": never accepted and left unsent).
void TestVisibilityWalk::omsRefusedWithoutLink(Actor& site)
{
    if (site.oms)
        return;
    const QStringList active = activeHere(site);
    if (active.isEmpty())
        return;
    const QString store = pick(active);
    const QString id = newId();
    const auto put = StoreActions(site.replica->database())
                         .putRecord(store, QStringLiteral("asset"),
                                    QJsonObject{{QStringLiteral("id"), id},
                                                {QStringLiteral("code"), QStringLiteral("NO-OMS-%1").arg(++m_counter)},
                                                {QStringLiteral("asset_type"), QStringLiteral("refrigerator")}});
    const auto held = RecordStore(site.replica->database()).get(u"asset", id);
    note(QStringLiteral("%1 (no oms link): an asset in %2: %3")
             .arg(site.name, store, put.ok() ? QStringLiteral("accepted") : put.error().code));
    if (put.ok() || put.error().code != QLatin1String("category_not_carried") || !held.ok() || held->has_value())
        return divergence(
            QStringLiteral("%1 has no oms link, yet an asset written in its Active store %2 was %3")
                .arg(site.name, store,
                     put.ok() ? QStringLiteral("accepted")
                              : QStringLiteral("refused with %1, not category_not_carried").arg(put.error().code)));
    m_counts.add(QStringLiteral("oms write refused without a link"));
}

void TestVisibilityWalk::ship(Actor& site)
{
    const QStringList active = activeHere(site);
    if (active.isEmpty())
        return;
    const QString from = pick(active);
    const QStringList partners = partnersHere(site);
    const QString to = pick(partners);
    if (to == from)
        return;
    const QString item = pick(m_items);
    const double packs = m_rng->between(1, 4);
    const auto shipped = StoreActions(site.replica->database()).createTransfer(from, to, item, packs);
    if (!shipped.ok() && shipped.error().code == QLatin1String("not_enough_stock"))
        return; // a legal refusal: nothing written
    if (!shipped.ok())
        return divergence(site.name + QStringLiteral(": shipping from %1 to %2: %3 %4")
                                          .arg(from, to, shipped.error().code, shipped.error().message));
    m_made.insert(*shipped, int(m_made.size()));
    site.dirty = true;
    m_counts.add(QStringLiteral("shipment"));
    note(
        QStringLiteral("%1: shipped %2 %3 from %4 to %5 (%6)").arg(site.name).arg(packs).arg(item, from, to, *shipped));
}

void TestVisibilityWalk::request(Actor& site)
{
    const QStringList active = activeHere(site);
    if (active.isEmpty())
        return;
    const QString from = pick(active);
    const QString to = pick(partnersHere(site));
    if (to == from)
        return;
    const QString item = pick(m_items);
    const auto requested =
        StoreActions(site.replica->database()).createRequisition(from, to, item, m_rng->between(1, 50));
    if (!requested.ok())
        return divergence(site.name + QStringLiteral(": requesting from %1 for %2: %3 %4")
                                          .arg(to, from, requested.error().code, requested.error().message));
    m_made.insert(*requested, int(m_made.size()));
    site.dirty = true;
    m_counts.add(QStringLiteral("request"));
    note(QStringLiteral("%1: requested %2 for %3 from %4 (%5)").arg(site.name, item, from, to, *requested));
}

// A shipment still on its way gets another line, or a line's packs change: until it is received, the inbound's
// lines follow.
void TestVisibilityWalk::amend(Actor& site)
{
    StoreActions actions(site.replica->database());
    // A line of an outbound starts a transfer: its partner must be visible here (push rule 6), which it need not be
    // for a shipment of a store handed over to this site.
    const QStringList partners = partnersHere(site);
    QVector<std::pair<QString, QJsonObject>> shipped; // order key, outbound
    for (const QString& store : activeHere(site)) {
        const auto invoices = actions.listRecords(QStringLiteral("invoice"), store);
        if (invoices.ok())
            for (const QJsonObject& invoice : *invoices)
                if (invoice.value(QLatin1String("type")).toString() == QLatin1String("outbound") &&
                    invoice.value(QLatin1String("status")).toString() == QLatin1String("shipped") &&
                    partners.contains(m_codeOf.value(invoice.value(QLatin1String("partner_store_id")).toString())))
                    shipped.append({orderKey(invoice, nullptr), invoice});
    }
    if (shipped.isEmpty())
        return;
    std::sort(shipped.begin(), shipped.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    const QJsonObject outbound = shipped.at(int(m_rng->below(std::uint64_t(shipped.size())))).second;
    const QString outboundId = outbound.value(QLatin1String("id")).toString();
    const QString store = m_codeOf.value(outbound.value(QLatin1String("store_id")).toString());
    QVector<QJsonObject> ofThis;
    if (const auto lines = actions.listRecords(QStringLiteral("invoice_line"), store); lines.ok())
        for (const QJsonObject& line : *lines)
            if (line.value(QLatin1String("invoice_id")).toString() == outboundId)
                ofThis << line;
    std::sort(ofThis.begin(), ofThis.end(), [this](const QJsonObject& a, const QJsonObject& b) {
        return orderKey(a, nullptr) < orderKey(b, nullptr);
    });
    QJsonObject line;
    if (m_rng->chance(50) || ofThis.isEmpty()) {
        line = QJsonObject{{QStringLiteral("id"), newId()},
                           {QStringLiteral("invoice_id"), outboundId},
                           {QStringLiteral("item_id"), StableId::item(pick(m_items))},
                           {QStringLiteral("pack_size"), 1},
                           {QStringLiteral("packs"), double(m_rng->between(1, 20))}};
    } else {
        line = ofThis.at(int(m_rng->below(std::uint64_t(ofThis.size()))));
        line.insert(QStringLiteral("packs"), double(m_rng->between(1, 20)));
    }
    const auto put = actions.putRecord(store, QStringLiteral("invoice_line"), line);
    if (!put.ok())
        return divergence(
            site.name +
            QStringLiteral(": a line of shipment %1 of %2: %3").arg(outboundId, store, put.error().message));
    site.dirty = true;
    note(QStringLiteral("%1: %2 line %3 of shipment %4 of %5")
             .arg(site.name, put->created ? QStringLiteral("added") : QStringLiteral("changed"), put->id, outboundId,
                  store));
}

void TestVisibilityWalk::receive(Actor& site)
{
    StoreActions actions(site.replica->database());
    QVector<std::pair<QString, QString>> arrived; // order key, id
    for (const QString& store : activeHere(site)) {
        const auto invoices = actions.listRecords(QStringLiteral("invoice"), store);
        if (invoices.ok())
            for (const QJsonObject& invoice : *invoices)
                if (invoice.value(QLatin1String("type")).toString() == QLatin1String("inbound") &&
                    invoice.value(QLatin1String("status")).toString() == QLatin1String("shipped"))
                    arrived.append(
                        {orderKey(invoice, "linked_invoice_id"), invoice.value(QLatin1String("id")).toString()});
    }
    if (arrived.isEmpty())
        return;
    std::sort(arrived.begin(), arrived.end());
    const QString inbound = arrived.at(int(m_rng->below(std::uint64_t(arrived.size())))).second;
    const auto received = actions.receive(inbound);
    if (!received.ok())
        return divergence(
            site.name +
            QStringLiteral(": receiving %1: %2 %3").arg(inbound, received.error().code, received.error().message));
    site.dirty = true;
    m_counts.add(QStringLiteral("receipt"));
    note(QStringLiteral("%1: received %2").arg(site.name, inbound));
}

void TestVisibilityWalk::respond(Actor& site)
{
    StoreActions actions(site.replica->database());
    QVector<std::pair<QString, QString>> drafts;
    for (const QString& store : activeHere(site)) {
        const auto requisitions = actions.listRecords(QStringLiteral("requisition"), store);
        if (requisitions.ok())
            for (const QJsonObject& r : *requisitions)
                if (r.value(QLatin1String("type")).toString() == QLatin1String("response") &&
                    r.value(QLatin1String("status")).toString() == QLatin1String("draft"))
                    drafts.append({orderKey(r, "linked_requisition_id"), r.value(QLatin1String("id")).toString()});
    }
    if (drafts.isEmpty())
        return;
    std::sort(drafts.begin(), drafts.end());
    const QString response = drafts.at(int(m_rng->below(std::uint64_t(drafts.size())))).second;
    const auto done = actions.respond(response);
    if (!done.ok())
        return divergence(
            site.name +
            QStringLiteral(": finalising response %1: %2 %3").arg(response, done.error().code, done.error().message));
    site.dirty = true;
    m_counts.add(QStringLiteral("response"));
    note(QStringLiteral("%1: finalised response %2").arg(site.name, response));
}

// --- the administrator ---

int TestVisibilityWalk::setSyncType(const QString& store, const QString& site, SyncType type, int expected)
{
    AdminClient admin(m_hub->port());
    const QString token = admin.token(QStringLiteral("admin"), m_hub->password(QStringLiteral("admin")));
    const Topology before = m_hub->topology();
    const SyncType was = before.syncType(store, site);
    const auto reply = admin.setSyncType(store, site, typeId(type), admin.revision(token), token);
    note(QStringLiteral("admin: %1 on %2: %3 -> %4 (HTTP %5%6)")
             .arg(store, site, typeId(was), typeId(type))
             .arg(reply.status)
             .arg(reply.status == 200 ? QString() : QStringLiteral(" ") + reply.errorCode()));
    if (reply.status != expected) {
        divergence(QStringLiteral("setting %1 on %2 to %3: expected HTTP %4, got %5")
                       .arg(store, site, typeId(type))
                       .arg(expected)
                       .arg(QString::fromUtf8(reply.describe())));
        return reply.status;
    }
    const Topology after = m_hub->topology();
    if (reply.status != 200) {
        if (after != before)
            divergence(
                QStringLiteral("a refused edit (%1 on %2 to %3) changed the topology").arg(store, site, typeId(type)));
        return reply.status;
    }
    ++m_adminEdits;
    if (after.syncType(store, site) != type)
        divergence(QStringLiteral("%1 on %2 was set to %3 but is %4")
                       .arg(store, site, typeId(type), typeId(after.syncType(store, site))));
    // A hand-over leaves the old home a Collector (the default; the msupply_central is one anyway).
    const QString oldHome = before.store(store)->home;
    if (type == SyncType::Active && after.syncType(store, oldHome) != SyncType::Collector)
        divergence(QStringLiteral("%1 handed over from %2: the old home is %3, not Collector")
                       .arg(store, oldHome, typeId(after.syncType(store, oldHome))));
    return reply.status;
}

// A store homed at one of the walk's sites moves to another (and later back home, or on): to a site where it was
// Collector, Transfer or not visible, the least used of these first. Topology rule 7: a store with oms data on the
// hub may move only to an Open mSupply kind; now and then the walk tries the illegal move and expects a 422.
void TestVisibilityWalk::handOver(const QString& onlyStore)
{
    const Topology topology = m_hub->topology();
    QString store;
    QString target;
    // Stores at their first home. Often one whose home has written since its last session (offline, say): its
    // writes will be refused.
    QStringList homed;
    QStringList dirty;
    for (const Store& s : topology.stores())
        if (actor(s.home) && m_movedFrom.find(s.code) == m_movedFrom.end()) {
            homed << s.code;
            if (actor(s.home)->dirty)
                dirty << s.code;
        }
    bool moveBack = onlyStore.isEmpty() && !m_movedFrom.empty() && m_rng->chance(50);
    if (onlyStore.isEmpty() && !moveBack && homed.isEmpty()) {
        if (m_movedFrom.empty())
            return;
        moveBack = true; // every store has moved (a long walk): one moves again
    }
    if (!onlyStore.isEmpty()) {
        store = onlyStore;
    } else if (moveBack) {
        auto it = m_movedFrom.begin();
        std::advance(it, int(m_rng->below(m_movedFrom.size())));
        store = it->first;
    } else {
        store = pick(!dirty.isEmpty() && m_rng->chance(50) ? dirty : homed);
    }
    const QString home = topology.store(store)->home;
    QSqlQuery q(m_hub->database().connection().value());
    q.prepare(QStringLiteral("SELECT count(*) FROM asset WHERE store_id = ?"));
    q.addBindValue(StableId::store(store));
    const bool hasOms = q.exec() && q.next() && q.value(0).toInt() > 0;

    QStringList legal;
    QStringList illegal;
    for (const auto& site : m_sites) {
        if (site->name == home)
            continue;
        (hasOms && !openMsupplyKind(site->kind) ? illegal : legal) << site->name;
    }
    if (onlyStore.isEmpty() && !illegal.isEmpty() && m_rng->chance(12)) {
        target = pick(illegal);
        note(QStringLiteral("admin: %1 has oms data; handing it to %2 (%3) breaks rule 7")
                 .arg(store, target, siteKindId(actor(target)->kind)));
        if (setSyncType(store, target, SyncType::Active, 422) == 422)
            m_counts.add(QStringLiteral("illegal hand-over refused"));
        return;
    }
    const auto it = m_movedFrom.find(store);
    const QString firstHome = it == m_movedFrom.end() ? home : it->second;
    QString kind;
    if (moveBack && legal.contains(firstHome) && m_rng->chance(75)) {
        target = firstHome;
        kind = QStringLiteral("hand-over back home");
    } else {
        // The least used of: to a Collector, to a Transfer or none.
        QStringList toCollector;
        QStringList toOther;
        for (const QString& name : legal)
            (topology.syncType(store, name) == SyncType::Collector ? toCollector : toOther) << name;
        const QString a = QStringLiteral("hand-over to a Collector");
        const QString b = QStringLiteral("hand-over to a Transfer or none");
        const bool collector = !toCollector.isEmpty() && (toOther.isEmpty() || m_counts.of(a) < m_counts.of(b) ||
                                                          (m_counts.of(a) == m_counts.of(b) && m_rng->chance(50)));
        if (toCollector.isEmpty() && toOther.isEmpty())
            return;
        target = pick(collector ? toCollector : toOther);
        kind = collector ? a : b;
    }
    note(QStringLiteral("admin: hand-over of %1 from %2 (%3) to %4 (%5, where it is %6)")
             .arg(store, home,
                  actor(home) && actor(home)->online() ? QStringLiteral("online") : QStringLiteral("offline"), target,
                  actor(target)->online() ? QStringLiteral("online") : QStringLiteral("offline"),
                  typeId(topology.syncType(store, target))));
    if (setSyncType(store, target, SyncType::Active, 200) != 200)
        return;
    m_counts.add(kind);
    if (target == firstHome)
        m_movedFrom.erase(store);
    else if (it == m_movedFrom.end())
        m_movedFrom.emplace(store, home);
}

// none <-> Collector of a store on one of the walk's sites (not its home), the least used direction first.
void TestVisibilityWalk::toggleCollector()
{
    const Topology topology = m_hub->topology();
    QVector<std::pair<QString, QString>> gain;
    QVector<std::pair<QString, QString>> lose;
    for (const Store& store : topology.stores())
        for (const auto& site : m_sites) {
            const SyncType type = topology.syncType(store.code, site->name);
            if (type == SyncType::None)
                gain.append({store.code, site->name});
            else if (type == SyncType::Collector)
                lose.append({store.code, site->name});
        }
    const QString a = QStringLiteral("none -> Collector");
    const QString b = QStringLiteral("Collector -> none");
    const bool gaining = !gain.isEmpty() && (lose.isEmpty() || m_counts.of(a) < m_counts.of(b) ||
                                             (m_counts.of(a) == m_counts.of(b) && m_rng->chance(50)));
    const auto& from = gaining ? gain : lose;
    if (from.isEmpty())
        return;
    const auto [store, site] = from.at(int(m_rng->below(std::uint64_t(from.size()))));
    if (setSyncType(store, site, gaining ? SyncType::Collector : SyncType::None, 200) == 200)
        m_counts.add(gaining ? a : b);
}

// Collector <-> Transfer of a store on one of the walk's sites, the least used direction first.
void TestVisibilityWalk::toggleTransfer()
{
    const Topology topology = m_hub->topology();
    QVector<std::pair<QString, QString>> down;
    QVector<std::pair<QString, QString>> up;
    for (const Store& store : topology.stores())
        for (const auto& site : m_sites) {
            const SyncType type = topology.syncType(store.code, site->name);
            if (type == SyncType::Collector)
                down.append({store.code, site->name});
            else if (type == SyncType::Transfer)
                up.append({store.code, site->name});
        }
    const QString a = QStringLiteral("Collector -> Transfer");
    const QString b = QStringLiteral("Transfer -> Collector");
    const bool downing = !down.isEmpty() && (up.isEmpty() || m_counts.of(a) < m_counts.of(b) ||
                                             (m_counts.of(a) == m_counts.of(b) && m_rng->chance(50)));
    const auto& from = downing ? down : up;
    if (from.isEmpty())
        return;
    const auto [store, site] = from.at(int(m_rng->below(std::uint64_t(from.size()))));
    if (setSyncType(store, site, downing ? SyncType::Transfer : SyncType::Collector, 200) == 200)
        m_counts.add(downing ? a : b);
}

// Edits that break a topology rule are refused with 422 and change nothing: Collector on a client (rule 6), or a
// store made Active on a client (rule 5).
void TestVisibilityWalk::breakRule()
{
    const Topology topology = m_hub->topology();
    QStringList stores;
    for (const Store& s : topology.stores())
        stores << s.code;
    const QString store = pick(stores);
    const QString client = QStringLiteral("Southern Dispensary Desk");
    if (setSyncType(store, client, m_rng->chance(50) ? SyncType::Collector : SyncType::Active, 422) == 422)
        m_counts.add(QStringLiteral("rule-breaking edit refused"));
}

void TestVisibilityWalk::goOffline()
{
    int offline = 0;
    QStringList online;
    for (const auto& site : m_sites) {
        if (!site->online())
            ++offline;
        else if (!m_omsHub || site.get() != m_omsCentral) // the oms hub's lag is not the spec's concern here
            online << site->name;
    }
    if (offline >= 2 || online.isEmpty())
        return;
    Actor& site = *actor(pick(online));
    site.offlineUntil = m_step + m_rng->between(2, 6);
    m_counts.add(QStringLiteral("offline period"));
    note(QStringLiteral("%1: offline until step %2").arg(site.name).arg(site.offlineUntil));
}

// The administrator deploys the oms_central on a server of its own: its replica is served, its url set. It takes
// the oms history over at its next sync; every Open mSupply site then syncs oms with it (its link moved: it pulls
// oms again from the start there), and it stays online from now on.
void TestVisibilityWalk::moveOmsHub()
{
    m_omsCentral = actor(QStringLiteral("National Cold Chain Hub"));
    QVERIFY(m_omsCentral);
    m_omsCentral->offlineUntil = -1;
    server::HubConfig config;
    config.replica = true;
    config.passwordIterations = server::PasswordHasher::kTestIterations;
    m_omsHub = std::make_unique<server::HubServer>(m_omsCentral->replica->database(), config);
    const Result<quint16> port = m_omsHub->start(QStringLiteral("127.0.0.1"), 0);
    QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().message));
    AdminClient admin(m_hub->port());
    const QString token = admin.token(QStringLiteral("admin"), m_hub->password(QStringLiteral("admin")));
    const auto moved =
        admin.patch(AdminClient::path({QStringLiteral("sites"), m_omsCentral->name}),
                    QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1").arg(*port)},
                                {QStringLiteral("revision"), admin.revision(token)}},
                    token);
    QVERIFY2(moved.status == 200, moved.describe().constData());
    ++m_adminEdits;
    m_counts.add(QStringLiteral("oms hub move"));
    note(QStringLiteral("oms hub moved to the oms_central's own server, port %1").arg(*port));
    sync(*m_omsCentral);
}

// Field staff edit a stock line of a store, and before their site syncs an administrator hands the store over: the
// hub refuses the edit, which the site keeps only in its quarantine. Done once late in a walk where chance has not
// made it happen yet, so that every run checks it.
void TestVisibilityWalk::editBehindTheAdminsBack()
{
    QStringList candidates;
    for (const auto& site : m_sites)
        if (site->online() && site.get() != m_omsCentral)
            for (const QString& store : activeHere(*site))
                if (m_movedFrom.find(store) == m_movedFrom.end())
                    candidates << site->name + QLatin1Char('\n') + store;
    if (candidates.isEmpty())
        return;
    const QStringList chosen = pick(candidates).split(QLatin1Char('\n'));
    note(QStringLiteral("%1 edits %2 while an administrator hands it over").arg(chosen.at(0), chosen.at(1)));
    edit(*actor(chosen.at(0)), chosen.at(1));
    handOver(chosen.at(1));
}

// --- sessions ---

bool TestVisibilityWalk::sync(Actor& site, SyncSummary* out)
{
    // Small pages now and then, so that pushes, pulls and backfills take several.
    SessionOptions options = SiteReplica::testOptions(m_seed + std::uint64_t(m_log.size()));
    const int pages = int(m_rng->below(3));
    options.initialPullLimit = QVector<int>{1000, 200, 40}.at(pages);
    options.minPullLimit = std::min(options.minPullLimit, options.initialPullLimit);
    options.initialPushBatch = QVector<int>{500, 50, 15}.at(pages);
    options.minPushBatch = std::min(options.minPushBatch, options.initialPushBatch);
    const bool mayBeRefused = site.dirty && m_adminEdits > site.adminEditsSeen;
    const SyncSummary summary = site.replica->sync(options);
    ++site.syncs;
    // Like `syncsites-server serve` does after each sync: the oms hub routes by the network it last pulled.
    if (m_omsHub && &site == m_omsCentral)
        if (Status reloaded = m_omsHub->state().reloadTopology(); !reloaded)
            divergence(QStringLiteral("the oms hub could not reload the network: ") + reloaded.error().message);
    // Sessions that move nothing are left out of the step log (most of the sessions of a settling round).
    if (summary.outcome != SyncOutcome::Success || summary.pushed > 0 || summary.pulled > 0 ||
        summary.transfersWritten > 0)
        note(QStringLiteral("%1: sync (pages of %2/%3): %4")
                 .arg(site.name)
                 .arg(options.initialPullLimit)
                 .arg(options.initialPushBatch)
                 .arg(SiteReplica::describe(summary).left(400)));
    if (out)
        *out = summary;
    if (summary.outcome != SyncOutcome::Success && summary.outcome != SyncOutcome::Partial) {
        divergence(site.name + QStringLiteral(": the session failed: ") + SiteReplica::describe(summary));
        return false;
    }
    site.dirty = false;
    site.adminEditsSeen = m_adminEdits;
    if (summary.rejected > 0) {
        if (!mayBeRefused) {
            divergence(site.name +
                       QStringLiteral(": records refused though it wrote nothing behind an administrator's "
                                      "back: ") +
                       SiteReplica::describe(summary));
            return false;
        }
        m_counts.add(QStringLiteral("refused edit"));
    }
    return true;
}

// Every online site syncs, in turn, until a whole round moves nothing (bounded).
void TestVisibilityWalk::settle()
{
    for (int round = 0; round < 12; ++round) {
        bool quiet = true;
        for (auto& site : m_sites) {
            if (!site->online())
                continue;
            SyncSummary summary;
            if (!sync(*site, &summary) && !m_keepGoing)
                return;
            quiet = quiet && summary.pushed == 0 && summary.pulled == 0 && summary.transfersWritten == 0 &&
                    summary.rejected == 0;
            if (summary.waiting != 0)
                divergence(site->name +
                           QStringLiteral(": %1 changes still waiting after a session").arg(summary.waiting));
        }
        if (quiet)
            return;
    }
    divergence(QStringLiteral("the sites never stopped moving records"));
}

// --- the checks ---

void TestVisibilityWalk::verify()
{
    const Topology topology = m_hub->topology();
    Holdings hub = readHoldings(m_hub->database());
    if (!hub.error.isEmpty())
        return divergence(QStringLiteral("reading the hub: ") + hub.error);
    if (m_omsHub) {
        // After the move the oms_central's replica is the hub of oms: what it holds is what sites should hold. The
        // central keeps the history it had, no longer served.
        const Holdings oms = readHoldings(m_omsCentral->replica->database());
        if (!oms.error.isEmpty())
            return divergence(QStringLiteral("reading the oms hub: ") + oms.error);
        for (auto it = hub.rows.begin(); it != hub.rows.end();)
            it = it->table->category == Category::Oms ? hub.rows.erase(it) : std::next(it);
        for (auto it = oms.rows.cbegin(); it != oms.rows.cend(); ++it)
            if (it->table->category == Category::Oms)
                hub.rows.insert(it.key(), *it);
    }
    QStringList problems;
    for (auto& site : m_sites)
        if (site->online())
            problems << compare(*site, topology, hub);
    problems << checkTransfers(topology, hub);
    if (!problems.isEmpty())
        divergence(problems.join(QLatin1String("\n")));
}

QStringList TestVisibilityWalk::compare(Actor& actor, const Topology& topology, const Holdings& hub)
{
    Holdings here = readHoldings(actor.replica->database());
    if (!here.error.isEmpty())
        return {actor.name + QStringLiteral(": reading the replica: ") + here.error};
    const syncsites::Site& site = *topology.site(actor.name);
    if (site.takesHistoryOf()) // the oms hub itself: its oms data is the reference
        for (auto it = here.rows.begin(); it != here.rows.end();)
            it = it->table->category == *site.takesHistoryOf() ? here.rows.erase(it) : std::next(it);

    // Refused by the hub (push refusals), and not integrated here (record_*), as the quarantine says.
    QHash<QString, QJsonObject> refused;
    QHash<QString, QString> notIntegrated;
    const auto entries = SyncStateRepository(actor.replica->database()).quarantined();
    if (!entries.ok())
        return {actor.name + QStringLiteral(": reading the quarantine: ") + entries.error().message};
    for (const QuarantineEntry& e : *entries) {
        if (e.reasonCode.startsWith(QLatin1String("record_")))
            notIntegrated.insert(key(e.tableName, e.recordId), e.reasonCode + QStringLiteral(": ") + e.reason);
        else
            refused.insert(key(e.tableName, e.recordId), e.payload);
    }

    QStringList missing;
    QStringList unexpected;
    QStringList different;
    QStringList live;
    const auto describe = [&](const QString& k, const Row& row) -> QString {
        QString text = QStringLiteral("%1 (store %2").arg(k, m_codeOf.value(row.store, row.store));
        if (!row.partner.isEmpty())
            text += QStringLiteral(", partner %1").arg(m_codeOf.value(row.partner, row.partner));
        if (notIntegrated.contains(k))
            text += QStringLiteral(", quarantined here: ") + notIntegrated.value(k);
        return text + QLatin1Char(')');
    };
    for (auto it = hub.rows.cbegin(); it != hub.rows.cend(); ++it) {
        if (!shouldHold(topology, site, it.value(), m_codeOf))
            continue;
        const auto mine = here.rows.constFind(it.key());
        if (mine == here.rows.cend() || mine->data != it->data) {
            if (refused.contains(it.key())) {
                ++m_tolerated; // a refused edit: moved to the quarantine
                continue;
            }
            if (mine == here.rows.cend())
                missing << describe(it.key(), *it);
            else
                different << describe(it.key(), *it) + QStringLiteral(": ") + fieldsDiffering(mine->data, it->data);
        }
    }
    for (auto it = here.rows.cbegin(); it != here.rows.cend(); ++it) {
        const auto theirs = hub.rows.constFind(it.key());
        if (theirs != hub.rows.cend() && shouldHold(topology, site, *theirs, m_codeOf))
            continue;
        if (refused.contains(it.key()) && refused.value(it.key()) == it->data)
            continue; // reported below, as refused yet live
        unexpected << describe(it.key(), theirs != hub.rows.cend() ? *theirs : *it) +
                          (theirs != hub.rows.cend() ? QStringLiteral(" the hub has it, not routed here")
                                                     : QStringLiteral(" not on the hub"));
    }
    // "Nothing in a quarantine is also live data": a refused record is not live with the refused data (unless that
    // is what the hub holds anyway).
    for (auto it = refused.cbegin(); it != refused.cend(); ++it) {
        if (it->isEmpty())
            continue; // a refused delete
        const auto mine = here.rows.constFind(it.key());
        const auto theirs = hub.rows.constFind(it.key());
        if (mine != here.rows.cend() && mine->data == *it && (theirs == hub.rows.cend() || theirs->data != *it))
            live << describe(it.key(), *mine) + QStringLiteral(" refused by the hub, in the quarantine and live");
    }

    // Central data: as the hub has it; credential hashes only on the oms_central.
    QStringList central;
    if (linksFor(site, Category::Core)) {
        for (auto it = hub.central.cbegin(); it != hub.central.cend(); ++it) {
            if (!here.central.contains(it.key()))
                central << it.key() + QStringLiteral(" missing");
            else if (here.central.value(it.key()) != *it)
                central << it.key() + QStringLiteral(": ") + fieldsDiffering(here.central.value(it.key()), *it);
        }
        for (auto it = here.central.cbegin(); it != here.central.cend(); ++it)
            if (!hub.central.contains(it.key()))
                central << it.key() + QStringLiteral(" not on the hub");
    }
    if (site.kind != SiteKind::OmsCentral && here.credentials != 0)
        central << QStringLiteral("%1 credential hashes (they never leave the hub)").arg(here.credentials);

    QStringList out;
    for (const auto& [what, list] :
         {std::pair{"missing", &missing}, std::pair{"unexpected", &unexpected}, std::pair{"different", &different},
          std::pair{"refused yet live", &live}, std::pair{"central data", &central}}) {
        if (list->isEmpty())
            continue;
        list->sort();
        out << QStringLiteral("%1 (%2): %3 %4: %5%6")
                   .arg(actor.name, siteKindId(site.kind))
                   .arg(list->size())
                   .arg(QLatin1String(what), list->mid(0, 4).join(QLatin1String("; ")),
                        list->size() > 4 ? QStringLiteral("; ...") : QString());
    }
    return out;
}

QStringList TestVisibilityWalk::checkTransfers(const Topology& topology, const Holdings& hub)
{
    // The hub answers for its own stores; a site does when it is online (it has synced this step).
    const auto answering = [&](const QString& storeId) {
        const Store* store = topology.store(m_codeOf.value(storeId));
        if (!store)
            return false;
        const Site* home = topology.site(store->home);
        if (home && home->kind == SiteKind::MsupplyCentral)
            return true;
        const Actor* site = actor(store->home);
        return site && site->online();
    };
    const auto status = [](const QJsonObject& o) {
        return o.value(QLatin1String("status")).toString();
    };
    const auto heldAtHome = [&](const QString& storeId, const QString& table, const QString& id) {
        const Store* store = topology.store(m_codeOf.value(storeId));
        Actor* site = store ? actor(store->home) : nullptr;
        if (!site)
            return true; // the hub's own store: checked on the hub
        const auto r = RecordStore(site->replica->database()).get(table, id);
        return r.ok() && r->has_value();
    };
    QStringList out;
    for (auto it = hub.rows.cbegin(); it != hub.rows.cend(); ++it) {
        const QJsonObject& r = it->data;
        const QString table = QLatin1String(it->table->name);
        const QString id = r.value(QLatin1String("id")).toString();
        const QString type = r.value(QLatin1String("type")).toString();
        const QString store = m_codeOf.value(it->store);
        const QString partner = m_codeOf.value(it->partner);
        if (table == QLatin1String("invoice") && type == QLatin1String("outbound")) {
            const QString inboundId = TransferIds::inboundInvoice(id);
            const auto inbound = hub.rows.constFind(key(table, inboundId));
            const bool received = inbound != hub.rows.cend() && status(inbound->data) == QLatin1String("delivered");
            if (received && status(r) != QLatin1String("delivered") && answering(it->store))
                out << QStringLiteral("shipment %1 of %2 to %3: received (inbound delivered) but the outbound is %4")
                           .arg(id, store, partner, status(r));
            if (!received && status(r) == QLatin1String("delivered") && inbound != hub.rows.cend())
                out << QStringLiteral("shipment %1 of %2 to %3: outbound delivered, its inbound %4")
                           .arg(id, store, partner, status(inbound->data));
            if (status(r) == QLatin1String("shipped") && answering(it->partner)) {
                if (inbound == hub.rows.cend())
                    out << QStringLiteral("shipment %1 of %2 to %3 (home %4): no inbound on the hub")
                               .arg(id, store, partner, topology.store(partner)->home);
                else if (!heldAtHome(it->partner, table, inboundId))
                    out << QStringLiteral("shipment %1 of %2 to %3: its inbound is not at %4")
                               .arg(id, store, partner, topology.store(partner)->home);
            }
        } else if (table == QLatin1String("requisition") && type == QLatin1String("request")) {
            const QString responseId = TransferIds::responseRequisition(id);
            const auto response = hub.rows.constFind(key(table, responseId));
            const bool finalised = response != hub.rows.cend() && status(response->data) == QLatin1String("finalised");
            if (finalised && status(r) != QLatin1String("finalised") && answering(it->store))
                out << QStringLiteral("request %1 of %2 to %3: response finalised but the request is %4")
                           .arg(id, store, partner, status(r));
            if (status(r) == QLatin1String("sent") && answering(it->partner)) {
                if (response == hub.rows.cend())
                    out << QStringLiteral("request %1 of %2 to %3 (home %4): no response on the hub")
                               .arg(id, store, partner, topology.store(partner)->home);
                else if (!heldAtHome(it->partner, table, responseId))
                    out << QStringLiteral("request %1 of %2 to %3: its response is not at %4")
                               .arg(id, store, partner, topology.store(partner)->home);
            }
        } else if ((table == QLatin1String("invoice") && type == QLatin1String("inbound")) ||
                   (table == QLatin1String("requisition") && type == QLatin1String("response"))) {
            // An answer answers a start that exists and was addressed to the answering store.
            const bool invoice = table == QLatin1String("invoice");
            const QString startId =
                r.value(invoice ? QLatin1String("linked_invoice_id") : QLatin1String("linked_requisition_id"))
                    .toString();
            const auto start = hub.rows.constFind(key(table, startId));
            const QString derived =
                invoice ? TransferIds::inboundInvoice(startId) : TransferIds::responseRequisition(startId);
            if (start == hub.rows.cend() || start->partner != it->store || derived != id)
                out << QStringLiteral("%1 %2 of %3 answers %4, which %5")
                           .arg(type, id, store, startId,
                                start == hub.rows.cend() ? QStringLiteral("is not on the hub")
                                : derived != id
                                    ? QStringLiteral("does not derive its id")
                                    : QStringLiteral("was addressed to %1").arg(m_codeOf.value(start->partner)));
        }
    }
    out.sort();
    if (out.size() > 6)
        out = out.mid(0, 6) << QStringLiteral("... %1 transfer problems in all").arg(out.size());
    return out;
}

QTEST_GUILESS_MAIN(TestVisibilityWalk)
#include "TestVisibilityWalk.moc"
