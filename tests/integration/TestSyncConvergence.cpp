// The convergence property: whatever the sites do and in whatever order they sync, once every site has synced until
// nothing moves, every replica holds exactly what the routing rules say (per-store checksums against the hub).
//
// A demo hub (msupply_central with the oms_central co-hosted) with a few thousand records, and the replicas of eight
// data-holding sites of at least six kinds, synced by the real SyncSession. Each step, picked at random from a printed
// seed (SYNCSITES_TEST_SEED repeats one): a site edits its Active stores (stock lines added, changed, deleted; on Open
// mSupply sites assets and temperature logs too), ships to or requests from a partner store visible there, receives
// a shipment that arrived, finalises a response, or syncs; now and then an administrator gives a site a Collector
// copy of a store or takes it away. At the end: no replica differs from the hub, nothing was quarantined (every edit
// was legal), no transfer was answered twice, every received shipment and finalised response closed its origin, and
// every record a site made (and did not delete) is on the hub. SYNCSITES_SOAK=1 runs every site and many more steps.

#include "HubTestHarness.h"
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
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTest>

#include <cstdio>
#include <tuple>

using namespace syncsites;
using namespace syncsites::test;

namespace {

QString key(const QString& table, const QString& id)
{
    return table + QLatin1Char('/') + id;
}

QString typeId(SyncType type)
{
    return type == SyncType::None ? QStringLiteral("none") : syncTypeId(type);
}

#define CHECK(condition, what) check((condition), (what), __FILE__, __LINE__)

bool soak()
{
    return qEnvironmentVariableIntValue("SYNCSITES_SOAK") > 0;
}

struct Actor
{
    QString name;
    std::unique_ptr<SiteReplica> replica;
    bool oms = false;      ///< links to the oms hub: may make assets and temperature logs
    QStringList active;    ///< its Active stores
    QStringList partners;  ///< stores it may ship to or request from: visible here from the start, or Active here
    QSet<QString> made;    ///< "table/id" of records made here and not deleted since
    QSet<QString> deleted; ///< "table/id" of records deleted here
    QStringList outbounds; ///< shipments started here
    QStringList requests;  ///< requisitions started here
    QStringList received;  ///< inbound shipments received here
    QStringList responded; ///< responses finalised here
    int syncs = 0;
};

// A store's sync type on a site that the administrator toggles: to Collector and back to what it was.
struct Toggle
{
    QString store;
    QString site;
    SyncType original = SyncType::None;
};

} // namespace

class TestSyncConvergence : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void randomEditsTransfersAndSyncsConverge();

private:
    // One random step. Returns false when a check failed (the test has recorded it).
    bool step();
    bool edit(Actor& site);
    bool editOms(Actor& site, const QString& store);
    bool ship(Actor& site);
    bool request(Actor& site);
    bool amend(Actor& site);
    bool receive(Actor& site);
    bool respond(Actor& site);
    bool sync(Actor& site, SyncSummary* out = nullptr);
    bool adminToggle();
    void syncUntilQuiet();
    void verifyConverged();
    void verifyTransfers();
    void verifyRecordsMade();

    bool check(bool ok, const QString& what, const char* file, int line);
    QString pick(const QStringList& list) { return list.at(int(m_rng->below(std::uint64_t(list.size())))); }
    void note(const QString& line);
    QByteArray context() const;

    std::unique_ptr<HubTestHarness> m_hub;
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<Actor>> m_sites;
    std::unique_ptr<SplitMix64> m_rng;
    std::uint64_t m_seed = 0;
    QStringList m_items;
    QVector<Toggle> m_toggles;    ///< pairs at their original type
    QVector<Toggle> m_collectors; ///< pairs made Collector by the administrator
    int m_adminEditsLeft = 0;
    int m_collectorsGained = 0;
    int m_collectorsLost = 0;
    int m_counter = 0;
    QStringList m_log;
};

