// StoreActions on a real replica file of a demo site: every refusal with its code (and nothing written), and the
// happy paths of records list/put, transfer, receive, requisition and respond, the requisitions waiting for an answer,
// and deletes (what may go, what may not, and that a delete is logged for the next push).

#include "ChangeLog.h"
#include "DemoNetwork.h"
#include "RecordStore.h"
#include "StableId.h"
#include "StoreActions.h"
#include "TestEngineReplica.h"
#include "Transaction.h"
#include "TransferIds.h"

#include <QTest>

#include <functional>

using namespace syncsites;
using namespace syncsites::test;

Q_DECLARE_METATYPE(std::function<syncsites::Error(syncsites::StoreActions&)>)

namespace {

QString key(const char* text)
{
    return QString::fromLatin1(text);
}

using Action = std::function<Error(StoreActions&)>;

template <typename T> Error errorOf(const Result<T>& result)
{
    return result.ok() ? Error{key("no_error"), key("it succeeded")} : result.error();
}

} // namespace

class TestEngineStoreActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void refusals_data();
    void refusals();
    void notActiveMessageNamesTypeAndHome();
    void listReturnsRowsOfOneStore();
    void putInsertsAndUpdatesWhatListPrints();
    void transferTakesFromTheStockLineExpiringFirst();
    void transferWithoutStockIsUntracked();
    void receiveAddsToStock();
    void respondSuppliesWhatWasRequested();
    void requisitionsToAnswerListsRequestsWaiting();
    void deleteRemovesARecordWithWhatBelongsToIt();
    void deleteRefusesWhatHasLeftOrIsNotOurs();

private:
    void addStock(const QString& id, const QString& store, const QString& item, const QString& batch,
                  const QString& expiry, double packs, bool onHold = false);
    // Writes a record as if it had been pulled from `site`.
    void receiveRecord(const QString& site, const QString& table, const QJsonObject& row);

    DemoNetwork m_network;
    QString m_site;
    QString m_pharmacy;  // Active here
    QString m_ward;      // Active here
    QString m_collector; // Collector here
    QString m_transfer;  // Transfer here
    QString m_invisible; // not visible here
    QString m_item;
    EngineReplica m_replica;
};

void TestEngineStoreActions::initTestCase()
{
    m_network = DemoNetwork::generate(1);
    // A district hospital of an Open mSupply kind that follows a dispensary as Collector.
    for (const Store& store : m_network.topology.stores()) {
        const QString home = store.home;
        if (!store.code.endsWith(key("-PHA")) || !m_network.topology.site(home)->info().openMsupply)
            continue;
        if (storeOfType(m_network, home, SyncType::Collector).isEmpty())
            continue;
        m_site = home;
        m_pharmacy = store.code;
        break;
    }
    QVERIFY2(!m_site.isEmpty(), "the demo network changed: pick another site");
    m_ward = storeOfType(m_network, m_site, SyncType::Active, key("-WRD"));
    m_collector = storeOfType(m_network, m_site, SyncType::Collector);
    m_transfer = storeOfType(m_network, m_site, SyncType::Transfer);
    m_invisible = storeOfType(m_network, m_site, SyncType::None, key("-MAT"));
    QVERIFY(!m_ward.isEmpty() && !m_transfer.isEmpty() && !m_invisible.isEmpty());
    m_item = m_network.items.first().code;
}

void TestEngineStoreActions::init()
{
    QCOMPARE(makeReplica(m_network, m_site, &m_replica), QString());
}

void TestEngineStoreActions::cleanup()
{
    m_replica = {};
}

void TestEngineStoreActions::addStock(const QString& id, const QString& store, const QString& item,
                                      const QString& batch, const QString& expiry, double packs, bool onHold)
{
    const QJsonObject row{{key("id"), id},
                          {key("store_id"), StableId::store(store)},
                          {key("item_id"), StableId::item(item)},
                          {key("batch"), batch},
                          {key("expiry_date"), expiry.isEmpty() ? QJsonValue() : QJsonValue(expiry)},
                          {key("pack_size"), 10},
                          {key("available_packs"), packs},
                          {key("cost_price"), 1.5},
                          {key("on_hold"), onHold}};
    const Status s = RecordStore(*m_replica.db).upsert(u"stock_line", row);
    QVERIFY2(s.ok(), qPrintable(s.error().message));
}

