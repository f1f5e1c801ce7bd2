#include "StatusApi.h"

#include "DatabaseTimer.h"
#include "HubState.h"
#include "StableId.h"
#include "SyncReportHandler.h"
#include "Transaction.h"
#include "UserSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMap>

namespace syncsites {

namespace {

Q_LOGGING_CATEGORY(lcStatus, "syncsites.server.status", QtInfoMsg)

// Its sentences, in the translation context "StatusApi" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StatusApi)
};

const QStringList& outcomes()
{
    static const QStringList list{QStringLiteral("success"), QStringLiteral("partial"), QStringLiteral("failed"),
                                  QStringLiteral("cancelled")};
    return list;
}

QJsonValue timeJson(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

using Limits = SyncReportHandler::ReportLimits;

// Texts and links are bounded as SyncReportHandler bounds them when it stores a report: reports stored before
// those limits (one of 10 MB) must not make every dashboard request as large.
QJsonValue errorJson(const SyncReport& report)
{
    if (report.errorCode.isEmpty() && report.errorMessage.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("code"), SyncReportHandler::bounded(report.errorCode, Limits::maxCodeChars)},
        {QStringLiteral("message"), SyncReportHandler::bounded(report.errorMessage, Limits::maxMessageChars)}};
}

QJsonValue versionOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null)
                          : QJsonValue(SyncReportHandler::bounded(text, Limits::maxVersionChars));
}

QJsonObject sessionJson(const SyncReport& r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("started_at"), timeJson(r.startedAt)},
        {QStringLiteral("finished_at"), timeJson(r.finishedAt)},
        {QStringLiteral("outcome"), r.outcome},
        {QStringLiteral("duration_ms"), r.durationMs},
        {QStringLiteral("pushed"), r.pushed},
        {QStringLiteral("pulled"), r.pulled},
        {QStringLiteral("rejected"), r.rejected},
        {QStringLiteral("waiting"), r.waiting},
        {QStringLiteral("error"), errorJson(r)},
        {QStringLiteral("app_version"), versionOrNull(r.appVersion)},
        {QStringLiteral("protocol_version"), r.protocolVersion > 0 ? QJsonValue(r.protocolVersion) : QJsonValue()},
        {QStringLiteral("links"), SyncReportHandler::boundedLinks(r.details.value(QStringLiteral("links")))},
    };
}

// A whole number query parameter within [min, max], or the default when absent.
std::optional<int> intParameter(const HttpRequest& request, const QString& name, int defaultValue, int min, int max,
                                HttpResponse* refusal)
{
    if (!request.hasQueryItem(name))
        return defaultValue;
    bool ok = false;
    const int value = request.queryValue(name).toInt(&ok);
    if (ok && value >= min && value <= max)
        return value;
    *refusal = HttpResponse::error(400, QStringLiteral("invalid_field"),
                                   Text::tr("\"%1\" must be a whole number from %2 to %3.").arg(name).arg(min).arg(max),
                                   QJsonObject{{QStringLiteral("field"), name}});
    return std::nullopt;
}

// The sites a user may see on the dashboard: every site for administrators and supervisors, otherwise the ones
// they work at.
bool maySee(const UserSession& user, const QString& site)
{
    return user.role != UserRole::FieldStaff || user.sites.contains(site);
}

// Data-holding sites that sync with this hub (everything but the hub itself and the clients).
bool reportsToHub(const Site& site, const QString& hubSiteName)
{
    return site.holdsData() && site.name != hubSiteName && !site.links.isEmpty();
}

struct SiteFigures
{
    std::optional<SyncReport> newest;
    std::optional<SyncReport> lastSuccess;
};

Result<SiteFigures> readFigures(HubRepository& repository, const QString& siteName)
{
    const QString siteId = StableId::site(siteName);
    Result<std::optional<SyncReport>> newest = repository.newestReport(siteId);
    if (!newest)
        return newest.error();
    Result<std::optional<SyncReport>> success = repository.newestReport(siteId, true);
    if (!success)
        return success.error();
    return SiteFigures{*newest, *success};
}

} // namespace

QString siteHealthId(SiteHealth health)
{
    switch (health) {
    case SiteHealth::NeverSynced:
        return QStringLiteral("never_synced");
    case SiteHealth::Synced:
        return QStringLiteral("synced");
    case SiteHealth::Late:
        return QStringLiteral("late");
    case SiteHealth::Stale:
        return QStringLiteral("stale");
    case SiteHealth::Failing:
        break;
    }
    return QStringLiteral("failing");
}

StatusApi::StatusApi(HubState& hub) : m_hub(hub)
{
    refreshGauges(); // so that /metrics shows the gauge from the start
}