// A failed check prints the seed and the last steps in full (a QTest message is cut short) and fails the test.
bool TestSyncConvergence::check(bool ok, const QString& what, const char* file, int line)
{
    if (ok)
        return true;
    std::fprintf(stderr, "%s\n", context().constData());
    QTest::qFail(qPrintable(what), file, line);
    return false;
}

void TestSyncConvergence::note(const QString& line)
{
    m_log.append(line);
}

// The seed and the last steps, for a failure message.
QByteArray TestSyncConvergence::context() const
{
    return QStringLiteral("seed %1 (SYNCSITES_TEST_SEED=%1); last steps:\n  %2")
        .arg(m_seed)
        .arg(m_log.mid(std::max<qsizetype>(0, m_log.size() - 40)).join(QLatin1String("\n  ")))
        .toUtf8();
}

void TestSyncConvergence::initTestCase()
{
    m_seed = testSeed("TestSyncConvergence");
    m_rng = std::make_unique<SplitMix64>(m_seed);
    HubHarnessOptions options;
    options.records = soak() ? 4000 : 2000;
    options.dataSeed = m_seed % 1000 + 1;
    auto hub = HubTestHarness::start(options);
    QVERIFY2(hub.ok(), qPrintable(hub.ok() ? QString() : hub.error().message));
    m_hub = std::move(hub).value();
    // Hundreds of sessions: their per-session lines drown the test's own (QT_LOGGING_RULES brings them back).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("syncsites.server.http.access.info=false\n"
                                                        "syncsites.engine.*.debug=false\n"
                                                        "syncsites.engine.*.info=false\n"
                                                        "syncsites.server.*.info=false"));
    for (const DemoItem& item : m_hub->network().items)
        m_items << item.code;

    // The sites: the oms_central, both province servers, Sefa and two of its health centres (one of each kind), and
    // two more district hospitals; under soak every data-holding site.
    const Topology topology = m_hub->topology();
    QStringList names{QStringLiteral("National Cold Chain Hub"),  QStringLiteral("Northern Province Server"),
                      QStringLiteral("Southern Province Server"), QStringLiteral("Sefa District Hospital"),
                      QStringLiteral("Lira Health Centre"),       QStringLiteral("Kasa Health Centre")};
    if (soak()) {
        names = m_hub->syncingSites();
    } else {
        int more = 2;
        for (const syncsites::Site& s : topology.sites())
            if (more > 0 && s.name.endsWith(QLatin1String("District Hospital")) && !names.contains(s.name)) {
                names << s.name;
                --more;
            }
    }
    QVERIFY(names.size() >= 6);
    QSet<QString> kinds;
    for (const QString& name : names) {
        const syncsites::Site* info = topology.site(name);
        QVERIFY2(info && info->holdsData(), qPrintable(name));
        kinds.insert(siteKindId(info->kind));
        auto site = std::make_unique<Actor>();
        site->name = name;
        auto replica = SiteReplica::create(m_dir.filePath(name + QStringLiteral(".sqlite")), name, m_hub->url(),
                                           m_hub->secret(name));
        QVERIFY2(replica.ok(), qPrintable(replica.ok() ? QString() : replica.error().message));
        site->replica = std::move(replica).value();
        // The oms_central is the hub of oms: its oms data lives on the hub, not in its replica.
        site->oms = info->links.contains(Category::Oms);
        site->active = topology.activeStores(name);
        for (const Store& store : topology.stores()) {
            const SyncType type = topology.syncType(store.code, name);
            if (type != SyncType::None)
                site->partners << store.code;
            // Toggled by the administrator: a Collector gained, later lost (back to Transfer or none), for stores
            // that change during the run (homed at a site under test).
            if ((type == SyncType::None || type == SyncType::Transfer) && names.contains(store.home))
                m_toggles.append(Toggle{store.code, name, type});
        }
        m_sites.push_back(std::move(site));
    }
    QVERIFY(!m_toggles.isEmpty());
    QVERIFY2(kinds.size() >= 6, qPrintable(QStringList(kinds.cbegin(), kinds.cend()).join(QLatin1String(", "))));
    m_adminEditsLeft = soak() ? 20 : 4;
    qInfo().noquote() << QStringLiteral("%1 sites of %2 kinds (%3), %4 records on the hub")
                             .arg(m_sites.size())
                             .arg(kinds.size())
                             .arg(names.join(QLatin1String(", ")))
                             .arg(options.records);
}

