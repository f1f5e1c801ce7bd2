// The sync engine end to end: a demo hub (msupply_central, with the oms_central co-hosted) served in-process on
// loopback, and the replicas of the oms_central and of five sites of different kinds, each synced by the real
// SyncSession. Checks that every replica holds exactly what the routing rules say, and the spec's stories:
// Collector copies, Transfer sites, shipments and requisitions across sites, gained and lost Collectors, and a
// store moving home with the old home's late edits quarantined.

#include "HubTestHarness.h"
#include "RecordStore.h"
#include "SiteReplica.h"
#include "StableId.h"
#include "StoreActions.h"
#include "SyncStateRepository.h"
#include "TestHubAdminClient.h"
#include "TestSupport.h"
#include "TransferIds.h"

#include <QTest>

using namespace syncsites;
using namespace syncsites::test;

namespace {

const QString kSefa = QStringLiteral("Sefa District Hospital");       // oms_standalone
const QString kLira = QStringLiteral("Lira Health Centre");           // oms_android
const QString kKasa = QStringLiteral("Kasa Health Centre");           // msupply_mobile
const QString kNorth = QStringLiteral("Northern Province Server");    // msupply_remote
const QString kSouth = QStringLiteral("Southern Province Server");    // oms_remote
const QString kColdChain = QStringLiteral("National Cold Chain Hub"); // oms_central

QJsonObject stockLine(const QString& storeCode, const QString& id, double packs)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("store_id"), StableId::store(storeCode)},
                       {QStringLiteral("item_id"), StableId::item(QStringLiteral("PARA500"))},
                       {QStringLiteral("batch"), QStringLiteral("E2E")},
                       {QStringLiteral("pack_size"), 10},
                       {QStringLiteral("available_packs"), packs}};
}

} // namespace

class TestSyncEndToEnd : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HubTestHarness> m_hub;
    QTemporaryDir m_dir;
    QHash<QString, std::shared_ptr<SiteReplica>> m_sites;

    SiteReplica& site(const QString& name) { return *m_sites.value(name); }

    QJsonObject get(SiteReplica& replica, const QString& table, const QString& id)
    {
        RecordStore records(replica.database());
        const auto record = records.get(table, id);
        return record && record->has_value() ? **record : QJsonObject();
    }

    QJsonObject hubRecord(const QString& table, const QString& id)
    {
        RecordStore records(m_hub->database());
        const auto record = records.get(table, id);
        return record && record->has_value() ? **record : QJsonObject();
    }

    void setSyncType(const QString& store, const QString& siteName, const QString& type)
    {
        AdminClient admin(m_hub->port());
        const QString token = admin.token(QStringLiteral("admin"), m_hub->password(QStringLiteral("admin")));
        QVERIFY(!token.isEmpty());
        const auto reply = admin.setSyncType(store, siteName, type, admin.revision(token), token);
        QVERIFY2(reply.status == 200, reply.describe().constData());
    }