Status StatusApi::registerRoutes(HttpServer& http)
{
    using Handler = HttpResponse (StatusApi::*)(const HttpRequest&);
    const struct
    {
        const char* path;
        const char* name;
        Handler handler;
    } routes[] = {
        {"/api/v1/status/sites", "status_sites", &StatusApi::sites},
        {"/api/v1/status/sites/{name}/sessions", "status_site_sessions", &StatusApi::sessions},
        {"/api/v1/status/summary", "status_summary", &StatusApi::summary},
    };
    for (const auto& route : routes) {
        const Handler handler = route.handler;
        if (Status s = http.addRoute(HttpMethod::Get, QLatin1String(route.path), QLatin1String(route.name),
                                     [this, handler](const HttpRequest& r) {
                                         refreshGauges();
                                         return (this->*handler)(r);
                                     });
            !s)
            return s;
    }
    return {};
}

SiteHealth StatusApi::health(const std::optional<SyncReport>& newest, const std::optional<SyncReport>& lastSuccess,
                             const QDateTime& now, const HubConfig& config)
{
    if (!newest)
        return SiteHealth::NeverSynced;
    if (newest->outcome == QLatin1String("failed"))
        return SiteHealth::Failing;
    if (!lastSuccess)
        return SiteHealth::NeverSynced;
    // A site's clock may run ahead of the hub's: a success "in the future" counts as just now.
    const qint64 age = std::max<qint64>(0, lastSuccess->finishedAt.secsTo(now));
    if (age > config.staleAfter.count())
        return SiteHealth::Stale;
    if (age > config.lateAfter.count())
        return SiteHealth::Late;
    return SiteHealth::Synced;
}

void StatusApi::refreshGauges()
{
    m_hub.metrics()
        .gauge(QStringLiteral("syncsites_sync_sessions_active"),
               QStringLiteral("Site sync sessions whose token has not expired."))
        .set(m_hub.tokens().activeCount(TokenSubject::Site));
}

int StatusApi::pruneIfDue()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        QMutexLocker locker(&m_pruneMutex);
        if (m_lastPrune.isValid() && m_lastPrune.secsTo(now) < m_hub.config().reportPruneEvery.count())
            return 0;
        m_lastPrune = now; // claimed before pruning, so that concurrent requests do not prune twice
    }
    m_hub.tokens().sweepExpired();
    const QDateTime before = now.addDays(-qMax(0, m_hub.config().reportRetentionDays));
    const QDateTime answersBefore = now.addDays(-qMax(0, m_hub.config().pushAnswerRetentionDays));
    Result<int> pruned = 0;
    Result<int> answers = 0;
    {
        DatabaseTimer timer(m_hub.metrics(), QLatin1String("report_prune"));
        HubRepository repository(m_hub.database());
        pruned = repository.pruneReports(before);
        answers = repository.prunePushResponses(answersBefore);
    }
    if (!answers)
        qCWarning(lcStatus, "pruning push answers older than %s failed: %s",
                  qPrintable(answersBefore.toString(Qt::ISODateWithMs)), qPrintable(answers.error().message));
    else if (*answers > 0)
        qCInfo(lcStatus, "pruned %d push answers older than %s", *answers,
               qPrintable(answersBefore.toString(Qt::ISODateWithMs)));
    if (!pruned) {
        qCWarning(lcStatus, "pruning sync reports older than %s failed: %s",
                  qPrintable(before.toString(Qt::ISODateWithMs)), qPrintable(pruned.error().message));
        return 0;
    }
    if (*pruned > 0)
        qCInfo(lcStatus, "pruned %d sync reports older than %s (retention %d days)", *pruned,
               qPrintable(before.toString(Qt::ISODateWithMs)), m_hub.config().reportRetentionDays);
    m_hub.metrics()
        .counter(QStringLiteral("syncsites_sync_reports_pruned_total"),
                 QStringLiteral("Sync reports deleted after the retention period."))
        .increment(*pruned);
    return *pruned;
}