void TestEngineStoreActions::receiveRecord(const QString& site, const QString& table, const QJsonObject& row)
{
    Result<Transaction> tx = Transaction::begin(*m_replica.db);
    QVERIFY(tx.ok());
    QVERIFY(tx->setWriteOrigin(StableId::site(site), true).ok());
    const Status s = RecordStore(*m_replica.db).upsert(table, row);
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    QVERIFY(tx->commit().ok());
}

void TestEngineStoreActions::refusals_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("code");
    const QString p = m_pharmacy;
    const QString item = m_item;
    const auto transfer = [](QString from, QString to, QString item, double packs) -> Action {
        return [=](StoreActions& a) {
            return errorOf(a.createTransfer(from, to, item, packs));
        };
    };
    const auto request = [](QString from, QString to, QString item, double packs) -> Action {
        return [=](StoreActions& a) {
            return errorOf(a.createRequisition(from, to, item, packs));
        };
    };
    const auto put = [](QString store, QString table, QJsonObject row) -> Action {
        return [=](StoreActions& a) {
            return errorOf(a.putRecord(store, table, row));
        };
    };
    const auto list = [](QString table, QString store) -> Action {
        return [=](StoreActions& a) {
            return errorOf(a.listRecords(table, store));
        };
    };
    const QString at = key("2024-05-01T10:00:00.000Z");
    const QJsonObject invoice{
        {key("store_id"), StableId::store(p)}, {key("type"), key("inbound")}, {key("created_at"), at}};

    QTest::newRow("transfer from an unknown store") << transfer(key("NOPE"), m_ward, item, 1) << "unknown_store";
    QTest::newRow("transfer from a Collector store") << transfer(m_collector, p, item, 1) << "store_not_active";
    QTest::newRow("transfer from a Transfer store") << transfer(m_transfer, p, item, 1) << "store_not_active";
    QTest::newRow("transfer to an unknown store") << transfer(p, key("NOPE"), item, 1) << "unknown_store";
    QTest::newRow("transfer to an invisible store") << transfer(p, m_invisible, item, 1) << "partner_not_visible";
    QTest::newRow("transfer to itself") << transfer(p, p, item, 1) << "same_store";
    QTest::newRow("transfer of an unknown item") << transfer(p, m_ward, key("NOPE"), 1) << "unknown_item";
    QTest::newRow("transfer of 0 packs") << transfer(p, m_ward, item, 0) << "invalid_packs";
    QTest::newRow("transfer of -3 packs") << transfer(p, m_ward, item, -3) << "invalid_packs";
    QTest::newRow("transfer of NaN packs") << transfer(p, m_ward, item, qQNaN()) << "invalid_packs";
    QTest::newRow("requisition from a Collector store") << request(m_collector, p, item, 1) << "store_not_active";
    QTest::newRow("requisition to an invisible store") << request(p, m_invisible, item, 1) << "partner_not_visible";
    QTest::newRow("requisition of an unknown item") << request(p, m_transfer, key("NOPE"), 1) << "unknown_item";
    QTest::newRow("requisition of 0 packs") << request(p, m_transfer, item, 0) << "invalid_packs";
    QTest::newRow("receive an unknown invoice")
        << Action([](StoreActions& a) { return errorOf(a.receive(key("nope"))); }) << "invoice_not_found";
    QTest::newRow("respond to an unknown requisition")
        << Action([](StoreActions& a) { return errorOf(a.respond(key("nope"))); }) << "requisition_not_found";
    QTest::newRow("list an unknown table") << list(key("nope"), QString()) << "unknown_table";
    QTest::newRow("list site credentials") << list(key("site_credential"), QString()) << "table_not_listable";
    QTest::newRow("list items of a store") << list(key("item"), p) << "store_filter_invalid";
    QTest::newRow("list an unknown store") << list(key("stock_line"), key("NOPE")) << "unknown_store";
    QTest::newRow("put to an unknown table") << put(p, key("nope"), invoice) << "unknown_table";
    QTest::newRow("put to an unknown store") << put(key("NOPE"), key("invoice"), invoice) << "unknown_store";
    QTest::newRow("put an item") << put(p, key("item"), {{key("code"), key("X")}, {key("name"), key("X")}})
                                 << "central_data_read_only";
    QTest::newRow("put to a Collector store")
        << put(m_collector, key("invoice"), QJsonObject{{key("store_id"), StableId::store(m_collector)}})
        << "store_not_active";
    QTest::newRow("put a record of another store") << put(m_ward, key("invoice"), invoice) << "store_mismatch";
    QTest::newRow("put a bad field") << put(p, key("invoice"),
                                            QJsonObject{{key("id"), key("i1")}, {key("type"), key("sideways")}})
                                     << "record_invalid_field";
    QTest::newRow("put a line of a missing header")
        << put(p, key("invoice_line"), {{key("invoice_id"), key("nope")}, {key("item_id"), StableId::item(item)}})
        << "record_missing_reference";
    QJsonObject toInvisible = invoice;
    toInvisible.insert(key("type"), key("outbound"));
    toInvisible.insert(key("partner_store_id"), StableId::store(m_invisible));
    QTest::newRow("put a shipment to an invisible store")
        << put(p, key("invoice"), toInvisible) << "partner_not_visible";
    QTest::newRow("put an asset of another store") << put(p, key("asset"),
                                                          QJsonObject{{key("store_id"), StableId::store(m_ward)},
                                                                      {key("code"), key("F")},
                                                                      {key("asset_type"), key("fridge")}})
                                                   << "store_mismatch";
}

