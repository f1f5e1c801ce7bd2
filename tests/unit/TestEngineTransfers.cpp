// TransferProcessor on real replica files of two demo sites, with sync simulated by copying the transfer records
// across: inbound shipments and responses are created with derived ids, received shipments and finalised responses
// close their outbound shipment and request, a second run writes nothing, the processor's writes are local, and
// stores that are only Collector or Transfer on a site are never written there.

#include "ChangeLog.h"
#include "DemoNetwork.h"
#include "DemoRecordGenerator.h"
#include "RecordStore.h"
#include "StableId.h"
#include "StoreActions.h"
#include "TestEngineReplica.h"
#include "Transaction.h"
#include "TransferIds.h"
#include "TransferProcessor.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace syncsites;
using namespace syncsites::test;

namespace {

QString key(const char* text)
{
    return QString::fromLatin1(text);
}

} // namespace

class TestEngineTransfers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void inboundIsCreatedWithDerivedIdAndLines();
    void secondRunWritesNothing();
    void receivedShipmentMarksTheOutboundDelivered();
    void requisitionIsAnsweredAndFinalised();
    void inboundLinesFollowTheOutboundUntilReceived();
    void transfersBetweenStoresOfOneSite();
    void collectorAndTransferStoresAreNeverWritten();
    void writesAreLocalInsideAnEnclosingTransaction();
    void aRefusedRecordDoesNotBlockTheOthers();
    void idsMatchTheDemoData();
    void unregisteredReplicaIsRefused();
    void manyInvoicesStayFast();

private:
    // Runs the processor, checks it succeeded and that every changelog row it wrote is local to `replica`.
    TransferReport process(EngineReplica& replica);
    // Ships from the pharmacy on X to the dispensary on Y and brings the shipment to Y; returns the outbound id.
    QString shipToY(double packs);

    DemoNetwork m_network;
    QString m_item;
    QString m_pharmacy;   // supplier, Active on X
    QString m_ward;       // customer of the pharmacy on the same site X
    QString m_dispensary; // customer, Active on Y
    EngineReplica m_x;
    EngineReplica m_y;
    qint64 m_xCursor = 0; // what has been copied from X to Y
    qint64 m_yCursor = 0;
};

void TestEngineTransfers::initTestCase()
{
    m_network = DemoNetwork::generate(1);
    for (const SupplyRoute& route : std::as_const(m_network.routes)) {
        if (route.customer.endsWith(key("-DSP")) && m_pharmacy.isEmpty()) {
            m_pharmacy = route.supplier;
            m_dispensary = route.customer;
        }
    }
    for (const SupplyRoute& route : std::as_const(m_network.routes)) {
        if (route.supplier == m_pharmacy && route.customer.endsWith(key("-WRD")))
            m_ward = route.customer;
    }
    QVERIFY(!m_pharmacy.isEmpty() && !m_ward.isEmpty());
    m_item = m_network.items.first().code;
}

void TestEngineTransfers::init()
{
    const QString x = m_network.topology.store(m_pharmacy)->home;
    const QString y = m_network.topology.store(m_dispensary)->home;
    QCOMPARE(makeReplica(m_network, x, &m_x), QString());
    QCOMPARE(makeReplica(m_network, y, &m_y), QString());
    m_xCursor = m_x.maxCursor();
    m_yCursor = m_y.maxCursor();
}

void TestEngineTransfers::cleanup()
{
    m_x = {};
    m_y = {};
}

