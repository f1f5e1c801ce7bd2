// POST /api/v1/sync/push against a real hub on 127.0.0.1 (HubTestHarness): accepted records and how they are
// logged, every rejection code, rejections that never block the others, replayed batches, batch limits, deletes.
#include "ChangeLog.h"
#include "HubTestHarness.h"
#include "RecordStore.h"
#include "StableId.h"
#include "TransferIds.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace syncsites;
using namespace syncsites::test;
using Harness = HubTestHarness;

namespace {

const QString kSefa = QStringLiteral("Sefa District Hospital");

QString idOf(const QJsonObject& record)
{
    return record.value(QStringLiteral("id")).toString();
}

QJsonObject with(QJsonObject record, const QString& field, const QJsonValue& value)
{
    QJsonObject data = record.value(QStringLiteral("data")).toObject();
    data.insert(field, value);
    record.insert(QStringLiteral("data"), data);
    return record;
}

} // namespace

class TestHubPush : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void acceptedRecordsAreStoredAndLoggedAsFromThePusher();
    void everyRejectionHasItsCode_data();
    void everyRejectionHasItsCode();
    void rejectionsDoNotBlockTheOthers();
    void anotherStoresRecordCannotBeMovedIn();
    void replayedBatchGetsTheSameAnswerAndChangesNothing();
    void batchOverTheLimitIsRefused();
    void deletes();
    void malformedBatchesAreRefused_data();
    void malformedBatchesAreRefused();

private:
    Harness::Reply push(const QJsonArray& records, const QString& category = QStringLiteral("core"),
                        const QString& batchId = Harness::newId());
    /// An existing demo record of `table` whose store is `storeCode`.
    QJsonObject existingOf(const QString& table, const QString& storeCode);

    std::unique_ptr<Harness> m_hub;
    std::unique_ptr<Harness::Client> m_client;
    QString m_token;
};

void TestHubPush::initTestCase()
{
    HubHarnessOptions options;
    options.records = 600;
    Result<std::unique_ptr<Harness>> hub = Harness::start(options);
    QVERIFY2(hub, qPrintable(hub.error().message));
    m_hub = std::move(hub).value();
    m_client = m_hub->client();
    m_token = m_hub->token(kSefa, *m_client);
    QVERIFY(!m_token.isEmpty());
    // The demo network's facts the cases below rely on (docs/routing.md).
    const Topology t = m_hub->topology();
    QCOMPARE(t.syncType(QStringLiteral("SEF-PHA"), kSefa), SyncType::Active);
    QCOMPARE(t.syncType(QStringLiteral("KAS-DSP"), kSefa), SyncType::Collector);
    QCOMPARE(t.syncType(QStringLiteral("NP-WH"), kSefa), SyncType::Transfer);
    QCOMPARE(t.syncType(QStringLiteral("LIR-DSP"), kSefa), SyncType::Transfer);
    QCOMPARE(t.syncType(QStringLiteral("CWS"), kSefa), SyncType::None);
    QCOMPARE(t.syncType(QStringLiteral("SP-WH"), kSefa), SyncType::None);
}

void TestHubPush::cleanupTestCase()
{
    m_client.reset();
    m_hub.reset();
}

Harness::Reply TestHubPush::push(const QJsonArray& records, const QString& category, const QString& batchId)
{
    return m_client->push(m_token, category, batchId, records);
}

QJsonObject TestHubPush::existingOf(const QString& table, const QString& storeCode)
{
    RecordStore records(m_hub->database());
    const Result<QVector<QJsonObject>> rows = records.list(table, QStringList{StableId::store(storeCode)});
    return rows && !rows->isEmpty() ? rows->first() : QJsonObject();
}