void TestEngineStoreActions::refusals()
{
    QFETCH(Action, action);
    QFETCH(QString, code);
    const qint64 before = m_replica.maxCursor();
    StoreActions actions(*m_replica.db);
    const Error error = action(actions);
    QCOMPARE(error.code, code);
    if (!code.startsWith(key("record_"))) // RecordStore's own sentences name table, record and field instead
        QVERIFY2(error.message.endsWith(QLatin1Char('.')), qPrintable(error.message));
    QCOMPARE(m_replica.maxCursor(), before);
}

void TestEngineStoreActions::notActiveMessageNamesTypeAndHome()
{
    StoreActions actions(*m_replica.db);
    const QString home = m_network.topology.store(m_collector)->home;
    Error error = errorOf(actions.createTransfer(m_collector, m_pharmacy, m_item, 1));
    QCOMPARE(
        error.message,
        QStringLiteral("Store \"%1\" is Collector on this site; its data is edited at %2.").arg(m_collector, home));
    error = errorOf(actions.putRecord(m_transfer, key("stock_line"), {}));
    QCOMPARE(error.message, QStringLiteral("Store \"%1\" is Transfer on this site; its data is edited at %2.")
                                .arg(m_transfer, m_network.topology.store(m_transfer)->home));

    // Receiving or answering for a store that is not Active here is refused the same way.
    const QString at = key("2024-05-01T10:00:00.000Z");
    receiveRecord(home, key("invoice"),
                  {{key("id"), key("in-collector")},
                   {key("store_id"), StableId::store(m_collector)},
                   {key("type"), key("inbound")},
                   {key("status"), key("shipped")},
                   {key("created_at"), at}});
    receiveRecord(home, key("requisition"),
                  {{key("id"), key("resp-collector")},
                   {key("store_id"), StableId::store(m_collector)},
                   {key("type"), key("response")},
                   {key("status"), key("draft")},
                   {key("created_at"), at}});
    QCOMPARE(errorOf(actions.receive(key("in-collector"))).code, key("store_not_active"));
    QCOMPARE(errorOf(actions.respond(key("resp-collector"))).code, key("store_not_active"));
}

void TestEngineStoreActions::listReturnsRowsOfOneStore()
{
    StoreActions actions(*m_replica.db);
    addStock(key("s-b"), m_pharmacy, m_item, key("B1"), QString(), 5);
    addStock(key("s-a"), m_pharmacy, m_item, key("B2"), QString(), 5);
    addStock(key("s-w"), m_ward, m_item, key("B3"), QString(), 5);
    const Result<QString> outbound = actions.createTransfer(m_pharmacy, m_transfer, m_network.items.at(2).code, 1);
    QVERIFY(outbound.ok());

    Result<QVector<QJsonObject>> rows = actions.listRecords(key("stock_line"), m_pharmacy);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).value(key("id")).toString(), key("s-a")); // sorted by id
    QCOMPARE(rows->at(1).value(key("id")).toString(), key("s-b"));
    QCOMPARE(rows->at(0).keys().size(), 11); // every column of stock_line

    // Lines by their header's store, never by the partner.
    rows = actions.listRecords(key("invoice_line"), m_pharmacy);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->at(0).value(key("invoice_id")).toString(), *outbound);
    rows = actions.listRecords(key("invoice"), m_transfer);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 0);

    rows = actions.listRecords(key("item"));
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), m_network.items.size());
    rows = actions.listRecords(key("stock_line"), m_collector); // known store, no rows here
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 0);
}

