// The administrators' topology routes on a real hub (HubServer on 127.0.0.1, port 0, over the demo hub of
// HubTestHarness): GET/PUT /api/v1/admin/topology, the preview, and one cell of the store × site grid. What is
// checked: a round trip changes nothing, format errors and broken rules are refused with their path or rules, a
// stale revision is refused with what changed, and an accepted edit changes what the sites pull next.
#include "ChangeLog.h"
#include "HubTestHarness.h"
#include "RecordStore.h"
#include "StableId.h"
#include "SyncedTable.h"
#include "TestHubAdminClient.h"
#include "TopologyJson.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

#include <thread>

using namespace syncsites;
using namespace syncsites::test;

namespace {

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

const QString kNorth = QStringLiteral("Northern Province Server");
const QString kSefa = QStringLiteral("Sefa District Hospital");
const QString kLira = QStringLiteral("Lira Health Centre");
const QString kKasa = QStringLiteral("Kasa Health Centre");

QJsonObject action(const char* kind, const char* store, const QString& site, const QJsonValue& from, const char* before,
                   const char* after)
{
    return QJsonObject{{str("kind"), str(kind)}, {str("store"), str(store)},   {str("site"), site},
                       {str("from_site"), from}, {str("before"), str(before)}, {str("after"), str(after)}};
}

// Writes a record into the hub's database as if its store's home site had pushed it; returns its id.
QString writeAs(Database& db, const QString& site, const QJsonObject& pushRecord)
{
    const QJsonObject data = pushRecord.value(str("data")).toObject();
    Result<Transaction> tx = Transaction::begin(db);
    if (!tx || !tx->setWriteOrigin(StableId::site(site), true))
        return QString();
    RecordStore records(db);
    if (!records.upsert(pushRecord.value(str("table")).toString(), data) || !tx->commit())
        return QString();
    return data.value(str("id")).toString();
}

QSet<QString> recordIds(const QVector<QJsonObject>& records, const QString& table)
{
    QSet<QString> ids;
    for (const QJsonObject& r : records) {
        if (r.value(str("table")).toString() == table)
            ids.insert(r.value(str("id")).toString());
    }
    return ids;
}

qint64 auditRows(Database& db)
{
    Result<QSqlDatabase> c = db.connection();
    if (!c)
        return -1;
    QSqlQuery q(*c);
    return q.exec(str("SELECT count(*) FROM audit_log")) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestHubAdminTopology : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void roundTripChangesNothing();
    void importAppliesTheEdit();
    void formatErrorNamesThePath();
    void brokenRulesAreRefusedWithTheViolations();
    void staleRevisionIsRefusedWithWhatChanged();
    void concurrentEditsOfOneRevisionLetOneThrough();
    void activeMovesTheHome();
    void storeWithAssetsKeepsAnOpenMsupplyHome();
    void previewEstimatesTheRecordsMoved();
    void gainedCollectorIsPulledNext();
    void lostCollectorIsNoLongerPulled();
    void auditRecordsWhoDidWhat();

private:
    void start(qint64 records = 0);

    std::unique_ptr<HubTestHarness> m_hub;
    std::unique_ptr<AdminClient> m_client;
    QString m_admin;
};

void TestHubAdminTopology::start(qint64 records)
{
    HubHarnessOptions options;
    options.records = records;
    Result<std::unique_ptr<HubTestHarness>> hub = HubTestHarness::start(options);
    QVERIFY2(hub.ok(), qPrintable(hub.error().message));
    m_hub = std::move(hub).value();
    m_client = std::make_unique<AdminClient>(m_hub->port());
    m_admin = m_client->token(str("admin"), m_hub->password(str("admin")));
    QVERIFY(!m_admin.isEmpty());
}

void TestHubAdminTopology::cleanup()
{
    m_client.reset();
    m_hub.reset();
}

void TestHubAdminTopology::roundTripChangesNothing()
{
    start();
    const AdminClient::Reply got = m_client->get(AdminClient::path({str("topology")}), m_admin);
    QCOMPARE(got.status, 200);
    const qint64 revision = got.json().value(str("revision")).toInteger();
    QVERIFY(revision > 0);
    QCOMPARE(revision, ChangeLog(m_hub->database())
                           .maxCursorOf({str("site"), str("site_link"), str("store"), str("store_visibility")})
                           .value());
    const QJsonObject topology = got.json().value(str("topology")).toObject();
    QCOMPARE(topology.value(str("sites")).toArray().size(), m_hub->network().topology.sites().size());
    const qint64 changelog = m_hub->maxCursor();
    const qint64 audits = auditRows(m_hub->database());

    const AdminClient::Reply put =
        m_client->put(AdminClient::path({str("topology")}),
                      QJsonObject{{str("revision"), revision}, {str("topology"), topology}}, m_admin);
    QVERIFY2(put.status == 200, put.describe().constData());
    QCOMPARE(put.json(),
             (QJsonObject{{str("revision"), revision}, {str("actions"), QJsonArray()}, {str("unchanged"), true}}));
    QCOMPARE(m_hub->maxCursor(), changelog);
    QCOMPARE(auditRows(m_hub->database()), audits);
    QCOMPARE(m_client->revision(m_admin), revision);
    QCOMPARE(m_client->get(AdminClient::path({str("topology")}), m_admin).json().value(str("topology")).toObject(),
             topology);
}

void TestHubAdminTopology::importAppliesTheEdit()
{
    start();
    const AdminClient::Reply got = m_client->get(AdminClient::path({str("topology")}), m_admin);
    const qint64 revision = got.json().value(str("revision")).toInteger();
    QJsonObject topology = got.json().value(str("topology")).toObject();
    // SEF-LAB becomes Collector on the Northern Province Server, as an administrator would edit the file.
    QJsonArray stores = topology.value(str("stores")).toArray();
    for (int i = 0; i < stores.size(); ++i) {
        QJsonObject s = stores[i].toObject();
        if (s.value(str("code")).toString() != str("SEF-LAB"))
            continue;
        QJsonObject visibility = s.value(str("visibility")).toObject();
        visibility.insert(kNorth, str("collector"));
        s.insert(str("visibility"), visibility);
        stores[i] = s;
    }
    topology.insert(str("stores"), stores);

    const qint64 changelog = m_hub->maxCursor();
    const AdminClient::Reply put =
        m_client->put(AdminClient::path({str("topology")}),
                      QJsonObject{{str("revision"), revision}, {str("topology"), topology}}, m_admin);
    QVERIFY2(put.status == 200, put.describe().constData());
    QCOMPARE(put.json().value(str("actions")).toArray(),
             QJsonArray{action("backfill", "SEF-LAB", kNorth, QJsonValue::Null, "none", "collector")});
    QCOMPARE(put.json().value(str("unchanged")), QJsonValue(false));
    QVERIFY(!put.json().contains(str("new_site_secrets")));
    const qint64 next = put.json().value(str("revision")).toInteger();
    QVERIFY(next > revision);
    QCOMPARE(m_client->revision(m_admin), next);
    QCOMPARE(m_hub->topology().syncType(str("SEF-LAB"), kNorth), SyncType::Collector);
    // Exactly one row changed: the new store_visibility entry.
    const QVector<HubTestHarness::ChangeRow> rows = m_hub->changesAfter(changelog);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].key, str("store_visibility/") + StableId::of(str("store_visibility"), str("SEF-LAB/") + kNorth));
    QCOMPARE(rows[0].sourceSiteId, StableId::site(str("National Medical Stores")));
}