void TestSyncConvergence::randomEditsTransfersAndSyncsConverge()
{
    QElapsedTimer clock;
    clock.start();
    // Every site starts from nothing: its first session initialises it.
    for (auto& site : m_sites)
        QVERIFY(sync(*site));
    const qint64 initialMs = clock.elapsed();

    const int steps = soak() ? 3000 : 260;
    for (int i = 0; i < steps; ++i) {
        if (!step())
            return; // the failure is recorded
    }
    const qint64 stepsMs = clock.elapsed() - initialMs;
    syncUntilQuiet();
    if (QTest::currentTestFailed())
        return;
    verifyConverged();
    verifyTransfers();
    verifyRecordsMade();

    int made = 0, outbounds = 0, requests = 0, received = 0, responded = 0, syncs = 0;
    for (const auto& site : m_sites) {
        made += int(site->made.size() + site->deleted.size());
        outbounds += int(site->outbounds.size());
        requests += int(site->requests.size());
        received += int(site->received.size());
        responded += int(site->responded.size());
        syncs += site->syncs;
    }
    qInfo().noquote()
        << QStringLiteral(
               "%1 steps: %2 records made, %3 shipments (%4 received), %5 requisitions (%6 "
               "finalised), %7 Collectors gained and %12 lost, %8 sessions; initial sync %9 ms, steps %10 ms, "
               "total %11 ms")
               .arg(steps)
               .arg(made)
               .arg(outbounds)
               .arg(received)
               .arg(requests)
               .arg(responded)
               .arg(m_collectorsGained)
               .arg(syncs)
               .arg(initialMs)
               .arg(stepsMs)
               .arg(clock.elapsed())
               .arg(m_collectorsLost);
    // The run did what it is meant to exercise.
    QVERIFY2(made > 0 && outbounds > 0 && requests > 0 && received > 0 && responded > 0, "a run that did nothing");
}

bool TestSyncConvergence::step()
{
    Actor& site = *m_sites.at(int(m_rng->below(m_sites.size())));
    const int roll = int(m_rng->below(100));
    if (roll < 30)
        return edit(site);
    if (roll < 40)
        return ship(site);
    if (roll < 48)
        return request(site);
    if (roll < 56)
        return receive(site);
    if (roll < 63)
        return respond(site);
    if (roll < 67)
        return amend(site);
    if (roll < 69 && m_adminEditsLeft > 0)
        return adminToggle();
    return sync(site);
}