void TestEngineStoreActions::putInsertsAndUpdatesWhatListPrints()
{
    StoreActions actions(*m_replica.db);
    const QJsonObject fresh{
        {key("item_id"), StableId::item(m_item)}, {key("batch"), key("NEW")}, {key("available_packs"), 30}};
    const Result<PutOutcome> created = actions.putRecord(m_pharmacy, key("stock_line"), fresh);
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    QVERIFY(created->created);
    QCOMPARE(created->id.size(), 36); // a UUID

    Result<QVector<QJsonObject>> rows = actions.listRecords(key("stock_line"), m_pharmacy);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QJsonObject row = rows->first();
    QCOMPARE(row.value(key("store_id")).toString(), StableId::store(m_pharmacy));
    QCOMPARE(row.value(key("available_packs")).toDouble(), 30.0);
    row.insert(key("available_packs"), 25);
    row.insert(key("on_hold"), true);
    const Result<PutOutcome> updated = actions.putRecord(m_pharmacy, key("stock_line"), row);
    QVERIFY2(updated.ok(), qPrintable(updated.error().message));
    QVERIFY(!updated->created);
    QCOMPARE(updated->id, created->id);
    rows = actions.listRecords(key("stock_line"), m_pharmacy);
    QCOMPARE(rows->first(), row);

    // An update may give only the fields it changes; the others keep their values.
    const QJsonObject partial{{key("id"), created->id}, {key("available_packs"), 24}};
    const Result<PutOutcome> patched = actions.putRecord(m_pharmacy, key("stock_line"), partial);
    QVERIFY2(patched.ok(), qPrintable(patched.error().message));
    QVERIFY(!patched->created);
    row.insert(key("available_packs"), 24);
    QCOMPARE(actions.listRecords(key("stock_line"), m_pharmacy)->first(), row);

    // Putting the same record again changes nothing, so nothing is logged.
    const qint64 cursor = m_replica.maxCursor();
    QVERIFY(actions.putRecord(m_pharmacy, key("stock_line"), row).ok());
    QCOMPARE(m_replica.maxCursor(), cursor);

    // A field error names table, record and field.
    row.insert(key("available_packs"), key("many"));
    const Error error = errorOf(actions.putRecord(m_pharmacy, key("stock_line"), row));
    QCOMPARE(error.code, key("record_invalid_field"));
    QVERIFY2(error.message.startsWith(key("stock_line ") + created->id + key(": field available_packs:")),
             qPrintable(error.message));

    // The local writes are pushed: source this site, received 0.
    const Result<QVector<ChangeLogEntry>> history = ChangeLog(*m_replica.db).forRecord(key("stock_line"), created->id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 3); // created, updated, patched
    for (const ChangeLogEntry& entry : *history) {
        QCOMPARE(entry.received, false);
        QCOMPARE(entry.sourceSiteId, m_replica.siteId);
    }
}

void TestEngineStoreActions::transferTakesFromTheStockLineExpiringFirst()
{
    addStock(key("late"), m_pharmacy, m_item, key("LATE"), key("2027-01-01"), 50);
    addStock(key("early"), m_pharmacy, m_item, key("EARLY"), key("2026-01-01"), 50);
    addStock(key("small"), m_pharmacy, m_item, key("SMALL"), key("2025-01-01"), 3);
    addStock(key("held"), m_pharmacy, m_item, key("HELD"), key("2024-06-01"), 500, true);
    StoreActions actions(*m_replica.db);

    const Result<QString> outbound = actions.createTransfer(m_pharmacy, m_transfer, m_item, 20);
    QVERIFY2(outbound.ok(), qPrintable(outbound.error().message));
    const QJsonObject invoice = record(m_replica, key("invoice"), *outbound);
    QCOMPARE(invoice.value(key("type")).toString(), key("outbound"));
    QCOMPARE(invoice.value(key("status")).toString(), key("shipped"));
    QCOMPARE(invoice.value(key("store_id")).toString(), StableId::store(m_pharmacy));
    QCOMPARE(invoice.value(key("partner_store_id")).toString(), StableId::store(m_transfer));
    QCOMPARE(invoice.value(key("shipped_at")), invoice.value(key("created_at")));
    const QStringList lines = idsWhere(m_replica, key("invoice_line"), key("invoice_id"), *outbound);
    QCOMPARE(lines.size(), 1);
    const QJsonObject line = record(m_replica, key("invoice_line"), lines.first());
    QCOMPARE(line.value(key("batch")).toString(), key("EARLY"));
    QCOMPARE(line.value(key("expiry_date")).toString(), key("2026-01-01"));
    QCOMPARE(line.value(key("pack_size")).toInt(), 10);
    QCOMPARE(line.value(key("packs")).toDouble(), 20.0);
    QCOMPARE(line.value(key("cost_price")).toDouble(), 1.5);
    QCOMPARE(record(m_replica, key("stock_line"), key("early")).value(key("available_packs")).toDouble(), 30.0);
    QCOMPARE(record(m_replica, key("stock_line"), key("late")).value(key("available_packs")).toDouble(), 50.0);
    QCOMPARE(record(m_replica, key("stock_line"), key("held")).value(key("available_packs")).toDouble(), 500.0);

    // More than any one batch holds (the held one does not count).
    const qint64 cursor = m_replica.maxCursor();
    const Error error = errorOf(actions.createTransfer(m_pharmacy, m_transfer, m_item, 60));
    QCOMPARE(error.code, key("not_enough_stock"));
    QVERIFY2(error.message.contains(key("the most in one batch is 50")), qPrintable(error.message));
    QCOMPARE(m_replica.maxCursor(), cursor);
}

