// RecordStore: generic rows as JSON with checked types, errors that name the table, the record and the field.

#include "Database.h"
#include "RecordStore.h"
#include "StorageTestData.h"
#include "TableSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace syncsites;
using syncsites::test::json;

Q_DECLARE_METATYPE(syncsites::test::SyncedSample)

class TestStorageRecords : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void refusesBadRecords_data();
    void refusesBadRecords();
    void roundTripKeepsTypes();
    void leftOutFieldsKeepTheirValues();
    void updateChangesOnlyTheGivenFields();
    void removeSaysWhetherARecordWentAway();
    void removeRefusesARecordInUse();
    void listFiltersByStore();
    void existingNamesOnlyStoredIds();
    void textKeepsEveryCharacterAndEmptyIsNotNull();
    void appendJsonWritesWhatGetReads();
    void everyAllowedValueIsAcceptedByTheDatabase_data();
    void everyAllowedValueIsAcceptedByTheDatabase();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_records;
};

void TestStorageRecords::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = test::openIn(*m_dir);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_db = std::move(opened).value();
    m_records = std::make_unique<RecordStore>(*m_db);
    QVERIFY(test::seedBase(*m_records).ok());
}

void TestStorageRecords::cleanup()
{
    m_records.reset();
    m_db.reset();
    m_dir.reset();
}

void TestStorageRecords::refusesBadRecords_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("field");

    QTest::newRow("text for a number") << "invoice_line"
                                       << R"({"id": "1234", "invoice_id": "x", "item_id": "item-1", "packs": "two"})"
                                       << "record_invalid_field"
                                       << "invoice_line 1234: field packs: expected a number"
                                       << "packs";
    QTest::newRow("fraction for a whole number")
        << "stock_line"
        << R"({"id": "sl-9", "store_id": "store-a", "item_id": "item-1", "pack_size": 1.5})"
        << "record_invalid_field"
        << "stock_line sl-9: field pack_size: expected a whole number"
        << "pack_size";
    QTest::newRow("bad date")
        << "stock_line"
        << R"({"id": "sl-9", "store_id": "store-a", "item_id": "item-1", "expiry_date": "2024-13-01"})"
        << "record_invalid_field"
        << "stock_line sl-9: field expiry_date: expected a date (YYYY-MM-DD)"
        << "expiry_date";
    QTest::newRow("number for a timestamp")
        << "invoice"
        << R"({"id": "inv-9", "store_id": "store-a", "type": "outbound", "created_at": 42})"
        << "record_invalid_field"
        << "invoice inv-9: field created_at: expected a date and time"
        << "created_at";
    QTest::newRow("value not allowed")
        << "invoice"
        << R"({"id": "inv-9", "store_id": "store-a", "type": "outbound", "status": "lost",
               "created_at": "2024-05-01T10:00:00Z"})"
        << "record_invalid_field"
        << "invoice inv-9: field status: expected one of: new, shipped, delivered"
        << "status";
    QTest::newRow("text for a boolean")
        << "user_account"
        << R"({"id": "u-9", "username": "bo", "password_hash": "h", "role": "supervisor", "active": "yes"})"
        << "record_invalid_field"
        << "user_account u-9: field active: expected true or false"
        << "active";
    QTest::newRow("null where required") << "store"
                                         << R"({"id": "store-9", "code": "S9", "name": null, "home_site_id": "site-x"})"
                                         << "record_invalid_field"
                                         << "store store-9: field name: must not be empty (null)"
                                         << "name";
    QTest::newRow("missing required field")
        << "invoice"
        << R"({"id": "inv-9", "store_id": "store-a", "created_at": "2024-05-01T10:00:00Z"})"
        << "record_missing_field"
        << "invoice inv-9: field type: required but missing"
        << "type";
    QTest::newRow("unknown field") << "item"
                                   << R"({"id": "item-9", "code": "I9", "name": "Nine", "colour": "red"})"
                                   << "record_unknown_field"
                                   << "item item-9: unknown field colour"
                                   << "";
    QTest::newRow("no id") << "item"
                           << R"({"code": "I9", "name": "Nine"})"
                           << "record_invalid_field"
                           << "item (record without an id): field id: expected a non-empty text"
                           << "id";
    QTest::newRow("missing referenced record") << "stock_line"
                                               << R"({"id": "sl-9", "store_id": "store-a", "item_id": "item-missing"})"
                                               << "record_missing_reference"
                                               << "stock_line sl-9: field item_id: there is no item item-missing here"
                                               << "item_id";
    QTest::newRow("duplicate unique value")
        << "store"
        << R"({"id": "store-9", "code": "A", "name": "Another A", "home_site_id": "site-x"})"
        << "record_conflict"
        << "store store-9: field code: another store record already has this value"
        << "code";
    QTest::newRow("unknown table") << "installation_binding"
                                   << R"({"id": "x"})"
                                   << "record_unknown_table"
                                   << "There is no synced table named installation_binding."
                                   << "";
}