bool TestSyncConvergence::edit(Actor& site)
{
    if (site.active.isEmpty())
        return true;
    const QString store = pick(site.active);
    if (site.oms && m_rng->chance(35))
        return editOms(site, store);
    StoreActions actions(site.replica->database());
    const auto lines = actions.listRecords(QStringLiteral("stock_line"), store);
    if (!CHECK(lines.ok(), lines.error().message))
        return false;
    const int roll = int(m_rng->below(100));
    if (roll < 45 || lines->isEmpty()) {
        const QJsonObject line{{QStringLiteral("item_id"), StableId::item(pick(m_items))},
                               {QStringLiteral("batch"), QStringLiteral("CONV-%1").arg(++m_counter)},
                               {QStringLiteral("expiry_date"),
                                QStringLiteral("2027-%1-15").arg(m_rng->between(1, 12), 2, 10, QLatin1Char('0'))},
                               {QStringLiteral("pack_size"), m_rng->between(1, 100)},
                               {QStringLiteral("available_packs"), double(m_rng->between(5, 500))},
                               {QStringLiteral("cost_price"), m_rng->between(1, 400) / 4.0}};
        const auto put = actions.putRecord(store, QStringLiteral("stock_line"), line);
        if (!CHECK(put.ok(), put.error().message))
            return false;
        site.made.insert(key(QStringLiteral("stock_line"), put->id));
        note(QStringLiteral("%1: new stock line %2 in %3").arg(site.name, put->id, store));
        return true;
    }
    QJsonObject line = lines->at(int(m_rng->below(std::uint64_t(lines->size()))));
    const QString id = line.value(QLatin1String("id")).toString();
    if (roll < 85) {
        line.insert(QStringLiteral("available_packs"), double(m_rng->between(0, 900)));
        if (m_rng->chance(30))
            line.insert(QStringLiteral("note"), QStringLiteral("counted %1").arg(++m_counter));
        if (m_rng->chance(10))
            line.insert(QStringLiteral("on_hold"), !line.value(QLatin1String("on_hold")).toBool());
        const auto put = actions.putRecord(store, QStringLiteral("stock_line"), line);
        if (!CHECK(put.ok(), put.error().message))
            return false;
        note(QStringLiteral("%1: changed stock line %2 of %3").arg(site.name, id, store));
        return true;
    }
    const auto removed = RecordStore(site.replica->database()).remove(u"stock_line", id);
    CHECK(removed.ok() && *removed, QStringLiteral("deleting stock line %1").arg(id));
    site.made.remove(key(QStringLiteral("stock_line"), id));
    site.deleted.insert(key(QStringLiteral("stock_line"), id));
    note(QStringLiteral("%1: deleted stock line %2 of %3").arg(site.name, id, store));
    return removed.ok() && *removed;
}

// Assets and their temperature logs, on an Open mSupply site linked to the oms hub.
bool TestSyncConvergence::editOms(Actor& site, const QString& store)
{
    StoreActions actions(site.replica->database());
    const auto assets = actions.listRecords(QStringLiteral("asset"), store);
    if (!CHECK(assets.ok(), assets.error().message))
        return false;
    const int roll = int(m_rng->below(100));
    Result<PutOutcome> put = Error();
    QString what;
    if (roll < 30 || assets->isEmpty()) {
        put = actions.putRecord(
            store, QStringLiteral("asset"),
            QJsonObject{{QStringLiteral("code"), QStringLiteral("FRIDGE-%1").arg(++m_counter)},
                        {QStringLiteral("asset_type"), QStringLiteral("refrigerator")},
                        {QStringLiteral("serial"), QStringLiteral("SN%1").arg(m_rng->next() % 1000000)},
                        {QStringLiteral("installed_on"), QStringLiteral("2024-03-01")}});
        what = QStringLiteral("asset");
    } else {
        QJsonObject asset = assets->at(int(m_rng->below(std::uint64_t(assets->size()))));
        const QString assetId = asset.value(QLatin1String("id")).toString();
        if (roll < 75) {
            put = actions.putRecord(
                store, QStringLiteral("temperature_log"),
                QJsonObject{
                    {QStringLiteral("asset_id"), assetId},
                    {QStringLiteral("logged_at"),
                     QStringLiteral("2024-06-01T%1:00:00.000Z").arg(m_rng->between(0, 23), 2, 10, QLatin1Char('0'))},
                    {QStringLiteral("temperature_c"), m_rng->between(-80, 320) / 10.0}});
            what = QStringLiteral("temperature_log");
        } else if (roll < 90) {
            asset.insert(QStringLiteral("manufacturer"), QStringLiteral("Maker %1").arg(++m_counter));
            put = actions.putRecord(store, QStringLiteral("asset"), asset);
            what = QStringLiteral("asset");
        } else {
            // Deleting an asset deletes its temperature logs with it.
            const auto logs = actions.listRecords(QStringLiteral("temperature_log"), store);
            const auto removed = RecordStore(site.replica->database()).remove(u"asset", assetId);
            if (!CHECK(logs.ok() && removed.ok() && *removed, QStringLiteral("deleting asset %1").arg(assetId)))
                return false;
            for (const QJsonObject& log : *logs) {
                if (log.value(QLatin1String("asset_id")).toString() != assetId)
                    continue;
                const QString k = key(QStringLiteral("temperature_log"), log.value(QLatin1String("id")).toString());
                site.made.remove(k);
                site.deleted.insert(k);
            }
            site.made.remove(key(QStringLiteral("asset"), assetId));
            site.deleted.insert(key(QStringLiteral("asset"), assetId));
            note(QStringLiteral("%1: deleted asset %2 of %3").arg(site.name, assetId, store));
            return true;
        }
    }
    if (!CHECK(put.ok(), put.error().message))
        return false;
    if (put->created)
        site.made.insert(key(what, put->id));
    note(QStringLiteral("%1: %2 %3 %4 in %5")
             .arg(site.name, put->created ? QStringLiteral("new") : QStringLiteral("changed"), what, put->id, store));
    return true;
}

