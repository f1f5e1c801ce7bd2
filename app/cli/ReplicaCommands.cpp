#include "ReplicaCommands.h"

#include "Database.h"
#include "ExitCode.h"
#include "ReplicaReinit.h"
#include "SiteService.h"
#include "SyncCommands.h"
#include "SyncSummary.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace syncsites::cli {

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
    Result<std::unique_ptr<SiteService>> site = SiteService::open(context.replicaPath(), open);
    if (!site)
        return context.fail(LocalStorage, site.error().message);
    const Result<ReplicaCheck> check = (*site)->check(options);
    if (!check)
        return context.fail(LocalStorage, check.error().message);
    const IntegrityReport& report = check->report;
    if (json) {
        context.out() << QJsonDocument(
                             QJsonObject{{QStringLiteral("damaged"), report.damaged()},
                                         {QStringLiteral("complete"), report.complete},
                                         {QStringLiteral("full"), report.full},
                                         {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)},
                                         {QStringLiteral("elapsed_ms"), report.elapsedMs},
                                         {QStringLiteral("file_bytes"), report.fileBytes}})
                             .toJson(QJsonDocument::Indented);
    } else {
        context.out() << context.replicaPath() << ": " << report.summary() << Qt::endl;
        for (const QString& problem : report.problems)
            context.out() << "  " << problem << '\n';
    }
    // A whole replica syncs again only once the damage mark is gone: say so when it could not be cleared.
    if (!check->markLeft.isEmpty())
        return context.fail(LocalStorage, QStringLiteral("%1 is whole now, but its damage mark could not be cleared "
                                                         "(%2), so sync still refuses it. Check the disk, then run "
                                                         "check again.")
                                              .arg(context.replicaPath(), check->markLeft));
    if (report.damaged())
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
    Result<QString> secret = SiteService::keptSecret(path);
    if (!secret) {
        // The replica's own trouble (missing, emptied, unreadable) comes first: it is what to act on.
        DatabaseOptions existing;
        existing.createIfMissing = false;
        if (!QFileInfo::exists(path + QStringLiteral(".reinit"))) {
            const Result<std::unique_ptr<SiteService>> opened = SiteService::open(path, existing);
            if (!opened)
                return context.fail(LocalStorage, QStringLiteral("reinit: ") + opened.error().message);
        }
        return context.fail(Credentials, secret.error().message);
    }
    const Result<ReplicaReinit::Report> report = ReplicaReinit::run(
        path, exportPath,
        [&](Database& replica, const ReplicaConfig& config) {
            return SyncCommands::runSession(context, replica, config, *secret, json);
        },
        [&context](const QString& sentence) { context.err() << sentence << Qt::endl; });
    if (!report) {
        const QString& code = report.error().code;
        return context.fail(code == QLatin1String("file_write_failed")    ? BadInput
                            : code == QLatin1String("replica_not_set_up") ? Usage
                                                                          : LocalStorage,
                            QStringLiteral("reinit: ") + report.error().message);
    }
    if (report->pulled.outcome != SyncOutcome::Success && report->pulled.outcome != SyncOutcome::Partial)
        return SyncCommands::exitCodeFor(report->pulled);
    if (!report->refused.isEmpty() && report->pushed.outcome == SyncOutcome::Success)
        return Problems;
    return SyncCommands::exitCodeFor(report->pushed);
}

} // namespace syncsites::cli