void TestStorageRecords::refusesBadRecords()
{
    QFETCH(QString, table);
    QFETCH(QString, record);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, field);

    const qint64 changes = test::rowCount(*m_db, QStringLiteral("changelog"));
    const Status written = m_records->upsert(table, json(record.toUtf8().constData()));
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, code);
    QVERIFY2(written.error().message.startsWith(message), qPrintable(written.error().message));
    if (!field.isEmpty())
        QCOMPARE(written.error().details.toMap().value(QStringLiteral("field")).toString(), field);
    QCOMPARE(test::rowCount(*m_db, QStringLiteral("changelog")), changes);
}

void TestStorageRecords::roundTripKeepsTypes()
{
    const QJsonObject line = json(R"({"id": "sl-1", "store_id": "store-a", "item_id": "item-1", "batch": "B-7",
        "expiry_date": "2026-02-28", "pack_size": 12, "available_packs": 2.5, "cost_price": 0.1, "sell_price": 0,
        "note": null, "on_hold": true})");
    QVERIFY(m_records->upsert(QStringLiteral("stock_line"), line).ok());
    const std::optional<QJsonObject> stored =
        m_records->get(QStringLiteral("stock_line"), QStringLiteral("sl-1")).value();
    QVERIFY(stored.has_value());
    QCOMPARE(*stored, line);
    QVERIFY(!m_records->get(QStringLiteral("stock_line"), QStringLiteral("nope")).value().has_value());
}

void TestStorageRecords::leftOutFieldsKeepTheirValues()
{
    QVERIFY(m_records
                ->upsert(QStringLiteral("stock_line"),
                         json(R"({"id": "sl-2", "store_id": "store-a", "item_id": "item-1", "note": "keep me"})"))
                .ok());
    QJsonObject stored = m_records->get(QStringLiteral("stock_line"), QStringLiteral("sl-2")).value().value();
    QCOMPARE(stored.value(QLatin1String("pack_size")).toInt(), 1); // the column default on insert
    QCOMPARE(stored.value(QLatin1String("on_hold")).toBool(), false);

    QVERIFY(m_records
                ->upsert(QStringLiteral("stock_line"),
                         json(R"({"id": "sl-2", "store_id": "store-a", "item_id": "item-1", "available_packs": 7})"))
                .ok());
    stored = m_records->get(QStringLiteral("stock_line"), QStringLiteral("sl-2")).value().value();
    QCOMPARE(stored.value(QLatin1String("note")).toString(), QStringLiteral("keep me"));
    QCOMPARE(stored.value(QLatin1String("available_packs")).toDouble(), 7.0);
}

void TestStorageRecords::updateChangesOnlyTheGivenFields()
{
    QVERIFY(m_records->update(QStringLiteral("item"), QStringLiteral("item-1"), json(R"({"unit": "box"})")).ok());
    const QJsonObject item = m_records->get(QStringLiteral("item"), QStringLiteral("item-1")).value().value();
    QCOMPARE(item.value(QLatin1String("unit")).toString(), QStringLiteral("box"));
    QCOMPARE(item.value(QLatin1String("name")).toString(), QStringLiteral("Paracetamol"));

    const Status missing =
        m_records->update(QStringLiteral("item"), QStringLiteral("item-9"), json(R"({"unit": "x"})"));
    QCOMPARE(missing.error().code, QStringLiteral("record_not_found"));
    QCOMPARE(missing.error().message, QStringLiteral("item item-9: no such record here"));
    const Status badType = m_records->update(QStringLiteral("item"), QStringLiteral("item-1"), json(R"({"unit": 3})"));
    QCOMPARE(badType.error().message, QStringLiteral("item item-1: field unit: expected text"));
}