bool TestSyncConvergence::ship(Actor& site)
{
    if (site.active.isEmpty())
        return true;
    const QString from = pick(site.active);
    const QString to = pick(site.partners);
    if (to == from)
        return true;
    const QString item = pick(m_items);
    const double packs = m_rng->between(1, 4);
    const auto shipped = StoreActions(site.replica->database()).createTransfer(from, to, item, packs);
    if (!shipped.ok() && shipped.error().code == QLatin1String("not_enough_stock"))
        return true; // a legal refusal: nothing written
    if (!CHECK(shipped.ok(), shipped.error().message))
        return false;
    site.outbounds << *shipped;
    note(
        QStringLiteral("%1: shipped %2 %3 from %4 to %5 (%6)").arg(site.name).arg(packs).arg(item, from, to, *shipped));
    return true;
}

bool TestSyncConvergence::request(Actor& site)
{
    if (site.active.isEmpty())
        return true;
    const QString from = pick(site.active);
    const QString to = pick(site.partners);
    if (to == from)
        return true;
    const QString item = pick(m_items);
    const auto requested =
        StoreActions(site.replica->database()).createRequisition(from, to, item, m_rng->between(1, 50));
    if (!CHECK(requested.ok(), requested.error().message))
        return false;
    site.requests << *requested;
    note(QStringLiteral("%1: requested %2 for %3 from %4 (%5)").arg(site.name, item, from, to, *requested));
    return true;
}

// A shipment still on its way gets another line, or a line's packs change: until it is received, the inbound's
// lines follow.
bool TestSyncConvergence::amend(Actor& site)
{
    if (site.outbounds.isEmpty())
        return true;
    const QString outboundId = pick(site.outbounds);
    RecordStore records(site.replica->database());
    const auto outbound = records.get(u"invoice", outboundId);
    if (!outbound.ok() || !outbound->has_value() ||
        (**outbound).value(QLatin1String("status")).toString() != QLatin1String("shipped"))
        return true;
    const QString storeId = (**outbound).value(QLatin1String("store_id")).toString();
    QString store;
    for (const QString& code : std::as_const(site.active))
        if (StableId::store(code) == storeId)
            store = code;
    StoreActions actions(site.replica->database());
    const auto lines = actions.listRecords(QStringLiteral("invoice_line"), store);
    QVector<QJsonObject> ofThis;
    if (lines.ok())
        for (const QJsonObject& line : *lines)
            if (line.value(QLatin1String("invoice_id")).toString() == outboundId)
                ofThis << line;
    QJsonObject line;
    if (m_rng->chance(50) || ofThis.isEmpty()) {
        line = QJsonObject{{QStringLiteral("invoice_id"), outboundId},
                           {QStringLiteral("item_id"), StableId::item(pick(m_items))},
                           {QStringLiteral("pack_size"), 1},
                           {QStringLiteral("packs"), double(m_rng->between(1, 20))}};
    } else {
        line = ofThis.at(int(m_rng->below(std::uint64_t(ofThis.size()))));
        line.insert(QStringLiteral("packs"), double(m_rng->between(1, 20)));
    }
    const auto put = actions.putRecord(store, QStringLiteral("invoice_line"), line);
    if (!CHECK(put.ok(), put.error().message))
        return false;
    if (put->created)
        site.made.insert(key(QStringLiteral("invoice_line"), put->id));
    note(QStringLiteral("%1: %2 line %3 of shipment %4")
             .arg(site.name, put->created ? QStringLiteral("added") : QStringLiteral("changed"), put->id, outboundId));
    return true;
}