TransferReport TestEngineTransfers::process(EngineReplica& replica)
{
    const qint64 before = replica.maxCursor();
    const Result<TransferReport> report = TransferProcessor(*replica.db).run();
    if (!report) {
        QTest::qFail(qPrintable(report.error().message), __FILE__, __LINE__);
        return {};
    }
    const Result<QVector<ChangeLogEntry>> written = ChangeLog(*replica.db).after(before, 100000);
    if (!written) {
        QTest::qFail(qPrintable(written.error().message), __FILE__, __LINE__);
        return {};
    }
    const QStringList active = m_network.topology.activeStores(replica.site);
    for (const ChangeLogEntry& row : *written) {
        if (row.received || row.sourceSiteId != replica.siteId) {
            QTest::qFail("a row written by the processor is not local", __FILE__, __LINE__);
            return {};
        }
        bool ours = false;
        for (const QString& code : active)
            ours = ours || StableId::store(code) == row.storeId;
        if (!ours) {
            QTest::qFail(qPrintable(QStringLiteral("the processor wrote %1 %2 of a store not Active on %3")
                                        .arg(row.tableName, row.recordId, replica.site)),
                         __FILE__, __LINE__);
            return {};
        }
    }
    return *report;
}

QString TestEngineTransfers::shipToY(double packs)
{
    const Result<QString> outbound = StoreActions(*m_x.db).createTransfer(m_pharmacy, m_dispensary, m_item, packs);
    if (!outbound) {
        QTest::qFail(qPrintable(outbound.error().message), __FILE__, __LINE__);
        return {};
    }
    const QString copied = copyTransfers(m_x, m_y, m_xCursor, &m_xCursor);
    if (!copied.isEmpty())
        QTest::qFail(qPrintable(copied), __FILE__, __LINE__);
    return *outbound;
}

void TestEngineTransfers::inboundIsCreatedWithDerivedIdAndLines()
{
    const QString outboundId = shipToY(12);
    QVERIFY(!QTest::currentTestFailed());
    const QJsonObject outbound = record(m_y, key("invoice"), outboundId);
    QCOMPARE(outbound.value(key("status")).toString(), key("shipped"));

    const TransferReport report = process(m_y);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(report.inboundCreated, 1);
    QCOMPARE(report.total(), 1);

    const QString inboundId = TransferIds::inboundInvoice(outboundId);
    QCOMPARE(inboundId, StableId::of(key("inbound_invoice"), outboundId));
    const QJsonObject inbound = record(m_y, key("invoice"), inboundId);
    QCOMPARE(inbound.value(key("store_id")).toString(), StableId::store(m_dispensary));
    QCOMPARE(inbound.value(key("partner_store_id")).toString(), StableId::store(m_pharmacy));
    QCOMPARE(inbound.value(key("type")).toString(), key("inbound"));
    QCOMPARE(inbound.value(key("status")).toString(), key("shipped"));
    QCOMPARE(inbound.value(key("linked_invoice_id")).toString(), outboundId);
    QCOMPARE(inbound.value(key("shipped_at")), outbound.value(key("shipped_at")));
    QVERIFY(inbound.value(key("delivered_at")).isNull());
    QVERIFY(!inbound.value(key("created_at")).toString().isEmpty());

    const QStringList outboundLines = idsWhere(m_y, key("invoice_line"), key("invoice_id"), outboundId);
    const QStringList inboundLines = idsWhere(m_y, key("invoice_line"), key("invoice_id"), inboundId);
    QCOMPARE(outboundLines.size(), 1);
    QCOMPARE(inboundLines, QStringList{TransferIds::inboundInvoiceLine(outboundLines.first())});
    QJsonObject expected = record(m_y, key("invoice_line"), outboundLines.first());
    expected.insert(key("id"), inboundLines.first());
    expected.insert(key("invoice_id"), inboundId);
    QCOMPARE(record(m_y, key("invoice_line"), inboundLines.first()), expected);
    QCOMPARE(expected.value(key("packs")).toDouble(), 12.0);
    QCOMPARE(expected.value(key("item_id")).toString(), StableId::item(m_item));

    // The shipping site never makes the inbound: the receiving store is not Active there.
    QCOMPARE(process(m_x), TransferReport{});
}