void TestStorageRecords::removeSaysWhetherARecordWentAway()
{
    QCOMPARE(m_records->remove(QStringLiteral("item"), QStringLiteral("item-2")).value(), true);
    QCOMPARE(m_records->remove(QStringLiteral("item"), QStringLiteral("item-2")).value(), false);
    QCOMPARE(m_records->remove(QStringLiteral("nothing"), QStringLiteral("x")).error().code,
             QStringLiteral("record_unknown_table"));
}

void TestStorageRecords::removeRefusesARecordInUse()
{
    QVERIFY(m_records
                ->upsert(QStringLiteral("stock_line"),
                         json(R"({"id": "sl-3", "store_id": "store-a", "item_id": "item-1"})"))
                .ok());
    const Result<bool> removed = m_records->remove(QStringLiteral("store"), QStringLiteral("store-a"));
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code, QStringLiteral("record_in_use"));
    QVERIFY(removed.error().message.startsWith(QLatin1String("store store-a: cannot be deleted")));
    QVERIFY(m_records->get(QStringLiteral("store"), QStringLiteral("store-a")).value().has_value());
}

void TestStorageRecords::existingNamesOnlyStoredIds()
{
    const Result<QSet<QString>> found = m_records->existing(
        QStringLiteral("item"), {QStringLiteral("item-1"), QStringLiteral("nope"), QStringLiteral("item-2")});
    QVERIFY2(found.ok(), qPrintable(found.error().message));
    QCOMPARE(*found, (QSet<QString>{QStringLiteral("item-1"), QStringLiteral("item-2")}));
    QVERIFY(m_records->existing(QStringLiteral("item"), {}).value().isEmpty());
    // An id is data, never SQL or JSON syntax.
    QVERIFY(
        m_records->existing(QStringLiteral("item"), {QStringLiteral("\"'); DROP TABLE item; --")}).value().isEmpty());
    QVERIFY(m_records->get(QStringLiteral("item"), QStringLiteral("item-1")).value().has_value());
    QCOMPARE(m_records->existing(QStringLiteral("nothing"), {QStringLiteral("x")}).error().code,
             QStringLiteral("record_unknown_table"));
}

void TestStorageRecords::textKeepsEveryCharacterAndEmptyIsNotNull()
{
    const QString note = QStringLiteral("Dawa ya kikohozi \u2014 5 ml, \u00fcber 2\u00b0C, \U0001F489");
    QVERIFY(
        m_records
            ->upsert(QStringLiteral("stock_line"), QJsonObject{{QStringLiteral("id"), QStringLiteral("sl-\u00e9")},
                                                               {QStringLiteral("store_id"), QStringLiteral("store-a")},
                                                               {QStringLiteral("item_id"), QStringLiteral("item-1")},
                                                               {QStringLiteral("batch"), QString(QLatin1String(""))},
                                                               {QStringLiteral("note"), note}})
            .ok());
    const QJsonObject stored =
        m_records->get(QStringLiteral("stock_line"), QStringLiteral("sl-\u00e9")).value().value();
    QCOMPARE(stored.value(QLatin1String("note")).toString(), note);
    QVERIFY(stored.value(QLatin1String("batch")).isString());
    QCOMPARE(stored.value(QLatin1String("batch")).toString(), QString());
}

void TestStorageRecords::appendJsonWritesWhatGetReads()
{
    const QJsonObject line{
        {QStringLiteral("id"), QStringLiteral("sl-json")},
        {QStringLiteral("store_id"), QStringLiteral("store-a")},
        {QStringLiteral("item_id"), QStringLiteral("item-1")},
        {QStringLiteral("batch"), QStringLiteral("quote \" back\\slash \n\t\r \x01 \u00e9 \U0001F489")},
        {QStringLiteral("expiry_date"), QJsonValue::Null},
        {QStringLiteral("pack_size"), 9007199254740991.0},
        {QStringLiteral("available_packs"), 0.1},
        {QStringLiteral("cost_price"), 1e-7},
        {QStringLiteral("sell_price"), 5.0},
        {QStringLiteral("note"), QString(QLatin1String(""))},
        {QStringLiteral("on_hold"), true}};
    QVERIFY(m_records->upsert(QStringLiteral("stock_line"), line).ok());
    QByteArray text = "[";
    QCOMPARE(m_records->appendJson(QStringLiteral("stock_line"), QStringLiteral("sl-json"), text).value(), true);
    text.append(']');
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(text, &error);
    QVERIFY2(error.error == QJsonParseError::NoError,
             qPrintable(error.errorString() + QLatin1Char(' ') + QString::fromUtf8(text)));
    const QJsonObject stored = m_records->get(QStringLiteral("stock_line"), QStringLiteral("sl-json")).value().value();
    QCOMPARE(parsed.array().first().toObject(), stored);
    QCOMPARE(stored, line);

    const qsizetype before = text.size();
    QCOMPARE(m_records->appendJson(QStringLiteral("stock_line"), QStringLiteral("none"), text).value(), false);
    QCOMPARE(text.size(), before);
}

