#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "HttpServer.h"
#include "HubRepository.h"

#include <QDateTime>
#include <QMutex>

#include <chrono>
#include <optional>

namespace syncsites {

class HubState;
struct HubConfig;

/// How a data-holding site's sync looks on the dashboard, from its reports to the hub.
enum class SiteHealth
{
    NeverSynced, ///< no report yet, or no successful session among them
    Synced,      ///< the last success is at most HubConfig::lateAfter old
    Late,        ///< older than that
    Stale,       ///< no success for HubConfig::staleAfter (a day)
    Failing,     ///< the newest report failed (whatever the age of the last success)
};

QString siteHealthId(SiteHealth health); ///< never_synced, synced, late, stale, failing

/// The supervisors' dashboard (GET /api/v1/status/...): every site's sync state from the sessions they
/// reported, each site's history, and day-by-day totals for charts (shapes in docs/protocol.md).
///
/// Administrators and supervisors see every site; field staff only the sites they work at (403 `forbidden` for
/// another site's history). Retention: reports older than HubConfig::reportRetentionDays are deleted by
/// pruneIfDue(), which the status requests and POST /api/v1/sync/report call (at most once per
/// HubConfig::reportPruneEvery, so no thread of its own is needed); it also forgets push answers older than
/// HubConfig::pushAnswerRetentionDays and expired tokens.
///
/// Metrics: syncsites_db_seconds{operation="status_*"|"report_prune"}, syncsites_sync_reports_pruned_total and
/// the gauge syncsites_sync_sessions_active (refreshGauges()).
///
/// Threading: thread-safe; handlers run on the HTTP workers, each on its own database connection. Holds a
/// reference to the HubState, which must outlive it. Errors: 401/403 from UserSession, 400 `invalid_field` for a
/// bad query parameter, 404 `not_found` for an unknown site, 503 for database errors.
class StatusApi
{
public:
    explicit StatusApi(HubState& hub);

    /// Adds the three GET routes (status_sites, status_site_sessions, status_summary). Each request also
    /// refreshes the gauges.
    Status registerRoutes(HttpServer& http);

    HttpResponse sites(const HttpRequest& request);    ///< GET /api/v1/status/sites
    HttpResponse sessions(const HttpRequest& request); ///< GET /api/v1/status/sites/{name}/sessions
    HttpResponse summary(const HttpRequest& request);  ///< GET /api/v1/status/summary

    /// Unless done less than reportPruneEvery ago: deletes reports older than the retention and push answers
    /// older than theirs, and sweeps expired tokens. Returns how many reports were deleted (0 when not due).
    /// Database errors are logged and retried at the next due time.
    int pruneIfDue();
    /// Sets syncsites_sync_sessions_active from the site tokens that have not expired. Cheap (memory only).
    void refreshGauges();

    /// The health of a site given its newest report and its newest successful one, at `now`.
    static SiteHealth health(const std::optional<SyncReport>& newest, const std::optional<SyncReport>& lastSuccess,
                             const QDateTime& now, const HubConfig& config);

private:
    HubState& m_hub;
    QMutex m_pruneMutex;
    QDateTime m_lastPrune; ///< guarded by m_pruneMutex; invalid until the first prune
};

} // namespace syncsites
