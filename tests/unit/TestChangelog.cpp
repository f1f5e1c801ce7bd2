// The changelog invariant: every insert, update and delete of every synced table writes exactly one changelog row in
// the same transaction, carrying the right store, partner, category and write origin.

#include "ChangeLog.h"
#include "Database.h"
#include "RecordStore.h"
#include "SettingTable.h"
#include "StorageTestData.h"
#include "SyncedTable.h"
#include "Transaction.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace syncsites;
using syncsites::test::json;

Q_DECLARE_METATYPE(syncsites::test::SyncedSample)

class TestChangelog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everySyncedTableHasASample();
    void eachWriteLogsOneRow_data();
    void eachWriteLogsOneRow();
    void rolledBackWriteLeavesNoRow_data();
    void rolledBackWriteLeavesNoRow();
    void rawSqlWritesAreLoggedToo();
    void unchangedUpdateLogsNothing();
    void headerDeleteLogsItsLinesWithTheHeaderStore();
    void lineCarriesItsHeaderStoreAndPartner();
    void idsCannotChange();
    void hubOnlyAndLocalTablesAreNotLogged();
    void writeOriginLabelsRowsUntilCommit();
    void writeOriginIsResetByRollback();
    void writeOriginOfSavepointRestoresTheOuterOne();
    void sourceIsEmptyBeforeTheSiteIsKnown();
    void receivedRowsAreNotSelectedForPush();
    void readsByCursorAndCategory();

private:
    qint64 maxCursor() { return ChangeLog(*m_db).maxCursor().value(); }
    QVector<ChangeLogEntry> rowsAfter(qint64 cursor) { return ChangeLog(*m_db).after(cursor, 1000).value(); }
    void writePrerequisites(const test::SyncedSample& sample);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_records;
};

void TestChangelog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = test::openIn(*m_dir);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_db = std::move(opened).value();
    QVERIFY(SettingTable(*m_db).setSiteId(QStringLiteral("site-local")).ok());
    m_records = std::make_unique<RecordStore>(*m_db);
    const Status seeded = test::seedBase(*m_records);
    QVERIFY2(seeded.ok(), qPrintable(seeded.error().message));
}

void TestChangelog::cleanup()
{
    m_records.reset();
    m_db.reset();
    m_dir.reset();
}

void TestChangelog::writePrerequisites(const test::SyncedSample& sample)
{
    for (const test::SampleRecord& before : sample.prerequisites) {
        const Status written = m_records->upsert(before.table, before.record);
        QVERIFY2(written.ok(), qPrintable(written.error().message));
    }
}

void TestChangelog::everySyncedTableHasASample()
{
    QSet<QString> sampled;
    for (const test::SyncedSample& sample : test::syncedSamples())
        sampled.insert(sample.table);
    for (const SyncedTable& table : syncedTables())
        QVERIFY2(sampled.contains(table.name), qPrintable(QString(table.name)));
    QCOMPARE(sampled.size(), syncedTables().size());
}

void TestChangelog::eachWriteLogsOneRow_data()
{
    QTest::addColumn<test::SyncedSample>("sample");
    for (const test::SyncedSample& sample : test::syncedSamples())
        QTest::newRow(qPrintable(sample.table)) << sample;
}

void TestChangelog::eachWriteLogsOneRow()
{
    QFETCH(test::SyncedSample, sample);
    writePrerequisites(sample);
    const QString id = sample.record.value(QLatin1String("id")).toString();

    const auto expectOne = [&](qint64 before, ChangeLogEntry::Action action) {
        const QVector<ChangeLogEntry> rows = rowsAfter(before);
        QCOMPARE(rows.size(), 1);
        const ChangeLogEntry& row = rows.first();
        QCOMPARE(row.tableName, sample.table);
        QCOMPARE(row.recordId, id);
        QCOMPARE(changeActionId(row.action), changeActionId(action));
        QCOMPARE(row.storeId, sample.storeId);
        QCOMPARE(row.partnerStoreId, sample.partnerStoreId);
        QCOMPARE(categoryId(row.category), sample.category);
        QCOMPARE(row.sourceSiteId, QStringLiteral("site-local"));
        QCOMPARE(row.received, false);
        QVERIFY(row.changedAt.isValid());
    };

    qint64 before = maxCursor();
    Status written = m_records->upsert(sample.table, sample.record);
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    expectOne(before, ChangeLogEntry::Action::Upsert);

    before = maxCursor();
    written = m_records->update(sample.table, id, sample.change);
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    expectOne(before, ChangeLogEntry::Action::Upsert);

    before = maxCursor();
    QCOMPARE(m_records->remove(sample.table, id).value(), true);
    expectOne(before, ChangeLogEntry::Action::Delete);
}