void TestEngineTransfers::secondRunWritesNothing()
{
    shipToY(3);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(process(m_y).inboundCreated, 1);
    const qint64 cursor = m_y.maxCursor();
    QCOMPARE(process(m_y), TransferReport{});
    QCOMPARE(m_y.maxCursor(), cursor);
}

void TestEngineTransfers::receivedShipmentMarksTheOutboundDelivered()
{
    const QString outboundId = shipToY(5);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(process(m_y).inboundCreated, 1);
    const Result<QString> received = StoreActions(*m_y.db).receive(outboundId); // the outbound id is accepted
    QVERIFY2(received.ok(), qPrintable(received.error().message));
    const QString inboundId = TransferIds::inboundInvoice(outboundId);
    QCOMPARE(*received, inboundId);
    QCOMPARE(process(m_y), TransferReport{}); // the outbound is not Y's to mark

    QCOMPARE(copyTransfers(m_y, m_x, m_yCursor, &m_yCursor), QString());
    const TransferReport report = process(m_x);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(report.outboundDelivered, 1);
    QCOMPARE(report.total(), 1);
    const QJsonObject outbound = record(m_x, key("invoice"), outboundId);
    const QJsonObject inbound = record(m_x, key("invoice"), inboundId);
    QCOMPARE(outbound.value(key("status")).toString(), key("delivered"));
    QVERIFY(!inbound.value(key("delivered_at")).toString().isEmpty());
    QCOMPARE(outbound.value(key("delivered_at")), inbound.value(key("delivered_at")));
    QCOMPARE(outbound.value(key("linked_invoice_id")).toString(), inboundId);

    const qint64 cursor = m_x.maxCursor();
    QCOMPARE(process(m_x), TransferReport{});
    QCOMPARE(m_x.maxCursor(), cursor);

    // The outbound's new status reaches Y and changes nothing there.
    QCOMPARE(copyTransfers(m_x, m_y, m_xCursor, &m_xCursor), QString());
    QCOMPARE(process(m_y), TransferReport{});
}

void TestEngineTransfers::requisitionIsAnsweredAndFinalised()
{
    // The dispensary (on Y) requests from its supplier, the pharmacy (on X).
    const Result<QString> request = StoreActions(*m_y.db).createRequisition(m_dispensary, m_pharmacy, m_item, 40);
    QVERIFY2(request.ok(), qPrintable(request.error().message));
    QCOMPARE(process(m_y), TransferReport{});
    QCOMPARE(copyTransfers(m_y, m_x, m_yCursor, &m_yCursor), QString());

    TransferReport report = process(m_x);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(report.responsesCreated, 1);
    QCOMPARE(report.total(), 1);
    const QString responseId = TransferIds::responseRequisition(*request);
    const QJsonObject response = record(m_x, key("requisition"), responseId);
    QCOMPARE(response.value(key("store_id")).toString(), StableId::store(m_pharmacy));
    QCOMPARE(response.value(key("partner_store_id")).toString(), StableId::store(m_dispensary));
    QCOMPARE(response.value(key("type")).toString(), key("response"));
    QCOMPARE(response.value(key("status")).toString(), key("draft"));
    QCOMPARE(response.value(key("linked_requisition_id")).toString(), *request);
    const QStringList requestLines = idsWhere(m_x, key("requisition_line"), key("requisition_id"), *request);
    const QStringList responseLines = idsWhere(m_x, key("requisition_line"), key("requisition_id"), responseId);
    QCOMPARE(requestLines.size(), 1);
    QCOMPARE(responseLines, QStringList{TransferIds::responseRequisitionLine(requestLines.first())});
    const QJsonObject line = record(m_x, key("requisition_line"), responseLines.first());
    QCOMPARE(line.value(key("requested_packs")).toDouble(), 40.0);
    QCOMPARE(line.value(key("supplied_packs")).toDouble(), 0.0);
    QCOMPARE(line.value(key("item_id")).toString(), StableId::item(m_item));
    QCOMPARE(process(m_x), TransferReport{});

    const Result<QString> responded = StoreActions(*m_x.db).respond(*request); // the request id is accepted
    QVERIFY2(responded.ok(), qPrintable(responded.error().message));
    QCOMPARE(*responded, responseId);
    QCOMPARE(copyTransfers(m_x, m_y, m_xCursor, &m_xCursor), QString());
    report = process(m_y);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(report.requestsFinalised, 1);
    QCOMPARE(report.total(), 1);
    const QJsonObject finalised = record(m_y, key("requisition"), *request);
    QCOMPARE(finalised.value(key("status")).toString(), key("finalised"));
    QVERIFY(!finalised.value(key("finalised_at")).toString().isEmpty());
    QCOMPARE(finalised.value(key("finalised_at")),
             record(m_y, key("requisition"), responseId).value(key("finalised_at")));
    QCOMPARE(finalised.value(key("linked_requisition_id")).toString(), responseId);
    QCOMPARE(process(m_y), TransferReport{});
}

