#pragma once

#include "LoginThrottle.h"
#include "Metrics.h"
#include "PasswordHasher.h"
#include "Result.h"
#include "TokenStore.h"
#include "Topology.h"

#include <QHash>
#include <QMutex>

#include <chrono>
#include <memory>

namespace syncsites {
class Database;
}

namespace syncsites {

/// Settings of a hub.
struct HubConfig
{
    /// The Argon2id cost of people's password hashes (tests use PasswordHasher::testCost()).
    PasswordHasher::Cost passwordCost = PasswordHasher::kDefaultCost;
    QString publicUrl;        ///< this server's URL as sites reach it (the links' url when the topology has none)
    int pullBatchMax = 20000; ///< most records in one pull answer
    int pullBatchDefault = 1000;
    int pushBatchMax = 5000; ///< most records in one push batch
    /// The HTTP server's request body limit, told to sites in the handshake (set by HubServer).
    qint64 maxRequestBytes = 0;
    std::chrono::seconds siteTokenLifetime{3600};
    int protocolMin = 1;
    int protocolMax = 1;
    /// The sites' sync interval. The dashboard calls a site `synced` while its last success is at most
    /// `lateAfter` old (default: two intervals), `late` beyond, `stale` beyond `staleAfter`.
    std::chrono::seconds syncInterval{300};
    std::chrono::seconds lateAfter{600};
    std::chrono::seconds staleAfter{86400};
    /// Sync reports older than this are deleted, at most once per `reportPruneEvery`, by report and status
    /// requests.
    int reportRetentionDays = 90;
    std::chrono::seconds reportPruneEvery{3600};
    /// The answers to push batches are kept this long for replays (pruned with the reports).
    int pushAnswerRetentionDays = 30;
    /// This database is a remote server's replica (`syncsites-server serve --db REPLICA`): central data is edited
    /// at the central hub, so the admin API is not served, and the sync routes serve only the categories this
    /// site is the hub of (the `oms` category of an oms_central deployed on its own).
    bool replica = false;
};

/// The network as the hub last loaded it, with the id maps a request needs.
struct TopologySnapshot
{
    Topology topology;
    QHash<QString, QString> storeCodeById;
    QHash<QString, QString> siteNameById;
};

/// What every request handler of a hub shares: the database, the topology snapshot, tokens, the login
/// throttle, the password hasher and the metrics.
///
/// Threading: thread-safe. topology() hands out an immutable snapshot; reloadTopology() swaps in a new one
/// after an administrator's edit. The Database must outlive it.
class HubState
{
public:
    HubState(Database& database, HubConfig config, std::shared_ptr<Metrics> metrics);

    Database& database() const { return m_database; }
    const HubConfig& config() const { return m_config; }
    /// The URL sites reach this server at (the links' url where the topology gives none). Set once serving.
    void setPublicUrl(const QString& url);
    QString publicUrl() const;
    TokenStore& tokens() { return m_tokens; }
    LoginThrottle& throttle() { return m_throttle; }
    const PasswordHasher& hasher() const { return m_hasher; }
    Metrics& metrics() const { return *m_metrics; }
    std::shared_ptr<Metrics> sharedMetrics() const { return m_metrics; }

    /// Reads the topology from the database (site, site_link, store, store_visibility).
    Status reloadTopology();
    std::shared_ptr<const TopologySnapshot> topology() const;

    /// The name of the site this database belongs to (the msupply_central for a hub made by `init`).
    QString hubSiteName() const;
    /// The id of this database (its installation id): handshakes give it so that sites know whose cursors they hold.
    QString serverId() const;

    /// The count of records still to come for a pull stream of one session: computed once (by `count`) at the
    /// session's first pull of that stream, then reduced by what was sent. Exact at the start, an estimate
    /// afterwards (changes made during the session are not counted); 0 when a pull reaches the end, which also
    /// forgets the estimate, so that a later pull of the stream in the same session counts afresh.
    qint64 remaining(const QString& token, const QString& stream, const std::function<qint64()>& count, qint64 sentNow,
                     bool reachedEnd);

private:
    Database& m_database;
    HubConfig m_config;
    std::shared_ptr<Metrics> m_metrics;
    TokenStore m_tokens;
    LoginThrottle m_throttle;
    PasswordHasher m_hasher;
    mutable QMutex m_mutex;
    std::shared_ptr<const TopologySnapshot> m_topology;
    QString m_hubSiteName;
    QString m_serverId;
    QString m_publicUrl;
    QHash<QString, qint64> m_remaining; ///< token + stream → records still to come
};

} // namespace syncsites