void TestEngineStoreActions::transferWithoutStockIsUntracked()
{
    StoreActions actions(*m_replica.db);
    const Result<QString> outbound = actions.createTransfer(m_pharmacy, m_ward, m_item, 2.5);
    QVERIFY2(outbound.ok(), qPrintable(outbound.error().message));
    const QJsonObject line = record(m_replica, key("invoice_line"),
                                    idsWhere(m_replica, key("invoice_line"), key("invoice_id"), *outbound).value(0));
    QCOMPARE(line.value(key("pack_size")).toInt(), 1);
    QCOMPARE(line.value(key("packs")).toDouble(), 2.5);
    QVERIFY(line.value(key("batch")).isNull());
    QVERIFY(line.value(key("expiry_date")).isNull());
}

void TestEngineStoreActions::receiveAddsToStock()
{
    addStock(key("src"), m_pharmacy, m_item, key("B7"), key("2026-03-01"), 40);
    addStock(key("dst"), m_ward, m_item, key("B7"), key("2026-03-01"), 1);
    StoreActions actions(*m_replica.db);
    const Result<QString> first = actions.createTransfer(m_pharmacy, m_ward, m_item, 6);
    QVERIFY(first.ok());
    // The outbound id is accepted; the inbound of a store of this site is made on the spot.
    const Result<QString> received = actions.receive(*first);
    QVERIFY2(received.ok(), qPrintable(received.error().message));
    QCOMPARE(*received, TransferIds::inboundInvoice(*first));
    const QJsonObject inbound = record(m_replica, key("invoice"), *received);
    QCOMPARE(inbound.value(key("status")).toString(), key("delivered"));
    QVERIFY(!inbound.value(key("delivered_at")).toString().isEmpty());
    QCOMPARE(record(m_replica, key("stock_line"), key("dst")).value(key("available_packs")).toDouble(), 7.0);

    const qint64 cursor = m_replica.maxCursor();
    QCOMPARE(errorOf(actions.receive(*received)).code, key("already_received"));
    QCOMPARE(errorOf(actions.receive(*first)).code, key("already_received"));
    QCOMPARE(m_replica.maxCursor(), cursor);

    // A batch the ward does not hold gets a stock line of its own.
    addStock(key("src2"), m_pharmacy, m_item, key("B8"), key("2025-06-01"), 10);
    QCOMPARE(record(m_replica, key("stock_line"), key("src")).value(key("available_packs")).toDouble(), 34.0);
    const Result<QString> second = actions.createTransfer(m_pharmacy, m_ward, m_item, 35);
    QCOMPARE(errorOf(second).code, key("not_enough_stock"));
    const Result<QString> third = actions.createTransfer(m_pharmacy, m_ward, m_item, 10); // B8 expires first
    QVERIFY(third.ok());
    QVERIFY(actions.receive(*third).ok());
    Result<QVector<QJsonObject>> stock = actions.listRecords(key("stock_line"), m_ward);
    QVERIFY(stock.ok());
    QCOMPARE(stock->size(), 2);
    double total = 0;
    for (const QJsonObject& line : *stock)
        total += line.value(key("available_packs")).toDouble();
    QCOMPARE(total, 17.0);

    // A shipment to a store of another site is received there, not here.
    const QString other = m_transfer;
    const Result<QString> away = actions.createTransfer(m_pharmacy, other, m_item, 1);
    QVERIFY(away.ok());
    QCOMPARE(errorOf(actions.receive(*away)).code, key("inbound_not_arrived"));
}