void TestEngineTransfers::inboundLinesFollowTheOutboundUntilReceived()
{
    const QString outboundId = shipToY(10);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(process(m_y).inboundCreated, 1);
    const QString inboundId = TransferIds::inboundInvoice(outboundId);
    const QString firstLine = idsWhere(m_x, key("invoice_line"), key("invoice_id"), outboundId).value(0);

    // On X: the first line now ships 8 packs, a second line is added.
    RecordStore xRecords(*m_x.db);
    QVERIFY(xRecords.update(u"invoice_line", firstLine, {{key("packs"), 8.0}}).ok());
    const QString secondItem = StableId::item(m_network.items.at(1).code);
    const QJsonObject second{
        {key("id"), key("line-2")}, {key("invoice_id"), outboundId}, {key("item_id"), secondItem}, {key("packs"), 2.0}};
    QVERIFY(xRecords.upsert(u"invoice_line", second).ok());
    QCOMPARE(copyTransfers(m_x, m_y, m_xCursor, &m_xCursor), QString());
    TransferReport report = process(m_y);
    QCOMPARE(report.inboundLinesUpdated, 2);
    QCOMPARE(report.total(), 2);
    QCOMPARE(
        record(m_y, key("invoice_line"), TransferIds::inboundInvoiceLine(firstLine)).value(key("packs")).toDouble(),
        8.0);
    QCOMPARE(record(m_y, key("invoice_line"), TransferIds::inboundInvoiceLine(key("line-2")))
                 .value(key("item_id"))
                 .toString(),
             secondItem);

    // The first line is removed on X: it goes from the inbound too.
    QVERIFY(xRecords.remove(u"invoice_line", firstLine).ok());
    QCOMPARE(copyTransfers(m_x, m_y, m_xCursor, &m_xCursor), QString());
    report = process(m_y);
    QCOMPARE(report.inboundLinesUpdated, 1);
    QCOMPARE(idsWhere(m_y, key("invoice_line"), key("invoice_id"), inboundId),
             QStringList{TransferIds::inboundInvoiceLine(key("line-2"))});
    QCOMPARE(process(m_y), TransferReport{});

    // Once received, the inbound keeps what was received.
    QVERIFY(StoreActions(*m_y.db).receive(inboundId).ok());
    QVERIFY(xRecords.update(u"invoice_line", key("line-2"), {{key("packs"), 7.0}}).ok());
    QCOMPARE(copyTransfers(m_x, m_y, m_xCursor, &m_xCursor), QString());
    QCOMPARE(process(m_y), TransferReport{});
    QCOMPARE(
        record(m_y, key("invoice_line"), TransferIds::inboundInvoiceLine(key("line-2"))).value(key("packs")).toDouble(),
        2.0);
}

