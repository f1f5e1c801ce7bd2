#pragma once

#include "Backoff.h"
#include "BatchSizer.h"
#include "Integrator.h"
#include "ReplicaConfig.h"
#include "ReplicaHealth.h"
#include "SyncClient.h"
#include "SyncSummary.h"

#include <QElapsedTimer>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace syncsites {

class Database;
class Integrator;

/// Tuning of a session; the defaults suit field links.
struct SessionOptions
{
    QString appVersion = QStringLiteral("0.1.0");
    int maxAttempts = 6; ///< tries of one request before a transient failure ends the session
    std::chrono::milliseconds backoffBase{500};
    std::chrono::milliseconds backoffMax{30000};
    std::uint64_t seed = 0; ///< jitter; 0: from the clock
    int initialPullLimit = 1000;
    int minPullLimit = 50;
    int initialPushBatch = 500;
    int minPushBatch = 20;
    int targetRoundTripMs = 1000; ///< batch sizes adapt so that a round trip takes about this long
    std::chrono::milliseconds connectTimeout{10000};
    std::chrono::milliseconds readTimeout{60000};
    /// After a session that failed for a reason that passes (no network, a busy server), the engine tries again
    /// sooner than the interval: about retryBase, doubling at each failure, never later than the interval.
    std::chrono::milliseconds retryBase{30000};
    bool processTransfers = true;
    bool reportToHub = true;
    /// When the replica is checked for damage before a session (and after corruption errors): ReplicaHealth.
    ReplicaHealthOptions health;
};

/// One sync session of a site (docs/protocol.md): handshake, then for each link (core, then oms) push in batches
/// and pull in batches, then transfer processing (and a push of what it wrote), then a report to the hub.
///
/// - Each pulled page is integrated with its cursor in one local transaction (Integrator); the next page is fetched
///   on another thread while one is integrated. Each push batch has an id saved before it is sent, so that a batch
///   whose acknowledgement was lost is sent again under the same id and the hub answers it without applying it
///   twice. Cancelling or killing the process at any moment leaves nothing half-applied; the next session resumes.
/// - Transient failures (network, timeouts, a busy server, a damaged answer) are retried with exponential backoff
///   and jitter; permanent ones end the session at once. Every failure is a SyncFailure with message and remedy.
/// - Batch sizes adapt to the link (BatchSizer) within the hub's limits.
/// - A session-log row with per-stage figures is kept in the replica and the outcome is reported to the hub.
///
/// Threading: run() blocks its caller (never the GUI thread: see SyncEngine); cancel() may be called from any
/// thread. The observer is called on run()'s thread. The Database must outlive the session.
class SyncSession
{
public:
    using Observer = std::function<void(const SyncProgress&)>;

    SyncSession(Database& replica, ReplicaConfig config, QString secret, SessionOptions options = SessionOptions());
    ~SyncSession();
    SyncSession(const SyncSession&) = delete;
    SyncSession& operator=(const SyncSession&) = delete;

    void setObserver(Observer observer) { m_observer = std::move(observer); }
    SyncSummary run();
    void cancel();

private:
    struct Hub
    {
        QString url;
        std::unique_ptr<SyncClient> client;
        QString token;
        wire::HandshakeAnswer answer;
    };
    struct Fetched;

    Hub& hubAt(const QString& url);
    Status handshake(Hub& hub);
    template <typename T> Result<T> retrying(Hub& hub, const std::function<Result<T>(const QString&)>& call);
    bool sleepUnlessCancelled(std::chrono::milliseconds delay);

    Status syncLink(Hub& hub, const wire::Link& link, const Integrator::BackfillLinks& backfillCategories,
                    LinkSummary& summary);
    Status push(Hub& hub, const wire::Link& link, LinkSummary& summary);
    Status pull(Hub& hub, const wire::Link& link, const Integrator::BackfillLinks& backfillCategories,
                LinkSummary& summary);
    /// Whether this replica's copy of the network says the store is Active or Collector here.
    bool storeHeldHere(const QString& storeCode);
    Status runBackfills(Hub& hub, Category category, Integrator& integrator, LinkSummary& summary);
    Status finishPull(Integrator& integrator, LinkSummary& summary);
    Status processTransfers(Hub& coreHub, const wire::Link* coreLink, LinkSummary* coreSummary, qint64* written);
    void reportToHub(Hub& hub, const SyncSummary& summary);

    void stageStarted(const QString& link, SyncStage stage, qint64 total);
    void stageProgress(qint64 done, qint64 total, bool finished = false);
    Error cancelledError() const;

    Database& m_database;
    ReplicaConfig m_config;
    QString m_secret;
    SessionOptions m_options;
    Observer m_observer;
    Backoff m_backoff;
    std::vector<std::unique_ptr<Hub>> m_hubs;
    QString m_siteId;
    QString m_installationId;
    qint64 m_sessionId = 0;
    int m_protocolVersion = 0;

    std::atomic<bool> m_cancelled{false};
    std::mutex m_waitMutex;
    std::condition_variable m_wake;

    // The stage being reported.
    SyncProgress m_progress;
    QElapsedTimer m_stageTimer;
    QDateTime m_stageStartedAt;
    qint64 m_lastSavedMs = -1;
};

} // namespace syncsites