void TestChangelog::rolledBackWriteLeavesNoRow_data()
{
    eachWriteLogsOneRow_data();
}

void TestChangelog::rolledBackWriteLeavesNoRow()
{
    QFETCH(test::SyncedSample, sample);
    writePrerequisites(sample);
    const QString id = sample.record.value(QLatin1String("id")).toString();
    const qint64 before = maxCursor();
    {
        auto transaction = Transaction::begin(*m_db);
        QVERIFY(transaction.ok());
        QVERIFY(transaction->setWriteOrigin(QStringLiteral("site-hub"), true).ok());
        QVERIFY(m_records->upsert(sample.table, sample.record).ok());
        QCOMPARE(rowsAfter(before).size(), 1); // visible inside the transaction
        QVERIFY(transaction->rollback().ok());
    }
    QVERIFY(!m_records->get(sample.table, id).value().has_value());
    QCOMPARE(rowsAfter(before).size(), 0);

    {
        // Not committed: the destructor rolls back.
        auto transaction = Transaction::begin(*m_db);
        QVERIFY(m_records->upsert(sample.table, sample.record).ok());
    }
    QVERIFY(!m_records->get(sample.table, id).value().has_value());
    QCOMPARE(rowsAfter(before).size(), 0);
}

void TestChangelog::rawSqlWritesAreLoggedToo()
{
    // Triggers log whatever code path writes, not only RecordStore.
    const qint64 before = maxCursor();
    QSqlQuery query(m_db->connection().value());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO item (id, code, name) VALUES ('raw-1', 'RAW', 'Raw item')")));
    QVERIFY(query.exec(QStringLiteral("UPDATE item SET name = 'Raw' WHERE id = 'raw-1'")));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM item WHERE id = 'raw-1'")));
    const QVector<ChangeLogEntry> rows = rowsAfter(before);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).action, ChangeLogEntry::Action::Upsert);
    QCOMPARE(rows.at(1).action, ChangeLogEntry::Action::Upsert);
    QCOMPARE(rows.at(2).action, ChangeLogEntry::Action::Delete);
    for (const ChangeLogEntry& row : rows)
        QCOMPARE(row.recordId, QStringLiteral("raw-1"));
}

void TestChangelog::unchangedUpdateLogsNothing()
{
    const QJsonObject line =
        json(R"({"id": "sl-9", "store_id": "store-a", "item_id": "item-1", "available_packs": 3})");
    QVERIFY(m_records->upsert(QStringLiteral("stock_line"), line).ok());
    const qint64 before = maxCursor();
    QVERIFY(m_records->upsert(QStringLiteral("stock_line"), line).ok());
    QVERIFY(m_records->update(QStringLiteral("stock_line"), QStringLiteral("sl-9"), json(R"({"available_packs": 3})"))
                .ok());
    QCOMPARE(rowsAfter(before).size(), 0);
}