void TestHubAdminTopology::formatErrorNamesThePath()
{
    start();
    const AdminClient::Reply got = m_client->get(AdminClient::path({str("topology")}), m_admin);
    const qint64 revision = got.json().value(str("revision")).toInteger();
    QJsonObject topology = got.json().value(str("topology")).toObject();
    QJsonArray sites = topology.value(str("sites")).toArray();
    QJsonObject second = sites[1].toObject();
    second.insert(str("kind"), str("oms_standlone"));
    sites[1] = second;
    topology.insert(str("sites"), sites);

    const AdminClient::Reply put =
        m_client->put(AdminClient::path({str("topology")}),
                      QJsonObject{{str("revision"), revision}, {str("topology"), topology}}, m_admin);
    QCOMPARE(put.status, 400);
    QCOMPARE(put.errorCode(), str("topology_format"));
    QCOMPARE(put.errorDetails().value(str("path")).toString(), str("$.sites[1].kind"));
    QVERIFY2(put.errorMessage().contains(str("oms_standlone")), qPrintable(put.errorMessage()));
    QCOMPARE(m_client->revision(m_admin), revision);

    const AdminClient::Reply noTopology =
        m_client->put(AdminClient::path({str("topology")}), QJsonObject{{str("revision"), revision}}, m_admin);
    QCOMPARE(noTopology.status, 400);
    QCOMPARE(noTopology.errorDetails().value(str("field")).toString(), str("topology"));
    const AdminClient::Reply noRevision =
        m_client->put(AdminClient::path({str("topology")}), QJsonObject{{str("topology"), topology}}, m_admin);
    QCOMPARE(noRevision.status, 400);
    QCOMPARE(noRevision.errorDetails().value(str("field")).toString(), str("revision"));
}

