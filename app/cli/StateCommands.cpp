#include "StateCommands.h"

#include "ChangeLog.h"
#include "ClockSkew.h"
#include "Database.h"
#include "ExitCode.h"
#include "QuarantineRetry.h"
#include "ReplicaConfig.h"
#include "SecretFile.h"
#include "SyncCommands.h"
#include "SyncFailure.h"
#include "SyncHistory.h"
#include "SyncStateRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <memory>

namespace syncsites::cli {

namespace {

QString iso(const QDateTime& at)
{
    return at.isValid() ? at.toString(Qt::ISODateWithMs) : QString();
}

QJsonValue isoOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

// Opens the registered replica named by --replica, or says why not (and sets the exit code).
std::unique_ptr<Database> openReplica(CliContext& context, const QString& command, ReplicaConfig* config, int* code)
{
    if (context.replicaPath().isEmpty()) {
        *code = context.fail(Usage, QStringLiteral("%1: --replica FILE is required").arg(command));
        return nullptr;
    }
    DatabaseOptions options;
    options.createIfMissing = false;
    Result<std::unique_ptr<Database>> database = Database::open(context.replicaPath(), options);
    if (!database) {
        *code = context.fail(LocalStorage, database.error().message);
        return nullptr;
    }
    Result<ReplicaConfig> loaded = ReplicaConfig::load(**database);
    if (!loaded) {
        *code = context.fail(LocalStorage, loaded.error().message);
        return nullptr;
    }
    if (!loaded->isRegistered()) {
        *code = context.fail(Usage, QStringLiteral("%1: %2 is not set up for a site yet; run \"syncsites-cli init\" "
                                                   "first")
                                        .arg(command, context.replicaPath()));
        return nullptr;
    }
    *config = *loaded;
    return std::move(database).value();
}

QString tr(const char* text)
{
    return QCoreApplication::translate("StateCommands", text);
}

// The last clock check: {ahead_ms, checked_at, skewed, warning}, or null when the replica never reached a server.
QJsonValue clockJson(const std::optional<ClockCheck>& clock)
{
    if (!clock)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("ahead_ms"), clock->aheadMs},
                       {QStringLiteral("checked_at"), isoOrNull(clock->checkedAt)},
                       {QStringLiteral("skewed"), ClockSkew::isSkewed(*clock)},
                       {QStringLiteral("warning"),
                        ClockSkew::isSkewed(*clock) ? QJsonValue(ClockSkew::warning(*clock)) : QJsonValue()}};
}

} // namespace

