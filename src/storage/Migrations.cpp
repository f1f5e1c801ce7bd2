#include "Migrations.h"

#include "Schema.h"
#include "SqlSupport.h"
#include "StorageLog.h"
#include "SyncedTable.h"

#include <QSqlQuery>

namespace syncsites {

namespace {

using L = QLatin1String;

// Version 1: the first schema. Types are kept portable to PostgreSQL: TEXT ids (UUID strings), INTEGER, REAL, and
// timestamps as ISO 8601 UTC text. Foreign keys only where integrating in changelog-cursor order can satisfy them.
QStringList version1()
{
    return {
        L(R"(CREATE TABLE schema_version (
    version INTEGER PRIMARY KEY NOT NULL,
    description TEXT NOT NULL,
    applied_at TEXT NOT NULL))"),

        // Central data (category core): sites, links, credentials, stores, visibility, users, items.
        L(R"(CREATE TABLE site (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    server_site_id TEXT NULL REFERENCES site (id),
    url TEXT NULL))"),
        L(R"(CREATE TABLE site_link (
    id TEXT PRIMARY KEY NOT NULL,
    site_id TEXT NOT NULL REFERENCES site (id) ON DELETE CASCADE,
    category TEXT NOT NULL CHECK (category IN ('core', 'oms')),
    hub_site_id TEXT NOT NULL REFERENCES site (id),
    UNIQUE (site_id, category)))"),
        L(R"(CREATE TABLE site_credential (
    id TEXT PRIMARY KEY NOT NULL,
    site_id TEXT NOT NULL UNIQUE REFERENCES site (id) ON DELETE CASCADE,
    secret_hash TEXT NOT NULL,
    hash_cost INTEGER NOT NULL,
    updated_at TEXT NOT NULL))"),
        L(R"(CREATE TABLE store (
    id TEXT PRIMARY KEY NOT NULL,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    home_site_id TEXT NOT NULL REFERENCES site (id)))"),
        L(R"(CREATE TABLE store_visibility (
    id TEXT PRIMARY KEY NOT NULL,
    store_id TEXT NOT NULL REFERENCES store (id) ON DELETE CASCADE,
    site_id TEXT NOT NULL REFERENCES site (id) ON DELETE CASCADE,
    sync_type TEXT NOT NULL CHECK (sync_type IN ('active', 'collector', 'transfer')),
    UNIQUE (store_id, site_id)))"),
        L("CREATE INDEX store_visibility_site ON store_visibility (site_id)"),
        L(R"(CREATE TABLE user_account (
    id TEXT PRIMARY KEY NOT NULL,
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('administrator', 'supervisor', 'field_staff')),
    full_name TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))))"),
        // No foreign key to user_account: a site gets a user's account only once the user works there, which may
        // be after the user_site row has reached it in cursor order.
        L(R"(CREATE TABLE user_site (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL,
    site_id TEXT NOT NULL REFERENCES site (id) ON DELETE CASCADE,
    UNIQUE (user_id, site_id)))"),
        L("CREATE INDEX user_site_site ON user_site (site_id)"),
        L(R"(CREATE TABLE item (
    id TEXT PRIMARY KEY NOT NULL,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    unit TEXT NULL))"),

        // Store data (category core). linked_*_id have no foreign key: the linked record may be invisible here.
        L(R"(CREATE TABLE stock_line (
    id TEXT PRIMARY KEY NOT NULL,
    store_id TEXT NOT NULL REFERENCES store (id),
    item_id TEXT NOT NULL REFERENCES item (id),
    batch TEXT NULL,
    expiry_date TEXT NULL,
    pack_size INTEGER NOT NULL DEFAULT 1,
    available_packs REAL NOT NULL DEFAULT 0,
    cost_price REAL NOT NULL DEFAULT 0,
    sell_price REAL NOT NULL DEFAULT 0,
    note TEXT NULL))"),
        L("CREATE INDEX stock_line_store ON stock_line (store_id)"),
        L(R"(CREATE TABLE invoice (
    id TEXT PRIMARY KEY NOT NULL,
    store_id TEXT NOT NULL REFERENCES store (id),
    partner_store_id TEXT NULL REFERENCES store (id),
    type TEXT NOT NULL CHECK (type IN ('outbound', 'inbound')),
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'shipped', 'delivered')),
    linked_invoice_id TEXT NULL,
    created_at TEXT NOT NULL,
    shipped_at TEXT NULL,
    delivered_at TEXT NULL,
    comment TEXT NULL))"),
        L("CREATE INDEX invoice_store ON invoice (store_id)"),
        L("CREATE INDEX invoice_partner ON invoice (partner_store_id)"),
        L("CREATE INDEX invoice_linked ON invoice (linked_invoice_id)"),
        L(R"(CREATE TABLE invoice_line (
    id TEXT PRIMARY KEY NOT NULL,
    invoice_id TEXT NOT NULL REFERENCES invoice (id) ON DELETE CASCADE,
    item_id TEXT NOT NULL REFERENCES item (id),
    batch TEXT NULL,
    expiry_date TEXT NULL,
    pack_size INTEGER NOT NULL DEFAULT 1,
    packs REAL NOT NULL DEFAULT 0,
    cost_price REAL NOT NULL DEFAULT 0))"),
        L("CREATE INDEX invoice_line_invoice ON invoice_line (invoice_id)"),
        L(R"(CREATE TABLE requisition (
    id TEXT PRIMARY KEY NOT NULL,
    store_id TEXT NOT NULL REFERENCES store (id),
    partner_store_id TEXT NULL REFERENCES store (id),
    type TEXT NOT NULL CHECK (type IN ('request', 'response')),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'finalised')),
    linked_requisition_id TEXT NULL,
    created_at TEXT NOT NULL,
    sent_at TEXT NULL,
    finalised_at TEXT NULL,
    comment TEXT NULL))"),
        L("CREATE INDEX requisition_store ON requisition (store_id)"),
        L("CREATE INDEX requisition_partner ON requisition (partner_store_id)"),
        L("CREATE INDEX requisition_linked ON requisition (linked_requisition_id)"),
        L(R"(CREATE TABLE requisition_line (
    id TEXT PRIMARY KEY NOT NULL,
    requisition_id TEXT NOT NULL REFERENCES requisition (id) ON DELETE CASCADE,
    item_id TEXT NOT NULL REFERENCES item (id),
    requested_packs REAL NOT NULL DEFAULT 0,
    supplied_packs REAL NOT NULL DEFAULT 0))"),
        L("CREATE INDEX requisition_line_requisition ON requisition_line (requisition_id)"),

        // Category oms. No foreign key to store: the oms link may integrate an asset before the core link has
        // brought its (new) store.
        L(R"(CREATE TABLE asset (
    id TEXT PRIMARY KEY NOT NULL,
    store_id TEXT NOT NULL,
    code TEXT NOT NULL,
    asset_type TEXT NOT NULL,
    serial TEXT NULL,
    manufacturer TEXT NULL,
    installed_on TEXT NULL))"),
        L("CREATE INDEX asset_store ON asset (store_id)"),
        L(R"(CREATE TABLE temperature_log (
    id TEXT PRIMARY KEY NOT NULL,
    asset_id TEXT NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
    logged_at TEXT NOT NULL,
    temperature_c REAL NOT NULL))"),
        L("CREATE INDEX temperature_log_asset ON temperature_log (asset_id, logged_at)"),

        // Hub only, never synced (no changelog triggers).
        L(R"(CREATE TABLE installation_binding (
    site_id TEXT PRIMARY KEY NOT NULL REFERENCES site (id) ON DELETE CASCADE,
    installation_id TEXT NOT NULL,
    bound_at TEXT NOT NULL))"),
        L(R"(CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NULL,
    details TEXT NULL))"),
        L("CREATE INDEX audit_log_at ON audit_log (at)"),

        // The changelog, written only by the triggers that Schema generates.
        L(R"(CREATE TABLE changelog (
    cursor INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('upsert', 'delete')),
    store_id TEXT NULL,
    partner_store_id TEXT NULL,
    category TEXT NOT NULL CHECK (category IN ('core', 'oms')),
    source_site_id TEXT NULL,
    received INTEGER NOT NULL DEFAULT 0 CHECK (received IN (0, 1)),
    changed_at TEXT NOT NULL))"),
        L("CREATE INDEX changelog_store ON changelog (store_id, cursor) WHERE store_id IS NOT NULL"),
        L("CREATE INDEX changelog_partner ON changelog (partner_store_id, cursor) WHERE partner_store_id IS NOT NULL"),
        L("CREATE INDEX changelog_source ON changelog (source_site_id, cursor)"),
        L("CREATE INDEX changelog_push ON changelog (received, cursor)"),
        L("CREATE INDEX changelog_record ON changelog (table_name, record_id)"),
        // Who is writing: one row, set by a Transaction for its duration, default (NULL, 0) = the local site.
        L(R"(CREATE TABLE write_context (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    source_site_id TEXT NULL,
    received INTEGER NOT NULL DEFAULT 0 CHECK (received IN (0, 1))))"),
        L("INSERT INTO write_context (id, source_site_id, received) VALUES (1, NULL, 0)"),

        // Local sync state of this database, never synced.
        L(R"(CREATE TABLE replica_setting (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL))"),
        L(R"(CREATE TABLE sync_link_state (
    category TEXT PRIMARY KEY NOT NULL CHECK (category IN ('core', 'oms')),
    hub_url TEXT NULL,
    pull_cursor INTEGER NOT NULL DEFAULT 0,
    push_position INTEGER NOT NULL DEFAULT 0,
    initialised INTEGER NOT NULL DEFAULT 0 CHECK (initialised IN (0, 1)),
    last_pull_at TEXT NULL))"),
        L(R"(CREATE TABLE sync_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT NULL,
    outcome TEXT NOT NULL DEFAULT 'running'
        CHECK (outcome IN ('running', 'success', 'partial', 'failed', 'cancelled')),
    error_code TEXT NULL,
    error_message TEXT NULL,
    pushed INTEGER NOT NULL DEFAULT 0,
    pulled INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0))"),
        L(R"(CREATE TABLE sync_log_stage (
    session_id INTEGER NOT NULL REFERENCES sync_log (id) ON DELETE CASCADE,
    link TEXT NOT NULL,
    stage TEXT NOT NULL CHECK (stage IN ('handshake', 'push', 'pull', 'transfers', 'report')),
    done INTEGER NOT NULL DEFAULT 0,
    total INTEGER NULL,
    started_at TEXT NULL,
    finished_at TEXT NULL,
    PRIMARY KEY (session_id, link, stage)))"),
        L(R"(CREATE TABLE quarantine (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    store_id TEXT NULL,
    payload TEXT NOT NULL,
    reason_code TEXT NOT NULL,
    reason TEXT NOT NULL,
    session_id INTEGER NULL,
    quarantined_at TEXT NOT NULL))"),
        L("CREATE INDEX quarantine_record ON quarantine (table_name, record_id)"),
    };
}

