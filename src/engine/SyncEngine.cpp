#include "SyncEngine.h"

#include "Database.h"

#include <QThread>

namespace syncsites {

SyncEngine::SyncEngine(Database& replica, SecretSource secret, SessionOptions options, QObject* parent)
    : QObject(parent), m_database(replica), m_secret(std::move(secret)), m_options(std::move(options)),
      m_retryBackoff(m_options.retryBase, std::chrono::hours(24), m_options.seed)
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncSummary>();
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
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
    if (m_intervalSeconds > 0) {
        m_timer.start(m_intervalSeconds * 1000);
        if (m_retryTimer.isActive() && m_retryTimer.remainingTime() > m_intervalSeconds * 1000)
            m_retryTimer.stop(); // the interval comes first now
    } else {
        m_timer.stop();
        m_retryTimer.stop(); // sync by hand only: no automatic retry either
    }
    emit scheduleChanged();
}

QDateTime SyncEngine::nextAttempt() const
{
    if (m_thread)
        return QDateTime();
    int ms = -1;
    for (const QTimer* timer : {&m_timer, &m_retryTimer})
        if (timer->isActive() && (ms < 0 || timer->remainingTime() < ms))
            ms = std::max(0, timer->remainingTime());
    return ms < 0 ? QDateTime() : QDateTime::currentDateTimeUtc().addMSecs(ms);
}

void SyncEngine::planRetry(const SyncSummary& summary)
{
    const bool reachedHub = summary.outcome == SyncOutcome::Success || summary.outcome == SyncOutcome::Partial;
    if (reachedHub || !summary.failure || !summary.failure->transient || m_intervalSeconds <= 0) {
        // Reached the hub (or failed for a reason a retry cannot cure, or sync is by hand): the interval as usual.
        if (reachedHub)
            m_failuresInARow = 0;
        m_retryTimer.stop();
        return;
    }
    ++m_failuresInARow;
    // 30 s, 1 min, 2 min... with jitter (sites that lost the same link do not all come back at once), never later
    // than the interval, never sooner than the server's Retry-After.
    const qint64 delay =
        std::min<qint64>(m_retryBackoff.delay(m_failuresInARow - 1, summary.failure->retryAfterSeconds).count(),
                         qint64(m_intervalSeconds) * 1000);
    if (m_timer.isActive() && m_timer.remainingTime() <= delay)
        return; // the automatic session comes first anyway
    m_retryTimer.start(int(delay));
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
    m_retryTimer.stop(); // this session is the retry
    Result<ReplicaConfig> config = ReplicaConfig::load(m_database);
    Result<QString> secret = config ? m_secret() : Result<QString>(config.error());
    if (!config || !secret) {
        SyncSummary summary;
        summary.outcome = SyncOutcome::Failed;
        summary.startedAt = summary.finishedAt = QDateTime::currentDateTimeUtc();
        summary.failure = SyncFailure::classify(!config ? config.error() : secret.error());
        emit sessionFinished(summary);
        emit scheduleChanged();
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
    emit scheduleChanged();
}

void SyncEngine::finished(const SyncSummary& summary)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_session.reset();
    planRetry(summary);
    emit sessionFinished(summary);
    if (m_queued) {
        m_queued = false;
        start(true);
        if (m_thread)
            return; // still running: the queued session
    }
    emit runningChanged(false);
    emit scheduleChanged();
}

} // namespace syncsites