int StateCommands::status(CliContext& context, const QStringList& arguments)
{
    bool json = false;
    for (const QString& a : arguments) {
        if (a != QLatin1String("--json"))
            return context.fail(Usage, QStringLiteral("status: unknown argument %1").arg(a));
        json = true;
    }
    ReplicaConfig config;
    int code = Success;
    std::unique_ptr<Database> database = openReplica(context, QStringLiteral("status"), &config, &code);
    if (!database)
        return code;
    SyncStateRepository state(*database);
    ChangeLog changelog(*database);
    Result<QVector<LinkState>> links = state.linkStates();
    Result<qint64> quarantined = state.quarantineCount();
    Result<QVector<SyncLogEntry>> last = state.sessions(1);
    Result<std::optional<ClockCheck>> clock = ClockSkew::load(*database);
    if (!links || !quarantined || !last || !clock)
        return context.fail(LocalStorage, (!links         ? links.error()
                                           : !quarantined ? quarantined.error()
                                           : !last        ? last.error()
                                                          : clock.error())
                                              .message);
    QJsonArray linkArray;
    // Every category's unpushed rows, also of a category this site has no link for.
    const Result<qint64> allWaiting = SyncHistory(*database).waiting();
    const qint64 waiting = allWaiting ? *allWaiting : 0;
    for (const LinkState& link : *links) {
        const Result<qint64> unpushed = changelog.countUnpushed(link.pushPosition, link.category);
        linkArray.append(QJsonObject{{QStringLiteral("category"), categoryId(link.category)},
                                     {QStringLiteral("pull_cursor"), link.pullCursor},
                                     {QStringLiteral("push_position"), link.pushPosition},
                                     {QStringLiteral("initialised"), link.initialised},
                                     {QStringLiteral("waiting"), unpushed ? *unpushed : 0},
                                     {QStringLiteral("last_pull_at"), isoOrNull(link.lastPullAt)}});
    }
    QJsonObject lastSession;
    if (!last->isEmpty()) {
        const SyncLogEntry& s = last->first();
        lastSession = QJsonObject{{QStringLiteral("id"), s.id},
                                  {QStringLiteral("outcome"), syncOutcomeId(s.outcome)},
                                  {QStringLiteral("started_at"), isoOrNull(s.startedAt)},
                                  {QStringLiteral("finished_at"), isoOrNull(s.finishedAt)},
                                  {QStringLiteral("error"), s.errorMessage}};
    }
    const QJsonObject out{{QStringLiteral("site"), config.siteName},
                          {QStringLiteral("server"), config.serverUrl},
                          {QStringLiteral("links"), linkArray},
                          {QStringLiteral("waiting"), waiting},
                          {QStringLiteral("quarantined"), *quarantined},
                          {QStringLiteral("last_session"), last->isEmpty() ? QJsonValue() : QJsonValue(lastSession)},
                          {QStringLiteral("clock"), clockJson(*clock)}};
    if (json) {
        context.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
        context.out().flush();
        // Scripts read "clock.skewed"; the person running them sees this.
        if (*clock && ClockSkew::isSkewed(**clock))
            context.err() << "syncsites-cli: " << ClockSkew::warning(**clock) << Qt::endl;
        return Success;
    }
    context.out() << "Site:        " << config.siteName << "\nServer:      " << config.serverUrl << '\n';
    for (const LinkState& link : *links)
        context.out() << "Link " << categoryId(link.category) << ":    "
                      << (link.initialised ? "initialised" : "initialising") << ", pulled up to " << link.pullCursor
                      << ", last pull " << (link.lastPullAt.isValid() ? iso(link.lastPullAt) : QStringLiteral("never"))
                      << '\n';
    context.out() << "Waiting:     " << waiting << " local changes to send\nQuarantine:  " << *quarantined
                  << " records\n";
    if (!last->isEmpty())
        context.out() << "Last sync:   " << syncOutcomeId(last->first().outcome) << " at "
                      << iso(last->first().finishedAt) << ' ' << last->first().errorMessage << '\n';
    if (*clock) {
        const ClockCheck& c = **clock;
        context.out() << "Clock:       "
                      << (qAbs(c.aheadMs) < 1000 ? tr("in step with the server's")
                          : c.aheadMs > 0        ? tr("%1 ahead of the server's").arg(ClockSkew::distance(c.aheadMs))
                                                 : tr("%1 behind the server's").arg(ClockSkew::distance(c.aheadMs)))
                      << ' ' << tr("(checked %1)").arg(iso(c.checkedAt)) << '\n';
        if (ClockSkew::isSkewed(c))
            context.out() << tr("Warning:     %1").arg(ClockSkew::warning(c)) << '\n';
    }
    context.out().flush();
    return Success;
}