bool TestSyncConvergence::receive(Actor& site)
{
    StoreActions actions(site.replica->database());
    QStringList arrived;
    for (const QString& store : site.active) {
        const auto invoices = actions.listRecords(QStringLiteral("invoice"), store);
        if (!invoices.ok())
            return false;
        for (const QJsonObject& invoice : *invoices)
            if (invoice.value(QLatin1String("type")).toString() == QLatin1String("inbound") &&
                invoice.value(QLatin1String("status")).toString() == QLatin1String("shipped"))
                arrived << invoice.value(QLatin1String("id")).toString();
    }
    if (arrived.isEmpty())
        return true;
    const QString inbound = pick(arrived);
    const auto received = actions.receive(inbound);
    if (!CHECK(received.ok(), received.error().message))
        return false;
    site.received << inbound;
    note(QStringLiteral("%1: received %2").arg(site.name, inbound));
    return true;
}

bool TestSyncConvergence::respond(Actor& site)
{
    StoreActions actions(site.replica->database());
    QStringList drafts;
    for (const QString& store : site.active) {
        const auto requisitions = actions.listRecords(QStringLiteral("requisition"), store);
        if (!requisitions.ok())
            return false;
        for (const QJsonObject& r : *requisitions)
            if (r.value(QLatin1String("type")).toString() == QLatin1String("response") &&
                r.value(QLatin1String("status")).toString() == QLatin1String("draft"))
                drafts << r.value(QLatin1String("id")).toString();
    }
    if (drafts.isEmpty())
        return true;
    const QString response = pick(drafts);
    const auto done = actions.respond(response);
    if (!CHECK(done.ok(), done.error().message))
        return false;
    site.responded << response;
    note(QStringLiteral("%1: finalised response %2").arg(site.name, response));
    return true;
}

bool TestSyncConvergence::sync(Actor& site, SyncSummary* out)
{
    // Small batches now and then, so that pushes and pulls take several pages.
    SessionOptions options = SiteReplica::testOptions(m_seed + std::uint64_t(m_log.size()));
    const int pages = int(m_rng->below(3));
    options.initialPullLimit = QVector<int>{1000, 200, 50}.at(pages);
    options.minPullLimit = std::min(options.minPullLimit, options.initialPullLimit);
    options.initialPushBatch = QVector<int>{500, 50, 20}.at(pages);
    options.minPushBatch = std::min(options.minPushBatch, options.initialPushBatch);
    const SyncSummary summary = site.replica->sync(options);
    ++site.syncs;
    note(QStringLiteral("%1: sync (pages of %2/%3): %4")
             .arg(site.name)
             .arg(options.initialPullLimit)
             .arg(options.initialPushBatch)
             .arg(SiteReplica::describe(summary)));
    if (out)
        *out = summary;
    const bool ok = summary.outcome == SyncOutcome::Success;
    CHECK(ok, site.name + QStringLiteral(": ") + SiteReplica::describe(summary));
    return ok;
}

