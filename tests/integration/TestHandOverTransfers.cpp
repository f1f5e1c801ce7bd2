// Transfers across changes of visibility, and answers that answer nothing or someone else's transfer, against a real
// demo hub on loopback (HubTestHarness) and real replicas synced by SyncSession (SiteReplica):
//
// - a store handed over to a site that held it as Collector brings the transfers in flight that name it as partner
//   (routing rule 7 sent them only to the old home), so the new home answers them and closes those answered;
// - the old home ends with what routing sends it: its refused changes only in its quarantine, the transfers of
//   other stores that came because the store was Active there gone;
// - the hub refuses an answer (an inbound shipment, a response) unless it answers an existing start addressed to the
//   answering store: the forged "delivered" of the issue, exactly;
// - the oms_central of the default network (no server of its own) records oms data and sends it.
//
// The demo network (docs/routing.md): KAS-DSP is Active on Kasa Health Centre and Collector on Sefa District
// Hospital; LIR-DSP is Active on Lira Health Centre; SEF-PHA Active on Sefa is Transfer on Lira and Kasa.

#include "HubTestHarness.h"
#include "RecordStore.h"
#include "SettingTable.h"
#include "SiteReplica.h"
#include "StableId.h"
#include "StoreActions.h"
#include "SyncStateRepository.h"
#include "TestHubAdminClient.h"
#include "TransferIds.h"

#include <QJsonDocument>
#include <QTest>

#include <map>

using namespace syncsites;
using namespace syncsites::test;

namespace {

const QString kKasa = QStringLiteral("Kasa Health Centre");
const QString kSefa = QStringLiteral("Sefa District Hospital");
const QString kLira = QStringLiteral("Lira Health Centre");
const QString kColdChain = QStringLiteral("National Cold Chain Hub");
const QString kKasaStore = QStringLiteral("KAS-DSP");
const QString kLiraStore = QStringLiteral("LIR-DSP");

QString str(const char* text)
{
    return QString::fromUtf8(text);
}

template <typename R> QString errorOf(const R& result)
{
    return result.ok() ? QString() : result.error().code + QStringLiteral(": ") + result.error().message;
}

} // namespace

class TestHandOverTransfers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void forgedShipmentAnswerIsRefused();
    void forgedRequisitionAnswerIsRefused();
    void handOverToACollectorBringsTransfersInFlight();
    void oldHomeKeepsOnlyWhatRoutingSends();
    void omsCentralRecordsAssetsInTheDefaultNetwork();

private:
    void setSyncType(const QString& store, const QString& site, const QString& type);
    SiteReplica& replica(const QString& site);
    /// A raw token for the site, bound to its replica's installation, so that the replica can sync afterwards.
    QString token(const QString& site, HubTestHarness::Client& client);
    QString statusAtHub(const QString& table, const QString& id);
    QString statusAt(SiteReplica& site, const QString& table, const QString& id);
    static QString quarantineText(SiteReplica& replica);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HubTestHarness> m_hub;
    std::map<QString, std::unique_ptr<SiteReplica>> m_replicas;
};

void TestHandOverTransfers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto hub = HubTestHarness::start();
    QVERIFY2(hub.ok(), qPrintable(errorOf(hub)));
    m_hub = std::move(hub).value();
    QCOMPARE(m_hub->topology().syncType(kKasaStore, kSefa), SyncType::Collector);
}

void TestHandOverTransfers::cleanup()
{
    m_replicas.clear();
    m_hub.reset();
    m_dir.reset();
}

SiteReplica& TestHandOverTransfers::replica(const QString& site)
{
    std::unique_ptr<SiteReplica>& slot = m_replicas[site];
    if (!slot) {
        auto made = SiteReplica::create(m_dir->filePath(site + QStringLiteral(".sqlite")), site, m_hub->url(),
                                        m_hub->secret(site));
        if (!made.ok())
            qFatal("%s", qPrintable(errorOf(made)));
        slot = std::move(made).value();
    }
    return *slot;
}

QString TestHandOverTransfers::token(const QString& site, HubTestHarness::Client& client)
{
    const Result<QString> installation = SettingTable(replica(site).database()).installationId();
    return installation ? client.token(site, m_hub->secret(site), *installation) : QString();
}