// Version 2: a stock line can be put on hold; a quarantined record counts its retries.
QStringList version2()
{
    return {
        L("ALTER TABLE stock_line ADD COLUMN on_hold INTEGER NOT NULL DEFAULT 0 CHECK (on_hold IN (0, 1))"),
        L("ALTER TABLE quarantine ADD COLUMN retry_count INTEGER NOT NULL DEFAULT 0"),
    };
}

// Version 3: what a hub keeps about the sites it serves (never synced, so no triggers): answers to push
// batches (so that a replayed batch gets the same answer), each site's pull state, and session reports.
QStringList version3()
{
    return {
        L(R"(CREATE TABLE push_batch (
    site_id TEXT NOT NULL,
    batch_id TEXT NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('core', 'oms')),
    response TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (site_id, batch_id)))"),
        L("CREATE INDEX push_batch_received ON push_batch (received_at)"),
        L(R"(CREATE TABLE site_sync_state (
    site_id TEXT NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('core', 'oms')),
    initialised INTEGER NOT NULL DEFAULT 0 CHECK (initialised IN (0, 1)),
    pulled_cursor INTEGER NOT NULL DEFAULT 0,
    last_pull_at TEXT NULL,
    PRIMARY KEY (site_id, category)))"),
        L(R"(CREATE TABLE sync_report (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    site_id TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('success', 'partial', 'failed', 'cancelled')),
    error_code TEXT NULL,
    error_message TEXT NULL,
    pushed INTEGER NOT NULL DEFAULT 0,
    pulled INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    waiting INTEGER NOT NULL DEFAULT 0,
    duration_ms INTEGER NOT NULL DEFAULT 0,
    app_version TEXT NULL,
    protocol_version INTEGER NULL,
    details TEXT NULL))"),
        L("CREATE INDEX sync_report_site ON sync_report (site_id, finished_at)"),
    };
}

