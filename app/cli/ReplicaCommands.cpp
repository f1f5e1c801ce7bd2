#include "ReplicaCommands.h"

#include "Database.h"
#include "ExitCode.h"
#include "ReplicaHealth.h"
#include "ReplicaRescue.h"
#include "ReplicaSettings.h"
#include "SiteConfig.h"
#include "SyncCommands.h"
#include "SyncSummary.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace syncsites::cli {

namespace {

// The new replica remembers the export it still has to write back: a reinit cut short resumes from there.
const QLatin1String kPendingKey("rescue_pending");

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

// Moves the replica and its side files aside, under `target` (+ -wal, -shm). False, with `why`, when it cannot.
bool moveAside(const QString& path, const QString& target, QString* why)
{
    for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm")}) {
        QFile file(path + suffix);
        if (!file.exists())
            continue;
        if (!file.rename(target + suffix)) {
            *why = QStringLiteral("%1 cannot be moved to %2: %3")
                       .arg(file.fileName(), target + suffix, file.errorString());
            return false;
        }
    }
    return true;
}

} // namespace

int ReplicaCommands::check(CliContext& context, const QStringList& arguments)
{
    bool json = false;
    IntegrityOptions options;
    for (const QString& a : arguments) {
        if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("--full"))
            options.full = true;
        else
            return context.fail(Usage, QStringLiteral("check: unknown argument %1").arg(a));
    }
    if (context.replicaPath().isEmpty())
        return context.fail(Usage, QStringLiteral("check: --replica FILE is required"));
    DatabaseOptions open;
    open.createIfMissing = false;
    Result<std::unique_ptr<Database>> database = Database::open(context.replicaPath(), open);
    if (!database)
        return context.fail(LocalStorage, database.error().message);
    const Result<IntegrityReport> report = ReplicaHealth(**database).check(options);
    if (!report)
        return context.fail(LocalStorage, report.error().message);
    if (json) {
        context.out() << QJsonDocument(
                             QJsonObject{{QStringLiteral("damaged"), report->damaged()},
                                         {QStringLiteral("complete"), report->complete},
                                         {QStringLiteral("full"), report->full},
                                         {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)},
                                         {QStringLiteral("elapsed_ms"), report->elapsedMs},
                                         {QStringLiteral("file_bytes"), report->fileBytes}})
                             .toJson(QJsonDocument::Indented);
    } else {
        context.out() << context.replicaPath() << ": " << report->summary() << Qt::endl;
        for (const QString& problem : report->problems)
            context.out() << "  " << problem << '\n';
    }
    if (report->damaged())
        return context.fail(LocalStorage,
                            QStringLiteral("%1 is damaged; sync is stopped for it. Set the site up again with "
                                           "\"syncsites-cli reinit --replica %1\" (it keeps the changes not yet sent).")
                                .arg(context.replicaPath()));
    return Success;
}

