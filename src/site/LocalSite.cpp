#include "LocalSite.h"

#include "Database.h"
#include "SyncEngine.h"

#include <QMutexLocker>
#include <QThread>

namespace syncsites {

Result<std::unique_ptr<LocalSite>> LocalSite::open(const QString& path, const SiteOptions& options)
{
    DatabaseOptions databaseOptions;
    databaseOptions.createIfMissing = options.createIfMissing;
    Result<std::unique_ptr<SiteService>> replica = SiteService::open(path, databaseOptions);
    if (!replica)
        return replica.error();
    Result<ReplicaConfig> config = (*replica)->config();
    if (!config)
        return config.error();
    return std::unique_ptr<LocalSite>(new LocalSite(std::move(replica).value(), *config, options));
}

LocalSite::LocalSite(std::unique_ptr<SiteService> replica, ReplicaConfig config, const SiteOptions& options)
    : m_path(replica->path()), m_replica(std::move(replica)), m_config(std::move(config)), m_thread(new QThread(this)),
      m_worker(new QObject)
{
    m_thread->setObjectName(QStringLiteral("site database"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    m_engine = std::make_unique<SyncEngine>(
        m_replica->database(), [this] { return Result<QString>(secret()); }, options.session);
    m_engine->setInterval(m_config.intervalSeconds);
}

LocalSite::~LocalSite()
{
    m_engine.reset(); // cancels a running session and waits for it
    for (QThread* retry : std::as_const(m_retries))
        retry->wait();
    m_thread->quit(); // after the work already queued
    m_thread->wait();
    delete m_worker; // its thread has ended
    m_replica->database().close();
}

QFuture<Status> LocalSite::saveConfig(const ReplicaConfig& config)
{
    QPointer<LocalSite> self(this);
    return post<Status>([config](SiteService& replica) { return replica.saveConfig(config); })
        .then(this, [self, config](Status saved) {
            if (saved && self)
                self->applyConfig(config);
            return saved;
        });
}

Status LocalSite::saveConfigNow(const ReplicaConfig& config)
{
    const Status saved = runNow<Status>([config](SiteService& service) { return service.saveConfig(config); });
    if (saved)
        applyConfig(config);
    return saved;
}

QFuture<Status> LocalSite::setInterval(int seconds)
{
    QPointer<LocalSite> self(this);
    m_engine->setInterval(seconds); // at once, even if it cannot be saved
    return post<Result<ReplicaConfig>>([seconds](SiteService& service) -> Result<ReplicaConfig> {
               Result<ReplicaConfig> config = service.config();
               if (!config)
                   return config;
               config->intervalSeconds = seconds;
               if (Status saved = service.saveConfig(*config); !saved)
                   return saved.error();
               return config;
           })
        .then(this, [self](Result<ReplicaConfig> saved) {
            if (!saved)
                return Status(saved.error());
            if (self)
                self->applyConfig(*saved);
            return Status();
        });
}

void LocalSite::applyConfig(const ReplicaConfig& config)
{
    m_config = config;
    if (m_engine->interval() != config.intervalSeconds)
        m_engine->setInterval(config.intervalSeconds);
    emit configChanged(config);
}

void LocalSite::setSecret(const QString& secret)
{
    const QMutexLocker lock(&m_secretMutex);
    m_secret = secret;
}

QString LocalSite::secret() const
{
    const QMutexLocker lock(&m_secretMutex);
    return m_secret;
}

QFuture<bool> LocalSite::drained()
{
    return post<bool>([](SiteService&) { return true; });
}

QFuture<Result<ReplicaStores>> LocalSite::stores()
{
    return post<Result<ReplicaStores>>([](SiteService& replica) { return replica.stores(); });
}

QFuture<Result<Topology>> LocalSite::topology()
{
    return post<Result<Topology>>([](SiteService& replica) { return replica.topology(); });
}

QFuture<Result<RecordPage>> LocalSite::firstPage(const RecordQuery& query, int limit)
{
    return post<Result<RecordPage>>([=](SiteService& replica) { return replica.firstPage(query, limit); });
}

QFuture<Result<QVector<QJsonObject>>> LocalSite::nextPage(const RecordQuery& query, const QString& afterId, int limit)
{
    return post<Result<QVector<QJsonObject>>>(
        [=](SiteService& replica) { return replica.nextPage(query, afterId, limit); });
}

QFuture<Result<QVector<ShipmentToReceive>>> LocalSite::shipmentsToReceive(const QString& storeCode)
{
    return post<Result<QVector<ShipmentToReceive>>>(
        [=](SiteService& replica) { return replica.shipmentsToReceive(storeCode); });
}

QFuture<Result<QVector<ItemStock>>> LocalSite::itemStock(const QString& storeCode)
{
    return post<Result<QVector<ItemStock>>>([=](SiteService& replica) { return replica.itemStock(storeCode); });
}

QFuture<Result<PutOutcome>> LocalSite::adjustStock(const QString& storeCode, const QString& lineId,
                                                   double availablePacks, const QString& note)
{
    return postAction<PutOutcome>(
        [=](SiteService& replica) { return replica.adjustStock(storeCode, lineId, availablePacks, note); });
}

QFuture<Result<QString>> LocalSite::createTransfer(const QString& fromCode, const QString& toCode,
                                                   const QString& itemCode, double packs)
{
    return postAction<QString>(
        [=](SiteService& replica) { return replica.createTransfer(fromCode, toCode, itemCode, packs); });
}

QFuture<Result<QString>> LocalSite::receive(const QString& invoiceId)
{
    return postAction<QString>([=](SiteService& replica) { return replica.receive(invoiceId); });
}

QFuture<Result<QVector<QJsonObject>>> LocalSite::listRecords(const QString& table, const QString& storeCode)
{
    return post<Result<QVector<QJsonObject>>>(
        [=](SiteService& replica) { return replica.listRecords(table, storeCode); });
}

QFuture<Result<PutOutcome>> LocalSite::putRecord(const QString& storeCode, const QString& table,
                                                 const QJsonObject& record)
{
    return postAction<PutOutcome>([=](SiteService& replica) { return replica.putRecord(storeCode, table, record); });
}

QFuture<Result<QString>> LocalSite::createRequisition(const QString& fromCode, const QString& toCode,
                                                      const QString& itemCode, double packs)
{
    return postAction<QString>(
        [=](SiteService& replica) { return replica.createRequisition(fromCode, toCode, itemCode, packs); });
}

QFuture<Result<QVector<RequisitionToAnswer>>> LocalSite::requisitionsToAnswer(const QString& storeCode)
{
    return post<Result<QVector<RequisitionToAnswer>>>(
        [=](SiteService& replica) { return replica.requisitionsToAnswer(storeCode); });
}

QFuture<Result<QString>> LocalSite::respond(const QString& requisitionId)
{
    return postAction<QString>([=](SiteService& replica) { return replica.respond(requisitionId); });
}

QFuture<Result<DeleteOutcome>> LocalSite::deleteRecord(const QString& storeCode, const QString& table,
                                                       const QString& id)
{
    return postAction<DeleteOutcome>([=](SiteService& replica) { return replica.deleteRecord(storeCode, table, id); });
}

Result<LocalUser> LocalSite::signInOffline(const QString& username, const QString& password)
{
    return runNow<Result<LocalUser>>([&](SiteService& service) { return service.signInOffline(username, password); });
}

QFuture<Result<SyncOverview>> LocalSite::overview(int sessionLimit)
{
    return post<Result<SyncOverview>>([=](SiteService& replica) { return replica.overview(sessionLimit); });
}

QFuture<Result<QuarantineRetry::Outcome>> LocalSite::retryQuarantine()
{
    auto promise = std::make_shared<QPromise<Result<QuarantineRetry::Outcome>>>();
    QFuture<Result<QuarantineRetry::Outcome>> future = promise->future();
    promise->start();
    SiteService* service = m_replica.get();
    QPointer<LocalSite> self(this);
    QThread* thread = QThread::create([promise, service, self, secret = secret()] {
        QMetaObject::invokeMethod(
            self,
            [promise, outcome = service->retryQuarantine(secret)]() mutable {
                promise->addResult(std::move(outcome));
                promise->finish();
            },
            Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("quarantine retry"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_retries.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] { m_retries.removeOne(thread); });
    thread->start();
    return future;
}

} // namespace syncsites