void TestEngineStoreActions::respondSuppliesWhatWasRequested()
{
    StoreActions actions(*m_replica.db);
    // The ward requests from the pharmacy on the same site: the response is made on the spot.
    const Result<QString> request = actions.createRequisition(m_ward, m_pharmacy, m_item, 12);
    QVERIFY2(request.ok(), qPrintable(request.error().message));
    const QJsonObject sent = record(m_replica, key("requisition"), *request);
    QCOMPARE(sent.value(key("type")).toString(), key("request"));
    QCOMPARE(sent.value(key("status")).toString(), key("sent"));
    QCOMPARE(sent.value(key("store_id")).toString(), StableId::store(m_ward));
    QCOMPARE(sent.value(key("partner_store_id")).toString(), StableId::store(m_pharmacy));

    const Result<QString> response = actions.respond(*request);
    QVERIFY2(response.ok(), qPrintable(response.error().message));
    QCOMPARE(*response, TransferIds::responseRequisition(*request));
    const QJsonObject finalised = record(m_replica, key("requisition"), *response);
    QCOMPARE(finalised.value(key("status")).toString(), key("finalised"));
    QVERIFY(!finalised.value(key("finalised_at")).toString().isEmpty());
    const QStringList lines = idsWhere(m_replica, key("requisition_line"), key("requisition_id"), *response);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(record(m_replica, key("requisition_line"), lines.first()).value(key("supplied_packs")).toDouble(), 12.0);

    const qint64 cursor = m_replica.maxCursor();
    QCOMPARE(errorOf(actions.respond(*response)).code, key("already_finalised"));
    QCOMPARE(m_replica.maxCursor(), cursor);

    // A request to a store of another site is answered there.
    const Result<QString> away = actions.createRequisition(m_pharmacy, m_transfer, m_item, 1);
    QVERIFY(away.ok());
    QCOMPARE(errorOf(actions.respond(*away)).code, key("response_not_arrived"));
}

void TestEngineStoreActions::requisitionsToAnswerListsRequestsWaiting()
{
    StoreActions actions(*m_replica.db);
    QCOMPARE(actions.requisitionsToAnswer(m_pharmacy)->size(), 0);
    // A request from a store of another site arrives (as a pull writes it), addressed to the pharmacy.
    const QString home = m_network.topology.store(m_transfer)->home;
    const QString at = key("2024-05-01T10:00:00.000Z");
    const QJsonObject request{{key("id"), key("req-in")},
                              {key("store_id"), StableId::store(m_transfer)},
                              {key("partner_store_id"), StableId::store(m_pharmacy)},
                              {key("type"), key("request")},
                              {key("status"), key("sent")},
                              {key("created_at"), at},
                              {key("sent_at"), at}};
    receiveRecord(home, key("requisition"), request);
    for (const char* id : {"req-in-1", "req-in-2"})
        receiveRecord(home, key("requisition_line"),
                      {{key("id"), key(id)},
                       {key("requisition_id"), key("req-in")},
                       {key("item_id"), StableId::item(m_item)},
                       {key("requested_packs"), 7}});
    // A draft addressed to it is not sent yet: not listed.
    QJsonObject draft = request;
    draft.insert(key("id"), key("req-draft"));
    draft.insert(key("status"), key("draft"));
    receiveRecord(home, key("requisition"), draft);

    Result<QVector<RequisitionToAnswer>> waiting = actions.requisitionsToAnswer(m_pharmacy);
    QVERIFY2(waiting.ok(), qPrintable(waiting.error().message));
    QCOMPARE(waiting->size(), 1);
    const RequisitionToAnswer first = waiting->first();
    QCOMPARE(first.id, key("req-in")); // no response made yet: the request's id, which respond() takes
    QCOMPARE(first.requestId, key("req-in"));
    QCOMPARE(first.requesterCode, m_transfer);
    QCOMPARE(first.requesterName, m_network.topology.store(m_transfer)->name);
    QCOMPARE(first.sentAt, at);
    QCOMPARE(first.lines, 2);
    QCOMPARE(first.packs, 14.0);
    QCOMPARE(actions.requisitionsToAnswer(m_ward)->size(), 0); // addressed to another store

    // Answered: it is no longer waiting.
    const Result<QString> response = actions.respond(first.id);
    QVERIFY2(response.ok(), qPrintable(response.error().message));
    QCOMPARE(actions.requisitionsToAnswer(m_pharmacy)->size(), 0);

    // A request between two stores of this site whose response was made but not finalised: listed by the response.
    const Result<QString> local = actions.createRequisition(m_ward, m_pharmacy, m_item, 3);
    QVERIFY(local.ok());
    const QString made = TransferIds::responseRequisition(*local);
    receiveRecord(m_site, key("requisition"),
                  {{key("id"), made},
                   {key("store_id"), StableId::store(m_pharmacy)},
                   {key("partner_store_id"), StableId::store(m_ward)},
                   {key("type"), key("response")},
                   {key("status"), key("draft")},
                   {key("linked_requisition_id"), *local},
                   {key("created_at"), at}});
    waiting = actions.requisitionsToAnswer(m_pharmacy);
    QVERIFY(waiting.ok());
    QCOMPARE(waiting->size(), 1);
    QCOMPARE(waiting->first().id, made);
    QCOMPARE(waiting->first().requestId, *local);
    QCOMPARE(waiting->first().packs, 3.0);
}

