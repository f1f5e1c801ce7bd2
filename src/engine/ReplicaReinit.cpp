#include "ReplicaReinit.h"

#include "Database.h"
#include "ReplicaConfig.h"
#include "SettingTable.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLockFile>

namespace syncsites {

namespace {

// Its sentences, in the translation context "ReplicaReinit" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReplicaReinit)
};

const QLatin1String kSideFiles[] = {QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm")};

// Moves `from` and its side files to `to` (+ the same suffixes), all or none: when one cannot move, those moved
// already go back (a database apart from its -wal would lose its latest commits) and `why` says which failed.
bool moveWithSideFiles(const QString& from, const QString& to, QString* why)
{
    QList<QLatin1String> moved;
    for (const QLatin1String suffix : kSideFiles) {
        QFile file(from + suffix);
        if (!file.exists())
            continue;
        QFile::remove(to + suffix);
        if (!file.rename(to + suffix)) {
            *why = Text::tr("%1 cannot be moved to %2: %3").arg(file.fileName(), to + suffix, file.errorString());
            for (const QLatin1String back : std::as_const(moved))
                QFile::rename(to + back, from + back);
            return false;
        }
        moved << suffix;
    }
    return true;
}

void removeWithSideFiles(const QString& path)
{
    for (const QLatin1String suffix : kSideFiles)
        QFile::remove(path + suffix);
}

} // namespace

QLatin1String ReplicaReinit::pendingKey()
{
    return QLatin1String("rescue_pending");
}

Result<ReplicaReinit::Report> ReplicaReinit::run(const QString& path, QString exportPath, const RunSession& runSession,
                                                 const Say& say)
{
    const auto tell = [&say](const QString& sentence) {
        if (say)
            say(sentence);
    };
    const QString staged = path + QStringLiteral(".reinit");
    Report report;

    // Killed after the old file moved aside and before the new one took its name: finish that move.
    if (!QFile::exists(path) && QFile::exists(staged)) {
        QString why;
        if (!moveWithSideFiles(staged, path, &why))
            return Error{QStringLiteral("file_move_failed"), why};
    }

    DatabaseOptions existing;
    existing.createIfMissing = false;
    Result<std::unique_ptr<Database>> opened = Database::open(path, existing);
    if (!opened)
        return Error{
            QStringLiteral("replica_unreadable"),
            Text::tr("%1 The site's settings and its installation id are in that file, so it cannot be set up "
                     "again from it: set the site up on a new file, after your administrator releases the site's "
                     "binding on the server.")
                .arg(opened.error().message)};
    std::unique_ptr<Database> replica = std::move(opened).value();
    Result<ReplicaConfig> config = ReplicaConfig::load(*replica);
    if (!config)
        return config.error();
    if (!config->isRegistered())
        return Error{QStringLiteral("replica_not_set_up"),
                     Text::tr("%1 is not set up for a site; set it up rather than again.").arg(path)};

    const Result<std::optional<QString>> pending = SettingTable(*replica).value(pendingKey());
    if (!pending)
        return pending.error();
    if (pending->has_value()) {
        report.resumed = true;
        exportPath = **pending;
        tell(Text::tr("Resuming the set-up of \"%1\" (the changes are kept in %2).").arg(config->siteName, exportPath));
    } else {
        // No session may write the old file while its changes are exported and it is moved: hold the sessions'
        // lock (SyncSession takes it) and an exclusive transaction for the export.
        QLockFile lock(path + QStringLiteral(".sync-lock"));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(5000))
            return Error{
                QStringLiteral("replica_busy"),
                Text::tr("%1 is being synced by another program (or the app). Stop its automatic sync, then try "
                         "again.")
                    .arg(path)};
        Result<QString> installation = SettingTable(*replica).installationId();
        if (!installation)
            return installation.error();
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (exportPath.isEmpty())
            exportPath = path + QStringLiteral(".unpushed-") + stamp + QStringLiteral(".json");
        Result<QSqlDatabase> connection = replica->connection();
        if (!connection)
            return connection.error();
        if (Status s = sql::exec(*connection, QStringLiteral("BEGIN EXCLUSIVE"),
                                 QStringLiteral("locking the replica for the export"));
            !s)
            return s.error();
        Result<UnpushedExport> exported = ReplicaRescue::exportUnpushed(*replica, exportPath);
        sql::exec(*connection, QStringLiteral("ROLLBACK"), QStringLiteral("ending the export"));
        if (!exported)
            return exported.error();
        report.exported = *exported;
        tell(Text::tr("Saved %1 changed and %2 deleted record(s) not yet sent to %3.")
                 .arg(exported->upserts)
                 .arg(exported->deletes)
                 .arg(exportPath));
        for (const QString& lost : std::as_const(exported->unreadable))
            tell(Text::tr("Could not be read back (damaged): %1").arg(lost));
        // Everything into the main file, so that it moves alone (a damaged file may refuse: then the -wal moves
        // with it).
        sql::exec(*connection, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                  QStringLiteral("checkpointing the replica"));
        replica->close();
        replica.reset();

        // The new replica is made under another name first: until it takes the file's name, the old one is there.
        removeWithSideFiles(staged);
        {
            Result<std::unique_ptr<Database>> created = Database::open(staged);
            if (!created)
                return created.error();
            // One transaction: the new file is this site's, with the export to write back, or it is nothing.
            SettingTable settings(**created);
            Result<Transaction> tx = Transaction::begin(**created);
            Status made = tx ? Status() : Status(tx.error());
            if (made)
                made = settings.setValue(SettingTable::installationIdKey(), *installation);
            if (made)
                made = config->save(**created);
            if (made)
                made = settings.setValue(pendingKey(), exportPath);
            if (made)
                made = tx->commit();
            (*created)->close();
            if (!made) {
                removeWithSideFiles(staged);
                return made.error();
            }
        }
        report.asidePath = path + QStringLiteral(".damaged-") + stamp;
        QString why;
        if (!moveWithSideFiles(path, report.asidePath, &why))
            return Error{QStringLiteral("file_move_failed"), why + Text::tr(". Nothing else was changed.")};
        if (!moveWithSideFiles(staged, path, &why))
            return Error{QStringLiteral("file_move_failed"), why};
        tell(Text::tr("The old replica is kept at %1.").arg(report.asidePath));
        Result<std::unique_ptr<Database>> fresh = Database::open(path, existing);
        if (!fresh)
            return fresh.error();
        replica = std::move(fresh).value();
    }
    report.exportPath = exportPath;