bool TestSyncConvergence::adminToggle()
{
    --m_adminEditsLeft;
    // A Collector gained, or one gained before lost again.
    const bool lose = !m_collectors.isEmpty() && (m_collectors.size() > 2 || m_rng->chance(50));
    const Toggle toggle = lose ? m_collectors.takeAt(int(m_rng->below(std::uint64_t(m_collectors.size()))))
                               : m_toggles.takeAt(int(m_rng->below(std::uint64_t(m_toggles.size()))));
    if (!lose)
        m_collectors.append(toggle);
    else
        m_toggles.append(toggle);
    ++(lose ? m_collectorsLost : m_collectorsGained);
    const SyncType now = m_hub->topology().syncType(toggle.store, toggle.site);
    const SyncType next = now == SyncType::Collector ? toggle.original : SyncType::Collector;
    AdminClient admin(m_hub->port());
    const QString token = admin.token(QStringLiteral("admin"), m_hub->password(QStringLiteral("admin")));
    const auto reply = admin.setSyncType(toggle.store, toggle.site, typeId(next), admin.revision(token), token);
    note(QStringLiteral("admin: %1 on %2: %3 -> %4 (HTTP %5)")
             .arg(toggle.store, toggle.site, typeId(now), typeId(next))
             .arg(reply.status));
    CHECK(reply.status == 200, QString::fromUtf8(reply.describe()));
    return reply.status == 200;
}

// Every site syncs in turn until two full rounds move nothing at all.
void TestSyncConvergence::syncUntilQuiet()
{
    int quietRounds = 0;
    for (int round = 0; round < 15 && quietRounds < 2; ++round) {
        bool quiet = true;
        for (auto& site : m_sites) {
            SyncSummary summary;
            if (!sync(*site, &summary))
                return;
            quiet = quiet && summary.pushed == 0 && summary.pulled == 0 && summary.transfersWritten == 0;
        }
        quietRounds = quiet ? quietRounds + 1 : 0;
    }
    CHECK(quietRounds == 2, QStringLiteral("the sites never stopped moving records"));
}

void TestSyncConvergence::verifyConverged()
{
    for (auto& site : m_sites) {
        const QString difference = site->replica->differenceFrom(*m_hub);
        if (!CHECK(difference.isEmpty(), difference))
            return;
        const auto quarantined = SyncStateRepository(site->replica->database()).quarantined();
        QVERIFY(quarantined.ok());
        QStringList entries;
        for (const QuarantineEntry& e : *quarantined)
            entries << QStringLiteral("%1 %2: %3").arg(e.tableName, e.recordId, e.reason);
        if (!CHECK(entries.isEmpty(),
                   site->name + QStringLiteral(" quarantined: ") + entries.join(QLatin1String("; "))))
            return;
    }
}

