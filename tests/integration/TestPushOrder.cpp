// The order of a push batch: a record changed again after records that refer to it (an asset edited after its
// temperature log was written, a requisition after its line, an invoice after its lines) is still sent before them,
// so that the hub, which applies a batch's records in the order they come, never refuses a line because its header
// is "not on the server". Deletes still go, children with or before their parents. The real SyncSession against an
// in-process demo hub, with the replicas of a standalone site (oms_standalone) and of a remote server (oms_remote).

#include "HubTestHarness.h"
#include "RecordStore.h"
#include "SiteReplica.h"
#include "StableId.h"
#include "StoreActions.h"
#include "SyncStateRepository.h"
#include "TestSupport.h"
#include "TransferProcessor.h"

#include <QTest>

using namespace syncsites;
using namespace syncsites::test;

namespace {

const QString kSefa = QStringLiteral("Sefa District Hospital");    // oms_standalone, home of SEF-PHA
const QString kSouth = QStringLiteral("Southern Province Server"); // oms_remote, home of SP-HP

QString storeOf(const QString& site)
{
    return site == kSefa ? QStringLiteral("SEF-PHA") : QStringLiteral("SP-HP");
}

} // namespace

class TestPushOrder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HubTestHarness> m_hub;
    QTemporaryDir m_dir;
    QHash<QString, std::shared_ptr<SiteReplica>> m_sites;
    int m_counter = 0;

    SiteReplica& site(const QString& name) { return *m_sites.value(name); }

    QJsonObject hubRecord(const QString& table, const QString& id)
    {
        const auto record = RecordStore(m_hub->database()).get(table, id);
        return record && record->has_value() ? **record : QJsonObject();
    }

    // The site's quarantine, one line per entry (empty when nothing is quarantined).
    static QString quarantine(SiteReplica& replica)
    {
        const auto entries = SyncStateRepository(replica.database()).quarantined();
        if (!entries)
            return QStringLiteral("cannot read the quarantine: ") + entries.error().message;
        QStringList lines;
        for (const QuarantineEntry& entry : *entries)
            lines
                << QStringLiteral("%1/%2 %3: %4").arg(entry.tableName, entry.recordId, entry.reasonCode, entry.reason);
        return lines.join(QLatin1Char('\n'));
    }

    // Syncs `replica` and checks that the hub took everything: success, nothing rejected, nothing quarantined.
    void syncAllTaken(SiteReplica& replica, const SessionOptions& options = SiteReplica::testOptions())
    {
        const SyncSummary summary = replica.sync(options);
        QVERIFY2(summary.outcome == SyncOutcome::Success,
                 qPrintable(replica.site() + QStringLiteral(": ") + SiteReplica::describe(summary)));
        const QString quarantined = quarantine(replica);
        QVERIFY2(quarantined.isEmpty(), qPrintable(replica.site() + QStringLiteral(" quarantined:\n") + quarantined));
        QCOMPARE(summary.rejected, 0);
    }

    QString putRecord(SiteReplica& replica, const QString& table, const QJsonObject& record)
    {
        const auto put = StoreActions(replica.database()).putRecord(storeOf(replica.site()), table, record);
        if (!put) {
            QTest::qFail(qPrintable(table + QStringLiteral(": ") + put.error().message), __FILE__, __LINE__);
            return QString();
        }
        return put->id;
    }

    QJsonObject local(SiteReplica& replica, const QString& table, const QString& id)
    {
        const auto record = RecordStore(replica.database()).get(table, id);
        return record && record->has_value() ? **record : QJsonObject();
    }

    QString newAsset(SiteReplica& replica)
    {
        return putRecord(replica, QStringLiteral("asset"),
                         QJsonObject{{QStringLiteral("code"), QStringLiteral("ORDER-%1").arg(++m_counter)},
                                     {QStringLiteral("asset_type"), QStringLiteral("refrigerator")},
                                     {QStringLiteral("serial"), QStringLiteral("SN-ORDER-%1").arg(m_counter)}});
    }

    QString newLog(SiteReplica& replica, const QString& assetId, double celsius)
    {
        return putRecord(replica, QStringLiteral("temperature_log"),
                         QJsonObject{{QStringLiteral("asset_id"), assetId},
                                     {QStringLiteral("logged_at"), QStringLiteral("2024-06-01T08:00:00.000Z")},
                                     {QStringLiteral("temperature_c"), celsius}});
    }

    void editAsset(SiteReplica& replica, const QString& assetId, const QString& manufacturer)
    {
        QJsonObject asset = local(replica, QStringLiteral("asset"), assetId);
        QVERIFY(!asset.isEmpty());
        asset.insert(QStringLiteral("manufacturer"), manufacturer);
        QVERIFY(!putRecord(replica, QStringLiteral("asset"), asset).isEmpty());
    }