void TestHubPush::acceptedRecordsAreStoredAndLoggedAsFromThePusher()
{
    const QJsonObject line = Harness::stockLine(QStringLiteral("SEF-PHA"));
    const QJsonObject shipment =
        Harness::invoice(QStringLiteral("SEF-PHA"), QStringLiteral("LIR-DSP"), QStringLiteral("outbound"));
    const QJsonObject shipmentLine = Harness::invoiceLine(idOf(shipment));
    const qint64 before = m_hub->maxCursor();
    const QString batch = Harness::newId();
    const Harness::Reply reply = push({line, shipment, shipmentLine}, QStringLiteral("core"), batch);
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(reply.json(), (QJsonObject{{QStringLiteral("batch_id"), batch},
                                        {QStringLiteral("accepted"), 3},
                                        {QStringLiteral("rejected"), QJsonArray()}}));
    QVERIFY(reply.header("X-Replayed").isEmpty());

    RecordStore records(m_hub->database());
    const Result<std::optional<QJsonObject>> stored = records.get(u"stock_line", idOf(line));
    QVERIFY(stored && stored->has_value());
    QCOMPARE((**stored).value(QStringLiteral("available_packs")).toDouble(), 25.0);
    QCOMPARE((**stored).value(QStringLiteral("store_id")).toString(), StableId::store(QStringLiteral("SEF-PHA")));

    // One changelog row per record, from Sefa, marked received (the hub never pushes them anywhere).
    const QVector<Harness::ChangeRow> rows = m_hub->changesAfter(before);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].key, QStringLiteral("stock_line/") + idOf(line));
    QCOMPARE(rows[1].key, QStringLiteral("invoice/") + idOf(shipment));
    QCOMPARE(rows[2].key, QStringLiteral("invoice_line/") + idOf(shipmentLine));
    for (const Harness::ChangeRow& row : rows) {
        QCOMPARE(row.sourceSiteId, StableId::site(kSefa));
        QVERIFY(row.received);
        QCOMPARE(row.storeId, StableId::store(QStringLiteral("SEF-PHA")));
    }

    // oms data in an oms batch.
    const QJsonObject asset = Harness::asset(QStringLiteral("SEF-PHA"));
    const Harness::Reply oms = push({asset}, QStringLiteral("oms"));
    QVERIFY2(oms.status == 200, oms.describe().constData());
    QCOMPARE(oms.json().value(QStringLiteral("accepted")).toInt(), 1);
}