void TestEngineTransfers::transfersBetweenStoresOfOneSite()
{
    StoreActions actions(*m_x.db);
    const Result<QString> outbound = actions.createTransfer(m_pharmacy, m_ward, m_item, 4);
    QVERIFY2(outbound.ok(), qPrintable(outbound.error().message));
    TransferReport report = process(m_x);
    QCOMPARE(report.inboundCreated, 1);
    QCOMPARE(report.total(), 1);
    const QString inboundId = TransferIds::inboundInvoice(*outbound);
    QCOMPARE(record(m_x, key("invoice"), inboundId).value(key("store_id")).toString(), StableId::store(m_ward));
    QVERIFY(actions.receive(inboundId).ok());
    report = process(m_x);
    QCOMPARE(report.outboundDelivered, 1);
    QCOMPARE(report.total(), 1);
    QCOMPARE(record(m_x, key("invoice"), *outbound).value(key("status")).toString(), key("delivered"));
    QCOMPARE(process(m_x), TransferReport{});
}

void TestEngineTransfers::collectorAndTransferStoresAreNeverWritten()
{
    // On X: a Collector store ships to and requests from another store that is not Active on X, and both were
    // answered on their own site; a Transfer store ships to X's pharmacy.
    const QString collector = storeOfType(m_network, m_x.site, SyncType::Collector);
    const QString transfer = storeOfType(m_network, m_x.site, SyncType::Transfer, key("-WH"));
    QVERIFY2(!collector.isEmpty() && !transfer.isEmpty(), "the demo network changed: pick other stores");
    const QString other = StableId::store(
        storeOfType(m_network, m_network.topology.store(collector)->home, SyncType::Active, key("-MAT")));
    const QString collectorId = StableId::store(collector);
    const QString at = key("2024-05-01T10:00:00.000Z");
    const QString outboundId = key("out-collector");
    const QString inboundId = TransferIds::inboundInvoice(outboundId);
    const QString requestId = key("req-collector");
    const QString responseId = TransferIds::responseRequisition(requestId);
    const QString item = StableId::item(m_item);
    const QVector<std::pair<const char16_t*, QJsonObject>> received{
        {u"invoice",
         {{key("id"), outboundId},
          {key("store_id"), collectorId},
          {key("partner_store_id"), other},
          {key("type"), key("outbound")},
          {key("status"), key("shipped")},
          {key("created_at"), at},
          {key("shipped_at"), at}}},
        {u"invoice",
         {{key("id"), inboundId},
          {key("store_id"), other},
          {key("partner_store_id"), collectorId},
          {key("type"), key("inbound")},
          {key("status"), key("delivered")},
          {key("linked_invoice_id"), outboundId},
          {key("created_at"), at},
          {key("delivered_at"), at}}},
        {u"requisition",
         {{key("id"), requestId},
          {key("store_id"), collectorId},
          {key("partner_store_id"), other},
          {key("type"), key("request")},
          {key("status"), key("sent")},
          {key("created_at"), at}}},
        {u"requisition",
         {{key("id"), responseId},
          {key("store_id"), other},
          {key("partner_store_id"), collectorId},
          {key("type"), key("response")},
          {key("status"), key("finalised")},
          {key("linked_requisition_id"), requestId},
          {key("created_at"), at},
          {key("finalised_at"), at}}},
        {u"invoice",
         {{key("id"), key("out-transfer")},
          {key("store_id"), StableId::store(transfer)},
          {key("partner_store_id"), StableId::store(m_pharmacy)},
          {key("type"), key("outbound")},
          {key("status"), key("shipped")},
          {key("created_at"), at},
          {key("shipped_at"), at}}},
        {u"invoice_line",
         {{key("id"), key("out-transfer-1")},
          {key("invoice_id"), key("out-transfer")},
          {key("item_id"), item},
          {key("packs"), 6.0}}},
    };
    {
        Result<Transaction> tx = Transaction::begin(*m_x.db);
        QVERIFY(tx.ok());
        QVERIFY(tx->setWriteOrigin(StableId::site(m_network.topology.store(collector)->home), true).ok());
        RecordStore records(*m_x.db);
        for (const auto& [table, row] : received) {
            const Status s = records.upsert(QStringView(table), row);
            QVERIFY2(s.ok(), qPrintable(s.error().message));
        }
        QVERIFY(tx->commit().ok());
    }
    const TransferReport report = process(m_x); // also checks every write is in an Active store of X
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(report.inboundCreated, 1); // for the Transfer store's shipment to the pharmacy only
    QCOMPARE(report.total(), 1);
    const QJsonObject inbound = record(m_x, key("invoice"), TransferIds::inboundInvoice(key("out-transfer")));
    QCOMPARE(inbound.value(key("store_id")).toString(), StableId::store(m_pharmacy));
    QCOMPARE(record(m_x, key("invoice"), outboundId).value(key("status")).toString(), key("shipped"));
    QCOMPARE(record(m_x, key("requisition"), requestId).value(key("status")).toString(), key("sent"));
    QCOMPARE(record(m_x, key("invoice"), key("out-transfer")).value(key("status")).toString(), key("shipped"));
}

