#pragma once

#include "LocalUsers.h"
#include "QuarantineRetry.h"
#include "RecordPage.h"
#include "ReplicaBrowser.h"
#include "ReplicaConfig.h"
#include "Result.h"
#include "StoreActions.h"
#include "SyncHistory.h"
#include "Topology.h"

#include <QString>

#include <memory>

namespace syncsites {

class Database;
struct DatabaseOptions;

/// One site's replica and every use case a person has for it, each a call returning a Result: the stores it holds
/// and their records a page at a time, the store actions (stock adjustments, shipments, receipts, requisitions),
/// the site's configuration, offline sign-in against the accounts sync brought, the sync history and the quarantine
/// (inspect, export, retry). The cli calls it directly (blocking); the desktop app through LocalSite, which runs each
/// call on the site's database thread and hands the result back on the GUI thread.
///
/// Each call is one short read or one transaction on the calling thread's connection.
///
/// Threading: one call at a time; any thread (each uses its own connection). Owns the Database.
/// Errors as values (the codes of the library classes behind each call).
class SiteService
{
public:
    /// Opens the replica at `path`; only a set-up may create one (`options.createIfMissing`).
    static Result<std::unique_ptr<SiteService>> open(const QString& path, const DatabaseOptions& options);
    explicit SiteService(std::unique_ptr<Database> database);
    ~SiteService();
    SiteService(const SiteService&) = delete;
    SiteService& operator=(const SiteService&) = delete;

    QString path() const;
    /// The database, for the engine and other library classes. Front ends call the use cases instead.
    Database& database() { return *m_database; }

    /// Whether the replica is registered to a site (an `init` or the desktop set-up ran).
    Result<bool> isRegistered();

    // Configuration (one source of truth: the replica's own settings table).
    Result<ReplicaConfig> config();
    Status saveConfig(const ReplicaConfig& config);

    // Browsing.
    Result<ReplicaStores> stores();
    /// The network as this site last received it.
    Result<Topology> topology();
    /// The first `limit` rows of `query`, with the columns, total count and labels to show them.
    Result<RecordPage> firstPage(const RecordQuery& query, int limit);
    /// Up to `limit` rows after `afterId` (ordered by id).
    Result<QVector<QJsonObject>> nextPage(const RecordQuery& query, const QString& afterId, int limit);
    Result<QVector<ShipmentToReceive>> shipmentsToReceive(const QString& storeCode);
    Result<QVector<ItemStock>> itemStock(const QString& storeCode);

    // Store actions (each one transaction).
    /// Sets a stock line's available packs (and note) as it is stored now: read and written in one transaction, so
    /// that a sync between the two cannot be undone. record_not_found when the line is gone.
    Result<PutOutcome> adjustStock(const QString& storeCode, const QString& lineId, double availablePacks,
                                   const QString& note);
    Result<QVector<QJsonObject>> listRecords(const QString& table, const QString& storeCode = QString());
    Result<PutOutcome> putRecord(const QString& storeCode, const QString& table, const QJsonObject& record);
    Result<QString> createTransfer(const QString& fromCode, const QString& toCode, const QString& itemCode,
                                   double packs);
    Result<QString> receive(const QString& invoiceId);
    Result<QString> createRequisition(const QString& fromCode, const QString& toCode, const QString& itemCode,
                                      double packs);
    Result<QString> respond(const QString& requisitionId);

    // People.
    /// Checks a password against the account sync brought to this replica (Argon2id or an older hash), taking the
    /// same time whether or not the account exists: the account, or wrong_credentials / account_disabled.
    Result<LocalUser> signInOffline(const QString& username, const QString& password);

    // Sync state.
    Result<SyncOverview> overview(int sessionLimit);
    /// Sends the quarantined records again with this site's secret.
    Result<QuarantineRetry::Outcome> retryQuarantine(const QString& secret);

private:
    std::unique_ptr<Database> m_database;
};

} // namespace syncsites