void TestHubPush::everyRejectionHasItsCode_data()
{
    QTest::addColumn<QJsonObject>("record");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QString core = QStringLiteral("core");

    QTest::newRow("Collector store") << Harness::stockLine(QStringLiteral("KAS-DSP")) << core
                                     << QStringLiteral("store_not_active") << QString();
    QTest::newRow("Transfer store") << Harness::stockLine(QStringLiteral("NP-WH")) << core
                                    << QStringLiteral("store_not_active") << QString();
    QTest::newRow("invisible store") << Harness::stockLine(QStringLiteral("CWS")) << core
                                     << QStringLiteral("store_not_active") << QString();
    QTest::newRow("unknown store") << with(Harness::stockLine(QStringLiteral("SEF-PHA")), QStringLiteral("store_id"),
                                           Harness::newId())
                                   << core << QStringLiteral("unknown_store") << QStringLiteral("store_id");
    QTest::newRow("shipment to an invisible store")
        << Harness::invoice(QStringLiteral("SEF-PHA"), QStringLiteral("SP-WH"), QStringLiteral("outbound")) << core
        << QStringLiteral("partner_not_visible") << QString();
    QTest::newRow("request to an invisible store")
        << Harness::upsert(QStringLiteral("requisition"),
                           QJsonObject{{QStringLiteral("id"), Harness::newId()},
                                       {QStringLiteral("store_id"), StableId::store(QStringLiteral("SEF-PHA"))},
                                       {QStringLiteral("partner_store_id"), StableId::store(QStringLiteral("CWS"))},
                                       {QStringLiteral("type"), QStringLiteral("request")},
                                       {QStringLiteral("created_at"), QStringLiteral("2024-05-01T10:00:00.000Z")}})
        << core << QStringLiteral("partner_not_visible") << QString();
    QTest::newRow("unknown table") << Harness::upsert(QStringLiteral("patient"),
                                                      QJsonObject{{QStringLiteral("id"), Harness::newId()}})
                                   << core << QStringLiteral("unknown_table") << QString();
    QTest::newRow("text for a number") << with(Harness::stockLine(QStringLiteral("SEF-PHA")),
                                               QStringLiteral("pack_size"), QStringLiteral("ten"))
                                       << core << QStringLiteral("invalid_field") << QStringLiteral("pack_size");
    QTest::newRow("bad date") << with(Harness::stockLine(QStringLiteral("SEF-PHA")), QStringLiteral("expiry_date"),
                                      QStringLiteral("next June"))
                              << core << QStringLiteral("invalid_field") << QStringLiteral("expiry_date");
    QTest::newRow("unknown column") << with(Harness::stockLine(QStringLiteral("SEF-PHA")), QStringLiteral("colour"),
                                            QStringLiteral("red"))
                                    << core << QStringLiteral("invalid_field") << QStringLiteral("colour");
    QJsonObject badAction = Harness::stockLine(QStringLiteral("SEF-PHA"));
    badAction.insert(QStringLiteral("action"), QStringLiteral("merge"));
    QTest::newRow("unknown action") << badAction << core << QStringLiteral("invalid_field") << QStringLiteral("action");
    QJsonObject noId = Harness::stockLine(QStringLiteral("SEF-PHA"));
    noId.remove(QStringLiteral("id"));
    QTest::newRow("no id") << noId << core << QStringLiteral("invalid_field") << QStringLiteral("id");
    QTest::newRow("line of a missing header") << Harness::invoiceLine(Harness::newId()) << core
                                              << QStringLiteral("missing_reference") << QStringLiteral("invoice_id");
    QTest::newRow("unknown item") << with(Harness::stockLine(QStringLiteral("SEF-PHA")), QStringLiteral("item_id"),
                                          Harness::newId())
                                  << core << QStringLiteral("missing_reference") << QStringLiteral("item_id");
    QTest::newRow("oms record in a core batch")
        << Harness::asset(QStringLiteral("SEF-PHA")) << core << QStringLiteral("category_not_carried") << QString();
    QTest::newRow("core record in an oms batch")
        << Harness::stockLine(QStringLiteral("SEF-PHA")) << QStringLiteral("oms")
        << QStringLiteral("category_not_carried") << QString();
    QTest::newRow("an item") << Harness::upsert(
                                    QStringLiteral("item"),
                                    QJsonObject{{QStringLiteral("id"), StableId::item(QStringLiteral("ORS"))},
                                                {QStringLiteral("code"), QStringLiteral("ORS")},
                                                {QStringLiteral("name"), QStringLiteral("Renamed")}})
                             << core << QStringLiteral("central_data_read_only") << QString();
    QTest::newRow("a store") << Harness::upsert(
                                    QStringLiteral("store"),
                                    QJsonObject{{QStringLiteral("id"), StableId::store(QStringLiteral("CWS"))},
                                                {QStringLiteral("code"), QStringLiteral("CWS")},
                                                {QStringLiteral("name"), QStringLiteral("Mine now")},
                                                {QStringLiteral("home_site_id"), StableId::site(kSefa)}})
                             << core << QStringLiteral("central_data_read_only") << QString();
    QTest::newRow("a credential") << Harness::remove(QStringLiteral("site_credential"), StableId::site(kSefa)) << core
                                  << QStringLiteral("central_data_read_only") << QString();
}

