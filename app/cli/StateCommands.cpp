#include "StateCommands.h"

#include "ExitCode.h"
#include "SiteService.h"
#include "SyncCommands.h"
#include "SyncFailure.h"
#include "SyncOverview.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

// Its sentences, in the translation context "StateCommands" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StateCommands)
};

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
    std::unique_ptr<SiteService> site;
    if (const int code = context.openReplica(QStringLiteral("status"), &site, CliContext::Needs::Server);
        code != Success)
        return code;
    const Result<ReplicaStatus> status = site->status();
    if (!status)
        return context.fail(LocalStorage, status.error().message);
    const std::optional<ClockCheck>& clock = status->clock;
    QJsonArray linkArray;
    for (const ReplicaStatus::Link& l : status->links) {
        const LinkState& link = l.state;
        linkArray.append(QJsonObject{{QStringLiteral("category"), categoryId(link.category)},
                                     {QStringLiteral("pull_cursor"), link.pullCursor},
                                     {QStringLiteral("push_position"), link.pushPosition},
                                     {QStringLiteral("initialised"), link.initialised},
                                     {QStringLiteral("waiting"), l.waiting},
                                     {QStringLiteral("last_pull_at"), isoOrNull(link.lastPullAt)}});
    }
    QJsonValue lastSession;
    if (const std::optional<SyncLogEntry>& s = status->lastSession)
        lastSession = QJsonObject{{QStringLiteral("id"), s->id},
                                  {QStringLiteral("outcome"), syncOutcomeId(s->outcome)},
                                  {QStringLiteral("started_at"), isoOrNull(s->startedAt)},
                                  {QStringLiteral("finished_at"), isoOrNull(s->finishedAt)},
                                  {QStringLiteral("error"), s->errorMessage}};
    const QJsonObject out{{QStringLiteral("site"), status->config.siteName},
                          {QStringLiteral("server"), status->config.serverUrl},
                          {QStringLiteral("links"), linkArray},
                          {QStringLiteral("waiting"), status->waiting},
                          {QStringLiteral("quarantined"), status->quarantined},
                          {QStringLiteral("last_session"), lastSession},
                          {QStringLiteral("clock"), clockJson(clock)}};
    if (json) {
        context.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
        context.out().flush();
        // Scripts read "clock.skewed"; the person running them sees this.
        if (clock && ClockSkew::isSkewed(*clock))
            context.err() << "syncsites-cli: " << ClockSkew::warning(*clock) << Qt::endl;
        return Success;
    }
    context.out() << "Site:        " << status->config.siteName << "\nServer:      " << status->config.serverUrl
                  << '\n';
    for (const ReplicaStatus::Link& l : status->links) {
        const LinkState& link = l.state;
        context.out() << "Link " << categoryId(link.category) << ":    "
                      << (link.initialised ? "initialised" : "initialising") << ", pulled up to " << link.pullCursor
                      << ", last pull " << (link.lastPullAt.isValid() ? iso(link.lastPullAt) : QStringLiteral("never"))
                      << '\n';
    }
    context.out() << "Waiting:     " << status->waiting
                  << " local changes to send\nQuarantine:  " << status->quarantined << " records\n";
    if (const std::optional<SyncLogEntry>& last = status->lastSession)
        context.out() << "Last sync:   " << syncOutcomeId(last->outcome) << " at " << iso(last->finishedAt) << ' '
                      << last->errorMessage << '\n';
    if (clock) {
        const ClockCheck& c = *clock;
        context.out() << "Clock:       "
                      << (qAbs(c.aheadMs) < 1000 ? Text::tr("in step with the server's")
                          : c.aheadMs > 0 ? Text::tr("%1 ahead of the server's").arg(ClockSkew::distance(c.aheadMs))
                                          : Text::tr("%1 behind the server's").arg(ClockSkew::distance(c.aheadMs)))
                      << ' ' << Text::tr("(checked %1)").arg(iso(c.checkedAt)) << '\n';
        if (ClockSkew::isSkewed(c))
            context.out() << Text::tr("Warning:     %1").arg(ClockSkew::warning(c)) << '\n';
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
    std::unique_ptr<SiteService> site;
    if (const int code = context.openReplica(QStringLiteral("log"), &site, CliContext::Needs::Server); code != Success)
        return code;
    const Result<QVector<LoggedSession>> sessions = site->sessions(limit);
    if (!sessions)
        return context.fail(LocalStorage, sessions.error().message);
    QJsonArray array;
    for (const LoggedSession& record : *sessions) {
        const SyncLogEntry& s = record.session;
        QJsonArray stageArray;
        for (const SyncStageEntry& st : record.stages)
            stageArray.append(QJsonObject{{QStringLiteral("link"), st.link},
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
    for (const LoggedSession& record : *sessions) {
        const SyncLogEntry& s = record.session;
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
    std::unique_ptr<SiteService> site;
    if (const int code = context.openReplica(QStringLiteral("quarantine"), &site, CliContext::Needs::Server);
        code != Success)
        return code;

    if (action == QLatin1String("retry")) {
        Result<QString> secret = SiteService::keptSecret(context.replicaPath());
        if (!secret)
            return context.fail(Credentials, secret.error().message);
        Result<QuarantineRetry::Outcome> outcome = site->retryQuarantine(*secret);
        if (!outcome) {
            const SyncFailure failure = SyncFailure::classify(outcome.error());
            return context.fail(SyncCommands::exitCodeFor(failure), failure.text());
        }
        context.err() << "retried " << outcome->retried << ": " << outcome->resolved << " went through, "
                      << outcome->stillRefused << " still refused" << Qt::endl;
        return outcome->stillRefused > 0 ? Problems : Success;
    }

    if (action == QLatin1String("export")) {
        const Result<qsizetype> written = site->exportQuarantine(rest.first());
        if (!written) {
            const bool unwritable = written.error().code == QLatin1String("file_write_failed");
            return context.fail(unwritable ? BadInput : LocalStorage,
                                (unwritable ? QStringLiteral("quarantine: ") : QString()) + written.error().message);
        }
        context.err() << *written << " quarantined records written to " << rest.first() << Qt::endl;
        return Success;
    }
    const Result<QVector<QuarantineEntry>> entries = site->quarantine();
    if (!entries)
        return context.fail(LocalStorage, entries.error().message);
    if (json) {
        context.out() << QJsonDocument(SyncOverview::quarantineJson(*entries)).toJson(QJsonDocument::Indented);
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
