#include "DatabaseBackup.h"

#include "DiskSpace.h"
#include "DurableFile.h"
#include "Migrations.h"
#include "SettingTable.h"
#include "SqliteConnection.h"
#include "StorageLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <sqlite3.h>

#include <limits>

namespace syncsites {

namespace {

/// A copy that holds no snapshot (a source in rollback-journal mode) starts over whenever another connection writes
/// the source between two steps; past this many restarts it gives up rather than copy forever.
constexpr int kMaxRestarts = 20;

QString megabytes(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'f', bytes >= 10 * 1024 * 1024 ? 0 : 1);
}

QString seconds(qint64 ms)
{
    return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

bool isBusy(int rc)
{
    return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

// The SQLite words of an Error made by sql::databaseError (its details), else its message.
QString sqliteWords(const Error& error)
{
    const QString words = error.details.toString();
    return words.isEmpty() ? error.message : words;
}

// Makes `path` as an empty owner-only file (SQLite takes a 0-byte file for a new database): backups hold every
// credential hash of the network.
Status createOwnerOnly(const QString& path)
{
    QFile made(path);
    if (!made.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error{QStringLiteral("database_io_error"),
                     QStringLiteral("The file %1 cannot be created (%2). Check that the folder is writable.")
                         .arg(path, made.errorString())};
    made.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

// Steps the backup `handle` to its end. Returns SQLite's last result (SQLITE_DONE when whole).
int stepToTheEnd(sqlite3_backup* handle, bool snapshotHeld, const BackupOptions& options, CopyStats& stats)
{
    const int pages = qMax(1, options.pagesPerStep);
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    int remainingBefore = -1;
    for (;;) {
        const int rc = sqlite3_backup_step(handle, pages);
        ++stats.steps;
        if (rc == SQLITE_OK || rc == SQLITE_DONE) {
            const int remaining = sqlite3_backup_remaining(handle);
            const int total = sqlite3_backup_pagecount(handle);
            if (remainingBefore >= 0 && remaining > remainingBefore)
                ++stats.restarts;
            remainingBefore = remaining;
            stats.pages = total;
            sinceProgress.restart();
            if (options.progress)
                options.progress(qint64(total) - remaining, total);
            if (rc == SQLITE_DONE)
                return rc;
            if (!snapshotHeld && stats.restarts > kMaxRestarts)
                return SQLITE_BUSY;
            if (options.pauseBetweenSteps.count() > 0)
                QThread::msleep(static_cast<unsigned long>(options.pauseBetweenSteps.count()));
            continue;
        }
        if (isBusy(rc) && sinceProgress.elapsed() < options.busyTimeout.count()) {
            // Another connection holds a lock this step needs (a checkpoint, say): the next try will do.
            ++stats.busyRetries;
            sqlite3_sleep(20);
            continue;
        }
        return rc;
    }
}

} // namespace

QString DatabaseFileFacts::describe() const
{
    const QString what = role == QLatin1String("hub") ? QStringLiteral("a hub database")
                         : siteName.isEmpty()         ? QStringLiteral("a replica")
                                                      : QStringLiteral("the replica of \"%1\"").arg(siteName);
    return QStringLiteral("%1 (schema version %2, %3 changes, cursors up to %4, %5)")
        .arg(what)
        .arg(schemaVersion)
        .arg(changes)
        .arg(lastCursor)
        .arg(megabytes(bytes));
}

QString BackupReport::summary() const
{
    return QStringLiteral("%1 backed up to %2: %3, in %4 (%5 pages in %6 steps%7); the copy: %8")
        .arg(database, backup, facts.describe(), seconds(elapsedMs))
        .arg(copy.pages)
        .arg(copy.steps)
        .arg(copy.snapshotHeld ? QStringLiteral(", one snapshot") : QString(), check.summary());
}

Result<CopyStats> DatabaseBackup::copy(const QString& sourcePath, const QString& targetPath,
                                       const BackupOptions& options)
{
    CopyStats stats;
    QElapsedTimer clock;
    clock.start();
    const int busyMs =
        int(qBound<qint64>(qint64(0), qint64(options.busyTimeout.count()), qint64(std::numeric_limits<int>::max())));
    if (Status made = createOwnerOnly(targetPath); !made)
        return DiskSpace::explain(made.error(), targetPath);
    const auto discard = [&targetPath](const Error& error) {
        DurableFile::removeWithSideFiles(targetPath);
        return DiskSpace::explain(error, targetPath);
    };
    const QString reading = QStringLiteral("reading %1").arg(sourcePath);
    const QString writing = QStringLiteral("writing the copy %1").arg(targetPath);
    Result<SqliteConnection> source = SqliteConnection::open(sourcePath, SQLITE_OPEN_READONLY, busyMs);
    if (!source)
        return discard(source.error());
    Result<SqliteConnection> target = SqliteConnection::open(targetPath, SQLITE_OPEN_READWRITE, busyMs);
    if (!target)
        return discard(target.error());

    // One read transaction on the source from the first step to the last: in WAL mode it is one snapshot, which
    // writers on other connections do not disturb (nor wait for). A source in rollback-journal mode is not held:
    // there a reader would lock writers out for the whole copy, so each step takes its lock alone and SQLite
    // starts the copy over when the source changed in between.
    if (Status begun = source->exec(QStringLiteral("BEGIN"), reading); !begun)
        return discard(begun.error());
    Result<std::optional<qint64>> objects =
        source->integer(QStringLiteral("SELECT count(*) FROM sqlite_master"), reading);
    if (!objects)
        return discard(objects.error());
    Result<std::optional<QString>> mode = source->text(QStringLiteral("PRAGMA journal_mode"), reading);
    if (!mode)
        return discard(mode.error());
    stats.snapshotHeld = mode->value_or(QString()).compare(u"wal", Qt::CaseInsensitive) == 0;
    if (!stats.snapshotHeld)
        source->exec(QStringLiteral("COMMIT"), reading);

    sqlite3_backup* handle = sqlite3_backup_init(target->handle(), "main", source->handle(), "main");
    if (handle == nullptr)
        return discard(target->error(sqlite3_extended_errcode(target->handle()), writing));
    const int last = stepToTheEnd(handle, stats.snapshotHeld, options, stats);
    const int finished = sqlite3_backup_finish(handle);
    if (stats.snapshotHeld)
        source->exec(QStringLiteral("COMMIT"), reading);
    if (last != SQLITE_DONE || finished != SQLITE_OK) {
        const int rc = last != SQLITE_DONE ? last : finished;
        if (isBusy(rc))
            return discard(Error{
                QStringLiteral("database_busy"),
                stats.restarts > kMaxRestarts
                    ? QStringLiteral("%1 kept changing while it was copied (the copy started over %2 times). Try "
                                     "again at a quieter time.")
                          .arg(sourcePath)
                          .arg(stats.restarts)
                    : QStringLiteral("%1 stayed locked by another program for %2 while it was copied. Try again; if it "
                                     "keeps happening, look for a program holding the database.")
                          .arg(sourcePath, seconds(options.busyTimeout.count()))});
        // The step's error is the target connection's now (sqlite3_backup_finish put it there); a damaged source
        // shows as SQLITE_CORRUPT or SQLITE_NOTADB.
        const bool sourceFault = (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB;
        return discard(target->error(rc, sourceFault ? reading : writing));
    }
    source->close();

    // The copy took the source's header, WAL mode included: back to a rollback journal, so that the backup is one
    // self-contained file that opens read-only anywhere (Database::open puts a restored file in WAL mode again).
    Result<std::optional<QString>> journal = target->text(QStringLiteral("PRAGMA journal_mode = DELETE"),
                                                          QStringLiteral("finishing the copy %1").arg(targetPath));
    if (!journal)
        return discard(journal.error());
    if (const int rc = target->close(); rc != SQLITE_OK)
        return discard(
            Error{QStringLiteral("database_io_error"), QStringLiteral("The copy %1 could not be closed (%2).")
                                                           .arg(targetPath, QString::fromUtf8(sqlite3_errstr(rc)))});
    for (const char* suffix : {"-wal", "-shm"}) // empty after the switch; SQLite may leave the -shm file
        QFile::remove(targetPath + QLatin1String(suffix));
    if (Status synced = DurableFile::sync(targetPath); !synced)
        return discard(synced.error());
    stats.elapsedMs = clock.elapsed();
    qCDebug(lcStorage) << "copied" << sourcePath << "to" << targetPath << ":" << stats.pages << "pages," << stats.steps
                       << "steps," << stats.busyRetries << "busy," << stats.restarts << "restarts," << stats.elapsedMs
                       << "ms";
    return stats;
}

Result<DatabaseFileFacts> DatabaseBackup::inspect(const QString& path)
{
    const QString doing = QStringLiteral("reading %1").arg(path);
    Result<SqliteConnection> db = SqliteConnection::open(path, SQLITE_OPEN_READONLY, 5000);
    if (!db)
        return db.error();
    // A file that is not a database (or whose first page is damaged) fails here, on the first read.
    if (Result<std::optional<qint64>> objects =
            db->integer(QStringLiteral("SELECT count(*) FROM sqlite_master"), doing);
        !objects)
        return objects.error();
    const auto hasTable = [&](const char* name) -> Result<bool> {
        Result<std::optional<qint64>> n =
            db->integer(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                            .arg(QLatin1String(name)),
                        doing);
        if (!n)
            return n.error();
        return n->value_or(0) > 0;
    };
    const auto notSyncSites = [&path](const QString& why) {
        return Error{QStringLiteral("not_syncsites_database"),
                     QStringLiteral("%1 is an SQLite database but not a SyncSites database (%2).").arg(path, why)};
    };
    for (const char* table : {"schema_version", "replica_setting", "changelog"}) {
        Result<bool> has = hasTable(table);
        if (!has)
            return has.error();
        if (!*has)
            return notSyncSites(QStringLiteral("it has no %1 table").arg(QLatin1String(table)));
    }

    DatabaseFileFacts facts;
    facts.bytes = QFileInfo(path).size();
    Result<std::optional<qint64>> version =
        db->integer(QStringLiteral("SELECT max(version) FROM schema_version"), doing);
    if (!version)
        return version.error();
    facts.schemaVersion = int(version->value_or(0));
    if (facts.schemaVersion <= 0)
        return notSyncSites(QStringLiteral("its schema_version table is empty"));
    if (facts.schemaVersion > Migrations::latestVersion())
        return Error{QStringLiteral("database_too_new"),
                     QStringLiteral("%1 was written by a newer SyncSites (schema version %2; this program knows up to "
                                    "%3). Use a newer SyncSites with it.")
                         .arg(path)
                         .arg(facts.schemaVersion)
                         .arg(Migrations::latestVersion())};
    const auto setting = [&](QLatin1String key) {
        return db->text(QStringLiteral("SELECT value FROM replica_setting WHERE key = '%1'").arg(key), doing);
    };
    Result<std::optional<QString>> role = setting(SettingTable::roleKey());
    if (!role)
        return role.error();
    facts.role = databaseRoleId(databaseRoleFromId(role->value_or(QString())).value_or(DatabaseRole::Replica));
    if (facts.role != QLatin1String("hub")) {
        Result<std::optional<QString>> site = setting(SettingTable::siteNameKey());
        if (!site)
            return site.error();
        facts.siteName = site->value_or(QString());
    }
    Result<std::optional<qint64>> changes = db->integer(QStringLiteral("SELECT count(*) FROM changelog"), doing);
    if (!changes)
        return changes.error();
    facts.changes = changes->value_or(0);
    // The sequence, not the highest row: rows may have been deleted (a purge), and their cursors are spent.
    Result<std::optional<qint64>> last = db->integer(
        QStringLiteral("SELECT max(coalesce((SELECT max(seq) FROM sqlite_sequence WHERE name = 'changelog'), 0), "
                       "coalesce((SELECT max(cursor) FROM changelog), 0))"),
        doing);
    if (!last)
        return last.error();
    facts.lastCursor = last->value_or(0);
    return facts;
}

Result<BackupReport> DatabaseBackup::backup(const QString& databasePath, const QString& backupPath,
                                            const BackupOptions& options)
{
    QElapsedTimer clock;
    clock.start();
    const QFileInfo source(databasePath);
    const QFileInfo target(backupPath);
    if (!source.isFile())
        return Error{QStringLiteral("database_missing"),
                     QStringLiteral("There is no database at %1. Check the path.").arg(databasePath)};
    if (!target.absoluteDir().exists())
        return Error{QStringLiteral("backup_folder_missing"),
                     QStringLiteral("The folder %1 for the backup does not exist. Create it, or choose another place.")
                         .arg(target.absolutePath())};
    const QString sourceFile = source.canonicalFilePath();
    const QString targetFile = target.exists() ? target.canonicalFilePath() : QString();
    const bool itself =
        !targetFile.isEmpty() && (targetFile == sourceFile || targetFile == sourceFile + u"-wal" ||
                                  targetFile == sourceFile + u"-shm" || targetFile == sourceFile + u"-journal");
    if (target.isDir() || itself)
        return Error{QStringLiteral("backup_same_file"),
                     QStringLiteral("%1 is %2; choose a new file for the backup.")
                         .arg(backupPath, target.isDir() ? QStringLiteral("a folder")
                                                         : QStringLiteral("the database itself or one of its files"))};

    // The copy is made under another name and takes the backup's name only once it is whole and checked: a backup
    // killed half way leaves the previous backup as it was.
    const QString partial =
        target.absoluteFilePath() + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid());
    DurableFile::removeWithSideFiles(partial);
    const auto discard = [&partial](const Error& error) {
        DurableFile::removeWithSideFiles(partial);
        return error;
    };

    BackupReport report;
    report.database = databasePath;
    report.backup = backupPath;
    Result<CopyStats> copied = copy(source.absoluteFilePath(), partial, options);
    if (!copied) {
        const Error& error = copied.error();
        if (error.code == u"database_corrupt")
            return Error{error.code,
                         QStringLiteral("The database %1 is damaged (%2): it cannot be backed up as it is. Nothing was "
                                        "written. Check it (syncsites-server check) and restore an earlier backup.")
                             .arg(databasePath, sqliteWords(error)),
                         error.details};
        return Error{error.code,
                     QStringLiteral("The backup of %1 failed: %2 Nothing was written to %3.")
                         .arg(databasePath, error.message, backupPath),
                     error.details};
    }
    report.copy = *copied;

    IntegrityOptions checkOptions;
    checkOptions.full = options.fullCheck;
    Result<IntegrityReport> check = IntegrityCheck::runFile(partial, checkOptions);
    if (!check)
        return discard(check.error());
    report.check = *check;
    if (check->damaged())
        return discard(Error{QStringLiteral("backup_check_failed"),
                             QStringLiteral("The copy of %1 failed its check (%2). No backup was written: the database "
                                            "itself is probably damaged. Check it (syncsites-server check --full) and "
                                            "restore an earlier backup.")
                                 .arg(databasePath, check->summary())});
    Result<DatabaseFileFacts> facts = inspect(partial);
    if (!facts) {
        Error error = facts.error();
        const QString words = QString(error.message).replace(partial, databasePath);
        error.message = (error.code == u"not_syncsites_database" || error.code == u"database_too_new"
                             ? QStringLiteral("%1 Nothing was written.")
                             : QStringLiteral("The copy could not be read back (%1). Nothing was written."))
                            .arg(words);
        return discard(error);
    }
    report.facts = *facts;
    if (Status placed = DurableFile::replace(partial, target.absoluteFilePath()); !placed)
        return discard(placed.error());
    report.elapsedMs = clock.elapsed();
    return report;
}

} // namespace syncsites