// Version 4: a site's backfills in progress (store histories to pull after a change of its sync types), so that
// a cancelled or interrupted session resumes them where it stopped; and on a hub, where a site's initialisation
// ended: the site is initialised only once it pulls again from there (it has integrated the last page).
QStringList version4()
{
    return {
        L("ALTER TABLE site_sync_state ADD COLUMN end_cursor INTEGER NULL"),
        L(R"(CREATE TABLE sync_backfill (
    category TEXT NOT NULL CHECK (category IN ('core', 'oms')),
    store_code TEXT NOT NULL,
    up_to INTEGER NOT NULL,
    cursor INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (category, store_code)))"),
    };
}

// Version 5: the items catalogue an administrator keeps: units in a pack, and whether an item may still be used
// (an item that stock or documents name is deactivated, never deleted).
QStringList version5()
{
    return {
        L("ALTER TABLE item ADD COLUMN pack_size INTEGER NOT NULL DEFAULT 1 CHECK (pack_size >= 1)"),
        L("ALTER TABLE item ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))"),
    };
}

// Version 6: on a hub, how far each site's pushes reach (never synced): per site and category, the highest site
// changelog position (PushRequest::through) of a batch the hub applied. The handshake tells the site, so that a site
// whose pushes a restored hub lost sends them again.
QStringList version6()
{
    return {
        L(R"(CREATE TABLE site_push_state (
    site_id TEXT NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('core', 'oms')),
    pushed_through INTEGER NOT NULL CHECK (pushed_through >= 0),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (site_id, category)))"),
    };
}