void TestHandOverTransfers::setSyncType(const QString& store, const QString& site, const QString& type)
{
    AdminClient admin(m_hub->port());
    const QString token = admin.token(str("admin"), m_hub->password(str("admin")));
    QVERIFY(!token.isEmpty());
    const auto reply = admin.setSyncType(store, site, type, admin.revision(token), token);
    QVERIFY2(reply.status == 200, reply.describe().constData());
}

QString TestHandOverTransfers::statusAtHub(const QString& table, const QString& id)
{
    const auto row = RecordStore(m_hub->database()).get(table, id);
    return row.ok() && row->has_value() ? (**row).value(str("status")).toString() : QString();
}

QString TestHandOverTransfers::statusAt(SiteReplica& site, const QString& table, const QString& id)
{
    const auto row = RecordStore(site.database()).get(table, id);
    return row.ok() && row->has_value() ? (**row).value(str("status")).toString() : QString();
}

QString TestHandOverTransfers::quarantineText(SiteReplica& replica)
{
    QStringList out;
    if (const auto entries = SyncStateRepository(replica.database()).quarantined(); entries.ok())
        for (const QuarantineEntry& e : *entries)
            out << QStringLiteral("%1 %2 [%3]").arg(e.tableName, e.recordId, e.reasonCode);
    return out.join(QLatin1String("; "));
}

// The attack: Kasa pushes "the inbound shipment" of a shipment Lira sent to SEF-PHA, in its own KAS-DSP,
// with the derived id, linked to the outbound, delivered. The hub refuses it with its own code; the shipment stays
// shipped; the real receiver's inbound (same id) is then taken. An answer to nothing is refused too.
void TestHandOverTransfers::forgedShipmentAnswerIsRefused()
{
    auto client = m_hub->client();
    const QString lira = token(kLira, *client);
    const QString kasa = token(kKasa, *client);
    const QString sefa = token(kSefa, *client);
    QVERIFY(!lira.isEmpty() && !kasa.isEmpty() && !sefa.isEmpty());

    QJsonObject outbound = HubTestHarness::invoice(kLiraStore, str("SEF-PHA"), str("outbound"));
    QJsonObject data = outbound.value(str("data")).toObject();
    data.insert(str("status"), str("shipped"));
    outbound.insert(str("data"), data);
    const QString outboundId = data.value(str("id")).toString();
    auto reply = client->push(lira, str("core"), HubTestHarness::newId(),
                              QJsonArray{outbound, HubTestHarness::invoiceLine(outboundId)});
    QVERIFY2(reply.status == 200 && reply.json().value(str("rejected")).toArray().isEmpty(),
             reply.describe().constData());

    const QString inboundId = TransferIds::inboundInvoice(outboundId);
    const auto answer = [&](const QString& id, const QString& store, const QString& linked) {
        return HubTestHarness::upsert(str("invoice"),
                                      QJsonObject{{str("id"), id},
                                                  {str("store_id"), StableId::store(store)},
                                                  {str("partner_store_id"), StableId::store(kLiraStore)},
                                                  {str("type"), str("inbound")},
                                                  {str("status"), str("delivered")},
                                                  {str("linked_invoice_id"), linked},
                                                  {str("created_at"), str("2024-05-02T10:00:00.000Z")},
                                                  {str("delivered_at"), str("2024-05-02T11:00:00.000Z")}});
    };
    const QString strayId = HubTestHarness::newId();
    reply = client->push(kasa, str("core"), HubTestHarness::newId(),
                         QJsonArray{answer(inboundId, kKasaStore, outboundId),
                                    answer(strayId, kKasaStore, HubTestHarness::newId()),
                                    answer(HubTestHarness::newId(), kKasaStore, outboundId)});
    QVERIFY2(reply.status == 200, reply.describe().constData());
    const QJsonArray rejected = reply.json().value(str("rejected")).toArray();
    QCOMPARE(rejected.size(), 3);
    QCOMPARE(rejected.at(0).toObject().value(str("code")).toString(), str("answer_not_addressed"));
    QCOMPARE(rejected.at(1).toObject().value(str("code")).toString(), str("answer_without_start"));
    QCOMPARE(rejected.at(2).toObject().value(str("code")).toString(), str("answer_without_start"));
    for (const QJsonValue& r : rejected) {
        // Nothing of it is on the hub, so the site is told to hold none of it live.
        QVERIFY2(r.toObject().contains(str("current")) && r.toObject().value(str("current")).isNull(),
                 QJsonDocument(r.toObject()).toJson().constData());
        QVERIFY2(r.toObject().value(str("message")).toString().size() > 40,
                 qPrintable(r.toObject().value(str("message")).toString()));
    }
    QVERIFY(statusAtHub(str("invoice"), inboundId).isEmpty());
    QCOMPARE(statusAtHub(str("invoice"), outboundId), str("shipped"));

    // A line of the forged inbound is refused with it (its header is not there).
    reply =
        client->push(kasa, str("core"), HubTestHarness::newId(), QJsonArray{HubTestHarness::invoiceLine(inboundId)});
    QVERIFY2(reply.status == 200 && reply.json().value(str("rejected")).toArray().size() == 1,
             reply.describe().constData());

    // The true receiver's answer, with the same derived id, is taken.
    reply = client->push(sefa, str("core"), HubTestHarness::newId(),
                         QJsonArray{answer(inboundId, str("SEF-PHA"), outboundId)});
    QVERIFY2(reply.status == 200 && reply.json().value(str("rejected")).toArray().isEmpty(),
             reply.describe().constData());
    QCOMPARE(statusAtHub(str("invoice"), inboundId), str("delivered"));

    // Lira's own processor closes its shipment on the true answer.
    SiteReplica& liraSite = replica(kLira);
    SYNCSITES_SYNC_OK(liraSite);
    SYNCSITES_SYNC_OK(liraSite);
    QCOMPARE(statusAt(liraSite, str("invoice"), outboundId), str("delivered"));
    QCOMPARE(statusAtHub(str("invoice"), outboundId), str("delivered"));
}