HttpResponse StatusApi::sites(const HttpRequest& request)
{
    auto auth = UserSession::authenticate(m_hub, request,
                                          {UserRole::Administrator, UserRole::Supervisor, UserRole::FieldStaff});
    if (auto* refused = std::get_if<HttpResponse>(&auth))
        return *refused;
    const UserSession& user = std::get<UserSession>(auth);
    pruneIfDue();

    const auto snapshot = m_hub.topology();
    const QString hubSite = m_hub.hubSiteName();
    const HubConfig& config = m_hub.config();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray list;
    {
        DatabaseTimer timer(m_hub.metrics(), QLatin1String("status_sites"));
        Result<Transaction> snapshotRead = Transaction::begin(m_hub.database(), Transaction::Mode::Read);
        if (!snapshotRead)
            return HttpResponse::fromError(503, snapshotRead.error());
        HubRepository repository(m_hub.database());
        for (const Site& site : snapshot->topology.sites()) {
            if (!maySee(user, site.name))
                continue;
            QJsonObject entry{{QStringLiteral("name"), site.name}, {QStringLiteral("kind"), siteKindId(site.kind)}};
            if (site.isClient()) {
                entry.insert(QStringLiteral("role"), QStringLiteral("client"));
                entry.insert(QStringLiteral("server"), site.server);
                list.append(entry);
                continue;
            }
            if (!reportsToHub(site, hubSite)) {
                entry.insert(QStringLiteral("role"), QStringLiteral("hub"));
                list.append(entry);
                continue;
            }
            const Result<SiteFigures> figures = readFigures(repository, site.name);
            if (!figures)
                return HttpResponse::fromError(503, figures.error());
            const std::optional<SyncReport>& newest = figures->newest;
            entry.insert(QStringLiteral("role"), QStringLiteral("site"));
            entry.insert(QStringLiteral("health"), siteHealthId(health(newest, figures->lastSuccess, now, config)));
            entry.insert(QStringLiteral("last_attempt"), timeJson(newest ? newest->finishedAt : QDateTime()));
            entry.insert(QStringLiteral("last_success"),
                         timeJson(figures->lastSuccess ? figures->lastSuccess->finishedAt : QDateTime()));
            entry.insert(QStringLiteral("last_outcome"), newest ? QJsonValue(newest->outcome) : QJsonValue());
            entry.insert(QStringLiteral("last_duration_ms"), newest ? QJsonValue(newest->durationMs) : QJsonValue());
            entry.insert(QStringLiteral("pushed"), newest ? QJsonValue(newest->pushed) : QJsonValue());
            entry.insert(QStringLiteral("pulled"), newest ? QJsonValue(newest->pulled) : QJsonValue());
            entry.insert(QStringLiteral("rejected"), newest ? QJsonValue(newest->rejected) : QJsonValue());
            entry.insert(QStringLiteral("waiting"), newest ? QJsonValue(newest->waiting) : QJsonValue());
            entry.insert(QStringLiteral("last_error"), newest ? errorJson(*newest) : QJsonValue());
            entry.insert(QStringLiteral("app_version"), newest ? versionOrNull(newest->appVersion) : QJsonValue());
            entry.insert(QStringLiteral("protocol_version"),
                         newest && newest->protocolVersion > 0 ? QJsonValue(newest->protocolVersion) : QJsonValue());
            list.append(entry);
        }
        snapshotRead->commit();
    }
    return HttpResponse::json(QJsonObject{
        {QStringLiteral("server_time"), timeJson(now)},
        {QStringLiteral("thresholds"),
         QJsonObject{{QStringLiteral("sync_interval_seconds"), qint64(config.syncInterval.count())},
                     {QStringLiteral("late_after_seconds"), qint64(config.lateAfter.count())},
                     {QStringLiteral("stale_after_seconds"), qint64(config.staleAfter.count())}}},
        {QStringLiteral("sites"), list},
    });
}

HttpResponse StatusApi::sessions(const HttpRequest& request)
{
    auto auth = UserSession::authenticate(m_hub, request,
                                          {UserRole::Administrator, UserRole::Supervisor, UserRole::FieldStaff});
    if (auto* refused = std::get_if<HttpResponse>(&auth))
        return *refused;
    const UserSession& user = std::get<UserSession>(auth);
    const QString name = request.pathParam(QStringLiteral("name"));
    const auto snapshot = m_hub.topology();
    // Field staff get one answer for a site that does not exist and one they may not see: a status request must
    // not tell them which names exist elsewhere in the network.
    if (user.role == UserRole::FieldStaff && (!snapshot->topology.site(name) || !maySee(user, name)))
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   Text::tr("There is no site named \"%1\" among the sites you work at.").arg(name));
    if (!snapshot->topology.site(name))
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   Text::tr("There is no site named \"%1\" in this network.").arg(name));
    HttpResponse refusal;
    const std::optional<int> days = intParameter(request, QStringLiteral("days"), 7, 1, 3660, &refusal);
    if (!days)
        return refusal;
    const std::optional<int> limit = intParameter(request, QStringLiteral("limit"), 100, 1, 1000, &refusal);
    if (!limit)
        return refusal;
    pruneIfDue();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<QVector<SyncReport>> reports = QVector<SyncReport>();
    {
        DatabaseTimer timer(m_hub.metrics(), QLatin1String("status_sessions"));
        reports = HubRepository(m_hub.database()).reportsSince(StableId::site(name), now.addDays(-*days), *limit);
    }
    if (!reports)
        return HttpResponse::fromError(503, reports.error());
    QJsonArray sessions;
    for (const SyncReport& r : *reports)
        sessions.append(sessionJson(r));
    return HttpResponse::json(QJsonObject{{QStringLiteral("site"), name},
                                          {QStringLiteral("server_time"), timeJson(now)},
                                          {QStringLiteral("days"), *days},
                                          {QStringLiteral("limit"), *limit},
                                          {QStringLiteral("sessions"), sessions}});
}

