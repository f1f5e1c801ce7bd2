#pragma once

#include "DemoNetwork.h"
#include "Result.h"
#include "SyncSession.h"

#include <QTemporaryDir>

#include <memory>

namespace syncsites {
class Database;
class HubServer;
} // namespace syncsites

namespace syncsites::bench {

/// An in-process demo hub for the benchmarks, as `syncsites-server demo` makes one: the demo network (seed 1), every
/// store Collector on one district hospital (so that nearly every generated record routes to it), random secrets,
/// `records` generated records, served by a HubServer on 127.0.0.1 (any port). Lives in a temporary directory.
class BenchHub
{
public:
    static Result<std::unique_ptr<BenchHub>> start(qint64 records);
    ~BenchHub();
    BenchHub(const BenchHub&) = delete;
    BenchHub& operator=(const BenchHub&) = delete;

    QString url() const;
    quint16 port() const { return m_port; }
    /// The site's secret and the installation every replica made by newReplica() claims to be.
    const QString& secret() const { return m_secret; }
    const QString& installationId() const { return m_installationId; }
    /// The site every store is visible on, and one of the stores Active on it.
    const QString& site() const { return m_site; }
    const QString& activeStore() const { return m_activeStore; }
    const DemoNetwork& network() const { return m_network; }
    qint64 setupMs() const { return m_setupMs; }

    /// A path in the hub's temporary directory.
    QString path(const QString& name) const;
    /// A new replica file registered as the site (ReplicaConfig saved), not synced yet.
    Result<std::unique_ptr<Database>> newReplica(const QString& name);
    /// One session of the site on a replica made by newReplica().
    SyncSummary sync(Database& replica);

    /// HTTP body bytes the hub has received and sent so far, as sent (compressed or not).
    double requestBytes() const;
    double responseBytes() const;

private:
    BenchHub() = default;

    QTemporaryDir m_dir;
    DemoNetwork m_network;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<HubServer> m_server;
    QString m_site;
    QString m_activeStore;
    QString m_secret;
    QString m_installationId;
    quint16 m_port = 0;
    qint64 m_setupMs = 0;
};

} // namespace syncsites::bench
