#include "DatabaseRestore.h"

#include "DiskSpace.h"
#include "DurableFile.h"
#include "IntegrityCheck.h"
#include "SqliteConnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <optional>
#include <utility>

namespace syncsites {

namespace {

const QByteArray kSqliteHeader("SQLite format 3\0", 16);

Error damaged(const QString& backup, const QString& why)
{
    return Error{QStringLiteral("backup_damaged"),
                 QStringLiteral("The backup file %1 is damaged: %2. Nothing was changed. Restore an older backup, and "
                                "check the disk this one was kept on.")
                     .arg(backup, why)};
}

// The SQLite words of an Error made by sql::databaseError (its details), else its message.
QString sqliteWords(const Error& error)
{
    const QString words = error.details.toString();
    return words.isEmpty() ? error.message : words;
}

/// The database being replaced, held with SQLite's exclusive lock by a connection in exclusive locking mode: no other
/// connection has it open (a serving hub keeps one for as long as it runs), and none can open it until this one
/// closes. Its close changes nothing (no checkpoint, no file removed).
struct Hold
{
    std::optional<SqliteConnection> connection;
    qint64 lastCursor = 0; ///< the highest changelog cursor it handed out, when it can be read
};

// `shown` is the path as the caller gave it, for messages.
Result<Hold> holdExclusively(const QString& path, const QString& shown, int timeoutMs)
{
    Hold hold;
    Result<SqliteConnection> opened = SqliteConnection::open(path, SQLITE_OPEN_READWRITE, timeoutMs);
    if (!opened)
        return Error{QStringLiteral("database_in_use"),
                     QStringLiteral("%1 cannot be opened to make sure that no program uses it (%2). Nothing was "
                                    "changed. Check the file's permissions.")
                         .arg(shown, sqliteWords(opened.error()))};
    sqlite3_db_config(opened->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    const QString doing = QStringLiteral("locking %1").arg(path);
    Status locked = opened->exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"), doing);
    if (locked)
        locked = opened->exec(QStringLiteral("BEGIN EXCLUSIVE"), doing);
    if (!locked) {
        if (locked.error().code == u"database_busy")
            return Error{QStringLiteral("database_in_use"),
                         QStringLiteral("%1 is open in another program: a syncsites-server serving it, or another "
                                        "tool. Nothing was changed. Stop that program first (a server stops on "
                                        "SIGTERM), then restore again.")
                             .arg(shown)};
        // A file too damaged to be read cannot be locked through SQLite either; no server serves it.
        if (locked.error().code != u"database_corrupt")
            return locked.error();
    } else {
        Result<std::optional<qint64>> last = opened->integer(
            QStringLiteral("SELECT max(coalesce((SELECT max(seq) FROM sqlite_sequence WHERE name = 'changelog'), 0), "
                           "coalesce((SELECT max(cursor) FROM changelog), 0))"),
            doing);
        if (last)
            hold.lastCursor = last->value_or(0);
    }
    hold.connection = std::move(opened).value();
    return hold;
}

QString freeName(const QString& base)
{
    QString name = base;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral("-wal")); ++n)
        name = base + QStringLiteral("-%1").arg(n);
    return name;
}

} // namespace

QString RestoreReport::summary() const
{
    QString text = QStringLiteral("%1 restored to %2: %3. The changelog goes on at cursor %4, past every cursor handed "
                                  "out before, so that sites pull the changes made from now on.")
                       .arg(backup, database, facts.describe())
                       .arg(nextCursor);
    if (!setAside.isEmpty())
        text += QStringLiteral(" The database it replaced is kept as %1.").arg(setAside);
    return text;
}