void TestHubPush::everyRejectionHasItsCode()
{
    QFETCH(QJsonObject, record);
    QFETCH(QString, category);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const qint64 before = m_hub->maxCursor();
    const Harness::Reply reply = push({record}, category);
    QVERIFY2(reply.status == 200, reply.describe().constData());
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(QStringLiteral("accepted")).toInt(), 0);
    const QJsonArray rejected = body.value(QStringLiteral("rejected")).toArray();
    QCOMPARE(rejected.size(), 1);
    const QJsonObject r = rejected.first().toObject();
    QVERIFY2(r.value(QStringLiteral("code")).toString() == code, QJsonDocument(r).toJson().constData());
    QCOMPARE(r.value(QStringLiteral("table")), record.value(QStringLiteral("table")));
    QCOMPARE(r.value(QStringLiteral("id")), record.value(QStringLiteral("id")));
    QCOMPARE(r.value(QStringLiteral("field")).toString(), field);
    const QString message = r.value(QStringLiteral("message")).toString();
    QVERIFY2(message.size() > 20 && message.endsWith(QLatin1Char('.')), qPrintable(message));
    // Nothing was written.
    QCOMPARE(m_hub->maxCursor(), before);
}

void TestHubPush::rejectionsDoNotBlockTheOthers()
{
    const QJsonObject good1 = Harness::stockLine(QStringLiteral("SEF-PHA"));
    const QJsonObject bad1 = Harness::stockLine(QStringLiteral("KAS-DSP"));
    const QJsonObject good2 =
        Harness::invoice(QStringLiteral("SEF-WRD"), QStringLiteral("SEF-PHA"), QStringLiteral("outbound"));
    const QJsonObject bad2 = Harness::invoiceLine(Harness::newId());
    const QJsonObject good3 = Harness::invoiceLine(idOf(good2));
    // An inbound shipment answering one from CWS (written at the hub, CWS's home): its partner need not be visible
    // on Sefa, but the shipment it answers must exist and be addressed to SEF-PHA.
    QJsonObject shipped = Harness::invoice(QStringLiteral("CWS"), QStringLiteral("SEF-PHA"), QStringLiteral("outbound"))
                              .value(QStringLiteral("data"))
                              .toObject();
    shipped.insert(QStringLiteral("status"), QStringLiteral("shipped"));
    QVERIFY(RecordStore(m_hub->database()).upsert(u"invoice", shipped).ok());
    QJsonObject answer = Harness::invoice(QStringLiteral("SEF-PHA"), QStringLiteral("CWS"), QStringLiteral("inbound"))
                             .value(QStringLiteral("data"))
                             .toObject();
    answer.insert(QStringLiteral("id"), TransferIds::inboundInvoice(idOf(shipped)));
    answer.insert(QStringLiteral("linked_invoice_id"), idOf(shipped));
    const QJsonObject good4 = Harness::upsert(QStringLiteral("invoice"), answer);
    const QJsonObject bad3 = with(Harness::stockLine(QStringLiteral("SEF-LAB")), QStringLiteral("pack_size"), 1.5);
    // Refused by the database inside its INSERT (the foreign key), after the changelog trigger ran: the failed
    // statement must take its changelog row with it.
    const QJsonObject bad4 =
        with(Harness::stockLine(QStringLiteral("SEF-PHA")), QStringLiteral("item_id"), Harness::newId());
    const Harness::Reply reply = push({good1, bad1, good2, bad2, bad4, good3, good4, bad3});
    QVERIFY2(reply.status == 200, reply.describe().constData());
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(QStringLiteral("accepted")).toInt(), 4);
    const QJsonArray rejected = body.value(QStringLiteral("rejected")).toArray();
    QCOMPARE(rejected.size(), 4);
    QCOMPARE(rejected[0].toObject().value(QStringLiteral("id")).toString(), idOf(bad1));
    QCOMPARE(rejected[0].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("store_not_active"));
    QCOMPARE(rejected[1].toObject().value(QStringLiteral("id")).toString(), idOf(bad2));
    QCOMPARE(rejected[1].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("missing_reference"));
    QCOMPARE(rejected[2].toObject().value(QStringLiteral("id")).toString(), idOf(bad4));
    QCOMPARE(rejected[2].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("missing_reference"));
    QCOMPARE(rejected[2].toObject().value(QStringLiteral("field")).toString(), QStringLiteral("item_id"));
    QCOMPARE(rejected[3].toObject().value(QStringLiteral("id")).toString(), idOf(bad3));
    QCOMPARE(rejected[3].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("invalid_field"));
    QCOMPARE(rejected[3].toObject().value(QStringLiteral("field")).toString(), QStringLiteral("pack_size"));

    RecordStore records(m_hub->database());
    for (const auto& [table, id, present] :
         {std::tuple{u"stock_line", idOf(good1), true}, std::tuple{u"stock_line", idOf(bad1), false},
          std::tuple{u"invoice", idOf(good2), true}, std::tuple{u"invoice_line", idOf(bad2), false},
          std::tuple{u"invoice_line", idOf(good3), true}, std::tuple{u"invoice", idOf(good4), true},
          std::tuple{u"stock_line", idOf(bad3), false}, std::tuple{u"stock_line", idOf(bad4), false}}) {
        const Result<std::optional<QJsonObject>> got = records.get(table, id);
        QVERIFY(got);
        QVERIFY2(got->has_value() == present, qPrintable(id));
        const Result<QSqlDatabase> db = m_hub->database().connection();
        QVERIFY(db);
        QSqlQuery logged(*db);
        QVERIFY(logged.prepare(QStringLiteral("SELECT COUNT(*) FROM changelog WHERE record_id = ?")));
        logged.addBindValue(id);
        QVERIFY(logged.exec() && logged.next());
        QVERIFY2((logged.value(0).toInt() > 0) == present, qPrintable(id));
    }
}