void TestEngineTransfers::writesAreLocalInsideAnEnclosingTransaction()
{
    shipToY(1);
    QVERIFY(!QTest::currentTestFailed());
    const qint64 before = m_y.maxCursor();
    {
        // The engine integrates a pull (received from X) and runs the processor in the same transaction.
        Result<Transaction> tx = Transaction::begin(*m_y.db);
        QVERIFY(tx.ok());
        QVERIFY(tx->setWriteOrigin(m_x.siteId, true).ok());
        const Result<TransferReport> report = TransferProcessor(*m_y.db).run();
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->inboundCreated, 1);
        QVERIFY(tx->commit().ok());
    }
    const Result<QVector<ChangeLogEntry>> rows = ChangeLog(*m_y.db).after(before, 100);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2); // the inbound and its line
    for (const ChangeLogEntry& row : *rows) {
        QCOMPARE(row.received, false);
        QCOMPARE(row.sourceSiteId, m_y.siteId);
    }
}

void TestEngineTransfers::aRefusedRecordDoesNotBlockTheOthers()
{
    const QString good = shipToY(1);
    QVERIFY(!QTest::currentTestFailed());
    // A shipment whose line names an item Y does not have (written with foreign keys off, as a damaged or partly
    // synced file could hold it).
    {
        const Result<QSqlDatabase> db = m_y.db->connection();
        QVERIFY(db.ok());
        QSqlQuery q(*db);
        QVERIFY(q.exec(key("PRAGMA foreign_keys = OFF")));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO invoice (id, store_id, partner_store_id, type, status, created_at, "
                                       "shipped_at) VALUES ('bad-out', '%1', '%2', 'outbound', 'shipped', "
                                       "'2024-05-01T10:00:00.000Z', '2024-05-01T10:00:00.000Z')")
                            .arg(StableId::store(m_pharmacy), StableId::store(m_dispensary))),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(key("INSERT INTO invoice_line (id, invoice_id, item_id, packs) VALUES ('bad-line', 'bad-out', "
                           "'no-such-item', 3)")));
        QVERIFY(q.exec(key("PRAGMA foreign_keys = ON")));
    }
    TransferReport report = process(m_y);
    QCOMPARE(report.inboundCreated, 1);
    QCOMPARE(report.skipped.size(), 1);
    QCOMPARE(report.skipped.first().code, key("record_missing_reference"));
    QCOMPARE(report.skipped.first().message,
             QStringLiteral("invoice_line %1: field item_id: there is no item no-such-item here")
                 .arg(TransferIds::inboundInvoiceLine(key("bad-line"))));
    QVERIFY(!record(m_y, key("invoice"), TransferIds::inboundInvoice(good)).isEmpty());
    QVERIFY(record(m_y, key("invoice"), TransferIds::inboundInvoice(key("bad-out"))).isEmpty()); // undone whole

    // Once the item arrives, the next run answers it.
    QVERIFY(RecordStore(*m_y.db)
                .upsert(u"item",
                        {{key("id"), key("no-such-item")}, {key("code"), key("LATE")}, {key("name"), key("Late item")}})
                .ok());
    report = process(m_y);
    QCOMPARE(report.inboundCreated, 1);
    QVERIFY(report.skipped.isEmpty());
}