void TestEngineStoreActions::deleteRemovesARecordWithWhatBelongsToIt()
{
    StoreActions actions(*m_replica.db);
    const auto deletesLogged = [&](const QString& table, const QString& id) {
        const Result<QVector<ChangeLogEntry>> history = ChangeLog(*m_replica.db).forRecord(table, id);
        return history.ok() && !history->isEmpty() && history->last().action == ChangeLogEntry::Action::Delete &&
               !history->last().received && history->last().sourceSiteId == m_replica.siteId &&
               history->last().storeId == StableId::store(m_pharmacy);
    };

    // A stock line.
    addStock(key("gone"), m_pharmacy, m_item, key("B1"), QString(), 5);
    Result<DeleteOutcome> done = actions.deleteRecord(m_pharmacy, key("stock_line"), key("gone"));
    QVERIFY2(done.ok(), qPrintable(done.error().message));
    QCOMPARE(done->id, key("gone"));
    QCOMPARE(done->dependents, 0);
    QVERIFY(record(m_replica, key("stock_line"), key("gone")).isEmpty());
    QVERIFY(deletesLogged(key("stock_line"), key("gone")));

    // A draft request with two lines: they go with it, each delete logged (with the header's store) for the push.
    const QString at = key("2024-05-01T10:00:00.000Z");
    const Result<PutOutcome> draft = actions.putRecord(m_pharmacy, key("requisition"),
                                                       {{key("partner_store_id"), StableId::store(m_transfer)},
                                                        {key("type"), key("request")},
                                                        {key("status"), key("draft")},
                                                        {key("created_at"), at}});
    QVERIFY2(draft.ok(), qPrintable(draft.error().message));
    QStringList lines;
    for (int i = 0; i < 2; ++i) {
        const Result<PutOutcome> line = actions.putRecord(m_pharmacy, key("requisition_line"),
                                                          {{key("requisition_id"), draft->id},
                                                           {key("item_id"), StableId::item(m_item)},
                                                           {key("requested_packs"), 4}});
        QVERIFY2(line.ok(), qPrintable(line.error().message));
        lines << line->id;
    }
    // A line alone may go while the requisition is a draft.
    done = actions.deleteRecord(m_pharmacy, key("requisition_line"), lines.takeFirst());
    QVERIFY2(done.ok(), qPrintable(done.error().message));
    done = actions.deleteRecord(m_pharmacy, key("requisition"), draft->id);
    QVERIFY2(done.ok(), qPrintable(done.error().message));
    QCOMPARE(done->dependents, 1);
    QVERIFY(record(m_replica, key("requisition"), draft->id).isEmpty());
    QVERIFY(record(m_replica, key("requisition_line"), lines.first()).isEmpty());
    QVERIFY(deletesLogged(key("requisition"), draft->id));
    QVERIFY(deletesLogged(key("requisition_line"), lines.first()));

    // A new (unshipped) shipment.
    const Result<PutOutcome> fresh = actions.putRecord(m_pharmacy, key("invoice"),
                                                       {{key("partner_store_id"), StableId::store(m_ward)},
                                                        {key("type"), key("outbound")},
                                                        {key("status"), key("new")},
                                                        {key("created_at"), at}});
    QVERIFY2(fresh.ok(), qPrintable(fresh.error().message));
    done = actions.deleteRecord(m_pharmacy, key("invoice"), fresh->id);
    QVERIFY2(done.ok(), qPrintable(done.error().message));
    QVERIFY(deletesLogged(key("invoice"), fresh->id));

    // An asset (this is an Open mSupply site) with its temperature logs.
    const Result<PutOutcome> fridge = actions.putRecord(
        m_pharmacy, key("asset"), {{key("code"), key("FR-1")}, {key("asset_type"), key("refrigerator")}});
    QVERIFY2(fridge.ok(), qPrintable(fridge.error().message));
    const Result<PutOutcome> reading =
        actions.putRecord(m_pharmacy, key("temperature_log"),
                          {{key("asset_id"), fridge->id}, {key("logged_at"), at}, {key("temperature_c"), 4.5}});
    QVERIFY2(reading.ok(), qPrintable(reading.error().message));
    done = actions.deleteRecord(m_pharmacy, key("asset"), fridge->id);
    QVERIFY2(done.ok(), qPrintable(done.error().message));
    QCOMPARE(done->dependents, 1);
    QVERIFY(record(m_replica, key("temperature_log"), reading->id).isEmpty());
    QVERIFY(deletesLogged(key("temperature_log"), reading->id));
}