void TestHubPush::anotherStoresRecordCannotBeMovedIn()
{
    // An existing stock line of a store Sefa only collects, pushed as if it were SEF-PHA's.
    const QJsonObject theirs = existingOf(QStringLiteral("stock_line"), QStringLiteral("KAS-DSP"));
    QVERIFY2(!theirs.isEmpty(), "the demo data has a stock line of KAS-DSP");
    QJsonObject moved = theirs;
    moved.insert(QStringLiteral("store_id"), StableId::store(QStringLiteral("SEF-PHA")));
    moved.insert(QStringLiteral("available_packs"), 9999.0);
    // And a stock line of a store not visible on Sefa at all.
    const QJsonObject far = existingOf(QStringLiteral("stock_line"), QStringLiteral("CWS"));
    QVERIFY(!far.isEmpty());
    QJsonObject movedFar = far;
    movedFar.insert(QStringLiteral("store_id"), StableId::store(QStringLiteral("SEF-WRD")));
    // A line of another store's shipment, moved under Sefa's own shipment.
    const QJsonObject ownShipment =
        Harness::invoice(QStringLiteral("SEF-PHA"), QStringLiteral("LIR-DSP"), QStringLiteral("outbound"));
    QVERIFY(push({ownShipment}).json().value(QStringLiteral("accepted")).toInt() == 1);
    RecordStore records(m_hub->database());
    const Result<QVector<QJsonObject>> lines =
        records.list(u"invoice_line", QStringList{StableId::store(QStringLiteral("CWS"))});
    QVERIFY(lines && !lines->isEmpty());
    QJsonObject movedLine = lines->first();
    movedLine.insert(QStringLiteral("invoice_id"), idOf(ownShipment));

    const qint64 before = m_hub->maxCursor();
    const Harness::Reply reply = push({Harness::upsert(QStringLiteral("stock_line"), moved),
                                       Harness::upsert(QStringLiteral("stock_line"), movedFar),
                                       Harness::upsert(QStringLiteral("invoice_line"), movedLine)});
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(reply.json().value(QStringLiteral("accepted")).toInt(), 0);
    const QJsonArray rejected = reply.json().value(QStringLiteral("rejected")).toArray();
    QCOMPARE(rejected.size(), 3);
    for (const QJsonValue& r : rejected)
        QCOMPARE(r.toObject().value(QStringLiteral("code")).toString(), QStringLiteral("store_not_active"));
    QCOMPARE(m_hub->maxCursor(), before);
    QCOMPARE(**records.get(u"stock_line", idOf(theirs)), theirs);
    QCOMPARE(**records.get(u"stock_line", idOf(far)), far);
    QCOMPARE(**records.get(u"invoice_line", idOf(lines->first())), lines->first());
}