Result<RestoreReport> DatabaseRestore::restore(const QString& backupPath, const QString& databasePath,
                                               const RestoreOptions& options)
{
    QElapsedTimer clock;
    clock.start();
    const QFileInfo backup(backupPath);
    const QFileInfo database(databasePath);
    const QString target = database.absoluteFilePath();
    if (!backup.exists() || !backup.isFile())
        return Error{QStringLiteral("backup_missing"),
                     QStringLiteral("There is no backup file at %1. Check the path.").arg(backupPath)};
    if (database.exists() && database.canonicalFilePath() == backup.canonicalFilePath())
        return Error{QStringLiteral("restore_same_file"),
                     QStringLiteral("%1 is both the backup and the database to restore; copy the backup elsewhere "
                                    "first.")
                         .arg(backupPath)};
    if (!database.absoluteDir().exists())
        return Error{
            QStringLiteral("database_io_error"),
            QStringLiteral("The folder %1 does not exist. Create it, or choose another place for the database.")
                .arg(database.absolutePath())};
    {
        QFile file(backupPath);
        if (!file.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("backup_missing"),
                         QStringLiteral("The backup file %1 cannot be read (%2). Check its permissions.")
                             .arg(backupPath, file.errorString())};
        if (file.size() == 0)
            return damaged(backupPath, QStringLiteral("it is empty (0 bytes)"));
        if (file.read(kSqliteHeader.size()) != kSqliteHeader)
            return damaged(backupPath, QStringLiteral("it does not begin as an SQLite database file does"));
    }

    // The database to be replaced: only when asked, and never while a program has it open. A -wal file left without
    // its database counts as one: it would be applied to the restored file.
    const bool exists = database.exists() || QFileInfo::exists(target + QStringLiteral("-wal"));
    if (exists && !options.replaceExisting)
        return Error{
            QStringLiteral("database_exists"),
            QStringLiteral("%1 exists already. Nothing was changed. To put the backup in its place, ask for it "
                           "to be replaced; the database is then kept beside it, renamed.")
                .arg(databasePath)};
    Hold hold;
    if (database.exists()) {
        Result<Hold> held = holdExclusively(target, databasePath, options.lockTimeoutMs);
        if (!held)
            return held.error();
        hold = std::move(held).value();
    }

    // The backup is copied beside the database and checked there: the file that takes the database's name is the
    // one that was checked.
    const QString restoring = target + QStringLiteral(".restoring-%1").arg(QCoreApplication::applicationPid());
    DurableFile::removeWithSideFiles(restoring);
    const auto discard = [&restoring](const Error& error) {
        DurableFile::removeWithSideFiles(restoring);
        return error;
    };
    BackupOptions copyOptions;
    copyOptions.busyTimeout = std::chrono::milliseconds(options.lockTimeoutMs);
    Result<CopyStats> copied = DatabaseBackup::copy(backup.absoluteFilePath(), restoring, copyOptions);
    if (!copied) {
        const Error& error = copied.error();
        if (error.code == u"database_corrupt")
            return damaged(backupPath, sqliteWords(error));
        return Error{error.code,
                     QStringLiteral("The backup file %1 could not be copied beside %2: %3 Nothing was changed.")
                         .arg(backupPath, databasePath, error.message),
                     error.details};
    }
    RestoreReport report;
    report.backup = backupPath;
    report.database = databasePath;
    IntegrityOptions checkOptions;
    checkOptions.full = options.fullCheck;
    Result<IntegrityReport> check = IntegrityCheck::runFile(restoring, checkOptions);
    if (!check)
        return discard(check.error());
    if (check->damaged())
        return discard(damaged(backupPath, QStringLiteral("SQLite's check found %1 problem(s), the first: %2")
                                               .arg(check->problems.size())
                                               .arg(check->problems.first())));
    report.check = *check;
    Result<DatabaseFileFacts> facts = DatabaseBackup::inspect(restoring);
    if (!facts) {
        const Error& error = facts.error();
        const QString words = QString(error.message).replace(restoring, backupPath);
        if (error.code == u"not_syncsites_database")
            return discard(
                Error{QStringLiteral("backup_not_syncsites"),
                      QStringLiteral("The backup file %1 is not a SyncSites database: %2 Nothing was changed.")
                          .arg(backupPath, words)});
        if (error.code == u"database_too_new")
            return discard(Error{QStringLiteral("backup_too_new"), words + QStringLiteral(" Nothing was changed.")});
        if (error.code == u"database_corrupt")
            return discard(damaged(backupPath, sqliteWords(error)));
        return discard(error);
    }
    report.facts = *facts;

    // Sites remember the cursor they pulled up to, which may lie past the backup's last one: the restored changelog
    // goes on beyond every cursor either file handed out, so that what changes from now on is pulled.
    const qint64 sequence = qMax(facts->lastCursor, hold.lastCursor) + qMax<qint64>(0, options.cursorGap);
    {
        Result<SqliteConnection> copy = SqliteConnection::open(restoring, SQLITE_OPEN_READWRITE, 5000);
        if (!copy)
            return discard(copy.error());
        const Status moved = copy->exec(
            QStringLiteral("BEGIN IMMEDIATE; UPDATE sqlite_sequence SET seq = %1 WHERE name = 'changelog'; INSERT INTO "
                           "sqlite_sequence (name, seq) SELECT 'changelog', %1 WHERE NOT EXISTS (SELECT 1 FROM "
                           "sqlite_sequence WHERE name = 'changelog'); COMMIT")
                .arg(sequence),
            QStringLiteral("moving the changelog's cursors on in %1").arg(restoring));
        if (!moved)
            return discard(DiskSpace::explain(moved.error(), restoring));
        if (copy->close() != SQLITE_OK)
            return discard(Error{QStringLiteral("database_io_error"),
                                 QStringLiteral("The restored copy %1 could not be closed.").arg(restoring)});
    }
    report.nextCursor = sequence + 1;
    if (Status synced = DurableFile::sync(restoring); !synced)
        return discard(synced.error());

    // The replaced database and its -wal move aside together (kept for investigation); the -shm file is SQLite's
    // index of that -wal and goes. The lock is held until the backup has taken the database's name.
    if (exists) {
        const QString aside = freeName(target + QStringLiteral(".replaced-") +
                                       QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        QStringList movedSuffixes;
        const auto undo = [&] {
            for (const QString& suffix : std::as_const(movedSuffixes))
                DurableFile::replace(aside + suffix, target + suffix);
        };
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
            const QFileInfo file(target + suffix);
            if (!file.exists())
                continue;
            if (!suffix.isEmpty() && file.size() == 0) { // nothing in it (the lock above may have made it)
                QFile::remove(file.filePath());
                continue;
            }
            if (Status moved = DurableFile::replace(target + suffix, aside + suffix); !moved) {
                undo();
                return discard(moved.error());
            }
            movedSuffixes.append(suffix);
        }
        QFile::remove(target + QStringLiteral("-shm"));
        if (Status placed = DurableFile::replace(restoring, target); !placed) {
            undo();
            return discard(placed.error());
        }
        report.setAside = aside;
    } else if (Status placed = DurableFile::replace(restoring, target); !placed) {
        return discard(placed.error());
    }
    if (hold.connection)
        hold.connection->close();
    report.elapsedMs = clock.elapsed();
    return report;
}

} // namespace syncsites
