#include "BackupCommands.h"

#include "DatabaseBackup.h"
#include "DatabaseRestore.h"

#include <QTextStream>

namespace syncsites {

namespace {

enum Exit
{
    Ok = 0,
    BadInput = 2, // the backup file is missing, unreadable, damaged or not a SyncSites database
    Storage = 9,  // the database cannot be read or written, is in use, or exists
    Usage = 64,
};

int fail(int code, const QString& message)
{
    QTextStream(stderr) << "syncsites-server: " << message << Qt::endl;
    return code;
}

bool require(const OptionValues& options, const QStringList& names)
{
    for (const QString& name : names) {
        if (!options.contains(name) || options.value(name).isEmpty()) {
            fail(Usage, QStringLiteral("%1 is required").arg(name));
            return false;
        }
    }
    return true;
}

} // namespace

QVector<CommandOption> BackupCommands::backupOptions()
{
    return {
        {QStringLiteral("db"), QStringLiteral("FILE"),
         QStringLiteral("The database to back up (required): a hub's, or a replica; it may be served meanwhile.")},
        {QStringLiteral("out"), QStringLiteral("BACKUP"),
         QStringLiteral("The backup file to write (required); an older file there is replaced once the new copy is "
                        "whole and checked.")},
        {QStringLiteral("quick"), QString(),
         QStringLiteral("Check the copy with SQLite's quick_check rather than its full integrity_check.")},
        {QStringLiteral("pages-per-step"), QStringLiteral("N"),
         QStringLiteral("Pages (4 KiB) copied per step of the online backup (default %1); the copy is one snapshot "
                        "whatever the steps.")
             .arg(BackupOptions().pagesPerStep)},
        {QStringLiteral("step-pause-ms"), QStringLiteral("MS"),
         QStringLiteral("A pause after each step, to leave the disk to a busy server (default 0).")},
    };
}

QVector<CommandOption> BackupCommands::restoreOptions()
{
    return {
        {QStringLiteral("from"), QStringLiteral("BACKUP"), QStringLiteral("The backup file to restore (required).")},
        {QStringLiteral("db"), QStringLiteral("FILE"),
         QStringLiteral("The database to restore (required); a new file, or an existing one with --force.")},
        {QStringLiteral("force"), QString(),
         QStringLiteral("Replace an existing database (kept beside it as FILE.replaced-DATE); never one that a "
                        "running server holds.")},
        {QStringLiteral("quick"), QString(),
         QStringLiteral("Check the backup with SQLite's quick_check rather than its full integrity_check.")},
    };
}

int BackupCommands::backup(const OptionValues& options)
{
    if (!require(options, {QStringLiteral("--db"), QStringLiteral("--out")}))
        return Usage;
    BackupOptions backupOptions;
    backupOptions.fullCheck = !options.contains(QStringLiteral("--quick"));
    if (options.contains(QStringLiteral("--pages-per-step"))) {
        bool ok = false;
        backupOptions.pagesPerStep = options.value(QStringLiteral("--pages-per-step")).toInt(&ok);
        if (!ok || backupOptions.pagesPerStep < 1)
            return fail(Usage, QStringLiteral("--pages-per-step takes a whole number, 1 or more"));
    }
    if (options.contains(QStringLiteral("--step-pause-ms"))) {
        bool ok = false;
        const int pause = options.value(QStringLiteral("--step-pause-ms")).toInt(&ok);
        if (!ok || pause < 0)
            return fail(Usage, QStringLiteral("--step-pause-ms takes a number of milliseconds, 0 or more"));
        backupOptions.pauseBetweenSteps = std::chrono::milliseconds(pause);
    }
    const Result<BackupReport> report = DatabaseBackup::backup(options.value(QStringLiteral("--db")),
                                                               options.value(QStringLiteral("--out")), backupOptions);
    if (!report) {
        const QString& code = report.error().code;
        return fail(code == u"database_missing" || code == u"backup_folder_missing" || code == u"backup_same_file"
                        ? BadInput
                        : Storage,
                    report.error().message);
    }
    QTextStream(stdout) << report->summary() << Qt::endl;
    return Ok;
}

int BackupCommands::restore(const OptionValues& options)
{
    if (!require(options, {QStringLiteral("--from"), QStringLiteral("--db")}))
        return Usage;
    RestoreOptions restoreOptions;
    restoreOptions.replaceExisting = options.contains(QStringLiteral("--force"));
    restoreOptions.fullCheck = !options.contains(QStringLiteral("--quick"));
    const QString database = options.value(QStringLiteral("--db"));
    const Result<RestoreReport> report =
        DatabaseRestore::restore(options.value(QStringLiteral("--from")), database, restoreOptions);
    if (!report) {
        const Error& error = report.error();
        if (error.code == u"database_exists")
            return fail(Storage, QStringLiteral("%1 exists already; nothing was changed. To put the backup in its "
                                                "place, stop the server that serves it and add --force (the database "
                                                "is then kept beside it as %1.replaced-DATE).")
                                     .arg(database));
        const bool backupFault = error.code.startsWith(QLatin1String("backup_"));
        return fail(backupFault ? BadInput : Storage, error.message);
    }
    QTextStream out(stdout);
    out << report->summary() << '\n'
        << "Changes that sites pushed after the backup was made are not in it: they stay at the sites that made "
           "them. Sync reports and sessions since the backup are gone too; sites sign in again."
        << Qt::endl;
    return Ok;
}

} // namespace syncsites
