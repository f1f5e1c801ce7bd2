#pragma once

#include "SyncSession.h"
#include "SyncSummary.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QThread;

namespace syncsites {

class Database;

/// Runs a site's sync sessions off the calling (GUI) thread and reports through signals: automatic sync every
/// interval, and manual sync on request. At most one session runs at a time and at most one more is queued: asking
/// again while one is queued changes nothing.
///
/// Each session reads the site's configuration from the replica (ReplicaConfig) and its secret from `secret`, so
/// changes of settings apply from the next session. Used by the desktop app, and by `syncsites-server serve` for a
/// remote server's replica.
///
/// Threading: create and use on a thread with an event loop (signals are delivered there). The destructor cancels
/// a running session and waits for it. The Database must outlive the engine.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    using SecretSource = std::function<Result<QString>()>;

    SyncEngine(Database& replica, SecretSource secret, SessionOptions options = SessionOptions(),
               QObject* parent = nullptr);
    ~SyncEngine() override;

    /// Automatic sync every `seconds` (0: manual only). The first automatic session starts one interval from now.
    void setInterval(int seconds);
    int interval() const { return m_intervalSeconds; }
    bool isRunning() const { return m_thread != nullptr; }
    bool isQueued() const { return m_queued; }
    /// When the next automatic session starts; invalid when none is planned (automatic sync off, or one runs).
    QDateTime nextAttempt() const;
    /// Whether that next session is a retry after a failure that may pass (sooner than the interval).
    bool isRetryPlanned() const { return m_retryTimer.isActive(); }
    /// Sessions that failed in a row for a reason that may pass (0 after one that reached the hub).
    int failuresInARow() const { return m_failuresInARow; }

public slots:
    /// Starts a session now, or queues one when a session is running.
    void syncNow();
    /// Cancels the running session (and the queued one).
    void cancel();

signals:
    void sessionStarted();
    void progressed(const syncsites::SyncProgress& progress);
    void sessionFinished(const syncsites::SyncSummary& summary);
    void runningChanged(bool running);
    /// nextAttempt() or isRetryPlanned() changed.
    void scheduleChanged();

private:
    /// `continuing`: the queued session after one that just ended (the engine stays running).
    void start(bool continuing);
    void finished(const SyncSummary& summary);
    /// Plans (or drops) the retry after a session that ended this way.
    void planRetry(const SyncSummary& summary);

    Database& m_database;
    SecretSource m_secret;
    SessionOptions m_options;
    QTimer m_timer;
    QTimer m_retryTimer; ///< single shot: the sooner try after a failure that may pass
    Backoff m_retryBackoff;
    int m_failuresInARow = 0;
    int m_intervalSeconds = 0;
    QThread* m_thread = nullptr;
    std::shared_ptr<SyncSession> m_session;
    bool m_queued = false;
};

} // namespace syncsites

Q_DECLARE_METATYPE(syncsites::SyncProgress)
Q_DECLARE_METATYPE(syncsites::SyncSummary)
