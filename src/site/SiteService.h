#pragma once

#include "ClockSkew.h"
#include "IntegrityCheck.h"
#include "LocalUsers.h"
#include "QuarantineRetry.h"
#include "RecordPage.h"
#include "ReplicaBrowser.h"
#include "ReplicaConfig.h"
#include "Result.h"
#include "StoreActions.h"
#include "SyncHistory.h"
#include "SyncLog.h"
#include "Topology.h"

#include <QString>

#include <memory>

namespace syncsites {

class Database;
class SiteService;
struct DatabaseOptions;
struct SyncSummary;

/// Where a replica's sync stands (`syncsites-cli status`): how it syncs, each link with its local changes not yet
/// pushed, the quarantine's size, the last session and the last clock check.
struct ReplicaStatus
{
    struct Link
    {
        LinkState state;
        qint64 waiting = 0; ///< this link's category's local changes not yet pushed
    };
    ReplicaConfig config;
    QVector<Link> links;
    qint64 waiting = 0; ///< every category's local changes not yet pushed, also of one with no link
    qint64 quarantined = 0;
    std::optional<SyncLogEntry> lastSession;
    std::optional<ClockCheck> clock; ///< nullopt before the first handshake
};

/// One past session with its stages (`syncsites-cli log`).
struct LoggedSession
{
    SyncLogEntry session;
    QVector<SyncStageEntry> stages; ///< empty when they cannot be read
};

/// A damage check of the replica (`syncsites-cli check`).
struct ReplicaCheck
{
    IntegrityReport report;
    /// After a complete check that found no damage: the damage mark that is still recorded (or why it could not be
    /// read), so that sessions still refuse the replica. Empty otherwise.
    QString markLeft;
};

/// A set-up begun (SiteService::setUp): the registered replica, what to sync with, and what it made.
struct SiteSetUp
{
    std::unique_ptr<SiteService> site;
    ReplicaConfig config;
    bool resumed = false;     ///< the replica was this site's already: a set-up cut short goes on
    bool madeReplica = false; ///< the replica file was created by this set-up
    bool madeSecret = false;  ///< the secret file was created by this set-up
};

/// One site's replica and every use case a person has for it, each a call returning a Result: the stores it holds
/// and their records a page at a time, the store actions (stock adjustments, shipments, receipts, requisitions),
/// the site's set-up and configuration, offline sign-in against the accounts sync brought, the sync status, history and
/// quarantine (inspect, export, retry), and the damage check. The cli calls it directly (blocking); the desktop app
/// through LocalSite, which runs each call on the site's database thread and hands the result back on the GUI thread.
/// Sessions themselves are the engine's (SyncSession, ReplicaReinit), given database().
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

    /// Sets a site up on the replica at `path` (creating it) before its first session: registers it as `siteName` of
    /// the hub at `serverUrl` (with `caCertificatePath` when not empty) and keeps `secret` beside it (SecretFile).
    /// Run again for the same site, it resumes a set-up cut short. Errors: the database's own, `not_a_replica` (a
    /// hub's database), `replica_of_other_site`, `disk_write_failed` (the secret).
    static Result<SiteSetUp> setUp(const QString& path, const QString& serverUrl, const QString& siteName,
                                   const QString& caCertificatePath, const QString& secret);
    /// After the first session of `setUp`: when the hub refused the site (wrong name or secret, bound elsewhere, no
    /// common protocol, a client site) and the set-up did not resume one, closes the replica and removes what the
    /// set-up made, so that nothing is left that belongs to no one. Returns whether it did.
    static bool discardRefusedSetUp(SiteSetUp& setUp, const SyncSummary& firstSession);
    /// The site's secret kept beside the replica at `replicaPath` (SecretFile), as the cli and a server keep it.
    static Result<QString> keptSecret(const QString& replicaPath);
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
    /// The requests addressed to a store of this site that wait for an answer (StoreActions::requisitionsToAnswer).
    Result<QVector<RequisitionToAnswer>> requisitionsToAnswer(const QString& storeCode);
    /// Deletes a record of a store Active here, with its lines (StoreActions::deleteRecord).
    Result<DeleteOutcome> deleteRecord(const QString& storeCode, const QString& table, const QString& id);

    // People.
    /// Checks a password against the account sync brought to this replica (Argon2id or an older hash), taking the
    /// same time whether or not the account exists: the account, or wrong_credentials / account_disabled.
    Result<LocalUser> signInOffline(const QString& username, const QString& password);

    // Sync state.
    Result<SyncOverview> overview(int sessionLimit);
    /// Sends the quarantined records again with this site's secret.
    Result<QuarantineRetry::Outcome> retryQuarantine(const QString& secret);
    /// How the replica's sync stands now.
    Result<ReplicaStatus> status();
    /// The latest `limit` sessions, newest first, each with its stages.
    Result<QVector<LoggedSession>> sessions(int limit);
    /// The records this site could not sync, oldest first.
    Result<QVector<QuarantineEntry>> quarantine();
    /// Writes the quarantine as JSON (SyncOverview::quarantineJson) into `file`, all or nothing; returns how many
    /// records. Errors: the database's, `file_write_failed`.
    Result<qsizetype> exportQuarantine(const QString& file);
    /// The export a re-initialisation (ReplicaReinit) still has to write back; nullopt when none is under way. A
    /// session must wait until it is finished.
    Result<std::optional<QString>> unfinishedReinit();

    // Care.
    /// Checks the replica for damage now (ReplicaHealth) and records the outcome: damage is marked; a complete check
    /// that finds none clears the mark.
    Result<ReplicaCheck> check(const IntegrityOptions& options);

private:
    std::unique_ptr<Database> m_database;
};

} // namespace syncsites
