#include "SyncCommands.h"

#include "ExitCode.h"
#include "InterruptWatcher.h"
#include "ProgressBar.h"
#include "SecretFile.h"
#include "SiteService.h"
#include "SyncSession.h"

#include <QJsonDocument>
#include <QUrl>

#include <memory>

namespace syncsites::cli {

namespace {

/// A progress bar per stage of the session, on stderr.
class StageBars
{
public:
    explicit StageBars(QTextStream& stream) : m_stream(stream) {}
    ~StageBars() { finish(); }

    void update(const SyncProgress& progress)
    {
        const QString label =
            (progress.link.isEmpty() ? QString() : progress.link + QLatin1Char(' ')) + syncStageId(progress.stage);
        if (label != m_label) {
            finish();
            m_label = label;
            m_bar = std::make_unique<ProgressBar>(m_stream, label);
        }
        m_bar->update(progress.done, progress.total >= 0 ? progress.total : progress.done);
    }

    void finish()
    {
        if (m_bar)
            m_bar->finish();
        m_bar.reset();
    }

private:
    QTextStream& m_stream;
    QString m_label;
    std::unique_ptr<ProgressBar> m_bar;
};

struct Options
{
    bool json = false;
    QString server;
    QString site;
    QString passwordFile;
    QString caCert;
};

// Parses the options a command accepts; an empty string means success, otherwise the usage error.
QString parse(const QStringList& arguments, const QStringList& allowed, Options* options)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (!allowed.contains(a))
            return QStringLiteral("unknown argument %1").arg(a);
        if (a == QLatin1String("--json")) {
            options->json = true;
            continue;
        }
        if (i + 1 >= arguments.size())
            return QStringLiteral("%1 needs a value").arg(a);
        const QString value = arguments[++i];
        if (a == QLatin1String("--server"))
            options->server = value;
        else if (a == QLatin1String("--site"))
            options->site = value;
        else if (a == QLatin1String("--password-file"))
            options->passwordFile = value;
        else if (a == QLatin1String("--ca-cert"))
            options->caCert = value;
    }
    return QString();
}

} // namespace

SyncSummary SyncCommands::runSession(CliContext& context, Database& database, const ReplicaConfig& config,
                                     const QString& secret, bool json)
{
    SyncSession session(database, config, secret);
    StageBars bars(context.err());
    session.setObserver([&](const SyncProgress& progress) { bars.update(progress); });
    // Ctrl-C cancels: the page being written is rolled back, the next sync resumes.
    InterruptWatcher watcher([&session] { session.cancel(); });
    const SyncSummary summary = session.run();
    bars.finish();
    if (json)
        context.out() << QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented);
    context.err() << QStringLiteral("%1: pushed %2, pulled %3, rejected %4, waiting %5, %6 ms")
                         .arg(syncOutcomeId(summary.outcome))
                         .arg(summary.pushed)
                         .arg(summary.pulled)
                         .arg(summary.rejected)
                         .arg(summary.waiting)
                         .arg(summary.durationMs)
                  << Qt::endl;
    if (summary.failure)
        context.err() << "syncsites-cli: " << summary.failure->text() << Qt::endl;
    return summary;
}

int SyncCommands::exitCodeFor(const SyncFailure& failure)
{
    switch (failure.kind) {
    case SyncFailure::Kind::NoNetwork:
    case SyncFailure::Kind::ServerUnreachable:
    case SyncFailure::Kind::Timeout:
        return Network;
    case SyncFailure::Kind::Tls:
        return Tls;
    case SyncFailure::Kind::Credentials:
        return Credentials;
    case SyncFailure::Kind::Bound:
        return Bound;
    case SyncFailure::Kind::Incompatible:
        return Incompatible;
    case SyncFailure::Kind::ServerError:
        return ServerError;
    case SyncFailure::Kind::Cancelled:
        return Interrupted;
    case SyncFailure::Kind::Rejected:
        return Problems;
    case SyncFailure::Kind::LocalStorage:
        return LocalStorage;
    }
    return ServerError;
}

int SyncCommands::exitCodeFor(const SyncSummary& summary)
{
    if (summary.outcome == SyncOutcome::Success)
        return Success;
    return summary.failure ? exitCodeFor(*summary.failure) : ServerError;
}

int SyncCommands::init(CliContext& context, const QStringList& arguments)
{
    Options options;
    const QString error =
        parse(arguments,
              {QStringLiteral("--server"), QStringLiteral("--site"), QStringLiteral("--password-file"),
               QStringLiteral("--ca-cert"), QStringLiteral("--json")},
              &options);
    if (!error.isEmpty())
        return context.fail(Usage, QStringLiteral("init: ") + error);
    if (context.replicaPath().isEmpty() || options.server.isEmpty() || options.site.isEmpty() ||
        options.passwordFile.isEmpty())
        return context.fail(Usage, QStringLiteral("init: --replica FILE, --server URL, --site NAME and "
                                                  "--password-file F are required"));
    const QUrl url(options.server);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty())
        return context.fail(
            Usage, QStringLiteral("init: --server must be an http:// or https:// URL, not \"%1\"").arg(options.server));
    Result<QString> secret = SecretFile::readPasswordFile(options.passwordFile);
    if (!secret)
        return context.fail(BadInput, secret.error().message);

    Result<SiteSetUp> setUp =
        SiteService::setUp(context.replicaPath(), options.server, options.site, options.caCert, *secret);
    if (!setUp) {
        const QString& code = setUp.error().code;
        const bool usage = code == QLatin1String("not_a_replica") || code == QLatin1String("replica_of_other_site");
        return context.fail(usage ? Usage : LocalStorage,
                            (usage ? QStringLiteral("init: ") : QString()) + setUp.error().message);
    }
    if (setUp->resumed)
        context.err() << "Resuming the set-up of \"" << options.site << "\"." << Qt::endl;
    const SyncSummary summary = runSession(context, setUp->site->database(), setUp->config, *secret, options.json);
    // Refused by the hub: a first set-up leaves nothing behind.
    if (SiteService::discardRefusedSetUp(setUp.value(), summary))
        context.err() << "syncsites-cli: nothing was kept; run init again once the problem is solved." << Qt::endl;
    return exitCodeFor(summary);
}

int SyncCommands::sync(CliContext& context, const QStringList& arguments)
{
    Options options;
    const QString error = parse(arguments, {QStringLiteral("--json")}, &options);
    if (!error.isEmpty())
        return context.fail(Usage, QStringLiteral("sync: ") + error);
    std::unique_ptr<SiteService> site;
    if (const int code = context.openReplica(QStringLiteral("sync"), &site, CliContext::Needs::Server); code != Success)
        return code;
    // Half-way through `reinit`, a sync would let edits in that the write-back would then overwrite.
    if (const Result<std::optional<QString>> pending = site->unfinishedReinit(); !pending || pending->has_value())
        return context.fail(Usage, QStringLiteral("sync: the set-up of %1 again is not finished (the changes not yet "
                                                  "sent are in %2); run \"syncsites-cli reinit --replica %1\": it "
                                                  "resumes.")
                                       .arg(context.replicaPath(), pending ? **pending : pending.error().message));
    const Result<ReplicaConfig> config = site->config();
    if (!config)
        return context.fail(LocalStorage, config.error().message);
    Result<QString> secret = SiteService::keptSecret(context.replicaPath());
    if (!secret)
        return context.fail(Credentials, secret.error().message);
    return exitCodeFor(runSession(context, site->database(), *config, *secret, options.json));
}

} // namespace syncsites::cli