void TestHubPush::replayedBatchGetsTheSameAnswerAndChangesNothing()
{
    const QString batch = Harness::newId();
    const QJsonObject good = Harness::stockLine(QStringLiteral("SEF-WRD"));
    const QJsonObject bad = Harness::stockLine(QStringLiteral("CWS"));
    const Harness::Reply first = push({good, bad}, QStringLiteral("core"), batch);
    QVERIFY2(first.status == 200, first.describe().constData());
    QCOMPARE(first.json().value(QStringLiteral("accepted")).toInt(), 1);
    const qint64 cursor = m_hub->maxCursor();

    // The answer was lost; the site sends the batch again. Meanwhile the record changed on the hub? No: the
    // replay is recognised by its id, whatever it holds now.
    const Harness::Reply again = push({good, bad}, QStringLiteral("core"), batch);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, first.body);
    QCOMPARE(again.header("X-Replayed"), QByteArray("true"));
    QCOMPARE(m_hub->maxCursor(), cursor);

    const QJsonObject changed = with(good, QStringLiteral("available_packs"), 1.0);
    const Harness::Reply different =
        push({changed, Harness::stockLine(QStringLiteral("SEF-PHA"))}, QStringLiteral("core"), batch);
    QCOMPARE(different.status, 200);
    QCOMPARE(different.body, first.body);
    QCOMPARE(m_hub->maxCursor(), cursor);
    RecordStore records(m_hub->database());
    QCOMPARE((**records.get(u"stock_line", idOf(good))).value(QStringLiteral("available_packs")).toDouble(), 25.0);

    // Batch ids are per site: another site may use the same id for its own batch.
    auto other = m_hub->client();
    const QString lira = QStringLiteral("Lira Health Centre");
    const QString liraToken = m_hub->token(lira, *other);
    const Harness::Reply theirs =
        other->push(liraToken, QStringLiteral("core"), batch, {Harness::stockLine(QStringLiteral("LIR-DSP"))});
    QCOMPARE(theirs.status, 200);
    QVERIFY(theirs.header("X-Replayed").isEmpty());
    QCOMPARE(theirs.json().value(QStringLiteral("accepted")).toInt(), 1);
    QCOMPARE(m_hub->maxCursor(), cursor + 1);

    // A new session of the same site still gets the first answer.
    const QString newToken = m_hub->token(kSefa, *other);
    const Harness::Reply later = other->push(newToken, QStringLiteral("core"), batch, {good, bad});
    QCOMPARE(later.body, first.body);
    QCOMPARE(later.header("X-Replayed"), QByteArray("true"));
}

void TestHubPush::batchOverTheLimitIsRefused()
{
    const int max = m_hub->server().state().config().pushBatchMax;
    QCOMPARE(max, 5000);
    QJsonArray records;
    for (int i = 0; i <= max; ++i)
        records.append(Harness::stockLine(QStringLiteral("SEF-PHA")));
    const qint64 before = m_hub->maxCursor();
    const Harness::Reply reply = push(records);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.errorCode(), QStringLiteral("batch_too_large"));
    QCOMPARE(reply.errorDetails().value(QStringLiteral("max_records")).toInt(), max);
    QCOMPARE(m_hub->maxCursor(), before);
    // Exactly the limit is fine.
    records.removeLast();
    const Harness::Reply full = push(records);
    QVERIFY2(full.status == 200, full.describe().constData());
    QCOMPARE(full.json().value(QStringLiteral("accepted")).toInt(), max);
    QCOMPARE(m_hub->maxCursor(), before + max);
}