// The same with a requisition: Kasa "finalises the response" to a request Lira sent to SEF-PHA.
void TestHandOverTransfers::forgedRequisitionAnswerIsRefused()
{
    auto client = m_hub->client();
    const QString lira = token(kLira, *client);
    const QString kasa = token(kKasa, *client);
    QVERIFY(!lira.isEmpty() && !kasa.isEmpty());
    const QString requestId = HubTestHarness::newId();
    auto reply =
        client->push(lira, str("core"), HubTestHarness::newId(),
                     QJsonArray{HubTestHarness::upsert(
                         str("requisition"), QJsonObject{{str("id"), requestId},
                                                         {str("store_id"), StableId::store(kLiraStore)},
                                                         {str("partner_store_id"), StableId::store(str("SEF-PHA"))},
                                                         {str("type"), str("request")},
                                                         {str("status"), str("sent")},
                                                         {str("created_at"), str("2024-05-01T10:00:00.000Z")}})});
    QVERIFY2(reply.status == 200 && reply.json().value(str("rejected")).toArray().isEmpty(),
             reply.describe().constData());
    const QString responseId = TransferIds::responseRequisition(requestId);
    reply = client->push(kasa, str("core"), HubTestHarness::newId(),
                         QJsonArray{HubTestHarness::upsert(
                             str("requisition"), QJsonObject{{str("id"), responseId},
                                                             {str("store_id"), StableId::store(kKasaStore)},
                                                             {str("partner_store_id"), StableId::store(kLiraStore)},
                                                             {str("type"), str("response")},
                                                             {str("status"), str("finalised")},
                                                             {str("linked_requisition_id"), requestId},
                                                             {str("created_at"), str("2024-05-01T10:00:00.000Z")}})});
    QVERIFY2(reply.status == 200, reply.describe().constData());
    const QJsonArray rejected = reply.json().value(str("rejected")).toArray();
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.at(0).toObject().value(str("code")).toString(), str("answer_not_addressed"));
    QVERIFY(statusAtHub(str("requisition"), responseId).isEmpty());

    SiteReplica& liraSite = replica(kLira);
    SYNCSITES_SYNC_OK(liraSite);
    QCOMPARE(statusAt(liraSite, str("requisition"), requestId), str("sent"));
}