void TestChangelog::headerDeleteLogsItsLinesWithTheHeaderStore()
{
    QVERIFY(m_records
                ->upsert(QStringLiteral("invoice"),
                         json(R"({"id": "inv-9", "store_id": "store-a", "partner_store_id": "store-b",
                                  "type": "outbound", "created_at": "2024-05-01T10:00:00Z"})"))
                .ok());
    QVERIFY(m_records
                ->upsert(QStringLiteral("invoice_line"),
                         json(R"({"id": "il-91", "invoice_id": "inv-9", "item_id": "item-1", "packs": 1})"))
                .ok());
    QVERIFY(m_records
                ->upsert(QStringLiteral("invoice_line"),
                         json(R"({"id": "il-92", "invoice_id": "inv-9", "item_id": "item-2", "packs": 2})"))
                .ok());
    const qint64 before = maxCursor();
    QCOMPARE(m_records->remove(QStringLiteral("invoice"), QStringLiteral("inv-9")).value(), true);

    const QVector<ChangeLogEntry> rows = rowsAfter(before);
    QCOMPARE(rows.size(), 3);
    QStringList deleted;
    for (const ChangeLogEntry& row : rows) {
        QCOMPARE(row.action, ChangeLogEntry::Action::Delete);
        QCOMPARE(row.storeId, QStringLiteral("store-a"));
        QCOMPARE(row.partnerStoreId, QStringLiteral("store-b"));
        deleted << row.tableName + QLatin1Char(':') + row.recordId;
    }
    deleted.sort();
    QCOMPARE(deleted, (QStringList{QStringLiteral("invoice:inv-9"), QStringLiteral("invoice_line:il-91"),
                                   QStringLiteral("invoice_line:il-92")}));
    QCOMPARE(test::rowCount(*m_db, QStringLiteral("invoice_line")), 0);
}

void TestChangelog::lineCarriesItsHeaderStoreAndPartner()
{
    QVERIFY(m_records
                ->upsert(QStringLiteral("requisition"),
                         json(R"({"id": "req-9", "store_id": "store-b", "partner_store_id": "store-a",
                                  "type": "response", "created_at": "2024-05-01T10:00:00Z"})"))
                .ok());
    const qint64 before = maxCursor();
    QVERIFY(m_records
                ->upsert(QStringLiteral("requisition_line"),
                         json(R"({"id": "rl-9", "requisition_id": "req-9", "item_id": "item-1"})"))
                .ok());
    const QVector<ChangeLogEntry> rows = rowsAfter(before);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().storeId, QStringLiteral("store-b"));
    QCOMPARE(rows.first().partnerStoreId, QStringLiteral("store-a"));
    QCOMPARE(m_records->storeOf(QStringLiteral("requisition_line"), QStringLiteral("rl-9")).value(),
             QStringLiteral("store-b"));
}

void TestChangelog::idsCannotChange()
{
    const qint64 before = maxCursor();
    QSqlQuery query(m_db->connection().value());
    QVERIFY(!query.exec(QStringLiteral("UPDATE item SET id = 'item-9' WHERE id = 'item-1'")));
    QVERIFY(query.lastError().text().contains(QLatin1String("cannot change")));
    QCOMPARE(rowsAfter(before).size(), 0);
    const Status changed =
        m_records->update(QStringLiteral("item"), QStringLiteral("item-1"), json(R"({"id": "item-9"})"));
    QCOMPARE(changed.error().code, QStringLiteral("record_invalid_field"));
}

void TestChangelog::hubOnlyAndLocalTablesAreNotLogged()
{
    const qint64 before = maxCursor();
    QSqlQuery query(m_db->connection().value());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO installation_binding (site_id, installation_id, bound_at) VALUES "
                                      "('site-x', 'inst-1', '2024-05-01T10:00:00Z')")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO audit_log (at, username, action, subject) VALUES "
                                      "('2024-05-01T10:00:00Z', 'admin', 'login', 'admin')")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO sync_log (started_at) VALUES ('2024-05-01T10:00:00Z')")));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM installation_binding")));
    QVERIFY(SettingTable(*m_db).setSiteName(QStringLiteral("Local")).ok());
    QCOMPARE(rowsAfter(before).size(), 0);
}