void TestHubAdminTopology::brokenRulesAreRefusedWithTheViolations()
{
    start();
    const qint64 revision = m_client->revision(m_admin);
    const qint64 changelog = m_hub->maxCursor();
    const qint64 audits = auditRows(m_hub->database());

    // A store Active on a client, which keeps no data: R5.
    const AdminClient::Reply onClient =
        m_client->setSyncType(str("SP-WH"), str("Southern Dispensary Desk"), str("active"), revision, m_admin);
    QCOMPARE(onClient.status, 422);
    QCOMPARE(onClient.errorCode(), str("topology_invalid"));
    const QJsonArray violations = onClient.errorDetails().value(str("violations")).toArray();
    QCOMPARE(violations.size(), 1);
    QCOMPARE(violations[0].toObject().value(str("rule")).toString(), str("R5"));
    QCOMPARE(violations[0].toObject().value(str("subject")).toString(), str("SP-WH"));
    QVERIFY(violations[0].toObject().value(str("message")).toString().contains(str("Southern Dispensary Desk")));

    // Collector on a client: R6.
    const AdminClient::Reply collector =
        m_client->setSyncType(str("SP-WH"), str("Central Front Desk"), str("collector"), revision, m_admin);
    QCOMPARE(collector.status, 422);
    QCOMPARE(collector.errorDetails().value(str("violations")).toArray()[0].toObject().value(str("rule")).toString(),
             str("R6"));

    // The home itself cannot be set to anything but Active.
    const AdminClient::Reply home = m_client->setSyncType(str("SEF-PHA"), kSefa, str("none"), revision, m_admin);
    QCOMPARE(home.status, 422);
    QCOMPARE(home.errorDetails().value(str("violations")).toArray()[0].toObject().value(str("rule")).toString(),
             str("R5"));

    // Unknown names and values.
    QCOMPARE(m_client->setSyncType(str("NOPE"), kSefa, str("collector"), revision, m_admin).status, 404);
    QCOMPARE(m_client->setSyncType(str("SEF-PHA"), str("Nowhere"), str("collector"), revision, m_admin).status, 404);
    const AdminClient::Reply badType =
        m_client->setSyncType(str("SEF-PHA"), kNorth, str("readonly"), revision, m_admin);
    QCOMPARE(badType.status, 400);
    QCOMPARE(badType.errorDetails().value(str("field")).toString(), str("sync_type"));

    QCOMPARE(m_client->revision(m_admin), revision);
    QCOMPARE(m_hub->maxCursor(), changelog);
    QCOMPARE(auditRows(m_hub->database()), audits);
}