void TestHubPush::deletes()
{
    const QJsonObject shipment =
        Harness::invoice(QStringLiteral("SEF-PHA"), QStringLiteral("LIR-DSP"), QStringLiteral("outbound"));
    const QJsonObject line1 = Harness::invoiceLine(idOf(shipment));
    const QJsonObject line2 = Harness::invoiceLine(idOf(shipment));
    const QJsonObject stock = Harness::stockLine(QStringLiteral("SEF-LAB"));
    QCOMPARE(push({shipment, line1, line2, stock}).json().value(QStringLiteral("accepted")).toInt(), 4);

    const qint64 before = m_hub->maxCursor();
    const QString absent = Harness::newId();
    const Harness::Reply reply = push({Harness::remove(QStringLiteral("stock_line"), idOf(stock)),
                                       Harness::remove(QStringLiteral("invoice"), idOf(shipment)),
                                       Harness::remove(QStringLiteral("stock_line"), absent)});
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(reply.json().value(QStringLiteral("accepted")).toInt(), 3);
    QCOMPARE(reply.json().value(QStringLiteral("rejected")).toArray().size(), 0);
    RecordStore records(m_hub->database());
    QVERIFY(!records.get(u"stock_line", idOf(stock))->has_value());
    QVERIFY(!records.get(u"invoice", idOf(shipment))->has_value());
    QVERIFY(!records.get(u"invoice_line", idOf(line1))->has_value()); // lines go with their header
    // Logged: the stock line, the shipment and its two lines; the absent record logs nothing.
    const QVector<Harness::ChangeRow> rows = m_hub->changesAfter(before);
    QStringList keys;
    for (const Harness::ChangeRow& r : rows) {
        keys.append(r.key);
        QCOMPARE(r.sourceSiteId, StableId::site(kSefa));
        QVERIFY(r.received);
    }
    QCOMPARE(rows.size(), 4);
    QVERIFY(keys.contains(QStringLiteral("stock_line/") + idOf(stock)));
    QVERIFY(keys.contains(QStringLiteral("invoice_line/") + idOf(line2)));
    QVERIFY(!keys.contains(QStringLiteral("stock_line/") + absent));
    const Result<QVector<ChangeLogEntry>> history =
        ChangeLog(m_hub->database()).forRecord(QStringLiteral("invoice"), idOf(shipment));
    QCOMPARE(history->last().action, ChangeLogEntry::Action::Delete);

    // Another store's record cannot be deleted.
    const QJsonObject theirs = existingOf(QStringLiteral("stock_line"), QStringLiteral("KAS-DSP"));
    const Harness::Reply refused = push({Harness::remove(QStringLiteral("stock_line"), idOf(theirs))});
    QCOMPARE(refused.json()
                 .value(QStringLiteral("rejected"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("store_not_active"));
    QVERIFY(records.get(u"stock_line", idOf(theirs))->has_value());
}

void TestHubPush::malformedBatchesAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("not json") << QByteArray("{") << QStringLiteral("invalid_json") << QString();
    QTest::newRow("no category") << QByteArray(R"({"batch_id":"b1","records":[]})") << QStringLiteral("invalid_field")
                                 << QStringLiteral("category");
    QTest::newRow("bad category") << QByteArray(R"({"category":"all","batch_id":"b1","records":[]})")
                                  << QStringLiteral("invalid_field") << QStringLiteral("category");
    QTest::newRow("no batch id") << QByteArray(R"({"category":"core","records":[]})") << QStringLiteral("invalid_field")
                                 << QStringLiteral("batch_id");
    QTest::newRow("records not a list") << QByteArray(R"({"category":"core","batch_id":"b2","records":{}})")
                                        << QStringLiteral("invalid_field") << QStringLiteral("records");
    QTest::newRow("no records") << QByteArray(R"({"category":"core","batch_id":"b3"})")
                                << QStringLiteral("invalid_field") << QStringLiteral("records");
}

void TestHubPush::malformedBatchesAreRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const Harness::Reply reply = m_client->post(QStringLiteral("/api/v1/sync/push"), body, m_token);
    QVERIFY2(reply.status == 400, reply.describe().constData());
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.errorDetails().value(QStringLiteral("field")).toString(), field);
}

QTEST_GUILESS_MAIN(TestHubPush)
#include "TestHubPush.moc"