void TestChangelog::writeOriginLabelsRowsUntilCommit()
{
    const qint64 before = maxCursor();
    {
        auto transaction = Transaction::begin(*m_db);
        QVERIFY(transaction.ok());
        QVERIFY(transaction->setWriteOrigin(QStringLiteral("site-x"), true).ok());
        QVERIFY(m_records->upsert(QStringLiteral("item"), json(R"({"id": "i-a", "code": "A1", "name": "A"})")).ok());
        QVERIFY(transaction->setWriteOrigin(QStringLiteral("site-y"), true).ok());
        QVERIFY(m_records->upsert(QStringLiteral("item"), json(R"({"id": "i-b", "code": "B1", "name": "B"})")).ok());
        // Forgetting to reset: commit() must restore the default itself.
        QVERIFY(transaction->commit().ok());
    }
    QVERIFY(m_records->upsert(QStringLiteral("item"), json(R"({"id": "i-c", "code": "C1", "name": "C"})")).ok());

    const QVector<ChangeLogEntry> rows = rowsAfter(before);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).sourceSiteId, QStringLiteral("site-x"));
    QCOMPARE(rows.at(0).received, true);
    QCOMPARE(rows.at(1).sourceSiteId, QStringLiteral("site-y"));
    QCOMPARE(rows.at(1).received, true);
    QCOMPARE(rows.at(2).sourceSiteId, QStringLiteral("site-local"));
    QCOMPARE(rows.at(2).received, false);

    const QSqlDatabase db = m_db->connection().value();
    QVERIFY(test::queryValue(db, QStringLiteral("SELECT source_site_id FROM write_context")).isNull());
    QCOMPARE(test::queryValue(db, QStringLiteral("SELECT received FROM write_context")).toInt(), 0);
}

void TestChangelog::writeOriginIsResetByRollback()
{
    {
        auto transaction = Transaction::begin(*m_db);
        QVERIFY(transaction->setWriteOrigin(QStringLiteral("site-x"), true).ok());
        // Destroyed without commit.
    }
    const qint64 before = maxCursor();
    QVERIFY(m_records->upsert(QStringLiteral("item"), json(R"({"id": "i-d", "code": "D1", "name": "D"})")).ok());
    const QVector<ChangeLogEntry> rows = rowsAfter(before);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().sourceSiteId, QStringLiteral("site-local"));
    QCOMPARE(rows.first().received, false);

    // An explicit reset inside the transaction goes back to the local site too.
    auto transaction = Transaction::begin(*m_db);
    QVERIFY(transaction->setWriteOrigin(QStringLiteral("site-x"), true).ok());
    QVERIFY(transaction->resetWriteOrigin().ok());
    QVERIFY(m_records->upsert(QStringLiteral("item"), json(R"({"id": "i-e", "code": "E1", "name": "E"})")).ok());
    QVERIFY(transaction->commit().ok());
    QCOMPARE(rowsAfter(before).last().sourceSiteId, QStringLiteral("site-local"));
}

void TestChangelog::writeOriginOfSavepointRestoresTheOuterOne()
{
    const qint64 before = maxCursor();
    auto outer = Transaction::begin(*m_db);
    QVERIFY(outer.ok());
    QVERIFY(outer->setWriteOrigin(QStringLiteral("site-x"), true).ok());
    {
        auto inner = Transaction::begin(*m_db);
        QVERIFY(inner.ok());
        QVERIFY(inner->isSavepoint());
        QVERIFY(inner->setWriteOrigin(QStringLiteral("site-y"), false).ok());
        QVERIFY(m_records->upsert(QStringLiteral("item"), json(R"({"id": "i-f", "code": "F1", "name": "F"})")).ok());
        QVERIFY(inner->commit().ok());
    }
    {
        auto discarded = Transaction::begin(*m_db);
        QVERIFY(m_records->upsert(QStringLiteral("item"), json(R"({"id": "i-g", "code": "G1", "name": "G"})")).ok());
        QVERIFY(discarded->rollback().ok());
    }
    QVERIFY(m_records->upsert(QStringLiteral("item"), json(R"({"id": "i-h", "code": "H1", "name": "H"})")).ok());
    QVERIFY(outer->commit().ok());

    const QVector<ChangeLogEntry> rows = rowsAfter(before);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).recordId, QStringLiteral("i-f"));
    QCOMPARE(rows.at(0).sourceSiteId, QStringLiteral("site-y"));
    QCOMPARE(rows.at(0).received, false);
    QCOMPARE(rows.at(1).recordId, QStringLiteral("i-h"));
    QCOMPARE(rows.at(1).sourceSiteId, QStringLiteral("site-x"));
    QCOMPARE(rows.at(1).received, true);
    QVERIFY(!m_records->get(QStringLiteral("item"), QStringLiteral("i-g")).value().has_value());
    QVERIFY(test::queryValue(m_db->connection().value(), QStringLiteral("SELECT source_site_id FROM write_context"))
                .isNull());
}

