#pragma once

#include "DataCategory.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace syncsites {

class Database;

/// One sync session as a site reported it to the hub (the supervisors' dashboard reads these).
struct SyncReport
{
    qint64 id = 0;
    QString siteId;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString outcome; ///< success, partial, failed, cancelled
    QString errorCode;
    QString errorMessage;
    qint64 pushed = 0;
    qint64 pulled = 0;
    qint64 rejected = 0;
    qint64 waiting = 0;
    qint64 durationMs = 0;
    QString appVersion;
    int protocolVersion = 0;
    QJsonObject details;
};

/// What a hub keeps about the sites it serves, none of it synced: credential hashes, installation bindings,
/// answers to push batches, each site's pull state, session reports and the audit log.
///
/// Threading: any thread, each on its own connection; holds only a reference to the Database. Writes join the
/// calling thread's open Transaction when there is one. Errors as values (database_* codes).
class HubRepository
{
public:
    explicit HubRepository(Database& database) : m_database(database) {}

    /// The stored hash of a site's secret, or nullopt when the site has none.
    Result<std::optional<QString>> credentialHash(const QString& siteId);
    Status setCredential(const QString& siteId, const QString& hash, int cost);

    /// The installation a site is bound to, or nullopt.
    Result<std::optional<QString>> binding(const QString& siteId);
    /// Binds the site to `installationId` unless it is bound already; returns the installation it is bound to
    /// afterwards (the earlier one when two installations race).
    Result<QString> bind(const QString& siteId, const QString& installationId);
    /// Forgets the binding (an administrator's decision); false when there was none.
    Result<bool> releaseBinding(const QString& siteId);

    /// The answer given to a push batch, or nullopt when the batch is new.
    Result<std::optional<QByteArray>> pushResponse(const QString& siteId, const QString& batchId);
    Status savePushResponse(const QString& siteId, const QString& batchId, Category category,
                            const QByteArray& response);
    /// Forgets answers older than `before` (replays come within minutes, not weeks).
    Result<int> prunePushResponses(const QDateTime& before);

    /// Whether a site has once pulled a category to the end (until then it also gets its own records).
    Result<bool> isInitialised(const QString& siteId, Category category);
    Status recordPull(const QString& siteId, Category category, qint64 cursor, bool reachedEnd);

    Result<qint64> addReport(const SyncReport& report);
    /// A site's reports, newest first (all sites when siteId is empty).
    Result<QVector<SyncReport>> reports(const QString& siteId, int limit);
    /// The newest report of every site that has one.
    Result<QVector<SyncReport>> latestReports();
    /// The newest successful report of every site that has one.
    Result<QVector<SyncReport>> latestSuccesses();
    Result<int> pruneReports(const QDateTime& before);

    Status audit(const QString& username, const QString& action, const QString& subject, const QJsonObject& details);

private:
    Result<QVector<SyncReport>> selectReports(const QString& where, const QVariantList& values, int limit);

    Database& m_database;
};

} // namespace syncsites