void TestHubAdminTopology::staleRevisionIsRefusedWithWhatChanged()
{
    start();
    const qint64 loaded = m_client->revision(m_admin);
    // Someone else renames CWS meanwhile.
    const QString other = m_client->token(str("admin"), m_hub->password(str("admin")));
    const AdminClient::Reply renamed =
        m_client->patch(AdminClient::path({str("stores"), str("CWS")}),
                        QJsonObject{{str("revision"), loaded}, {str("name"), str("Central Warehouse North")}}, other);
    QVERIFY2(renamed.status == 200, renamed.describe().constData());
    const qint64 now = renamed.json().value(str("revision")).toInteger();

    const AdminClient::Reply stale = m_client->setSyncType(str("SEF-LAB"), kNorth, str("collector"), loaded, m_admin);
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.errorCode(), str("stale_revision"));
    const QJsonObject details = stale.errorDetails();
    QCOMPARE(details.value(str("your_revision")).toInteger(), loaded);
    QCOMPARE(details.value(str("revision")).toInteger(), now);
    const QJsonArray changes = details.value(str("changes")).toArray();
    QCOMPARE(changes.size(), 1);
    const QJsonObject change = changes[0].toObject();
    QCOMPARE(change.value(str("table")).toString(), str("store"));
    QCOMPARE(change.value(str("record_id")).toString(), StableId::store(str("CWS")));
    QCOMPARE(change.value(str("name")).toString(), str("CWS"));
    QCOMPARE(change.value(str("action")).toString(), str("upsert"));
    QCOMPARE(change.value(str("cursor")).toInteger(), now);
    const QJsonArray edits = details.value(str("edits")).toArray();
    QCOMPARE(edits.size(), 1);
    QCOMPARE(edits[0].toObject().value(str("username")).toString(), str("admin"));
    QCOMPARE(edits[0].toObject().value(str("action")).toString(), str("store.edit"));
    QCOMPARE(edits[0].toObject().value(str("subject")).toString(), str("CWS"));
    QCOMPARE(m_hub->topology().syncType(str("SEF-LAB"), kNorth), SyncType::None);

    // Made again on the new revision, it goes through.
    QCOMPARE(m_client->setSyncType(str("SEF-LAB"), kNorth, str("collector"), now, m_admin).status, 200);
    // A revision from the future is just as stale.
    QCOMPARE(m_client->setSyncType(str("SEF-LAB"), kNorth, str("none"), now + 1000, m_admin).status, 409);
}

void TestHubAdminTopology::concurrentEditsOfOneRevisionLetOneThrough()
{
    start();
    const qint64 revision = m_client->revision(m_admin);
    constexpr int kEditors = 4;
    const char* const stores[kEditors] = {"SEF-LAB", "KAS-DSP", "LIR-DSP", "LIR-MAT"};
    for (const char* store : stores)
        QCOMPARE(m_hub->topology().syncType(str(store), kNorth), SyncType::None);
    int statuses[kEditors] = {};
    std::vector<std::thread> editors;
    for (int i = 0; i < kEditors; ++i) {
        editors.emplace_back([&, i] {
            AdminClient client(m_hub->port()); // one connection per editor
            statuses[i] = client.setSyncType(str(stores[i]), kNorth, str("collector"), revision, m_admin).status;
        });
    }
    for (std::thread& t : editors)
        t.join();
    QList<int> sorted(std::begin(statuses), std::end(statuses));
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(sorted, (QList<int>{200, 409, 409, 409}));
    int collectors = 0;
    for (const char* store : stores)
        collectors += m_hub->topology().syncType(str(store), kNorth) == SyncType::Collector ? 1 : 0;
    QCOMPARE(collectors, 1);
}

void TestHubAdminTopology::activeMovesTheHome()
{
    start();
    const qint64 revision = m_client->revision(m_admin);
    const AdminClient::Reply moved = m_client->setSyncType(str("LIR-DSP"), kSefa, str("active"), revision, m_admin);
    QVERIFY2(moved.status == 200, moved.describe().constData());
    QCOMPARE(moved.json().value(str("actions")).toArray(),
             (QJsonArray{action("hand_over", "LIR-DSP", kSefa, kLira, "active", "active"),
                         action("backfill", "LIR-DSP", kSefa, QJsonValue::Null, "transfer", "active")}));
    const Topology t = m_hub->topology();
    QCOMPARE(t.store(str("LIR-DSP"))->home, kSefa);
    QCOMPARE(t.syncType(str("LIR-DSP"), kLira), SyncType::Collector); // the old home keeps a read-only copy

    // The old home can then lose its copy.
    const AdminClient::Reply dropped = m_client->setSyncType(str("LIR-DSP"), kLira, str("none"),
                                                             moved.json().value(str("revision")).toInteger(), m_admin);
    QVERIFY2(dropped.status == 200, dropped.describe().constData());
    QCOMPARE(dropped.json().value(str("actions")).toArray(),
             QJsonArray{action("purge", "LIR-DSP", kLira, QJsonValue::Null, "collector", "none")});
}