HttpResponse StatusApi::summary(const HttpRequest& request)
{
    auto auth = UserSession::authenticate(m_hub, request,
                                          {UserRole::Administrator, UserRole::Supervisor, UserRole::FieldStaff});
    if (auto* refused = std::get_if<HttpResponse>(&auth))
        return *refused;
    const UserSession& user = std::get<UserSession>(auth);
    HttpResponse refusal;
    const std::optional<int> days = intParameter(request, QStringLiteral("days"), 14, 1, 366, &refusal);
    if (!days)
        return refusal;
    pruneIfDue();

    const auto snapshot = m_hub.topology();
    const QString hubSite = m_hub.hubSiteName();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate firstDay = now.date().addDays(1 - *days);
    QMap<SiteHealth, int> counts;
    QStringList siteIds;
    Result<QVector<DailyReportTotals>> totals = QVector<DailyReportTotals>();
    {
        DatabaseTimer timer(m_hub.metrics(), QLatin1String("status_summary"));
        Result<Transaction> snapshotRead = Transaction::begin(m_hub.database(), Transaction::Mode::Read);
        if (!snapshotRead)
            return HttpResponse::fromError(503, snapshotRead.error());
        HubRepository repository(m_hub.database());
        for (const Site& site : snapshot->topology.sites()) {
            if (!maySee(user, site.name) || !reportsToHub(site, hubSite))
                continue;
            const Result<SiteFigures> figures = readFigures(repository, site.name);
            if (!figures)
                return HttpResponse::fromError(503, figures.error());
            ++counts[health(figures->newest, figures->lastSuccess, now, m_hub.config())];
            siteIds.append(StableId::site(site.name));
        }
        totals = repository.dailyReportTotals(siteIds, QDateTime(firstDay, QTime(0, 0), Qt::UTC));
        snapshotRead->commit();
    }
    if (!totals)
        return HttpResponse::fromError(503, totals.error());

    QJsonObject healthCounts;
    for (SiteHealth h :
         {SiteHealth::NeverSynced, SiteHealth::Synced, SiteHealth::Late, SiteHealth::Stale, SiteHealth::Failing})
        healthCounts.insert(siteHealthId(h), counts.value(h));
    QMap<QString, QJsonObject> perDay; // day → {sessions{...}, pushed, pulled, rejected}
    for (const DailyReportTotals& t : *totals) {
        QJsonObject day = perDay.value(t.day);
        QJsonObject sessions = day.value(QStringLiteral("sessions")).toObject();
        sessions.insert(t.outcome, sessions.value(t.outcome).toInteger() + t.sessions);
        day.insert(QStringLiteral("sessions"), sessions);
        for (const auto& [key, value] :
             {std::pair{QStringLiteral("pushed"), t.pushed}, std::pair{QStringLiteral("pulled"), t.pulled},
              std::pair{QStringLiteral("rejected"), t.rejected}})
            day.insert(key, day.value(key).toInteger() + value);
        perDay.insert(t.day, day);
    }
    QJsonArray dayList; // oldest first, every day present
    for (QDate d = firstDay; d <= now.date(); d = d.addDays(1)) {
        const QString key = d.toString(Qt::ISODate);
        const QJsonObject found = perDay.value(key);
        QJsonObject sessions;
        for (const QString& outcome : outcomes())
            sessions.insert(outcome, found.value(QStringLiteral("sessions")).toObject().value(outcome).toInteger());
        dayList.append(QJsonObject{{QStringLiteral("date"), key},
                                   {QStringLiteral("sessions"), sessions},
                                   {QStringLiteral("pushed"), found.value(QStringLiteral("pushed")).toInteger()},
                                   {QStringLiteral("pulled"), found.value(QStringLiteral("pulled")).toInteger()},
                                   {QStringLiteral("rejected"), found.value(QStringLiteral("rejected")).toInteger()}});
    }
    return HttpResponse::json(QJsonObject{{QStringLiteral("server_time"), timeJson(now)},
                                          {QStringLiteral("days"), *days},
                                          {QStringLiteral("sites"), int(siteIds.size())},
                                          {QStringLiteral("health"), healthCounts},
                                          {QStringLiteral("per_day"), dayList}});
}

} // namespace syncsites