void TestChangelog::sourceIsEmptyBeforeTheSiteIsKnown()
{
    QVERIFY(SettingTable(*m_db).remove(SettingTable::siteIdKey()).ok());
    const qint64 before = maxCursor();
    QVERIFY(m_records->upsert(QStringLiteral("item"), json(R"({"id": "i-n", "code": "N1", "name": "N"})")).ok());
    QCOMPARE(rowsAfter(before).first().sourceSiteId, QString());
}

void TestChangelog::receivedRowsAreNotSelectedForPush()
{
    ChangeLog log(*m_db);
    const qint64 start = maxCursor();
    {
        auto transaction = Transaction::begin(*m_db);
        QVERIFY(transaction->setWriteOrigin(QStringLiteral("site-central"), true).ok());
        QVERIFY(m_records->upsert(QStringLiteral("item"), json(R"({"id": "i-r", "code": "R1", "name": "R"})")).ok());
        QVERIFY(transaction->commit().ok());
    }
    QVERIFY(m_records
                ->upsert(QStringLiteral("stock_line"),
                         json(R"({"id": "sl-p", "store_id": "store-a", "item_id": "i-r", "available_packs": 1})"))
                .ok());
    const QVector<ChangeLogEntry> unpushed = log.unpushed(start, 100).value();
    QCOMPARE(unpushed.size(), 1);
    QCOMPARE(unpushed.first().recordId, QStringLiteral("sl-p"));
    QCOMPARE(log.countUnpushed(start).value(), 1);
    QCOMPARE(log.unpushed(unpushed.first().cursor, 100).value().size(), 0);
    QCOMPARE(log.unpushed(start, 100, Category::Oms).value().size(), 0);
}

void TestChangelog::readsByCursorAndCategory()
{
    ChangeLog log(*m_db);
    const qint64 start = maxCursor();
    QVERIFY(m_records
                ->upsert(QStringLiteral("asset"),
                         json(R"({"id": "as-1", "store_id": "store-a", "code": "F", "asset_type": "fridge"})"))
                .ok());
    QVERIFY(m_records->upsert(QStringLiteral("item"), json(R"({"id": "i-o", "code": "O1", "name": "O"})")).ok());
    QVERIFY(m_records
                ->upsert(QStringLiteral("temperature_log"),
                         json(R"({"id": "tl-9", "asset_id": "as-1", "logged_at": "2024-05-01T10:00:00Z",
                                  "temperature_c": 5})"))
                .ok());
    const QVector<ChangeLogEntry> oms = log.after(start, 10, Category::Oms).value();
    QCOMPARE(oms.size(), 2);
    QCOMPARE(oms.at(0).recordId, QStringLiteral("as-1"));
    QCOMPARE(oms.at(1).recordId, QStringLiteral("tl-9"));
    QCOMPARE(oms.at(1).storeId, QStringLiteral("store-a"));
    QCOMPARE(log.after(start, 1).value().size(), 1);
    QCOMPARE(log.maxCursor(Category::Oms).value(), oms.at(1).cursor);
    QCOMPARE(log.maxCursor().value(), oms.at(1).cursor);
    QVERIFY(log.maxCursor(Category::Core).value() < oms.at(1).cursor);
    QCOMPARE(log.forRecord(QStringLiteral("asset"), QStringLiteral("as-1")).value().size(), 1);
}

QTEST_GUILESS_MAIN(TestChangelog)
#include "TestChangelog.moc"