int StateCommands::log(CliContext& context, const QStringList& arguments)
{
    bool json = false;
    int limit = 20;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--json")) {
            json = true;
        } else if (arguments[i] == QLatin1String("--limit") && i + 1 < arguments.size()) {
            bool ok = false;
            limit = arguments[++i].toInt(&ok);
            if (!ok || limit < 1)
                return context.fail(Usage, QStringLiteral("log: --limit takes a whole number above 0"));
        } else {
            return context.fail(Usage, QStringLiteral("log: unknown argument %1").arg(arguments[i]));
        }
    }
    ReplicaConfig config;
    int code = Success;
    std::unique_ptr<Database> database = openReplica(context, QStringLiteral("log"), &config, &code);
    if (!database)
        return code;
    SyncStateRepository state(*database);
    Result<QVector<SyncLogEntry>> sessions = state.sessions(limit);
    if (!sessions)
        return context.fail(LocalStorage, sessions.error().message);
    QJsonArray array;
    for (const SyncLogEntry& s : *sessions) {
        Result<QVector<SyncStageEntry>> stages = state.stages(s.id);
        QJsonArray stageArray;
        if (stages)
            for (const SyncStageEntry& st : *stages)
                stageArray.append(
                    QJsonObject{{QStringLiteral("link"), st.link},
                                {QStringLiteral("stage"), syncStageId(st.stage)},
                                {QStringLiteral("done"), st.done},
                                {QStringLiteral("total"), st.total ? QJsonValue(*st.total) : QJsonValue()},
                                {QStringLiteral("started_at"), isoOrNull(st.startedAt)},
                                {QStringLiteral("finished_at"), isoOrNull(st.finishedAt)}});
        array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("started_at"), isoOrNull(s.startedAt)},
                                 {QStringLiteral("finished_at"), isoOrNull(s.finishedAt)},
                                 {QStringLiteral("outcome"), syncOutcomeId(s.outcome)},
                                 {QStringLiteral("pushed"), s.pushed},
                                 {QStringLiteral("pulled"), s.pulled},
                                 {QStringLiteral("rejected"), s.rejected},
                                 {QStringLiteral("error_code"), s.errorCode.isEmpty() ? QJsonValue() : s.errorCode},
                                 {QStringLiteral("error"), s.errorMessage.isEmpty() ? QJsonValue() : s.errorMessage},
                                 {QStringLiteral("stages"), stageArray}});
    }
    if (json) {
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const SyncLogEntry& s : *sessions) {
        context.out() << '#' << s.id << "  " << iso(s.startedAt) << "  " << syncOutcomeId(s.outcome) << "  pushed "
                      << s.pushed << ", pulled " << s.pulled << ", rejected " << s.rejected;
        if (!s.errorMessage.isEmpty())
            context.out() << "\n      " << s.errorMessage;
        context.out() << '\n';
    }
    context.out().flush();
    return Success;
}

int StateCommands::quarantine(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    const bool json = rest == QStringList{QStringLiteral("--json")};
    if (action == QLatin1String("list")     ? !(rest.isEmpty() || json)
        : action == QLatin1String("retry")  ? !rest.isEmpty()
        : action == QLatin1String("export") ? rest.size() != 1
                                            : true)
        return context.fail(Usage, QStringLiteral("quarantine: use \"quarantine list [--json]\", \"quarantine retry\" "
                                                  "or \"quarantine export FILE\""));
    ReplicaConfig config;
    int code = Success;
    std::unique_ptr<Database> database = openReplica(context, QStringLiteral("quarantine"), &config, &code);
    if (!database)
        return code;
    SyncStateRepository state(*database);

    if (action == QLatin1String("retry")) {
        Result<QString> secret = SecretFile::read(SecretFile::pathFor(context.replicaPath()));
        if (!secret)
            return context.fail(Credentials, secret.error().message);
        QuarantineRetry retry(*database, config, *secret);
        Result<QuarantineRetry::Outcome> outcome = retry.run();
        if (!outcome) {
            const SyncFailure failure = SyncFailure::classify(outcome.error());
            return context.fail(SyncCommands::exitCodeFor(failure), failure.text());
        }
        context.err() << "retried " << outcome->retried << ": " << outcome->resolved << " went through, "
                      << outcome->stillRefused << " still refused" << Qt::endl;
        return outcome->stillRefused > 0 ? Problems : Success;
    }

    Result<QVector<QuarantineEntry>> entries = state.quarantined();
    if (!entries)
        return context.fail(LocalStorage, entries.error().message);
    QJsonArray array;
    for (const QuarantineEntry& e : *entries)
        array.append(e.toJson());
    if (action == QLatin1String("export")) {
        QSaveFile file(rest.first());
        if (!file.open(QIODevice::WriteOnly))
            return context.fail(
                BadInput,
                QStringLiteral("quarantine: %1 cannot be written (%2)").arg(rest.first(), file.errorString()));
        file.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
        if (!file.commit())
            return context.fail(
                BadInput,
                QStringLiteral("quarantine: %1 cannot be written (%2)").arg(rest.first(), file.errorString()));
        context.err() << entries->size() << " quarantined records written to " << rest.first() << Qt::endl;
        return Success;
    }
    if (json) {
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (entries->isEmpty())
        context.out() << "The quarantine is empty.\n";
    for (const QuarantineEntry& e : *entries)
        context.out() << '#' << e.id << "  " << e.tableName << ' ' << e.recordId << "  [" << e.reasonCode << "] "
                      << e.reason << "  (retries: " << e.retryCount << ")\n";
    context.out().flush();
    return Success;
}

} // namespace syncsites::cli