void TestHubAdminTopology::storeWithAssetsKeepsAnOpenMsupplyHome()
{
    start();
    QVERIFY(!writeAs(m_hub->database(), kLira, HubTestHarness::asset(str("LIR-DSP"))).isEmpty());
    const qint64 revision = m_client->revision(m_admin);
    // Kasa Health Centre is an mSupply Mobile: a legacy kind cannot hold the assets (R7).
    const AdminClient::Reply refused = m_client->setSyncType(str("LIR-DSP"), kKasa, str("active"), revision, m_admin);
    QCOMPARE(refused.status, 422);
    const QJsonArray violations = refused.errorDetails().value(str("violations")).toArray();
    QCOMPARE(violations.size(), 1);
    QCOMPARE(violations[0].toObject().value(str("rule")).toString(), str("R7"));
    QCOMPARE(violations[0].toObject().value(str("subject")).toString(), str("LIR-DSP"));
    // A store without assets may move there; the one with assets may move to an Open mSupply site.
    QCOMPARE(m_client->setSyncType(str("LIR-MAT"), kKasa, str("active"), revision, m_admin).status, 200);
    QCOMPARE(m_client->setSyncType(str("LIR-DSP"), kSefa, str("active"), m_client->revision(m_admin), m_admin).status,
             200);
}

void TestHubAdminTopology::previewEstimatesTheRecordsMoved()
{
    start(400);
    for (int i = 0; i < 3; ++i) // whatever the generator made, SEF-LAB has a history to estimate
        QVERIFY(!writeAs(m_hub->database(), kSefa, HubTestHarness::stockLine(str("SEF-LAB"))).isEmpty());
    const AdminClient::Reply got = m_client->get(AdminClient::path({str("topology")}), m_admin);
    Topology edited = m_hub->topology();
    edited.setSyncType(str("SEF-LAB"), kNorth, SyncType::Collector);
    edited.setSyncType(str("SEF-WRD"), kNorth, SyncType::None);
    const QJsonObject topology = QJsonDocument::fromJson(TopologyJson::serialize(edited)).object();
    const qint64 changelog = m_hub->maxCursor();

    const AdminClient::Reply preview = m_client->post(AdminClient::path({str("topology"), str("preview")}),
                                                      QJsonObject{{str("topology"), topology}}, m_admin);
    QVERIFY2(preview.status == 200, preview.describe().constData());
    const QJsonObject body = preview.json();
    QCOMPARE(body.value(str("revision")), got.json().value(str("revision")));
    QCOMPARE(body.value(str("valid")), QJsonValue(true));
    QCOMPARE(body.value(str("violations")).toArray(), QJsonArray());
    QVERIFY(!body.value(str("estimate_note")).toString().isEmpty());

    // The oracle: changelog rows of each store's data tables, core only (the Northern Province Server is legacy).
    QHash<QString, qint64> expected;
    for (const HubTestHarness::ChangeRow& row : m_hub->changesAfter(0)) {
        const SyncedTable* table = findSyncedTable(row.key.section(QLatin1Char('/'), 0, 0));
        if (table && (table->scope == TableScope::Store || table->scope == TableScope::StoreChild) &&
            row.category == Category::Core)
            ++expected[row.storeId];
    }
    QVERIFY(expected.value(StableId::store(str("SEF-LAB"))) >= 3);
    QVERIFY2(expected.value(StableId::store(str("SEF-WRD"))) > 0, "the demo data should hold SEF-WRD records");
    QJsonObject backfill = action("backfill", "SEF-LAB", kNorth, QJsonValue::Null, "none", "collector");
    backfill.insert(str("records_estimate"), expected.value(StableId::store(str("SEF-LAB"))));
    QJsonObject purge = action("purge", "SEF-WRD", kNorth, QJsonValue::Null, "collector", "none");
    purge.insert(str("records_estimate"), expected.value(StableId::store(str("SEF-WRD"))));
    QCOMPARE(body.value(str("actions")).toArray(), (QJsonArray{backfill, purge}));

    // Nothing was changed.
    QCOMPARE(m_hub->maxCursor(), changelog);
    QCOMPARE(m_hub->topology().syncType(str("SEF-LAB"), kNorth), SyncType::None);

    // A topology that breaks rules is previewed too, with its violations.
    edited.setSyncType(str("SP-WH"), str("Southern Dispensary Desk"), SyncType::Active);
    const AdminClient::Reply invalid = m_client->post(
        AdminClient::path({str("topology"), str("preview")}),
        QJsonObject{{str("topology"), QJsonDocument::fromJson(TopologyJson::serialize(edited)).object()}}, m_admin);
    QCOMPARE(invalid.status, 200);
    QCOMPARE(invalid.json().value(str("valid")), QJsonValue(false));
    QCOMPARE(invalid.json().value(str("violations")).toArray()[0].toObject().value(str("rule")).toString(), str("R5"));
}