void TestEngineTransfers::idsMatchTheDemoData()
{
    // The ids are pinned: every site, of any version, must derive the same answer's id (the demo data uses them too).
    QCOMPARE(TransferIds::inboundInvoice(key("o-1")), StableId::of(key("inbound_invoice"), key("o-1")));
    QCOMPARE(TransferIds::responseRequisition(key("r-1")), StableId::of(key("response_requisition"), key("r-1")));
    QCOMPARE(TransferIds::inboundInvoiceLine(key("l-1")), StableId::of(key("inbound_invoice_line"), key("l-1")));
    QCOMPARE(TransferIds::responseRequisitionLine(key("l-1")),
             StableId::of(key("response_requisition_line"), key("l-1")));
    QVERIFY(TransferIds::inboundInvoice(key("o-1")) != TransferIds::inboundInvoice(key("o-2")));
}

void TestEngineTransfers::unregisteredReplicaIsRefused()
{
    EngineReplica bare;
    QCOMPARE(makeReplica(m_network, QString(), &bare), QString());
    const Result<TransferReport> report = TransferProcessor(*bare.db).run();
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, key("replica_not_registered"));
}

void TestEngineTransfers::manyInvoicesStayFast()
{
    // 5,000 shipments to Y's dispensary, all received long ago, and 5,000 that name other stores: a run with one
    // new shipment must not walk them record by record.
    constexpr int history = 5000;
    {
        Result<Transaction> tx = Transaction::begin(*m_y.db);
        QVERIFY(tx.ok());
        QVERIFY(tx->setWriteOrigin(m_x.siteId, true).ok());
        QSqlQuery insert(tx->connection());
        QVERIFY(insert.prepare(key("INSERT INTO invoice (id, store_id, partner_store_id, type, status, "
                                   "linked_invoice_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")));
        const QString at = key("2024-01-01T00:00:00.000Z");
        const QString pharmacy = StableId::store(m_pharmacy);
        const QString dispensary = StableId::store(m_dispensary);
        const QString elsewhere = StableId::store(m_ward);
        for (int i = 0; i < history; ++i) {
            const QString out = QStringLiteral("old-out-%1").arg(i);
            const QVariantList rows[] = {
                {out, pharmacy, dispensary, key("outbound"), key("delivered"), TransferIds::inboundInvoice(out), at},
                {TransferIds::inboundInvoice(out), dispensary, pharmacy, key("inbound"), key("delivered"), out, at},
                {QStringLiteral("other-%1").arg(i), pharmacy, elsewhere, key("outbound"), key("shipped"), QVariant(),
                 at}};
            for (const QVariantList& row : rows) {
                for (int c = 0; c < row.size(); ++c)
                    insert.bindValue(c, row.at(c));
                QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            }
        }
        QVERIFY(tx->commit().ok());
    }
    shipToY(2);
    QVERIFY(!QTest::currentTestFailed());
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(process(m_y).inboundCreated, 1);
    const qint64 first = timer.restart();
    QCOMPARE(process(m_y), TransferReport{});
    const qint64 second = timer.elapsed();
    qInfo("processor over %d invoices: %lld ms with one new shipment, %lld ms with nothing to do", 3 * history + 1,
          first, second);
    QVERIFY2(first < 1000 && second < 1000, "the processor scans records one by one");
}

QTEST_GUILESS_MAIN(TestEngineTransfers)
#include "TestEngineTransfers.moc"