private slots:
    void initTestCase()
    {
        HubHarnessOptions options;
        options.records = 3000;
        auto hub = HubTestHarness::start(options);
        QVERIFY2(hub.ok(), qPrintable(hub.error().message));
        m_hub = std::move(hub).value();
        for (const QString& name : {kColdChain, kSefa, kLira, kKasa, kNorth, kSouth}) {
            auto replica = SiteReplica::create(m_dir.filePath(name + QStringLiteral(".sqlite")), name, m_hub->url(),
                                               m_hub->secret(name));
            QVERIFY2(replica.ok(), qPrintable(replica.error().message));
            m_sites.insert(name, std::shared_ptr<SiteReplica>(std::move(replica).value().release()));
        }
    }

    // Every replica, initialised from nothing, holds exactly what routing sends it, its own Active stores included;
    // a second session moves nothing.
    void firstSyncHoldsWhatRoutingSays()
    {
        for (const QString& name : {kColdChain, kSefa, kLira, kKasa, kNorth, kSouth}) {
            const SyncSummary first = site(name).sync();
            QVERIFY2(first.outcome == SyncOutcome::Success,
                     qPrintable(name + QLatin1Char(' ') + SiteReplica::describe(first)));
            QVERIFY2(first.pulled > 0, qPrintable(name));
            const QString difference = site(name).differenceFrom(*m_hub);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
            const SyncSummary second = site(name).sync();
            QCOMPARE(second.outcome, SyncOutcome::Success);
            QCOMPARE(second.pulled, 0);
            QCOMPARE(second.pushed, 0);
        }
        // The legacy kind holds no oms data; the oms_central holds the sites' credentials, the others none.
        QVERIFY(site(kKasa).keys(Category::Oms).isEmpty());
        QVERIFY(!site(kSefa).keys(Category::Oms).isEmpty());
        const auto credentials = [](SiteReplica& r) {
            int n = 0;
            for (const QString& key : r.keys(Category::Core))
                n += key.startsWith(QLatin1String("site_credential/"));
            return n;
        };
        QVERIFY(credentials(site(kColdChain)) > 0);
        QCOMPARE(credentials(site(kSefa)), 0);
    }

    // Data entered on a store's home site appears at a Collector site; there it is read-only: an edit is refused
    // by the hub and kept in the quarantine, and the hub's copy is unchanged.
    void homeDataReachesCollectorReadOnly()
    {
        const QString id = HubTestHarness::newId();
        QVERIFY(
            RecordStore(site(kSefa).database()).upsert(u"stock_line", stockLine(QStringLiteral("SEF-PHA"), id, 40)));
        const SyncSummary pushed = site(kSefa).sync();
        QCOMPARE(pushed.outcome, SyncOutcome::Success);
        QCOMPARE(pushed.pushed, 1);
        SYNCSITES_SYNC_OK(site(kNorth)); // SEF-PHA is Collector there
        QCOMPARE(
            get(site(kNorth), QStringLiteral("stock_line"), id).value(QStringLiteral("available_packs")).toDouble(),
            40.0);

        QJsonObject edited = get(site(kNorth), QStringLiteral("stock_line"), id);
        edited.insert(QStringLiteral("available_packs"), 1);
        QVERIFY(RecordStore(site(kNorth).database()).upsert(u"stock_line", edited));
        const SyncSummary refused = site(kNorth).sync();
        QCOMPARE(refused.outcome, SyncOutcome::Partial);
        QCOMPARE(refused.rejected, 1);
        QVERIFY(refused.failure && refused.failure->kind == SyncFailure::Kind::Rejected);
        const auto quarantined = SyncStateRepository(site(kNorth).database()).quarantined();
        QVERIFY(quarantined.ok());
        QCOMPARE(quarantined->size(), 1);
        QCOMPARE(quarantined->first().recordId, id);
        QCOMPARE(quarantined->first().reasonCode, QStringLiteral("store_not_active"));
        QCOMPARE(quarantined->first().payload.value(QStringLiteral("available_packs")).toDouble(), 1.0);
        QCOMPARE(hubRecord(QStringLiteral("stock_line"), id).value(QStringLiteral("available_packs")).toDouble(), 40.0);
    }

    // A shipment from Sefa's SEF-PHA to Lira's LIR-DSP: Lira (SEF-PHA is Transfer there) gets the shipment and
    // none of SEF-PHA's other data, creates the inbound, receives it, and Sefa sees its outbound delivered.
    void shipmentTravelsAndDeliveryComesBack()
    {
        StoreActions sefa(site(kSefa).database());
        const Result<QString> outbound =
            sefa.createTransfer(QStringLiteral("SEF-PHA"), QStringLiteral("LIR-DSP"), QStringLiteral("ORS"), 5);
        QVERIFY2(outbound.ok(), qPrintable(outbound.error().message));
        SYNCSITES_SYNC_OK(site(kSefa));
        SYNCSITES_SYNC_OK(site(kLira));
        QCOMPARE(get(site(kLira), QStringLiteral("invoice"), *outbound).value(QStringLiteral("status")).toString(),
                 QStringLiteral("shipped"));
        const QString inbound = TransferIds::inboundInvoice(*outbound);
        QCOMPARE(get(site(kLira), QStringLiteral("invoice"), inbound).value(QStringLiteral("status")).toString(),
                 QStringLiteral("shipped"));
        // The processor's inbound went out in the same session.
        QVERIFY(!hubRecord(QStringLiteral("invoice"), inbound).isEmpty());
        // Transfer: the shipment, never the store's stock.
        QCOMPARE(StoreActions(site(kLira).database())
                     .listRecords(QStringLiteral("stock_line"), QStringLiteral("SEF-PHA"))
                     ->size(),
                 0);

        QVERIFY(StoreActions(site(kLira).database()).receive(inbound).ok());
        SYNCSITES_SYNC_OK(site(kLira));
        SYNCSITES_SYNC_OK(site(kSefa));
        QCOMPARE(get(site(kSefa), QStringLiteral("invoice"), *outbound).value(QStringLiteral("status")).toString(),
                 QStringLiteral("delivered"));
        SYNCSITES_SYNC_OK(site(kLira));
        for (const QString& name : {kSefa, kLira}) {
            const QString difference = site(name).differenceFrom(*m_hub);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        }
    }

    // Lira requests from SEF-PHA; Sefa's processor creates the response, Sefa finalises it, Lira's request ends
    // finalised.
    void requisitionAndItsResponse()
    {
        const Result<QString> request =
            StoreActions(site(kLira).database())
                .createRequisition(QStringLiteral("LIR-DSP"), QStringLiteral("SEF-PHA"), QStringLiteral("ORS"), 12);
        QVERIFY2(request.ok(), qPrintable(request.error().message));
        SYNCSITES_SYNC_OK(site(kLira));
        SYNCSITES_SYNC_OK(site(kSefa));
        const QString response = TransferIds::responseRequisition(*request);
        QCOMPARE(get(site(kSefa), QStringLiteral("requisition"), response).value(QStringLiteral("status")).toString(),
                 QStringLiteral("draft"));
        QVERIFY(StoreActions(site(kSefa).database()).respond(*request).ok());
        SYNCSITES_SYNC_OK(site(kSefa));
        SYNCSITES_SYNC_OK(site(kLira));
        QCOMPARE(get(site(kLira), QStringLiteral("requisition"), *request).value(QStringLiteral("status")).toString(),
                 QStringLiteral("finalised"));
    }

    // A gained Collector gets the store's whole history; a lost one is purged.
    void gainedCollectorBackfillsLostOnePurges()
    {
        const auto storeKeys = [this](const QString& code) {
            QSet<QString> keys;
            RecordStore records(site(kNorth).database());
            for (const QString& key : site(kNorth).keys(Category::Core)) {
                const auto store =
                    records.storeOf(key.section(QLatin1Char('/'), 0, 0), key.section(QLatin1Char('/'), 1));
                if (store && *store == StableId::store(code) && key.startsWith(QLatin1String("stock_line/")))
                    keys.insert(key);
            }
            return keys;
        };
        QVERIFY(storeKeys(QStringLiteral("SEF-LAB")).isEmpty());
        QVERIFY(!storeKeys(QStringLiteral("SEF-WRD")).isEmpty());
        setSyncType(QStringLiteral("SEF-LAB"), kNorth, QStringLiteral("collector"));
        setSyncType(QStringLiteral("SEF-WRD"), kNorth, QStringLiteral("none"));
        SYNCSITES_SYNC_OK(site(kNorth));
        QVERIFY(!storeKeys(QStringLiteral("SEF-LAB")).isEmpty());
        QVERIFY(storeKeys(QStringLiteral("SEF-WRD")).isEmpty());
        const QString difference = site(kNorth).differenceFrom(*m_hub);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        // The purge was written as received: nothing of it goes back to the hub.
        const SyncSummary again = site(kNorth).sync();
        QCOMPARE(again.pushed, 0);
    }

    // LIR-DSP moves from Lira to Sefa. Lira's edit made before it heard of the move is refused and quarantined (not
    // lost); Sefa gets the store's history and its edits are taken.
    void movedStoreHandsOverAndQuarantinesLateEdits()
    {
        const QString late = HubTestHarness::newId();
        QVERIFY(
            RecordStore(site(kLira).database()).upsert(u"stock_line", stockLine(QStringLiteral("LIR-DSP"), late, 7)));
        setSyncType(QStringLiteral("LIR-DSP"), kSefa, QStringLiteral("active"));
        SYNCSITES_SYNC_OK(site(kSefa));
        const SyncSummary lira = site(kLira).sync();
        QCOMPARE(lira.outcome, SyncOutcome::Partial);
        QCOMPARE(lira.rejected, 1);
        const auto quarantined = SyncStateRepository(site(kLira).database()).quarantined();
        QVERIFY(quarantined.ok());
        QVERIFY(std::any_of(quarantined->cbegin(), quarantined->cend(), [&](const QuarantineEntry& e) {
            return e.recordId == late && e.reasonCode == QLatin1String("store_not_active") &&
                   e.payload.value(QStringLiteral("available_packs")).toDouble() == 7.0;
        }));
        QVERIFY(hubRecord(QStringLiteral("stock_line"), late).isEmpty());

        // Sefa now holds LIR-DSP's history and edits it.
        const QString fresh = HubTestHarness::newId();
        QVERIFY(
            RecordStore(site(kSefa).database()).upsert(u"stock_line", stockLine(QStringLiteral("LIR-DSP"), fresh, 3)));
        const SyncSummary sefa = site(kSefa).sync();
        QCOMPARE(sefa.outcome, SyncOutcome::Success);
        QCOMPARE(sefa.pushed, 1);
        const QString difference = site(kSefa).differenceFrom(*m_hub);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
};

QTEST_GUILESS_MAIN(TestSyncEndToEnd)
#include "TestSyncEndToEnd.moc"