// KAS-DSP moves from Kasa to Sefa, where it was Collector, while a request and a shipment from Lira wait for Kasa
// and a shipment of Kasa's was received at Lira but not yet closed at Kasa. Sefa must get all three (they name
// KAS-DSP as partner; routing rule 7 sent them only to Kasa), answer them, and close Kasa's shipment everywhere.
void TestHandOverTransfers::handOverToACollectorBringsTransfersInFlight()
{
    setSyncType(kKasaStore, kLira, str("transfer"));
    setSyncType(kLiraStore, kKasa, str("transfer"));
    SiteReplica& kasa = replica(kKasa);
    SiteReplica& lira = replica(kLira);
    SiteReplica& sefa = replica(kSefa);
    for (SiteReplica* site : {&kasa, &lira, &sefa})
        SYNCSITES_SYNC_OK(*site);

    // Kasa ships to Lira; Lira receives it.
    const auto kasaShipment = StoreActions(kasa.database()).createTransfer(kKasaStore, kLiraStore, str("ORS"), 4);
    QVERIFY2(kasaShipment.ok(), qPrintable(errorOf(kasaShipment)));
    SYNCSITES_SYNC_OK(kasa);
    SYNCSITES_SYNC_OK(lira);
    const auto received = StoreActions(lira.database()).receive(*kasaShipment);
    QVERIFY2(received.ok(), qPrintable(errorOf(received)));
    // Lira requests from and ships to KAS-DSP; Kasa does not sync again.
    const auto request = StoreActions(lira.database()).createRequisition(kLiraStore, kKasaStore, str("ORS"), 7);
    QVERIFY2(request.ok(), qPrintable(errorOf(request)));
    const auto liraShipment = StoreActions(lira.database()).createTransfer(kLiraStore, kKasaStore, str("ORS"), 3);
    QVERIFY2(liraShipment.ok(), qPrintable(errorOf(liraShipment)));
    SYNCSITES_SYNC_OK(lira);
    QCOMPARE(statusAtHub(str("invoice"), *kasaShipment), str("shipped"));

    setSyncType(kKasaStore, kSefa, str("active"));
    SYNCSITES_SYNC_OK(sefa);
    SYNCSITES_SYNC_OK(sefa);
    QVERIFY2(quarantineText(sefa).isEmpty(), qPrintable(quarantineText(sefa)));

    // Sefa closed Kasa's shipment, answered the request and the shipment addressed to KAS-DSP.
    QCOMPARE(statusAt(sefa, str("invoice"), *kasaShipment), str("delivered"));
    QCOMPARE(statusAtHub(str("invoice"), *kasaShipment), str("delivered"));
    const QString response = TransferIds::responseRequisition(*request);
    const QString inbound = TransferIds::inboundInvoice(*liraShipment);
    QCOMPARE(statusAt(sefa, str("requisition"), response), str("draft"));
    QCOMPARE(statusAt(sefa, str("invoice"), inbound), str("shipped"));
    const auto responded = StoreActions(sefa.database()).respond(*request);
    QVERIFY2(responded.ok(), qPrintable(errorOf(responded)));
    const auto receivedAtSefa = StoreActions(sefa.database()).receive(*liraShipment);
    QVERIFY2(receivedAtSefa.ok(), qPrintable(errorOf(receivedAtSefa)));
    SYNCSITES_SYNC_OK(sefa);

    // Lira's request and shipment are closed; Kasa, now a Collector, sees its old shipment delivered.
    SYNCSITES_SYNC_OK(lira);
    SYNCSITES_SYNC_OK(lira);
    QCOMPARE(statusAt(lira, str("requisition"), *request), str("finalised"));
    QCOMPARE(statusAt(lira, str("invoice"), *liraShipment), str("delivered"));
    SYNCSITES_SYNC_OK(kasa);
    QCOMPARE(statusAt(kasa, str("invoice"), *kasaShipment), str("delivered"));
    for (SiteReplica* site : {&kasa, &lira, &sefa}) {
        SYNCSITES_SYNC_OK(*site);
        const QString difference = site->differenceFrom(*m_hub);
        QVERIFY2(difference.isEmpty(), qPrintable(site->site() + str(": ") + difference));
    }
}

