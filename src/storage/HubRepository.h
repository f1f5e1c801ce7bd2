#pragma once

#include "AuditEntry.h"
#include "DataCategory.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
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

/// Sessions reported on one UTC day with one outcome, and the records they moved (for the dashboard's charts).
struct DailyReportTotals
{
    QString day; ///< YYYY-MM-DD
    QString outcome;
    qint64 sessions = 0;
    qint64 pushed = 0;
    qint64 pulled = 0;
    qint64 rejected = 0;
};

/// One row of the hub's audit log: who did what to what, and when.
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
    /// Writes the site's credential row again, unchanged but for updated_at: a new changelog row, so that a hub the
    /// site newly syncs with (an oms_central) receives the hash it could not have received before.
    Status touchCredential(const QString& siteId);
    /// Replaces the site's hash only if it is still `oldHash` (a re-hash must not undo a secret reset made
    /// meanwhile). Returns whether it was replaced.
    Result<bool> replaceCredentialHash(const QString& siteId, const QString& oldHash, const QString& newHash, int cost);

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
    /// Notes that the hub holds the site's pushes of `category` up to its changelog position `through` (a batch
    /// applied, in the batch's transaction); a lower position than the one noted changes nothing.
    Status notePushedThrough(const QString& siteId, Category category, qint64 through);
    /// Per category, the site changelog position up to which the hub holds the site's pushes; a category without
    /// one (no push of it with a position yet) is absent.
    Result<QMap<Category, qint64>> pushedThrough(const QString& siteId);

    /// Whether a site has finished initialising a category (until then it also gets its own records).
    Result<bool> isInitialised(const QString& siteId, Category category);
    /// Saves where a site's pull got to. When an initialising site's pull reaches the end, that cursor is kept as the
    /// end of its initialisation; the site is not initialised yet: the answer may never reach it.
    Status recordPull(const QString& siteId, Category category, qint64 cursor, bool reachedEnd, bool initialising);
    /// A pull from `cursor` at or beyond the end of the site's initialisation proves the site integrated the last
    /// page: it is initialised from now on.
    Status confirmInitialised(const QString& siteId, Category category, qint64 cursor);
    /// The site starts over (it pulls from cursor 0): it is initialising again.
    Status restartInitialisation(const QString& siteId, Category category);

    Result<qint64> addReport(const SyncReport& report);
    /// A site's reports, newest first (all sites when siteId is empty).
    Result<QVector<SyncReport>> reports(const QString& siteId, int limit);
    /// The newest report of every site that has one.
    Result<QVector<SyncReport>> latestReports();
    /// The newest successful report of every site that has one.
    Result<QVector<SyncReport>> latestSuccesses();
    Result<int> pruneReports(const QDateTime& before);
    /// A site's newest report by finish time (its newest successful one with `successOnly`), or nullopt.
    Result<std::optional<SyncReport>> newestReport(const QString& siteId, bool successOnly = false);
    /// A site's reports that finished at or after `since`, newest first, at most `limit`.
    Result<QVector<SyncReport>> reportsSince(const QString& siteId, const QDateTime& since, int limit);
    /// Sessions and records moved per UTC day (of finished_at) and outcome, for the given sites, since `since`;
    /// ordered by day, then outcome. Days without reports are absent.
    Result<QVector<DailyReportTotals>> dailyReportTotals(const QStringList& siteIds, const QDateTime& since);

    /// One page of a synced table's record ids in id order, after `afterId` (all when empty), at most `limit`:
    /// with `storeIds`, only the records of those stores (a line by its header's store). For callers that read
    /// big stores page by page (RecordStore::list reads a whole table). Error record_unknown_table.
    Result<QStringList> recordIds(QStringView table, const std::optional<QStringList>& storeIds, const QString& afterId,
                                  int limit);

    Status audit(const QString& username, const QString& action, const QString& subject, const QJsonObject& details);
    /// The audit log, newest first, at most `limit` rows; only rows with an id below `beforeId` when it is above 0
    /// (to page back).
    Result<QVector<AuditEntry>> auditLog(int limit, qint64 beforeId = 0);

    /// The ids of the stores that hold assets (`oms` data): rule R7 keeps their home on an Open mSupply kind.
    Result<QStringList> storesWithAssets();

private:
    Result<QVector<SyncReport>> selectReports(const QString& where, const QVariantList& values, int limit);

    Database& m_database;
};

} // namespace syncsites