    // Pull everything, write the saved changes back as this site's own, push them.
    report.pulled = runSession(*replica, *config);
    if (report.pulled.outcome != SyncOutcome::Success && report.pulled.outcome != SyncOutcome::Partial) {
        tell(Text::tr(
                 "The new replica's first sync did not finish; the changes are kept in %1. Run the set-up again once "
                 "the problem is solved: it resumes.")
                 .arg(exportPath));
        return report;
    }
    // Written back and marked done in one transaction: a run killed here writes them back once, not twice.
    Result<Transaction> tx = Transaction::begin(*replica);
    if (!tx)
        return tx.error();
    const Result<ReplicaRescue::Reapplied> reapplied = ReplicaRescue::reapply(*replica, exportPath);
    Status cleared = reapplied ? SettingTable(*replica).remove(pendingKey()) : Status(reapplied.error());
    if (cleared)
        cleared = tx->commit();
    if (!cleared)
        return Error{cleared.error().code,
                     Text::tr("The saved changes could not be written back: %1. They are kept in %2.")
                         .arg(cleared.error().message, exportPath)};
    report.written = reapplied->written;
    report.refused = reapplied->refused;
    for (const QString& refused : std::as_const(report.refused))
        tell(Text::tr("Not written back (refused here): %1").arg(refused));
    tell(Text::tr("Wrote back %1 change(s) made here; sending them.").arg(report.written));
    report.pushed = runSession(*replica, *config);
    if (report.finished())
        tell(Text::tr("\"%1\" is set up again; the changes carried over are listed in %2.")
                 .arg(config->siteName, exportPath));
    return report;
}

} // namespace syncsites
