// Schema versions: a fresh file at the latest version, the committed v1 fixture upgraded keeping every row, newer,
// foreign and damaged files refused with clear errors, a failed upgrade leaving the file as it was. Also keeps
// TableSchema equal to the real schema.
//
// The v1 fixture is written by writeV1Fixture(), which runs only when SYNCSITES_WRITE_V1_FIXTURE names the file to
// write (see docs/schema.md).

#include "ChangeLog.h"
#include "Database.h"
#include "Migrations.h"
#include "RecordStore.h"
#include "Schema.h"
#include "StorageTestData.h"
#include "SyncedTable.h"
#include "TableSchema.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace syncsites;
using syncsites::test::json;

namespace {

const QString fixtureName = QStringLiteral("storage-v1.sqlite");

// A raw connection that bypasses Database (no migration), for looking at or tampering with a file.
class RawConnection
{
public:
    explicit RawConnection(const QString& path)
        : m_name(QStringLiteral("raw-") + QString::number(reinterpret_cast<quintptr>(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection() { QSqlDatabase::removeDatabase(m_name); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString& statement) const
    {
        QSqlQuery query(db());
        if (!query.exec(statement))
            qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        return query.isActive();
    }

private:
    QString m_name;
};

QStringList tableNames(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

QString copyOfFixture(const QTemporaryDir& dir)
{
    const QString copy = dir.filePath(fixtureName);
    QFile::remove(copy);
    if (!QFile::copy(test::fixturePath(fixtureName), copy))
        return QString();
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

QString sqlType(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Boolean:
        return QStringLiteral("INTEGER");
    case ColumnType::Real:
        return QStringLiteral("REAL");
    case ColumnType::Text:
    case ColumnType::Date:
    case ColumnType::Timestamp:
        break;
    }
    return QStringLiteral("TEXT");
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void freshFileIsCreatedAtTheLatestVersion();
    void tableSchemaMatchesTheDatabase();
    void v1FixtureIsUpgradedKeepingEveryRow();
    void olderFileIsRefusedWithoutUpgrade();
    void newerFileIsRefused();
    void foreignDatabaseIsRefused();
    void damagedFileIsRefused_data();
    void damagedFileIsRefused();
    void failedUpgradeLeavesTheFileUnchanged();
    void writeV1Fixture();

private:
    QTemporaryDir m_dir;
};

void TestMigrations::freshFileIsCreatedAtTheLatestVersion()
{
    const QString path = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE((*opened)->schemaVersion(), Migrations::latestVersion());
    QStringList schema;
    {
        const QSqlDatabase db = (*opened)->connection().value();
        QCOMPARE(test::dumpTable(db, QStringLiteral("schema_version"), {QStringLiteral("version")}),
                 (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                              QStringLiteral("5"), QStringLiteral("6")}));
        // Four generated triggers per synced table.
        QCOMPARE(test::queryValue(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                                                     "name LIKE 'sync\\_%' ESCAPE '\\'"))
                     .toInt(),
                 4 * syncedTables().size());
        QCOMPARE(test::rowCount(**opened, QStringLiteral("write_context")), 1);
        QCOMPARE(test::rowCount(**opened, QStringLiteral("changelog")), 0);
        schema = test::schemaStatements(db);
    }

    // Opening it again changes nothing.
    opened->reset();
    auto again = Database::open(path);
    QVERIFY(again.ok());
    QCOMPARE(test::schemaStatements((*again)->connection().value()), schema);
}

void TestMigrations::tableSchemaMatchesTheDatabase()
{
    auto opened = Database::open(m_dir.filePath(QStringLiteral("columns.sqlite")));
    QVERIFY(opened.ok());
    const QSqlDatabase db = (*opened)->connection().value();
    QCOMPARE(TableSchema::all().size(), syncedTables().size());
    for (const TableSchema& table : TableSchema::all()) {
        QSqlQuery info(db);
        QVERIFY(info.exec(QLatin1String("PRAGMA table_info(") + table.name() + QLatin1Char(')')));
        int index = 0;
        while (info.next()) {
            const QString where = table.name() + QLatin1Char('.') + info.value(1).toString();
            QVERIFY2(index < table.columns().size(), qPrintable(where + QLatin1String(" is not in TableSchema")));
            const ColumnSchema& column = table.columns().at(index++);
            QCOMPARE(info.value(1).toString(), QString(column.name));
            QVERIFY2(info.value(2).toString() == sqlType(column.type), qPrintable(where));
            QVERIFY2(info.value(3).toBool() == !column.nullable, qPrintable(where));
            QVERIFY2(!info.value(4).isNull() == column.hasDefault, qPrintable(where));
        }
        QCOMPARE(index, table.columns().size());

        QSqlQuery keys(db);
        QVERIFY(keys.exec(QLatin1String("PRAGMA foreign_key_list(") + table.name() + QLatin1Char(')')));
        QStringList inDatabase;
        while (keys.next())
            inDatabase << keys.value(3).toString() + QLatin1String("->") + keys.value(2).toString();
        QStringList inSchema;
        for (const ColumnSchema& column : table.columns()) {
            if (!column.references.isEmpty())
                inSchema << column.name + QLatin1String("->") + column.references;
        }
        inDatabase.sort();
        inSchema.sort();
        QCOMPARE(inSchema, inDatabase);
    }
}

void TestMigrations::v1FixtureIsUpgradedKeepingEveryRow()
{
    const QString path = copyOfFixture(m_dir);
    QVERIFY2(!path.isEmpty(), "the v1 fixture is missing from tests/fixtures");

    QHash<QString, QStringList> before;
    QHash<QString, QStringList> columnsBefore;
    {
        RawConnection raw(path);
        QCOMPARE(test::queryValue(raw.db(), QStringLiteral("SELECT max(version) FROM schema_version")).toInt(), 1);
        for (const QString& table : tableNames(raw.db())) {
            columnsBefore.insert(table, Schema::columns(raw.db(), table).value());
            before.insert(table, test::dumpTable(raw.db(), table, columnsBefore.value(table)));
        }
        QVERIFY(before.value(QStringLiteral("changelog")).size() >= 20);
    }

    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    Database& database = **opened;
    QCOMPARE(database.schemaVersion(), Migrations::latestVersion());
    QCOMPARE(Migrations::latestVersion(), 6);
    const QSqlDatabase db = database.connection().value();

    // Every row of every table is still there, unchanged; the new columns have their defaults.
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (it.key() == QLatin1String("schema_version"))
            continue;
        QCOMPARE(test::dumpTable(db, it.key(), columnsBefore.value(it.key())), it.value());
    }
    QVERIFY(test::rowCount(database, QStringLiteral("stock_line")) > 0);
    QCOMPARE(test::rowCount(database, QStringLiteral("stock_line"), QStringLiteral("on_hold <> 0")), 0);
    QVERIFY(test::rowCount(database, QStringLiteral("quarantine")) > 0);
    QCOMPARE(test::rowCount(database, QStringLiteral("quarantine"), QStringLiteral("retry_count <> 0")), 0);
    // Version 5: every item of before is active, one unit a pack.
    QVERIFY(test::rowCount(database, QStringLiteral("item")) > 0);
    QCOMPARE(test::rowCount(database, QStringLiteral("item"), QStringLiteral("active <> 1 OR pack_size <> 1")), 0);
    // The hub tables of versions 3 and 6 and the backfills of version 4 exist and start empty.
    for (const char* table : {"push_batch", "site_sync_state", "sync_report", "sync_backfill", "site_push_state"})
        QCOMPARE(test::rowCount(database, QLatin1String(table)), 0);
    QCOMPARE(test::queryValue(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QVERIFY(!test::queryValue(db, QStringLiteral("PRAGMA foreign_key_check")).isValid());

    // The upgraded file has exactly the schema of a fresh one.
    auto fresh = Database::open(m_dir.filePath(QStringLiteral("compare.sqlite")));
    QVERIFY(fresh.ok());
    QCOMPARE(test::schemaStatements(db), test::schemaStatements((*fresh)->connection().value()));

    // And it keeps working: the regenerated triggers see the new column.
    RecordStore records(database);
    const QString lineId = test::queryValue(db, QStringLiteral("SELECT id FROM stock_line LIMIT 1")).toString();
    const qint64 cursor = ChangeLog(database).maxCursor().value();
    QVERIFY(records.update(QStringLiteral("stock_line"), lineId, json(R"({"on_hold": true})")).ok());
    const QVector<ChangeLogEntry> rows = ChangeLog(database).after(cursor, 10).value();
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.first().cursor > cursor);
    QCOMPARE(rows.first().recordId, lineId);
}

void TestMigrations::olderFileIsRefusedWithoutUpgrade()
{
    const QString path = copyOfFixture(m_dir);
    DatabaseOptions options;
    options.upgrade = false;
    auto opened = Database::open(path, options);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("database_needs_upgrade"));
    RawConnection raw(path);
    QCOMPARE(test::queryValue(raw.db(), QStringLiteral("SELECT max(version) FROM schema_version")).toInt(), 1);
}

void TestMigrations::newerFileIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    QVERIFY(Database::open(path).ok());
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES "
                                        "(9, 'from the future', '2030-01-01T00:00:00Z')")));
    }
    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("database_too_new"));
    QCOMPARE(opened.error().message,
             QStringLiteral("The database %1 was written by a newer SyncSites (schema version 9; this program knows up "
                            "to %2). Upgrade SyncSites to open it.")
                 .arg(path)
                 .arg(Migrations::latestVersion()));
}

