#pragma once

#include "ReplicaConfig.h"
#include "Result.h"
#include "SiteService.h"
#include "SyncSession.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QPromise>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace syncsites {

class SyncEngine;

/// How a LocalSite opens its replica.
struct SiteOptions
{
    bool createIfMissing = false; ///< only a set-up (or the demo's first start) makes a new replica
    SessionOptions session;       ///< for the sessions of its SyncEngine
};

/// One site as the desktop app sees it: its replica (SiteService, on a database thread of its own), its
/// configuration (read from the replica, the one source of truth, and kept here for the GUI to read), its secret,
/// and its SyncEngine. Every replica use case is a call returning a QFuture of its Result; continue it on the
/// caller's thread with `.then(this, ...)` (the continuation is dropped with `this`). Pages hold a LocalSite and never
/// a Database: no database work on the GUI thread, no SQL or HTTP in a widget.
///
/// Threading: create and use on the GUI thread. The work runs in order on the database thread; its answer is handed
/// back through the GUI thread's event loop, so a continuation never runs inside the call that asked. The destructor
/// stops the engine, waits for the work queued (answers not yet handed back are cancelled), then closes the replica.
class LocalSite : public QObject
{
    Q_OBJECT

public:
    /// Opens the replica at `path` and reads its configuration (blocking: once, at start-up).
    static Result<std::unique_ptr<LocalSite>> open(const QString& path, const SiteOptions& options = SiteOptions());
    ~LocalSite() override;

    QString path() const { return m_path; }
    /// The configuration as last read or saved.
    const ReplicaConfig& config() const { return m_config; }
    /// Saves the configuration in the replica (and applies its interval to the engine); configChanged() follows a
    /// save that worked.
    QFuture<Status> saveConfig(const ReplicaConfig& config);
    /// The same, waiting for it (at start-up, before any page exists).
    Status saveConfigNow(const ReplicaConfig& config);
    /// Saves the automatic sync interval (0: manual only) in the replica's configuration as it is stored now, and
    /// applies it to the engine.
    QFuture<Status> setInterval(int seconds);
    /// The site's secret for its sessions and the quarantine's retry (the app reads it from its SecretStore).
    void setSecret(const QString& secret);
    /// The engine that runs this site's sync sessions (signals for the Sync page and the tray).
    SyncEngine& engine() { return *m_engine; }

    /// Done when the work queued before it is done (tests, and a clean hand-over).
    QFuture<bool> drained();

    QFuture<Result<ReplicaStores>> stores();
    QFuture<Result<Topology>> topology();
    QFuture<Result<RecordPage>> firstPage(const RecordQuery& query, int limit);
    QFuture<Result<QVector<QJsonObject>>> nextPage(const RecordQuery& query, const QString& afterId, int limit);
    QFuture<Result<QVector<ShipmentToReceive>>> shipmentsToReceive(const QString& storeCode);
    QFuture<Result<QVector<ItemStock>>> itemStock(const QString& storeCode);
    QFuture<Result<PutOutcome>> adjustStock(const QString& storeCode, const QString& lineId, double availablePacks,
                                            const QString& note);
    QFuture<Result<QString>> createTransfer(const QString& fromCode, const QString& toCode, const QString& itemCode,
                                            double packs);
    QFuture<Result<QString>> receive(const QString& invoiceId);
    /// The records of a store's table (or of a central table), whole, ordered by id: for short lists such as a
    /// store's assets. Pages of a long table come from firstPage/nextPage.
    QFuture<Result<QVector<QJsonObject>>> listRecords(const QString& table, const QString& storeCode);
    /// Inserts or updates a record of a store Active here (an asset, a temperature log), StoreActions::putRecord.
    QFuture<Result<PutOutcome>> putRecord(const QString& storeCode, const QString& table, const QJsonObject& record);
    QFuture<Result<QString>> createRequisition(const QString& fromCode, const QString& toCode, const QString& itemCode,
                                               double packs);
    QFuture<Result<QVector<RequisitionToAnswer>>> requisitionsToAnswer(const QString& storeCode);
    QFuture<Result<QString>> respond(const QString& requisitionId);
    QFuture<Result<DeleteOutcome>> deleteRecord(const QString& storeCode, const QString& table, const QString& id);
    /// Checks a password offline, waiting for the answer (the sign-in dialog asks synchronously; a check takes tens
    /// of milliseconds).
    Result<LocalUser> signInOffline(const QString& username, const QString& password);
    QFuture<Result<SyncOverview>> overview(int sessionLimit);
    /// Sends the quarantined records again, on a thread of its own (it waits for the network, not the database).
    QFuture<Result<QuarantineRetry::Outcome>> retryQuarantine();

signals:
    void configChanged(const syncsites::ReplicaConfig& config);
    /// A store action of this app changed records (the records waiting to be sent changed).
    void recordsChanged();

private:
    LocalSite(std::unique_ptr<SiteService> replica, ReplicaConfig config, const SiteOptions& options);

    /// Runs `work` on the database thread; the future holds what it returned.
    template <typename T> QFuture<T> post(std::function<T(SiteService&)> work);
    /// Runs `work` on the database thread and waits for it (after the work queued before it).
    template <typename T> T runNow(std::function<T(SiteService&)> work);
    /// The same for a store action: recordsChanged() follows one that worked.
    template <typename T> QFuture<Result<T>> postAction(std::function<Result<T>(SiteService&)> work);

    void applyConfig(const ReplicaConfig& config);
    QString secret() const; ///< any thread (the engine's sessions read it)

    QString m_path;
    std::unique_ptr<SiteService> m_replica;
    ReplicaConfig m_config;
    mutable QMutex m_secretMutex;
    QString m_secret;
    QThread* m_thread = nullptr;
    QObject* m_worker = nullptr; ///< lives in m_thread: work is queued to it
    std::unique_ptr<SyncEngine> m_engine;
    QList<QThread*> m_retries; ///< quarantine retries still running
};

template <typename T> QFuture<T> LocalSite::post(std::function<T(SiteService&)> work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    SiteService* replica = m_replica.get();
    QPointer<LocalSite> self(this);
    QMetaObject::invokeMethod(
        m_worker,
        [promise, replica, self, work = std::move(work)] {
            // The answer is handed over on the site's thread, so that a continuation never runs inside the call
            // that asked (a future finished before `.then` is attached would run it at once).
            QMetaObject::invokeMethod(
                self,
                [promise, result = work(*replica)]() mutable {
                    promise->addResult(std::move(result));
                    promise->finish();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return future;
}

template <typename T> T LocalSite::runNow(std::function<T(SiteService&)> work)
{
    std::optional<T> result;
    SiteService* replica = m_replica.get();
    QMetaObject::invokeMethod(
        m_worker, [&result, replica, &work] { result.emplace(work(*replica)); }, Qt::BlockingQueuedConnection);
    return std::move(*result);
}

template <typename T> QFuture<Result<T>> LocalSite::postAction(std::function<Result<T>(SiteService&)> work)
{
    QPointer<LocalSite> self(this);
    return post<Result<T>>(std::move(work)).then(this, [self](Result<T> done) {
        if (done && self)
            emit self->recordsChanged();
        return done;
    });
}

} // namespace syncsites