Error migrationFailed(const QString& path, int from, int to, int failedAt, const Error& cause)
{
    return {QStringLiteral("migration_failed"),
            QStringLiteral("Upgrading the database %1 from schema version %2 to %3 failed at version %4 (%5). The file "
                           "was left unchanged.")
                .arg(path, QString::number(from), QString::number(to), QString::number(failedAt), cause.message),
            cause.details};
}

// Runs the steps (current, target] inside an open transaction.
Status applySteps(const QSqlDatabase& db, int current, int target, int* failedAt)
{
    for (const Migration& migration : Migrations::all()) {
        if (migration.version <= current || migration.version > target)
            continue;
        *failedAt = migration.version;
        const QString doing = QStringLiteral("applying schema version %1").arg(migration.version);
        for (const QString& statement : migration.statements) {
            const Status done = sql::exec(db, statement, doing);
            if (!done)
                return done;
        }
        QSqlQuery record(db);
        record.prepare(QStringLiteral(
            "INSERT INTO schema_version (version, description, applied_at) VALUES (:version, :description, :at)"));
        record.bindValue(QStringLiteral(":version"), migration.version);
        record.bindValue(QStringLiteral(":description"), migration.description);
        record.bindValue(QStringLiteral(":at"), sql::timestamp(QDateTime::currentDateTimeUtc()));
        const Status recorded = sql::exec(record, doing);
        if (!recorded)
            return recorded;
    }
    const Status triggers = Schema::recreateChangelogTriggers(db);
    if (!triggers)
        return triggers;
    if (target == Migrations::latestVersion()) {
        for (const SyncedTable& table : syncedTables()) {
            Result<QStringList> columns = Schema::columns(db, table.name);
            if (!columns)
                return columns.error();
            if (columns->isEmpty())
                return Error{QStringLiteral("schema_mismatch"),
                             QStringLiteral("The synced table %1 is missing from the latest schema.").arg(table.name),
                             {}};
        }
    }
    return {};
}

Status checkForeignKeys(const QSqlDatabase& db)
{
    QSqlQuery check(db);
    check.setForwardOnly(true);
    if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sql::databaseError(check.lastError(), QStringLiteral("checking foreign keys"));
    if (check.next())
        return Error{QStringLiteral("foreign_key_violation"),
                     QStringLiteral("a row of %1 refers to a missing %2 record")
                         .arg(check.value(0).toString(), check.value(2).toString()),
                     {}};
    return {};
}

} // namespace

const QVector<Migration>& Migrations::all()
{
    static const QVector<Migration> steps{
        {1, QStringLiteral("first schema"), version1(), false},
        {2, QStringLiteral("stock_line.on_hold, quarantine.retry_count"), version2(), false},
        {3, QStringLiteral("hub state: push batches, site sync state, session reports"), version3(), false},
        {4, QStringLiteral("site backfills in progress"), version4(), false},
        {5, QStringLiteral("item.pack_size, item.active"), version5(), false},
        {6, QStringLiteral("hub state: how far each site's pushes reach"), version6(), false},
    };
    return steps;
}