void TestHubAdminTopology::gainedCollectorIsPulledNext()
{
    start();
    auto sync = m_hub->client();
    const QString north = m_hub->token(kNorth, *sync);
    QVERIFY(!north.isEmpty());
    const HubTestHarness::PullResult initial = sync->pullAll(north, str("core"), 0, 5000);
    QVERIFY2(initial.ok, initial.failure.describe().constData());

    // Before the edit, SEF-LAB's records do not reach the Northern Province Server.
    const QString before = writeAs(m_hub->database(), kSefa, HubTestHarness::stockLine(str("SEF-LAB")));
    QVERIFY(!before.isEmpty());
    // A record of a store the site collects, so that its cursor moves past the SEF-LAB one.
    const QString mulanje = m_hub->topology().store(str("MUL-PHA"))->home;
    const QString collected = writeAs(m_hub->database(), mulanje, HubTestHarness::stockLine(str("MUL-PHA")));
    const HubTestHarness::PullResult quiet = sync->pullAll(north, str("core"), initial.lastCursor, 5000);
    QVERIFY(quiet.ok);
    QCOMPARE(recordIds(quiet.records, str("stock_line")), QSet<QString>{collected});

    const AdminClient::Reply edit =
        m_client->setSyncType(str("SEF-LAB"), kNorth, str("collector"), m_client->revision(m_admin), m_admin);
    QVERIFY2(edit.status == 200, edit.describe().constData());
    const QString after = writeAs(m_hub->database(), kSefa, HubTestHarness::stockLine(str("SEF-LAB")));

    const HubTestHarness::PullResult next = sync->pullAll(north, str("core"), quiet.lastCursor, 5000);
    QVERIFY2(next.ok, next.failure.describe().constData());
    QCOMPARE(recordIds(next.records, str("stock_line")), QSet<QString>{after});
    QCOMPARE(recordIds(next.records, str("store_visibility")),
             QSet<QString>{StableId::of(str("store_visibility"), str("SEF-LAB/") + kNorth)});
    QCOMPARE(next.instructions.size(), 1);
    const QJsonObject instruction = next.instructions[0].toObject();
    QCOMPARE(instruction.value(str("kind")).toString(), str("backfill"));
    QCOMPARE(instruction.value(str("store")).toString(), str("SEF-LAB"));

    // The backfill the instruction asks for brings the older record.
    const HubTestHarness::PullResult backfill = sync->pullAll(
        north, str("core"), 0, 5000, str("store=SEF-LAB&up_to=%1").arg(instruction.value(str("up_to")).toInteger()));
    QVERIFY2(backfill.ok, backfill.failure.describe().constData());
    QVERIFY(recordIds(backfill.records, str("stock_line")).contains(before));
}