void TestStorageRecords::listFiltersByStore()
{
    const char* records[][2] = {
        {"stock_line", R"({"id": "sl-a", "store_id": "store-a", "item_id": "item-1"})"},
        {"stock_line", R"({"id": "sl-b", "store_id": "store-b", "item_id": "item-1"})"},
        {"invoice",
         R"({"id": "inv-a", "store_id": "store-a", "type": "outbound", "created_at": "2024-05-01T10:00:00Z"})"},
        {"invoice",
         R"({"id": "inv-b", "store_id": "store-b", "type": "outbound", "created_at": "2024-05-01T10:00:00Z"})"},
        {"invoice_line", R"({"id": "il-a1", "invoice_id": "inv-a", "item_id": "item-1"})"},
        {"invoice_line", R"({"id": "il-a2", "invoice_id": "inv-a", "item_id": "item-2"})"},
        {"invoice_line", R"({"id": "il-b1", "invoice_id": "inv-b", "item_id": "item-1"})"},
    };
    for (const auto& record : records)
        QVERIFY(m_records->upsert(QString::fromLatin1(record[0]), json(record[1])).ok());

    const auto ids = [](const QVector<QJsonObject>& rows) {
        QStringList list;
        for (const QJsonObject& row : rows)
            list << row.value(QLatin1String("id")).toString();
        return list;
    };
    const QStringList storeA{QStringLiteral("store-a")};
    QCOMPARE(ids(m_records->list(QStringLiteral("stock_line"), storeA).value()), QStringList{QStringLiteral("sl-a")});
    QCOMPARE(ids(m_records->list(QStringLiteral("invoice_line"), storeA).value()),
             (QStringList{QStringLiteral("il-a1"), QStringLiteral("il-a2")}));
    QCOMPARE(ids(m_records->list(QStringLiteral("invoice_line")).value()).size(), 3);
    QCOMPARE(m_records->list(QStringLiteral("invoice_line"), QStringList{}).value().size(), 0);
    QCOMPARE(
        ids(m_records
                ->list(QStringLiteral("stock_line"), QStringList{QStringLiteral("store-a"), QStringLiteral("store-b")})
                .value()),
        (QStringList{QStringLiteral("sl-a"), QStringLiteral("sl-b")}));
    QCOMPARE(m_records->list(QStringLiteral("item"), storeA).error().code, QStringLiteral("record_filter_invalid"));
}

void TestStorageRecords::everyAllowedValueIsAcceptedByTheDatabase_data()
{
    QTest::addColumn<test::SyncedSample>("sample");
    for (const test::SyncedSample& sample : test::syncedSamples())
        QTest::newRow(qPrintable(sample.table)) << sample;
}

void TestStorageRecords::everyAllowedValueIsAcceptedByTheDatabase()
{
    // The values RecordStore lets through must pass the database's CHECK constraints.
    QFETCH(test::SyncedSample, sample);
    for (const test::SampleRecord& before : sample.prerequisites)
        QVERIFY(m_records->upsert(before.table, before.record).ok());
    QVERIFY(m_records->upsert(sample.table, sample.record).ok());
    const TableSchema* table = TableSchema::find(sample.table);
    QVERIFY(table != nullptr);
    for (const ColumnSchema& column : table->columns()) {
        for (QLatin1String allowed : column.allowed) {
            QJsonObject record = sample.record;
            record.insert(column.name, QString(allowed));
            const Status written = m_records->upsert(sample.table, record);
            QVERIFY2(written.ok(), qPrintable(written.error().message));
        }
    }
}

QTEST_GUILESS_MAIN(TestStorageRecords)
#include "TestStorageRecords.moc"