void TestMigrations::foreignDatabaseIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
    }
    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("database_foreign"));
    QVERIFY(opened.error().message.contains(QLatin1String("not a SyncSites database")));
}

void TestMigrations::damagedFileIsRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("damageRealDatabase");
    QTest::newRow("text file") << QByteArray("name,stock\nparacetamol,12\n").repeated(200) << false;
    QTest::newRow("zeros") << QByteArray(8192, '\0') << false;
    QTest::newRow("truncated header") << QByteArray("SQLite format 3") << false;
    QTest::newRow("damaged schema page") << QByteArray() << true;
}

void TestMigrations::damagedFileIsRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, damageRealDatabase);
    const QString path = m_dir.filePath(
        QStringLiteral("damaged-%1.sqlite")
            .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    if (damageRealDatabase) {
        {
            auto created = Database::open(path);
            QVERIFY(created.ok());
        }
        // Overwrite the schema table's page after the 100-byte file header.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write(QByteArray(1000, '\x5a'));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("database_corrupt"));
    QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains(QLatin1String("Restore it from a backup")),
             qPrintable(opened.error().message));
}

void TestMigrations::failedUpgradeLeavesTheFileUnchanged()
{
    // Version 2 adds stock_line.on_hold, then quarantine.retry_count. A file that already has the second column makes
    // the step fail after the first statement succeeded: the whole upgrade must roll back.
    const QString path = copyOfFixture(m_dir);
    QStringList schemaBefore;
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE quarantine ADD COLUMN retry_count TEXT")));
        schemaBefore = test::schemaStatements(raw.db());
    }
    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("migration_failed"));
    QVERIFY2(opened.error().message.contains(
                 QStringLiteral("from schema version 1 to %1 failed at version 2").arg(Migrations::latestVersion())),
             qPrintable(opened.error().message));
    RawConnection raw(path);
    QCOMPARE(test::queryValue(raw.db(), QStringLiteral("SELECT max(version) FROM schema_version")).toInt(), 1);
    QCOMPARE(test::schemaStatements(raw.db()), schemaBefore);
}