int Migrations::latestVersion()
{
    return all().constLast().version;
}

Result<int> Migrations::currentVersion(const QSqlDatabase& db, const QString& path)
{
    const QString doing = QStringLiteral("reading the schema version");
    Result<QVariant> hasTable = sql::scalar(
        db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"),
        doing);
    if (!hasTable)
        return hasTable.error();
    if (hasTable->toInt() == 1) {
        Result<QVariant> version = sql::scalar(db, QStringLiteral("SELECT max(version) FROM schema_version"), doing);
        if (!version)
            return version.error();
        if (!version->isNull())
            return version->toInt();
    }
    Result<QVariant> objects =
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite%'"), doing);
    if (!objects)
        return objects.error();
    if (objects->toInt() > 0)
        return Error{QStringLiteral("database_foreign"),
                     QStringLiteral("The file %1 is an SQLite database but not a SyncSites database. Choose another "
                                    "file.")
                         .arg(path),
                     {}};
    return 0;
}

Result<int> Migrations::migrate(const QSqlDatabase& db, const QString& path, int targetVersion, bool allowUpgrade)
{
    const int latest = latestVersion();
    Q_ASSERT(targetVersion >= 1 && targetVersion <= latest);

    Result<int> before = currentVersion(db, path);
    if (!before)
        return before;
    if (*before > latest)
        return Error{QStringLiteral("database_too_new"),
                     QStringLiteral("The database %1 was written by a newer SyncSites (schema version %2; this program "
                                    "knows up to %3). Upgrade SyncSites to open it.")
                         .arg(path, QString::number(*before), QString::number(latest)),
                     QVariantMap{{QStringLiteral("version"), *before}, {QStringLiteral("latest"), latest}}};
    if (*before == targetVersion)
        return before;
    if (*before > targetVersion)
        return Error{QStringLiteral("database_too_new"),
                     QStringLiteral("The database %1 has schema version %2, newer than the version %3 asked for.")
                         .arg(path, QString::number(*before), QString::number(targetVersion)),
                     {}};
    if (*before > 0 && !allowUpgrade)
        return Error{QStringLiteral("database_needs_upgrade"),
                     QStringLiteral("The database %1 has schema version %2 and needs an upgrade to version %3. Open it "
                                    "with upgrading allowed (keep a copy of the file first if you may go back).")
                         .arg(path, QString::number(*before), QString::number(targetVersion)),
                     {}};

    bool rebuilds = false;
    for (const Migration& migration : all())
        rebuilds =
            rebuilds || (migration.version > *before && migration.version <= targetVersion && migration.rebuildsTables);
    // foreign_keys cannot change inside a transaction.
    if (rebuilds)
        sql::exec(db, QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("preparing the upgrade"));

    int from = *before;
    int failedAt = from + 1;
    Status outcome = sql::exec(db, QStringLiteral("BEGIN IMMEDIATE"), QStringLiteral("starting the upgrade"));
    if (outcome) {
        // Another process may have upgraded the file while this one waited for the lock.
        Result<int> current = currentVersion(db, path);
        if (!current) {
            outcome = current.error();
        } else {
            from = *current;
            if (from < targetVersion) {
                outcome = applySteps(db, from, targetVersion, &failedAt);
                if (outcome && rebuilds)
                    outcome = checkForeignKeys(db);
            }
        }
        if (outcome)
            outcome = sql::exec(db, QStringLiteral("COMMIT"), QStringLiteral("finishing the upgrade"));
        if (!outcome)
            sql::exec(db, QStringLiteral("ROLLBACK"), QStringLiteral("undoing the upgrade"));
    }
    if (rebuilds)
        sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("finishing the upgrade"));
    if (!outcome) {
        if (from == 0)
            return Error{QStringLiteral("schema_create_failed"),
                         QStringLiteral("Creating the database %1 failed (%2).").arg(path, outcome.error().message),
                         outcome.error().details};
        return migrationFailed(path, from, targetVersion, failedAt, outcome.error());
    }
    if (from > 0)
        qCInfo(lcStorage) << "upgraded" << path << "from schema version" << from << "to" << targetVersion;
    return qMax(from, targetVersion);
}

} // namespace syncsites