void TestHubAdminTopology::lostCollectorIsNoLongerPulled()
{
    start();
    auto sync = m_hub->client();
    const QString north = m_hub->token(kNorth, *sync);
    const HubTestHarness::PullResult initial = sync->pullAll(north, str("core"), 0, 5000);
    QVERIFY(initial.ok);
    const QString seen = writeAs(m_hub->database(), kSefa, HubTestHarness::stockLine(str("SEF-WRD")));
    const HubTestHarness::PullResult collected = sync->pullAll(north, str("core"), initial.lastCursor, 5000);
    QVERIFY(recordIds(collected.records, str("stock_line")).contains(seen));

    const AdminClient::Reply edit =
        m_client->setSyncType(str("SEF-WRD"), kNorth, str("none"), m_client->revision(m_admin), m_admin);
    QVERIFY2(edit.status == 200, edit.describe().constData());
    QCOMPARE(edit.json().value(str("actions")).toArray(),
             QJsonArray{action("purge", "SEF-WRD", kNorth, QJsonValue::Null, "collector", "none")});
    const QString unseen = writeAs(m_hub->database(), kSefa, HubTestHarness::stockLine(str("SEF-WRD")));
    const HubTestHarness::PullResult next = sync->pullAll(north, str("core"), collected.lastCursor, 5000);
    QVERIFY(next.ok);
    QVERIFY(recordIds(next.records, str("stock_line")).isEmpty());
    QCOMPARE(next.instructions.size(), 1);
    QCOMPARE(next.instructions[0].toObject().value(str("kind")).toString(), str("purge"));
    Q_UNUSED(unseen);
}

void TestHubAdminTopology::auditRecordsWhoDidWhat()
{
    start();
    const QString supervisor = m_client->token(str("supervisor"), m_hub->password(str("supervisor")));
    const QString field = m_client->token(str("fieldstaff"), m_hub->password(str("fieldstaff")));
    const qint64 revision = m_client->revision(m_admin);
    const AdminClient::Reply edit = m_client->setSyncType(str("SEF-LAB"), kNorth, str("collector"), revision, m_admin);
    QCOMPARE(edit.status, 200);
    QCOMPARE(m_client
                 ->patch(AdminClient::path({str("stores"), str("CWS")}),
                         QJsonObject{{str("revision"), edit.json().value(str("revision"))}, {str("name"), str("CW")}},
                         m_admin)
                 .status,
             200);

    const AdminClient::Reply audit = m_client->get(AdminClient::path({str("audit")}) + str("?limit=2"), supervisor);
    QVERIFY2(audit.status == 200, audit.describe().constData());
    const QJsonArray entries = audit.json().value(str("entries")).toArray();
    QCOMPARE(entries.size(), 2);
    const QJsonObject newest = entries[0].toObject();
    const QJsonObject older = entries[1].toObject();
    QCOMPARE(newest.value(str("username")).toString(), str("admin"));
    QCOMPARE(newest.value(str("action")).toString(), str("store.edit"));
    QCOMPARE(newest.value(str("subject")).toString(), str("CWS"));
    QCOMPARE(newest.value(str("details")).toObject().value(str("name")).toString(), str("CW"));
    QCOMPARE(older.value(str("action")).toString(), str("store.sync_type"));
    QCOMPARE(older.value(str("subject")).toString(), str("SEF-LAB"));
    const QJsonObject details = older.value(str("details")).toObject();
    QCOMPARE(details.value(str("site")).toString(), kNorth);
    QCOMPARE(details.value(str("sync_type")).toString(), str("collector"));
    QCOMPARE(details.value(str("from_revision")).toInteger(), revision);
    QCOMPARE(details.value(str("revision")), edit.json().value(str("revision")));
    QCOMPARE(details.value(str("actions")).toArray(),
             QJsonArray{action("backfill", "SEF-LAB", kNorth, QJsonValue::Null, "none", "collector")});
    QCOMPARE(details.value(str("changes")).toObject(),
             (QJsonObject{{str("stores_changed"), QJsonArray{str("SEF-LAB")}}}));
    QVERIFY(QDateTime::fromString(newest.value(str("at")).toString(), Qt::ISODateWithMs).isValid());
    QVERIFY(newest.value(str("id")).toInteger() > older.value(str("id")).toInteger());

    // Paging back, and who may read it.
    const AdminClient::Reply page = m_client->get(
        AdminClient::path({str("audit")}) + str("?limit=1&before=%1").arg(newest.value(str("id")).toInteger()),
        m_admin);
    QCOMPARE(page.json().value(str("entries")).toArray(), QJsonArray{older});
    QCOMPARE(m_client->get(AdminClient::path({str("audit")}), field).status, 403);
    QCOMPARE(m_client->get(AdminClient::path({str("audit")}) + str("?limit=0"), m_admin).status, 400);
}

QTEST_GUILESS_MAIN(TestHubAdminTopology)
#include "TestHubAdminTopology.moc"
