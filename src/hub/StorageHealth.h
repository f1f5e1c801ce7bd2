#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "Metrics.h"
#include "Result.h"

#include <QDateTime>
#include <QMutex>
#include <QString>

namespace syncsites {
class Database;
}

namespace syncsites {

/// Whether the hub can use its own database, judged from the answers it gives.
///
/// A handler that meets a storage error (disk full, a damaged or read-only file, an I/O error) answers with that
/// error's code; filter() turns such an answer into the hub's own `503 server_storage` with a Retry-After, so that a
/// site knows the trouble is the server's (retried, nothing lost) rather than its own disk's. `database_busy`
/// becomes `503 server_busy`. Each storage error is logged at error level (syncsites.server.storage; at most once a
/// minute per cause, with a count of those not logged) and counted in
/// syncsites_storage_errors_total{cause}; syncsites_storage_healthy is 0 while a fault stands.
///
/// A fault stands until a write succeeds: a later successful POST, or the probe that check() (GET /healthz) writes
/// while a fault stands. A damaged database (`database_corrupt`) stands until the hub restarts (after a restore).
///
/// Threading: thread-safe.
class StorageHealth
{
public:
    StorageHealth(Database& database, Metrics& metrics);

    /// A storage error's code: disk_full, database_corrupt, database_readonly, database_io_error, database_error,
    /// migration_failed.
    static bool isStorageFault(const QString& code);

    /// For HttpServer::setResponseFilter.
    void filter(const HttpRequest& request, const QString& route, HttpResponse& response);

    void recordFault(const QString& cause, const QString& route, const QString& detail);
    void recordSuccess();

    /// For /healthz: an error (`server_storage`, the cause in details) while a fault stands.
    Status check();

private:
    Database& m_database;
    Metrics& m_metrics;
    Metrics::Gauge& m_healthy;
    mutable QMutex m_mutex;
    QString m_cause; ///< empty: healthy
    QString m_detail;
    QDateTime m_since;
    QHash<QString, QDateTime> m_lastLogged;
    QHash<QString, int> m_notLogged;
};

} // namespace syncsites