void TestEngineStoreActions::deleteRefusesWhatHasLeftOrIsNotOurs()
{
    StoreActions actions(*m_replica.db);
    addStock(key("ward-line"), m_ward, m_item, key("W1"), QString(), 5);
    addStock(key("src"), m_pharmacy, m_item, key("S1"), QString(), 50);
    const Result<QString> shipped = actions.createTransfer(m_pharmacy, m_ward, m_item, 5);
    QVERIFY(shipped.ok());
    const QString shippedLine = idsWhere(m_replica, key("invoice_line"), key("invoice_id"), *shipped).value(0);
    const Result<QString> received = actions.receive(*shipped); // the ward's inbound, made here and delivered
    QVERIFY(received.ok());
    const Result<QString> sent = actions.createRequisition(m_pharmacy, m_transfer, m_item, 2);
    QVERIFY(sent.ok());
    const QString item = idsWhere(m_replica, key("item"), key("code"), m_item).value(0);
    QVERIFY(!item.isEmpty());

    const qint64 cursor = m_replica.maxCursor();
    const auto refusedWith = [&](const QString& store, const QString& table, const QString& id) -> QString {
        const Error error = errorOf(actions.deleteRecord(store, table, id));
        if (error.code != key("record_not_found") && !error.message.endsWith(QLatin1Char('.')))
            return key("not a sentence: ") + error.message;
        return error.code;
    };
    QCOMPARE(refusedWith(m_pharmacy, key("nope"), key("x")), key("unknown_table"));
    QCOMPARE(refusedWith(key("NOPE"), key("stock_line"), key("src")), key("unknown_store"));
    QCOMPARE(refusedWith(m_pharmacy, key("item"), item), key("central_data_read_only"));
    QCOMPARE(refusedWith(m_collector, key("stock_line"), key("src")), key("store_not_active"));
    QCOMPARE(refusedWith(m_pharmacy, key("stock_line"), key("nope")), key("record_not_found"));
    QCOMPARE(refusedWith(m_pharmacy, key("stock_line"), key("ward-line")), key("store_mismatch"));
    QCOMPARE(refusedWith(m_pharmacy, key("invoice"), *shipped), key("already_shipped"));
    QCOMPARE(refusedWith(m_pharmacy, key("invoice_line"), shippedLine), key("already_shipped"));
    QCOMPARE(refusedWith(m_ward, key("invoice"), *received), key("answer_not_deletable"));
    QCOMPARE(refusedWith(m_pharmacy, key("requisition"), *sent), key("already_sent"));
    QCOMPARE(m_replica.maxCursor(), cursor); // nothing written
    QVERIFY(!record(m_replica, key("invoice"), *shipped).isEmpty());
    QVERIFY(!record(m_replica, key("stock_line"), key("ward-line")).isEmpty());

    const Error error = errorOf(actions.deleteRecord(m_pharmacy, key("invoice"), *shipped));
    QVERIFY2(error.message.contains(m_ward) && error.message.contains(key("shipped")), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestEngineStoreActions)
#include "TestEngineStoreActions.moc"