void TestSyncConvergence::verifyTransfers()
{
    const QSqlDatabase db = m_hub->database().connection().value();
    // No transfer answered twice, and every answer has its derived id.
    for (const auto& [table, link, answer, derive] :
         {std::tuple{"invoice", "linked_invoice_id", "inbound", &TransferIds::inboundInvoice},
          std::tuple{"requisition", "linked_requisition_id", "response", &TransferIds::responseRequisition}}) {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT id, %1 FROM %2 WHERE type = '%3'")
                           .arg(QLatin1String(link), QLatin1String(table), QLatin1String(answer))));
        QHash<QString, int> answers;
        while (q.next()) {
            const QString origin = q.value(1).toString();
            QVERIFY2(
                !origin.isEmpty(),
                qPrintable(
                    QStringLiteral("%1 %2 is linked to nothing").arg(QLatin1String(table), q.value(0).toString())));
            QCOMPARE(q.value(0).toString(), derive(origin));
            QVERIFY2(++answers[origin] == 1,
                     qPrintable(QStringLiteral("%1 %2 answered twice").arg(QLatin1String(table), origin)));
        }
    }

    const Topology topology = m_hub->topology();
    QHash<QString, QString> codeOf;
    for (const Store& store : topology.stores())
        codeOf.insert(StableId::store(store.code), store.code);
    QSet<QString> answering{topology.central()->name}; // the hub answers for its own stores
    for (const auto& site : m_sites)
        answering.insert(site->name);
    RecordStore hub(m_hub->database());
    const auto get = [&hub](const char* table, const QString& id) {
        const auto r = hub.get(QString::fromLatin1(table), id);
        return r.ok() && r->has_value() ? **r : QJsonObject();
    };
    const auto status = [](const QJsonObject& r) {
        return r.value(QLatin1String("status")).toString();
    };
    for (const auto& site : m_sites) {
        for (const QString& outboundId : site->outbounds) {
            const QJsonObject outbound = get("invoice", outboundId);
            QVERIFY2(!outbound.isEmpty(),
                     qPrintable(QStringLiteral("shipment %1 of %2 is not on the hub").arg(outboundId, site->name)));
            const QString partnerHome =
                topology.store(codeOf.value(outbound.value(QLatin1String("partner_store_id")).toString()))->home;
            const QJsonObject inbound = get("invoice", TransferIds::inboundInvoice(outboundId));
            // The receiving store's home made the inbound, if that site synced since.
            QCOMPARE(!inbound.isEmpty(), answering.contains(partnerHome));
            const bool received = status(inbound) == QLatin1String("delivered");
            QVERIFY2(received == (status(outbound) == QLatin1String("delivered")),
                     qPrintable(QStringLiteral("shipment %1: outbound %2, inbound %3")
                                    .arg(outboundId, status(outbound), status(inbound))));
        }
        for (const QString& requestId : site->requests) {
            const QJsonObject request = get("requisition", requestId);
            QVERIFY2(!request.isEmpty(), qPrintable(requestId));
            const QString partnerHome =
                topology.store(codeOf.value(request.value(QLatin1String("partner_store_id")).toString()))->home;
            const QJsonObject response = get("requisition", TransferIds::responseRequisition(requestId));
            QCOMPARE(!response.isEmpty(), answering.contains(partnerHome));
            const bool finalised = status(response) == QLatin1String("finalised");
            QVERIFY2(finalised == (status(request) == QLatin1String("finalised")),
                     qPrintable(QStringLiteral("requisition %1: request %2, response %3")
                                    .arg(requestId, status(request), status(response))));
        }
        for (const QString& inboundId : site->received)
            QCOMPARE(status(get("invoice", inboundId)), QStringLiteral("delivered"));
        for (const QString& responseId : site->responded)
            QCOMPARE(status(get("requisition", responseId)), QStringLiteral("finalised"));
    }
}

void TestSyncConvergence::verifyRecordsMade()
{
    RecordStore hub(m_hub->database());
    for (const auto& site : m_sites) {
        int found = 0;
        QStringList missing;
        for (const QString& k : site->made) {
            const auto r = hub.get(k.section(QLatin1Char('/'), 0, 0), k.section(QLatin1Char('/'), 1));
            if (r.ok() && r->has_value())
                ++found;
            else
                missing << k;
        }
        QVERIFY2(found == site->made.size(),
                 qPrintable(QStringLiteral("%1: %2 of %3 records it made are not on the hub: %4")
                                .arg(site->name)
                                .arg(missing.size())
                                .arg(site->made.size())
                                .arg(missing.mid(0, 5).join(QLatin1String(", ")))));
        for (const QString& k : site->deleted) {
            const auto r = hub.get(k.section(QLatin1Char('/'), 0, 0), k.section(QLatin1Char('/'), 1));
            QVERIFY(r.ok());
            QVERIFY2(!r->has_value(),
                     qPrintable(QStringLiteral("%1 deleted %2, the hub still has it").arg(site->name, k)));
        }
    }
}

QTEST_GUILESS_MAIN(TestSyncConvergence)
#include "TestSyncConvergence.moc"