// Kasa, offline, keeps working in KAS-DSP while an administrator hands it to Sefa. At its next sync its changes are
// refused: they end in its quarantine and are no longer live data (the edited line is the hub's again, the new one
// gone); and the shipment from Lira to KAS-DSP, routed to Kasa only while KAS-DSP was Active there, leaves Kasa.
void TestHandOverTransfers::oldHomeKeepsOnlyWhatRoutingSends()
{
    setSyncType(kKasaStore, kLira, str("transfer"));
    SiteReplica& kasa = replica(kKasa);
    SiteReplica& lira = replica(kLira);
    SYNCSITES_SYNC_OK(lira);
    const auto shipment = StoreActions(lira.database()).createTransfer(kLiraStore, kKasaStore, str("ORS"), 2);
    QVERIFY2(shipment.ok(), qPrintable(errorOf(shipment)));
    SYNCSITES_SYNC_OK(lira);

    StoreActions kasaActions(kasa.database());
    SYNCSITES_SYNC_OK(kasa);
    QVERIFY(RecordStore(kasa.database()).get(u"invoice", *shipment)->has_value());
    const QJsonObject item{{str("item_id"), StableId::item(str("ORS"))}, {str("available_packs"), 10.0}};
    const auto kept = kasaActions.putRecord(kKasaStore, str("stock_line"), item);
    QVERIFY2(kept.ok(), qPrintable(errorOf(kept)));
    SYNCSITES_SYNC_OK(kasa);

    // Offline: an edit and a new line.
    QJsonObject edited = *RecordStore(kasa.database()).get(u"stock_line", kept->id).value();
    edited.insert(str("available_packs"), 99.0);
    QVERIFY(kasaActions.putRecord(kKasaStore, str("stock_line"), edited).ok());
    const auto added = kasaActions.putRecord(kKasaStore, str("stock_line"), item);
    QVERIFY2(added.ok(), qPrintable(errorOf(added)));

    setSyncType(kKasaStore, replica(kSefa).site(), str("active"));
    const SyncSummary refused = kasa.sync();
    QCOMPARE(refused.rejected, 2);
    SYNCSITES_SYNC_OK(kasa);

    const auto quarantined = SyncStateRepository(kasa.database()).quarantined();
    QVERIFY(quarantined.ok());
    QCOMPARE(quarantined->size(), 2);
    for (const QuarantineEntry& e : *quarantined) {
        QCOMPARE(e.reasonCode, str("store_not_active"));
        const auto live = RecordStore(kasa.database()).get(e.tableName, e.recordId);
        QVERIFY(live.ok());
        QVERIFY2(!live->has_value() || **live != e.payload,
                 qPrintable(str("refused and still live: ") + e.tableName + QLatin1Char(' ') + e.recordId));
    }
    QVERIFY(!RecordStore(kasa.database()).get(u"stock_line", added->id)->has_value());
    QCOMPARE(
        RecordStore(kasa.database()).get(u"stock_line", kept->id)->value().value(str("available_packs")).toDouble(),
        10.0);
    QVERIFY2(!RecordStore(kasa.database()).get(u"invoice", *shipment)->has_value(),
             "a shipment to KAS-DSP, no longer routed to its former home, is still there");
    const QString difference = kasa.differenceFrom(*m_hub);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// In the default network the oms_central has no server of its own: its replica links for oms to the central
// process, so its staff can record assets of its Active stores, and they reach the hub. A site without an oms link
// is refused such a write at once, and its waiting count covers every category.
void TestHandOverTransfers::omsCentralRecordsAssetsInTheDefaultNetwork()
{
    QVERIFY(m_hub->topology().site(kColdChain)->url.isEmpty());
    SiteReplica& coldChain = replica(kColdChain);
    SYNCSITES_SYNC_OK(coldChain);
    QString epi;
    const Topology topology = m_hub->topology();
    for (const Store& s : topology.stores())
        if (s.home == kColdChain && epi.isEmpty())
            epi = s.code;
    QVERIFY(!epi.isEmpty());
    const QJsonObject asset = HubTestHarness::asset(epi).value(str("data")).toObject();
    const auto put = StoreActions(coldChain.database()).putRecord(epi, str("asset"), asset);
    QVERIFY2(put.ok(), qPrintable(errorOf(put)));
    const SyncSummary sent = coldChain.sync();
    QVERIFY2(sent.outcome == SyncOutcome::Success && sent.pushed >= 1 && sent.waiting == 0,
             qPrintable(SiteReplica::describe(sent)));
    QVERIFY(RecordStore(m_hub->database()).get(u"asset", put->id)->has_value());

    SiteReplica& kasa = replica(kKasa);
    SYNCSITES_SYNC_OK(kasa);
    const auto refused =
        StoreActions(kasa.database())
            .putRecord(kKasaStore, str("asset"), HubTestHarness::asset(kKasaStore).value(str("data")).toObject());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, str("category_not_carried"));
}

QTEST_GUILESS_MAIN(TestHandOverTransfers)
#include "TestHandOverTransfers.moc"