int ReplicaCommands::reinit(CliContext& context, const QStringList& arguments)
{
    bool json = false;
    QString exportPath;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--json"))
            json = true;
        else if (arguments[i] == QLatin1String("--export") && i + 1 < arguments.size())
            exportPath = arguments[++i];
        else
            return context.fail(Usage, QStringLiteral("reinit: unknown argument %1").arg(arguments[i]));
    }
    const QString path = context.replicaPath();
    if (path.isEmpty())
        return context.fail(Usage, QStringLiteral("reinit: --replica FILE is required"));
    DatabaseOptions open;
    open.createIfMissing = false;
    Result<std::unique_ptr<Database>> old = Database::open(path, open);
    if (!old)
        return context.fail(LocalStorage,
                            QStringLiteral("reinit: %1 The site's settings and its installation id are in that file; "
                                           "set the site up with \"syncsites-cli init\" on a new file, after your "
                                           "administrator releases the site's binding on the server.")
                                .arg(old.error().message));
    Result<SiteConfig> config = SiteConfig::load(**old);
    if (!config)
        return context.fail(LocalStorage, config.error().message);
    if (!config->isRegistered())
        return context.fail(
            Usage, QStringLiteral("reinit: %1 is not set up for a site; use \"syncsites-cli init\"").arg(path));
    Result<QString> secret = SecretFile::read(SecretFile::pathFor(path));
    if (!secret)
        return context.fail(Credentials, secret.error().message);

    ReplicaSettings oldSettings(**old);
    Result<std::optional<QString>> pending = oldSettings.value(kPendingKey);
    std::unique_ptr<Database> fresh;
    if (pending && pending->has_value()) {
        // A reinit cut short: this is already the new replica.
        exportPath = **pending;
        context.err() << "Resuming the re-initialisation of \"" << config->siteName << "\" (changes kept in "
                      << exportPath << ")." << Qt::endl;
        fresh = std::move(old).value();
    } else {
        Result<QString> installation = oldSettings.installationId();
        if (!installation)
            return context.fail(LocalStorage, installation.error().message);
        const QString when = stamp();
        if (exportPath.isEmpty())
            exportPath = path + QStringLiteral(".unpushed-") + when + QStringLiteral(".json");
        const Result<UnpushedExport> exported = ReplicaRescue::exportUnpushed(**old, exportPath);
        if (!exported)
            return context.fail(exported.error().code == QLatin1String("file_write_failed") ? BadInput : LocalStorage,
                                exported.error().message);
        context.err() << "Saved " << exported->upserts << " changed and " << exported->deletes
                      << " deleted record(s) not yet sent to " << exportPath << '.' << Qt::endl;
        for (const QString& lost : exported->unreadable)
            context.err() << "syncsites-cli: could not be read back (damaged): " << lost << Qt::endl;
        old->reset(); // closed before its files move

        const QString aside = path + QStringLiteral(".damaged-") + when;
        QString why;
        if (!moveAside(path, aside, &why))
            return context.fail(LocalStorage, QStringLiteral("reinit: %1. Nothing else was changed.").arg(why));
        context.err() << "The old replica is kept at " << aside << '.' << Qt::endl;

        Result<std::unique_ptr<Database>> created = Database::open(path);
        if (!created)
            return context.fail(LocalStorage, created.error().message);
        ReplicaSettings settings(**created);
        Status made = settings.setValue(ReplicaSettings::installationIdKey(), *installation);
        if (made)
            made = config->save(**created);
        if (made)
            made = settings.setValue(kPendingKey, exportPath);
        if (!made)
            return context.fail(LocalStorage, made.error().message);
        fresh = std::move(created).value();
    }

    // Pull everything, write the saved changes back as this site's own, push them.
    SyncSummary pulled = SyncCommands::runSession(context, *fresh, *config, *secret, json);
    if (pulled.outcome != SyncOutcome::Success && pulled.outcome != SyncOutcome::Partial) {
        context.err() << "syncsites-cli: the new replica's first sync did not finish; the changes are kept in "
                      << exportPath << ". Run \"syncsites-cli reinit --replica " << path
                      << "\" again once the problem is solved: it resumes." << Qt::endl;
        return SyncCommands::exitCodeFor(pulled);
    }
    const Result<int> written = ReplicaRescue::reapply(*fresh, exportPath);
    if (!written)
        return context.fail(LocalStorage,
                            QStringLiteral("reinit: the saved changes could not be written back: %1. They are kept in "
                                           "%2.")
                                .arg(written.error().message, exportPath));
    if (Status s = ReplicaSettings(*fresh).remove(kPendingKey); !s)
        return context.fail(LocalStorage, s.error().message);
    context.err() << "Wrote back " << *written << " change(s) made here; sending them." << Qt::endl;
    const SyncSummary pushed = SyncCommands::runSession(context, *fresh, *config, *secret, json);
    if (pushed.outcome == SyncOutcome::Success)
        context.err() << "\"" << config->siteName << "\" is set up again; the changes carried over are listed in "
                      << exportPath << '.' << Qt::endl;
    return SyncCommands::exitCodeFor(pushed);
}

} // namespace syncsites::cli
