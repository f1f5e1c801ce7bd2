#include "SyncEngine.h"

#include "Database.h"

#include <QThread>

namespace syncsites {

SyncEngine::SyncEngine(Database& replica, SecretSource secret, SessionOptions options, QObject* parent)
    : QObject(parent), m_database(replica), m_secret(std::move(secret)), m_options(std::move(options))
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncSummary>();
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::syncNow);
}

SyncEngine::~SyncEngine()
{
    m_queued = false;
    if (m_thread) {
        if (m_session)
            m_session->cancel();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void SyncEngine::setInterval(int seconds)
{
    m_intervalSeconds = std::max(0, seconds);
    if (m_intervalSeconds > 0)
        m_timer.start(m_intervalSeconds * 1000);
    else
        m_timer.stop();
}

void SyncEngine::syncNow()
{
    if (m_thread) {
        m_queued = true;
        return;
    }
    start(false);
}

void SyncEngine::cancel()
{
    m_queued = false;
    if (m_session)
        m_session->cancel();
}

void SyncEngine::start(bool continuing)
{
    Result<ReplicaConfig> config = ReplicaConfig::load(m_database);
    Result<QString> secret = config ? m_secret() : Result<QString>(config.error());
    if (!config || !secret) {
        SyncSummary summary;
        summary.outcome = SyncOutcome::Failed;
        summary.startedAt = summary.finishedAt = QDateTime::currentDateTimeUtc();
        summary.failure = SyncFailure::classify(!config ? config.error() : secret.error());
        emit sessionFinished(summary);
        return;
    }
    m_session = std::make_shared<SyncSession>(m_database, *config, *secret, m_options);
    QPointer<SyncEngine> self(this);
    m_session->setObserver([self](const SyncProgress& progress) {
        if (self)
            QMetaObject::invokeMethod(
                self,
                [self, progress] {
                    if (self)
                        emit self->progressed(progress);
                },
                Qt::QueuedConnection);
    });
    std::shared_ptr<SyncSession> session = m_session;
    m_thread = QThread::create([self, session] {
        const SyncSummary summary = session->run();
        QMetaObject::invokeMethod(
            self,
            [self, summary] {
                if (self)
                    self->finished(summary);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("sync-session"));
    m_thread->start();
    emit sessionStarted();
    if (!continuing)
        emit runningChanged(true);
}

void SyncEngine::finished(const SyncSummary& summary)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_session.reset();
    emit sessionFinished(summary);
    if (m_queued) {
        m_queued = false;
        start(true);
        if (m_thread)
            return; // still running: the queued session
    }
    emit runningChanged(false);
}

} // namespace syncsites
