// DemoDataWriter against a real SQLite file: the network and items as the hub's own data, N generated records
// each labelled as pushed from its store's home site, foreign keys holding, the topology loading back equal and
// valid, and the same seed giving the same database whatever the batch size.
#include "Database.h"
#include "DemoDataWriter.h"
#include "DemoRecordGenerator.h"
#include "RecordStore.h"
#include "SettingTable.h"
#include "StableId.h"
#include "TableSchema.h"
#include "TopologyRepository.h"
#include "TopologyValidator.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

// QVERIFY2 builds its message even when the check passes; this builds it only on failure (checks run per record).
#define VERIFY_OR_SAY(statement, message)                                                                              \
    do {                                                                                                               \
        if (!(statement))                                                                                              \
            QFAIL(qPrintable(QStringLiteral("'" #statement "' returned FALSE. (") + (message) + QLatin1Char(')')));    \
    } while (false)

namespace syncsites {

namespace {

constexpr std::uint64_t demoSeed = 5;
constexpr qint64 demoRecords = 3000;

std::unique_ptr<Database> openDatabase(const QString& path)
{
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db) {
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(db.error().message));
        return nullptr;
    }
    return std::move(db).value();
}

// Every row of a query, each as its values; an empty list (and a warning) on error.
QVector<QVariantList> rows(Database& database, const QString& statement)
{
    QVector<QVariantList> result;
    Result<QSqlDatabase> db = database.connection();
    if (!db)
        return result;
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    if (!query.exec(statement)) {
        qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        return result;
    }
    while (query.next()) {
        QVariantList values;
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.value(i));
        result.append(values);
    }
    return result;
}

qint64 count(Database& database, const QString& table, const QString& where = QString())
{
    const QVector<QVariantList> r =
        rows(database, QStringLiteral("SELECT count(*) FROM ") + table +
                           (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    return r.isEmpty() ? -1 : r.first().value(0).toLongLong();
}

// A value as text, with NULL told apart from an empty string.
QString show(const QVariant& value)
{
    return value.isNull() ? QStringLiteral("<null>") : value.toString();
}

// SHA-1 of a query's rows in order, each value with its type, NULL distinct from "".
QByteArray checksum(Database& database, const QString& statement)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    qint64 n = 0;
    for (const QVariantList& row : rows(database, statement)) {
        for (const QVariant& value : row) {
            hash.addData(QByteArray::number(value.isNull() ? -1 : value.typeId()));
            hash.addData(show(value).toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
        hash.addData(QByteArrayView("\x1e", 1));
        ++n;
    }
    return hash.result().toHex() + ' ' + QByteArray::number(n);
}

// Checksums of every synced table (ordered by id) and of the changelog (in cursor order, without the wall-clock
// changed_at), by name.
QMap<QString, QByteArray> checksums(Database& database)
{
    QMap<QString, QByteArray> sums;
    for (const TableSchema& table : TableSchema::all())
        sums.insert(QString(table.name()),
                    checksum(database, QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QString(table.name()))));
    sums.insert(QStringLiteral("changelog"),
                checksum(database, QStringLiteral("SELECT cursor, table_name, record_id, action, store_id, "
                                                  "partner_store_id, category, source_site_id, received FROM changelog "
                                                  "ORDER BY cursor")));
    return sums;
}

// The store (and partner) each record of a generated table belongs to: a line's and a log's through their header.
QString storeQuery(const QString& table)
{
    if (table == QLatin1String("invoice_line"))
        return QStringLiteral("SELECT l.id, h.store_id, h.partner_store_id FROM invoice_line l "
                              "JOIN invoice h ON h.id = l.invoice_id");
    if (table == QLatin1String("requisition_line"))
        return QStringLiteral("SELECT l.id, h.store_id, h.partner_store_id FROM requisition_line l "
                              "JOIN requisition h ON h.id = l.requisition_id");
    if (table == QLatin1String("temperature_log"))
        return QStringLiteral("SELECT l.id, h.store_id, NULL FROM temperature_log l JOIN asset h ON h.id = l.asset_id");
    if (table == QLatin1String("invoice") || table == QLatin1String("requisition"))
        return QStringLiteral("SELECT id, store_id, partner_store_id FROM ") + table;
    return QStringLiteral("SELECT id, store_id, NULL FROM ") + table;
}

template <typename T, typename Key> QMap<QString, T> byKey(const QVector<T>& list, Key key)
{
    QMap<QString, T> map;
    for (const T& value : list)
        map.insert(key(value), value);
    return map;
}

QString describe(const QVector<Violation>& violations)
{
    QStringList out;
    for (const Violation& v : violations)
        out.append(v.rule + QLatin1Char(' ') + v.subject + QStringLiteral(": ") + v.message);
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void databaseIsTheCentralHub();
    void topologyLoadsBackEqualAndValid();
    void itemsArePresent();
    void rowCountsMatchTheStats();
    void rowsAreTheGeneratedRecords();
    void everyRecordHasOneChangelogRowFromItsHome();
    void networkIsTheHubsOwnData();
    void foreignKeysHold();
    void sameSeedSameDatabaseWhateverTheBatchSize();
    void otherSeedOtherRecords();
    void writingTheSameRecordsAgainFailsCleanly();
    void zeroRecords();
    void zeroBatchSizeStillWrites();

private:
    QTemporaryDir m_dir;
    DemoNetwork m_network;
    std::unique_ptr<Database> m_db;
    DemoDataStats m_stats;
    QVector<QPair<qint64, qint64>> m_progress;
};

void TestDemoData::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_network = DemoNetwork::generate(demoSeed);
    m_db = openDatabase(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(m_db);
    DemoDataWriter writer(*m_db);
    const Status network = writer.writeNetwork(m_network);
    VERIFY_OR_SAY(network, network.error().message);

    QElapsedTimer timer;
    timer.start();
    const Result<DemoDataStats> stats = writer.writeRecords(
        m_network, demoSeed, demoRecords,
        [&](qint64 done, qint64 total) {
            m_progress.append({done, total});
        },
        1000);
    const qint64 elapsed = qMax<qint64>(1, timer.elapsed());
    VERIFY_OR_SAY(stats, stats.error().message);
    m_stats = *stats;
    qInfo("writeRecords: %lld records in %lld ms (%lld records/s)", m_stats.records, elapsed,
          m_stats.records * 1000 / elapsed);
}

void TestDemoData::cleanupTestCase()
{
    m_db.reset();
}

void TestDemoData::databaseIsTheCentralHub()
{
    SettingTable settings(*m_db);
    const QString central = m_network.topology.central()->name;
    const auto siteId = settings.siteId();
    QVERIFY(siteId && siteId->has_value());
    QCOMPARE(**siteId, StableId::site(central));
    const auto siteName = settings.siteName();
    QVERIFY(siteName && siteName->has_value());
    QCOMPARE(**siteName, central);
    const Result<DatabaseRole> role = settings.role();
    QVERIFY(role);
    QCOMPARE(*role, DatabaseRole::Hub);

    // Progress came once per batch, growing, and ended at the total.
    QCOMPARE(m_progress.size(), qsizetype(3));
    QCOMPARE(m_progress.first(), (QPair<qint64, qint64>(1000, demoRecords)));
    QCOMPARE(m_progress.last(), (QPair<qint64, qint64>(demoRecords, demoRecords)));
}

void TestDemoData::topologyLoadsBackEqualAndValid()
{
    const Result<Topology> loaded = TopologyRepository(*m_db).load();
    VERIFY_OR_SAY(loaded, loaded.error().message);
    const Topology& expected = m_network.topology;

    // load() orders sites by tier then name and stores by code: compare by content.
    const auto bySite = [](const Site& s) {
        return s.name;
    };
    const auto byStore = [](const Store& s) {
        return s.code;
    };
    const QMap<QString, Site> loadedSites = byKey(loaded->sites(), bySite);
    const QMap<QString, Site> expectedSites = byKey(expected.sites(), bySite);
    QCOMPARE(loadedSites.keys(), expectedSites.keys());
    for (const QString& name : expectedSites.keys())
        VERIFY_OR_SAY(loadedSites.value(name) == expectedSites.value(name), name);
    const QMap<QString, Store> loadedStores = byKey(loaded->stores(), byStore);
    const QMap<QString, Store> expectedStores = byKey(expected.stores(), byStore);
    QCOMPARE(loadedStores.keys(), expectedStores.keys());
    for (const QString& code : expectedStores.keys())
        VERIFY_OR_SAY(loadedStores.value(code) == expectedStores.value(code), code);
    QCOMPARE(loaded->sites().size(), qsizetype(18));
    QCOMPARE(loaded->stores().size(), qsizetype(40));

    // Valid, R7 included: the stores that now hold assets are all at home on Open mSupply sites.
    QSet<QString> storesWithAssets;
    for (const QVariantList& row : rows(*m_db, QStringLiteral("SELECT DISTINCT s.code FROM asset a "
                                                              "JOIN store s ON s.id = a.store_id")))
        storesWithAssets.insert(row.value(0).toString());
    QVERIFY(storesWithAssets.size() >= 3);
    const QVector<Violation> violations = TopologyValidator::validate(*loaded, storesWithAssets);
    VERIFY_OR_SAY(violations.isEmpty(), describe(violations));
}

void TestDemoData::itemsArePresent()
{
    RecordStore records(*m_db);
    const Result<QVector<QJsonObject>> items = records.list(u"item");
    VERIFY_OR_SAY(items, items.error().message);
    QCOMPARE(items->size(), m_network.items.size());
    const QMap<QString, QJsonObject> byId =
        byKey(*items, [](const QJsonObject& o) { return o.value(QLatin1String("id")).toString(); });
    for (const DemoItem& item : m_network.items) {
        const QJsonObject row = byId.value(StableId::item(item.code));
        VERIFY_OR_SAY(!row.isEmpty(), item.code);
        QCOMPARE(row.value(QLatin1String("code")).toString(), item.code);
        QCOMPARE(row.value(QLatin1String("name")).toString(), item.name);
        QCOMPARE(row.value(QLatin1String("unit")).toString(), item.unit);
    }
}

void TestDemoData::rowCountsMatchTheStats()
{
    QCOMPARE(m_stats.records, demoRecords);
    QVERIFY(m_stats.elapsedMs >= 0);
    qint64 sum = 0;
    for (const QLatin1String table : DemoRecordGenerator::tables()) {
        const qint64 rowsInTable = count(*m_db, QString(table));
        QCOMPARE(rowsInTable, m_stats.perTable.value(QString(table)));
        QVERIFY2(rowsInTable > 0, table.data());
        sum += rowsInTable;
    }
    QCOMPARE(sum, demoRecords);
    QCOMPARE(m_stats.perTable.size(), DemoRecordGenerator::tables().size());
}

void TestDemoData::rowsAreTheGeneratedRecords()
{
    // Every value landed in its column: the writer binds in the order of DemoRecordGenerator::columns.
    Result<QSqlDatabase> db = m_db->connection();
    QVERIFY(db);
    QHash<QString, std::shared_ptr<QSqlQuery>> selects;
    for (const QLatin1String table : DemoRecordGenerator::tables()) {
        auto query = std::make_shared<QSqlQuery>(*db);
        QVERIFY(query->prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                   .arg(DemoRecordGenerator::columns(table).join(QLatin1Char(',')), QString(table))));
        selects.insert(QString(table), query);
    }
    DemoRecordGenerator generator(m_network, demoSeed, demoRecords);
    GeneratedRecord record;
    while (generator.next(record)) {
        QSqlQuery& select = *selects.value(QString(record.table));
        select.bindValue(0, record.values.first());
        VERIFY_OR_SAY(select.exec() && select.next(), record.values.first().toString());
        for (int c = 0; c < record.values.size(); ++c) {
            const QVariant stored = select.value(c);
            const QVariant made = record.values[c];
            VERIFY_OR_SAY(stored.isNull() == made.isNull() && show(stored) == show(made),
                          QStringLiteral("%1 %2 column %3: %4 stored, %5 generated")
                              .arg(QString(record.table), record.values.first().toString(),
                                   DemoRecordGenerator::columns(record.table).value(c), show(stored), show(made)));
        }
        select.finish();
    }
}

void TestDemoData::everyRecordHasOneChangelogRowFromItsHome()
{
    QHash<QString, QString> homeSiteIdOfStore;
    for (const Store& store : m_network.topology.stores())
        homeSiteIdOfStore.insert(StableId::store(store.code), StableId::site(store.home));

    // The changelog rows of the generated tables, by table and record.
    QHash<QString, QVector<QVariantList>> logged;
    qint64 loggedRows = 0;
    for (const QVariantList& row : rows(*m_db, QStringLiteral("SELECT table_name, record_id, action, store_id, "
                                                              "partner_store_id, source_site_id, received, category "
                                                              "FROM changelog ORDER BY cursor"))) {
        const QString table = row.value(0).toString();
        if (!DemoRecordGenerator::tables().contains(QLatin1String(table.toLatin1())))
            continue;
        logged[table + QLatin1Char('/') + row.value(1).toString()].append(row);
        ++loggedRows;
    }
    QCOMPARE(loggedRows, demoRecords); // nothing logged twice, nothing extra

    QSet<QString> sources;
    for (const QLatin1String table : DemoRecordGenerator::tables()) {
        const bool oms = table == QLatin1String("asset") || table == QLatin1String("temperature_log");
        const bool transfer = table == QLatin1String("invoice") || table == QLatin1String("invoice_line") ||
                              table == QLatin1String("requisition") || table == QLatin1String("requisition_line");
        const QVector<QVariantList> records = rows(*m_db, storeQuery(QString(table)));
        QCOMPARE(qint64(records.size()), m_stats.perTable.value(QString(table)));
        for (const QVariantList& record : records) {
            const QString id = record.value(0).toString();
            const QVector<QVariantList> log = logged.value(QString(table) + QLatin1Char('/') + id);
            const QString what = QString(table) + QLatin1Char(' ') + id;
            VERIFY_OR_SAY(log.size() == 1, what + QStringLiteral(": %1 changelog rows").arg(log.size()));
            const QVariantList& entry = log.first();
            QCOMPARE(entry.value(2).toString(), QStringLiteral("upsert"));
            VERIFY_OR_SAY(entry.value(3).toString() == record.value(1).toString(), what); // store
            if (transfer) {
                VERIFY_OR_SAY(!entry.value(4).isNull(), what);
                VERIFY_OR_SAY(entry.value(4).toString() == record.value(2).toString(), what); // partner
            } else {
                VERIFY_OR_SAY(entry.value(4).isNull(), what);
            }
            // As if pushed from the store's home site: received there, so never pushed back to it.
            const QString home = homeSiteIdOfStore.value(record.value(1).toString());
            VERIFY_OR_SAY(!home.isEmpty(), what);
            VERIFY_OR_SAY(entry.value(5).toString() == home,
                          what + QStringLiteral(": from ") + entry.value(5).toString());
            VERIFY_OR_SAY(entry.value(6).toInt() == 1, what);
            QCOMPARE(entry.value(7).toString(), oms ? QStringLiteral("oms") : QStringLiteral("core"));
            sources.insert(home);
        }
    }
    VERIFY_OR_SAY(sources.size() >= 10, QString::number(sources.size()));
}

void TestDemoData::networkIsTheHubsOwnData()
{
    // Topology and items were written on the hub by its administrator: local changes of the central site.
    const QString central = StableId::site(m_network.topology.central()->name);
    const QString tables = QStringLiteral("'site', 'site_link', 'store', 'store_visibility', 'item'");
    QVERIFY(count(*m_db, QStringLiteral("changelog"), QStringLiteral("table_name IN (%1)").arg(tables)) > 100);
    QCOMPARE(count(*m_db, QStringLiteral("changelog"),
                   QStringLiteral("table_name IN (%1) AND (received <> 0 OR source_site_id IS NOT '%2')")
                       .arg(tables, central)),
             qint64(0));
    // The write origin is back to the local site once the writer's transactions are done.
    QCOMPARE(
        count(*m_db, QStringLiteral("write_context"), QStringLiteral("source_site_id IS NOT NULL OR received <> 0")),
        qint64(0));
}

void TestDemoData::foreignKeysHold()
{
    QCOMPARE(rows(*m_db, QStringLiteral("PRAGMA foreign_key_check")).size(), qsizetype(0));
    const QVector<QVariantList> integrity = rows(*m_db, QStringLiteral("PRAGMA integrity_check"));
    QCOMPARE(integrity.size(), qsizetype(1));
    QCOMPARE(integrity.first().value(0).toString(), QStringLiteral("ok"));
    // The references without a foreign key: an asset's store, and the answers' links to what they answer.
    QCOMPARE(count(*m_db, QStringLiteral("asset"), QStringLiteral("store_id NOT IN (SELECT id FROM store)")),
             qint64(0));
    QCOMPARE(count(*m_db, QStringLiteral("invoice"),
                   QStringLiteral("linked_invoice_id IS NOT NULL AND linked_invoice_id NOT IN (SELECT id FROM invoice "
                                  "WHERE type = 'outbound')")),
             qint64(0));
    QCOMPARE(count(*m_db, QStringLiteral("requisition"),
                   QStringLiteral("linked_requisition_id IS NOT NULL AND linked_requisition_id NOT IN (SELECT id FROM "
                                  "requisition WHERE type = 'request')")),
             qint64(0));
    QVERIFY(count(*m_db, QStringLiteral("invoice"), QStringLiteral("type = 'inbound'")) > 0);
}

void TestDemoData::sameSeedSameDatabaseWhateverTheBatchSize()
{
    std::unique_ptr<Database> again = openDatabase(m_dir.filePath(QStringLiteral("again.sqlite")));
    QVERIFY(again);
    DemoDataWriter writer(*again);
    QVERIFY(writer.writeNetwork(DemoNetwork::generate(demoSeed)));
    qint64 calls = 0;
    qint64 last = 0;
    const Result<DemoDataStats> stats = writer.writeRecords(
        DemoNetwork::generate(demoSeed), demoSeed, demoRecords,
        [&](qint64 done, qint64 total) {
            ++calls;
            QVERIFY(done > last && total == demoRecords);
            last = done;
        },
        7);
    VERIFY_OR_SAY(stats, stats.error().message);
    QCOMPARE(calls, (demoRecords + 6) / 7);
    QCOMPARE(stats->perTable, m_stats.perTable);

    const QMap<QString, QByteArray> expected = checksums(*m_db);
    const QMap<QString, QByteArray> actual = checksums(*again);
    QCOMPARE(actual.keys(), expected.keys());
    for (const QString& table : expected.keys())
        VERIFY_OR_SAY(actual.value(table) == expected.value(table), table);
    QVERIFY(!expected.value(QStringLiteral("invoice")).endsWith(" 0"));
}

void TestDemoData::otherSeedOtherRecords()
{
    std::unique_ptr<Database> other = openDatabase(m_dir.filePath(QStringLiteral("other.sqlite")));
    QVERIFY(other);
    DemoDataWriter writer(*other);
    const DemoNetwork network = DemoNetwork::generate(demoSeed + 1);
    QVERIFY(writer.writeNetwork(network));
    const Result<DemoDataStats> stats = writer.writeRecords(network, demoSeed + 1, 500);
    VERIFY_OR_SAY(stats, stats.error().message);
    const QMap<QString, QByteArray> mine = checksums(*m_db);
    const QMap<QString, QByteArray> theirs = checksums(*other);
    for (const char* table : {"invoice", "stock_line", "requisition", "site", "store_visibility"})
        QVERIFY2(mine.value(QLatin1String(table)) != theirs.value(QLatin1String(table)), table);
    QVERIFY(count(*other, QStringLiteral("changelog"), QStringLiteral("received = 1")) == 500);
}

void TestDemoData::writingTheSameRecordsAgainFailsCleanly()
{
    const QMap<QString, QByteArray> before = checksums(*m_db);
    DemoDataWriter writer(*m_db);
    const Result<DemoDataStats> stats = writer.writeRecords(m_network, demoSeed, 100);
    QVERIFY(!stats);
    QCOMPARE(stats.error().code, QStringLiteral("database_error"));
    // The message names the record, and the failed batch left nothing behind.
    GeneratedRecord first;
    DemoRecordGenerator generator(m_network, demoSeed, 1);
    QVERIFY(generator.next(first));
    VERIFY_OR_SAY(stats.error().message.contains(first.values.first().toString()), stats.error().message);
    VERIFY_OR_SAY(stats.error().message.contains(QString(first.table)), stats.error().message);
    QCOMPARE(checksums(*m_db), before);
    QCOMPARE(count(*m_db, QStringLiteral("write_context"), QStringLiteral("source_site_id IS NOT NULL")), qint64(0));
}

void TestDemoData::zeroRecords()
{
    std::unique_ptr<Database> empty = openDatabase(m_dir.filePath(QStringLiteral("empty.sqlite")));
    QVERIFY(empty);
    DemoDataWriter writer(*empty);
    QVERIFY(writer.writeNetwork(m_network));
    bool called = false;
    const Result<DemoDataStats> stats =
        writer.writeRecords(m_network, demoSeed, 0, [&](qint64, qint64) { called = true; });
    VERIFY_OR_SAY(stats, stats.error().message);
    QCOMPARE(stats->records, qint64(0));
    QVERIFY(stats->perTable.isEmpty());
    QVERIFY(!called);
    for (const QLatin1String table : DemoRecordGenerator::tables())
        QCOMPARE(count(*empty, QString(table)), qint64(0));
    QCOMPARE(count(*empty, QStringLiteral("store")), qint64(40));
}

void TestDemoData::zeroBatchSizeStillWrites()
{
    // A batch size below one is taken as one, not as a reason to loop for ever.
    std::unique_ptr<Database> small = openDatabase(m_dir.filePath(QStringLiteral("small.sqlite")));
    QVERIFY(small);
    DemoDataWriter writer(*small);
    QVERIFY(writer.writeNetwork(m_network));
    struct Stuck
    {};
    for (const int batchSize : {0, -5}) {
        // A writer that commits empty batches calls progress without progress: stop it rather than hang.
        int calls = 0;
        std::optional<Result<DemoDataStats>> stats;
        try {
            stats = writer.writeRecords(
                m_network, demoSeed + 100 + batchSize, 10,
                [&](qint64, qint64) {
                    if (++calls > 100)
                        throw Stuck{};
                },
                batchSize);
        } catch (const Stuck&) {
            QFAIL(qPrintable(QStringLiteral("no progress with a batch size of %1").arg(batchSize)));
        }
        VERIFY_OR_SAY(*stats, (*stats).error().message);
        QCOMPARE((*stats)->records, qint64(10));
        QCOMPARE(calls, 10);
    }
    QCOMPARE(count(*small, QStringLiteral("changelog"), QStringLiteral("received = 1")), qint64(20));
}

} // namespace syncsites

QTEST_GUILESS_MAIN(syncsites::TestDemoData)
#include "TestDemoData.moc"