private slots:
    void initTestCase()
    {
        HubHarnessOptions options;
        options.records = 200;
        auto hub = HubTestHarness::start(options);
        QVERIFY2(hub.ok(), qPrintable(hub.error().message));
        m_hub = std::move(hub).value();
        for (const QString& name : {kSefa, kSouth}) {
            auto replica = SiteReplica::create(m_dir.filePath(name + QStringLiteral(".sqlite")), name, m_hub->url(),
                                               m_hub->secret(name));
            QVERIFY2(replica.ok(), qPrintable(replica.error().message));
            m_sites.insert(name, std::shared_ptr<SiteReplica>(std::move(replica).value().release()));
            syncAllTaken(site(name));
        }
    }

    void assetEditedAfterItsLog_data()
    {
        QTest::addColumn<QString>("siteName");
        QTest::newRow("standalone") << kSefa;
        QTest::newRow("remote server") << kSouth;
    }

    // An asset, a temperature log of it, then the asset edited again: one sync, and the hub holds both, the asset as
    // edited.
    void assetEditedAfterItsLog()
    {
        QFETCH(QString, siteName);
        SiteReplica& replica = site(siteName);
        const QString asset = newAsset(replica);
        const QString log = newLog(replica, asset, 4.5);
        editAsset(replica, asset, QStringLiteral("Edited after its log"));
        QVERIFY(!asset.isEmpty() && !log.isEmpty());

        syncAllTaken(replica);
        QCOMPARE(hubRecord(QStringLiteral("asset"), asset).value(QStringLiteral("manufacturer")).toString(),
                 QStringLiteral("Edited after its log"));
        QCOMPARE(hubRecord(QStringLiteral("temperature_log"), log).value(QStringLiteral("asset_id")).toString(), asset);
        QVERIFY2(replica.differenceFrom(*m_hub).isEmpty(), qPrintable(replica.differenceFrom(*m_hub)));
    }

    // A requisition, its line, then the requisition edited (core); and an invoice, two lines, the invoice edited
    // between and after them.
    void headerEditedAfterItsLines()
    {
        SiteReplica& replica = site(kSefa);
        const QString store = StableId::store(storeOf(kSefa));
        const QString item = StableId::item(QStringLiteral("PARA500"));
        const QString partner = StableId::store(QStringLiteral("NP-WH")); // SEF-PHA's supplier
        const QString requisition =
            putRecord(replica, QStringLiteral("requisition"),
                      QJsonObject{{QStringLiteral("store_id"), store},
                                  {QStringLiteral("partner_store_id"), partner},
                                  {QStringLiteral("type"), QStringLiteral("request")},
                                  {QStringLiteral("created_at"), QStringLiteral("2024-06-01T08:00:00.000Z")}});
        const QString line = putRecord(replica, QStringLiteral("requisition_line"),
                                       QJsonObject{{QStringLiteral("requisition_id"), requisition},
                                                   {QStringLiteral("item_id"), item},
                                                   {QStringLiteral("requested_packs"), 12}});
        QJsonObject edited = local(replica, QStringLiteral("requisition"), requisition);
        edited.insert(QStringLiteral("comment"), QStringLiteral("edited after its line"));
        QVERIFY(!putRecord(replica, QStringLiteral("requisition"), edited).isEmpty());

        const QString invoice =
            putRecord(replica, QStringLiteral("invoice"),
                      QJsonObject{{QStringLiteral("store_id"), store},
                                  {QStringLiteral("partner_store_id"), partner},
                                  {QStringLiteral("type"), QStringLiteral("outbound")},
                                  {QStringLiteral("created_at"), QStringLiteral("2024-06-01T08:00:00.000Z")}});
        QStringList lines;
        for (int i = 0; i < 2; ++i) {
            lines << putRecord(replica, QStringLiteral("invoice_line"),
                               QJsonObject{{QStringLiteral("invoice_id"), invoice},
                                           {QStringLiteral("item_id"), item},
                                           {QStringLiteral("batch"), QStringLiteral("ORDER-%1").arg(i)},
                                           {QStringLiteral("packs"), 3}});
            QJsonObject header = local(replica, QStringLiteral("invoice"), invoice);
            header.insert(QStringLiteral("comment"), QStringLiteral("edited after line %1").arg(i));
            QVERIFY(!putRecord(replica, QStringLiteral("invoice"), header).isEmpty());
        }

        // A request sent with StoreActions (header and line in one transaction), its comment edited after.
        const auto sent = StoreActions(replica.database())
                              .createRequisition(storeOf(kSefa), QStringLiteral("NP-WH"), QStringLiteral("PARA500"), 5);
        QVERIFY2(sent.ok(), qPrintable(sent.error().message));
        QJsonObject request = local(replica, QStringLiteral("requisition"), *sent);
        request.insert(QStringLiteral("comment"), QStringLiteral("urgent"));
        QVERIFY(!putRecord(replica, QStringLiteral("requisition"), request).isEmpty());

        syncAllTaken(replica);
        QCOMPARE(hubRecord(QStringLiteral("requisition"), *sent).value(QStringLiteral("comment")).toString(),
                 QStringLiteral("urgent"));
        QCOMPARE(hubRecord(QStringLiteral("requisition"), requisition).value(QStringLiteral("comment")).toString(),
                 QStringLiteral("edited after its line"));
        QCOMPARE(hubRecord(QStringLiteral("requisition_line"), line).value(QStringLiteral("requisition_id")).toString(),
                 requisition);
        QCOMPARE(hubRecord(QStringLiteral("invoice"), invoice).value(QStringLiteral("comment")).toString(),
                 QStringLiteral("edited after line 1"));
        for (const QString& id : std::as_const(lines))
            QCOMPARE(hubRecord(QStringLiteral("invoice_line"), id).value(QStringLiteral("invoice_id")).toString(),
                     invoice);
        QVERIFY2(replica.differenceFrom(*m_hub).isEmpty(), qPrintable(replica.differenceFrom(*m_hub)));
    }

    // Batches of one or two changelog rows: wherever a batch ends, a header is never sent after its line.
    void smallBatchesKeepHeadersFirst()
    {
        SiteReplica& replica = site(kSefa);
        QStringList assets;
        QStringList logs;
        for (int i = 0; i < 3; ++i) {
            assets << newAsset(replica);
            logs << newLog(replica, assets.constLast(), i);
            logs << newLog(replica, assets.constLast(), i + 0.5);
            editAsset(replica, assets.constLast(), QStringLiteral("Maker %1").arg(i));
        }
        editAsset(replica, assets.constFirst(), QStringLiteral("Maker again"));
        SessionOptions options = SiteReplica::testOptions();
        options.initialPushBatch = 2;
        options.minPushBatch = 1;
        syncAllTaken(replica, options);
        for (const QString& id : std::as_const(assets))
            QVERIFY2(!hubRecord(QStringLiteral("asset"), id).isEmpty(), qPrintable(id));
        for (const QString& id : std::as_const(logs))
            QVERIFY2(!hubRecord(QStringLiteral("temperature_log"), id).isEmpty(), qPrintable(id));
        QCOMPARE(
            hubRecord(QStringLiteral("asset"), assets.constFirst()).value(QStringLiteral("manufacturer")).toString(),
            QStringLiteral("Maker again"));
        QVERIFY2(replica.differenceFrom(*m_hub).isEmpty(), qPrintable(replica.differenceFrom(*m_hub)));
    }

    // A log moved to an asset made after it, with a batch ending between the log and that asset: the log's batch
    // carries the asset too (the hub has never had it), and the asset is pushed again, unchanged, later.
    void parentMadeAfterItsChildAcrossBatches()
    {
        SiteReplica& replica = site(kSefa);
        const QString first = newAsset(replica);
        const QString log = newLog(replica, first, 1.5);
        const QString second = newAsset(replica);
        QJsonObject moved = local(replica, QStringLiteral("temperature_log"), log);
        moved.insert(QStringLiteral("asset_id"), second);
        QVERIFY(!putRecord(replica, QStringLiteral("temperature_log"), moved).isEmpty());
        editAsset(replica, second, QStringLiteral("Made after the log"));
        SessionOptions options = SiteReplica::testOptions();
        options.initialPushBatch = 2; // the first batch: the first asset and the log, which names the second
        options.minPushBatch = 1;
        syncAllTaken(replica, options);
        QCOMPARE(hubRecord(QStringLiteral("temperature_log"), log).value(QStringLiteral("asset_id")).toString(),
                 second);
        QCOMPARE(hubRecord(QStringLiteral("asset"), second).value(QStringLiteral("manufacturer")).toString(),
                 QStringLiteral("Made after the log"));
        QVERIFY(!hubRecord(QStringLiteral("asset"), first).isEmpty());
        QVERIFY2(replica.differenceFrom(*m_hub).isEmpty(), qPrintable(replica.differenceFrom(*m_hub)));
    }

    // A shipment between two stores of the site (a note, with no lines yet), answered and received before a sync:
    // the outbound is changed last (delivered, linked to its inbound), yet the inbound, which answers it, must come
    // after it (the hub checks an answer against the start it holds).
    void answerBeforeItsStartChangedLast()
    {
        SiteReplica& replica = site(kSefa);
        StoreActions actions(replica.database());
        const auto outbound =
            putRecord(replica, QStringLiteral("invoice"),
                      QJsonObject{{QStringLiteral("store_id"), StableId::store(storeOf(kSefa))},
                                  {QStringLiteral("partner_store_id"), StableId::store(QStringLiteral("SEF-WRD"))},
                                  {QStringLiteral("type"), QStringLiteral("outbound")},
                                  {QStringLiteral("status"), QStringLiteral("shipped")},
                                  {QStringLiteral("created_at"), QStringLiteral("2024-06-01T08:00:00.000Z")},
                                  {QStringLiteral("shipped_at"), QStringLiteral("2024-06-01T09:00:00.000Z")}});
        QVERIFY(!outbound.isEmpty());
        const auto answered = TransferProcessor(replica.database()).run();
        QVERIFY2(answered.ok(), qPrintable(answered.error().message));
        QCOMPARE(answered->inboundCreated, 1);
        const auto inbound = actions.receive(outbound);
        QVERIFY2(inbound.ok(), qPrintable(inbound.error().message));
        const auto delivered = TransferProcessor(replica.database()).run();
        QVERIFY2(delivered.ok(), qPrintable(delivered.error().message));
        QCOMPARE(delivered->outboundDelivered, 1);

        syncAllTaken(replica);
        QCOMPARE(hubRecord(QStringLiteral("invoice"), outbound).value(QStringLiteral("status")).toString(),
                 QStringLiteral("delivered"));
        QCOMPARE(hubRecord(QStringLiteral("invoice"), *inbound).value(QStringLiteral("linked_invoice_id")).toString(),
                 outbound);
        QVERIFY2(replica.differenceFrom(*m_hub).isEmpty(), qPrintable(replica.differenceFrom(*m_hub)));
    }

    // Deletes are pushed as before: a log deleted and its asset deleted after both were edited (both on the hub
    // already), and an asset made, logged, edited and deleted within one push (never on the hub).
    void deletesStillReachTheHub()
    {
        SiteReplica& replica = site(kSefa);
        const QString kept = newAsset(replica);
        const QString keptLog = newLog(replica, kept, 3.0);
        const QString gone = newAsset(replica);
        const QString goneLogs[] = {newLog(replica, gone, 5.0), newLog(replica, gone, 6.0)};
        syncAllTaken(replica);
        QVERIFY(!hubRecord(QStringLiteral("temperature_log"), goneLogs[1]).isEmpty());

        editAsset(replica, gone, QStringLiteral("Edited before its delete"));
        QJsonObject log = local(replica, QStringLiteral("temperature_log"), goneLogs[0]);
        log.insert(QStringLiteral("temperature_c"), 7.0);
        QVERIFY(!putRecord(replica, QStringLiteral("temperature_log"), log).isEmpty());
        StoreActions actions(replica.database());
        QVERIFY(actions.deleteRecord(storeOf(kSefa), QStringLiteral("temperature_log"), goneLogs[0]).ok());
        QVERIFY(actions.deleteRecord(storeOf(kSefa), QStringLiteral("asset"), gone).ok());
        // Made and gone before any push.
        const QString brief = newAsset(replica);
        const QString briefLog = newLog(replica, brief, 2.0);
        editAsset(replica, brief, QStringLiteral("Brief"));
        QVERIFY(actions.deleteRecord(storeOf(kSefa), QStringLiteral("asset"), brief).ok());
        // A delete of a log whose asset stays, and the asset edited after it.
        QVERIFY(actions.deleteRecord(storeOf(kSefa), QStringLiteral("temperature_log"), keptLog).ok());
        editAsset(replica, kept, QStringLiteral("Kept"));

        syncAllTaken(replica);
        QVERIFY(hubRecord(QStringLiteral("asset"), gone).isEmpty());
        for (const QString& id : goneLogs)
            QVERIFY(hubRecord(QStringLiteral("temperature_log"), id).isEmpty());
        QVERIFY(hubRecord(QStringLiteral("asset"), brief).isEmpty());
        QVERIFY(hubRecord(QStringLiteral("temperature_log"), briefLog).isEmpty());
        QVERIFY(hubRecord(QStringLiteral("temperature_log"), keptLog).isEmpty());
        QCOMPARE(hubRecord(QStringLiteral("asset"), kept).value(QStringLiteral("manufacturer")).toString(),
                 QStringLiteral("Kept"));
        QVERIFY2(replica.differenceFrom(*m_hub).isEmpty(), qPrintable(replica.differenceFrom(*m_hub)));
    }
};

QTEST_GUILESS_MAIN(TestPushOrder)
#include "TestPushOrder.moc"