// Writes tests/fixtures/storage-v1.sqlite through the version-1 code path. Run it only to remake the fixture:
//   SYNCSITES_WRITE_V1_FIXTURE=$PWD/tests/fixtures/storage-v1.sqlite build-storage/tests/unit/TestMigrations
//   writeV1Fixture
void TestMigrations::writeV1Fixture()
{
    const QString target = qEnvironmentVariable("SYNCSITES_WRITE_V1_FIXTURE");
    if (target.isEmpty())
        QSKIP("set SYNCSITES_WRITE_V1_FIXTURE to the file to write");
    QFile::remove(target);
    DatabaseOptions options;
    options.schemaVersion = 1;
    auto opened = Database::open(target, options);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    Database& database = **opened;
    QCOMPARE(database.schemaVersion(), 1);
    const auto exec = [&database](const char* statement) {
        QSqlQuery query(database.connection().value());
        const bool done = query.exec(QString::fromUtf8(statement));
        if (!done)
            qWarning("%s: %s", statement, qPrintable(query.lastError().text()));
        return done;
    };

    // Raw SQL with the version-1 columns: RecordStore knows only the latest schema.
    QVERIFY(exec("INSERT INTO replica_setting (key, value) VALUES ('site_id', 'site-central'), "
                 "('site_name', 'Central'), ('database_role', 'hub'), "
                 "('installation_id', '6f1c2a0e-2d7b-4a8e-9a51-0c7f1d2e3b4a')"));
    auto local = Transaction::begin(database);
    QVERIFY(local.ok());
    QVERIFY(exec("INSERT INTO site (id, name, kind, server_site_id, url) VALUES "
                 "('site-central', 'Central', 'msupply_central', NULL, 'http://127.0.0.1:8080'), "
                 "('site-x', 'Site X', 'msupply_remote', NULL, NULL), "
                 "('site-y', 'Site Y', 'oms_standalone', NULL, NULL), "
                 "('site-oc', 'OMS Central', 'oms_central', NULL, NULL), "
                 "('site-client', 'Client of X', 'msupply_client', 'site-x', NULL)"));
    QVERIFY(
        exec("INSERT INTO site_link (id, site_id, category, hub_site_id) VALUES "
             "('link-x-core', 'site-x', 'core', 'site-central'), ('link-y-core', 'site-y', 'core', 'site-central'), "
             "('link-y-oms', 'site-y', 'oms', 'site-oc'), ('link-oc-core', 'site-oc', 'core', 'site-central')"));
    QVERIFY(exec("INSERT INTO site_credential (id, site_id, secret_hash, hash_cost, updated_at) VALUES "
                 "('cred-x', 'site-x', 'pbkdf2-sha256$100000$c2FsdA$aGFzaA', 100000, '2024-05-01T10:00:00.000Z')"));
    QVERIFY(exec("INSERT INTO store (id, code, name, home_site_id) VALUES ('store-a', 'A', 'Store A', 'site-x'), "
                 "('store-b', 'B', 'Store B', 'site-y'), ('store-c', 'C', 'Central store', 'site-central')"));
    QVERIFY(exec("INSERT INTO store_visibility (id, store_id, site_id, sync_type) VALUES "
                 "('vis-1', 'store-a', 'site-y', 'transfer'), ('vis-2', 'store-b', 'site-x', 'collector')"));
    QVERIFY(exec("INSERT INTO user_account (id, username, password_hash, role, full_name, active) VALUES "
                 "('user-admin', 'admin', 'pbkdf2$a', 'administrator', 'Admin', 1), "
                 "('user-ana', 'ana', 'pbkdf2$b', 'field_staff', 'Ana Field', 1)"));
    QVERIFY(exec("INSERT INTO user_site (id, user_id, site_id) VALUES ('us-1', 'user-ana', 'site-x')"));
    QVERIFY(exec("INSERT INTO item (id, code, name, unit) VALUES ('item-1', 'PARA', 'Paracetamol 500mg', 'tab'), "
                 "('item-2', 'ORS', 'Oral rehydration salts', 'sachet'), ('item-3', 'GONE', 'Deleted item', NULL)"));
    QVERIFY(exec("DELETE FROM item WHERE id = 'item-3'"));
    QVERIFY(exec("INSERT INTO stock_line (id, store_id, item_id, batch, expiry_date, pack_size, available_packs, "
                 "cost_price, sell_price, note) VALUES "
                 "('sl-c1', 'store-c', 'item-1', 'B100', '2026-01-31', 100, 40, 1.25, 1.5, 'central stock'), "
                 "('sl-c2', 'store-c', 'item-2', 'S7', '2025-06-30', 20, 12.5, 0.3, 0.35, NULL)"));
    QVERIFY(exec("INSERT INTO requisition (id, store_id, partner_store_id, type, status, linked_requisition_id, "
                 "created_at, sent_at, finalised_at, comment) VALUES ('req-1', 'store-c', 'store-a', 'response', "
                 "'finalised', 'req-0', '2024-05-01T09:00:00Z', '2024-05-01T09:30:00Z', '2024-05-02T09:00:00Z', "
                 "NULL)"));
    QVERIFY(exec("INSERT INTO requisition_line (id, requisition_id, item_id, requested_packs, supplied_packs) "
                 "VALUES ('rl-1', 'req-1', 'item-1', 10, 8)"));
    QVERIFY(local->commit().ok());

    // Rows integrated from Site X: received, with their origin.
    auto received = Transaction::begin(database);
    QVERIFY(received->setWriteOrigin(QStringLiteral("site-x"), true).ok());
    QVERIFY(exec("INSERT INTO stock_line (id, store_id, item_id, batch, expiry_date, pack_size, available_packs, "
                 "cost_price, sell_price, note) VALUES "
                 "('sl-a1', 'store-a', 'item-1', 'B200', '2026-03-31', 100, 3, 1.2, 1.5, NULL)"));
    QVERIFY(exec("INSERT INTO invoice (id, store_id, partner_store_id, type, status, linked_invoice_id, created_at, "
                 "shipped_at, delivered_at, comment) VALUES ('inv-1', 'store-a', 'store-b', 'outbound', 'shipped', "
                 "NULL, '2024-05-03T08:00:00Z', '2024-05-03T09:00:00Z', NULL, 'to Store B')"));
    QVERIFY(exec("INSERT INTO invoice_line (id, invoice_id, item_id, batch, expiry_date, pack_size, packs, "
                 "cost_price) VALUES ('il-1', 'inv-1', 'item-1', 'B200', '2026-03-31', 100, 2, 1.2), "
                 "('il-2', 'inv-1', 'item-2', NULL, NULL, 20, 1.5, 0.3)"));
    QVERIFY(received->commit().ok());

    auto oms = Transaction::begin(database);
    QVERIFY(oms->setWriteOrigin(QStringLiteral("site-oc"), true).ok());
    QVERIFY(exec("INSERT INTO asset (id, store_id, code, asset_type, serial, manufacturer, installed_on) VALUES "
                 "('asset-1', 'store-b', 'FR-1', 'fridge', 'SN-1', 'Acme', '2023-11-02')"));
    QVERIFY(exec("INSERT INTO temperature_log (id, asset_id, logged_at, temperature_c) VALUES "
                 "('tl-1', 'asset-1', '2024-05-01T10:00:00Z', 4.5), ('tl-2', 'asset-1', '2024-05-01T11:00:00Z', 9)"));
    QVERIFY(oms->commit().ok());

    // Local state and hub-only tables.
    QVERIFY(exec("INSERT INTO installation_binding (site_id, installation_id, bound_at) VALUES "
                 "('site-x', '0b9f7c1e-5d7a-4c2e-8f3b-1a2b3c4d5e6f', '2024-05-01T10:00:00Z')"));
    QVERIFY(exec("INSERT INTO audit_log (at, username, action, subject, details) VALUES "
                 "('2024-05-01T10:00:00Z', 'admin', 'topology_import', 'network', '5 sites')"));
    QVERIFY(exec("INSERT INTO sync_link_state (category, hub_url, pull_cursor, push_position, initialised, "
                 "last_pull_at) VALUES ('core', NULL, 0, 12, 1, NULL)"));
    QVERIFY(exec("INSERT INTO sync_log (started_at, finished_at, outcome, error_code, error_message, pushed, pulled, "
                 "rejected) VALUES ('2024-05-03T10:00:00.000Z', '2024-05-03T10:00:02.000Z', 'partial', "
                 "'push_rejected', '1 record was rejected.', 3, 4, 1)"));
    QVERIFY(exec("INSERT INTO sync_log_stage (session_id, link, stage, done, total, started_at, finished_at) VALUES "
                 "(1, 'core', 'pull', 4, 4, '2024-05-03T10:00:00.500Z', '2024-05-03T10:00:01.000Z')"));
    QVERIFY(
        exec("INSERT INTO quarantine (table_name, record_id, store_id, payload, reason_code, reason, session_id, "
             "quarantined_at) VALUES ('stock_line', 'sl-q', 'store-b', '{\"id\":\"sl-q\",\"store_id\":\"store-b\"}', "
             "'store_not_active', 'Store B is not active on this site.', 1, '2024-05-03T10:00:01.000Z')"));

    QVERIFY(test::rowCount(database, QStringLiteral("changelog")) >= 20);
    // One self-contained file: no WAL beside it.
    QVERIFY(exec("PRAGMA journal_mode = DELETE"));
    QVERIFY(exec("PRAGMA page_size = 1024")); // a small file to commit
    QVERIFY(exec("VACUUM"));
    opened->reset();
    QVERIFY(!QFile::exists(target + QLatin1String("-wal")));
    qInfo("wrote %s", qPrintable(target));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
