#pragma once

#include "SyncSession.h"

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace syncsites {

class Database;

/// Runs a replica's sync sessions on a thread of its own, one after another, every `interval` (and at once when
/// asked), for programs without an event loop: `syncsites-server serve --db REPLICA` keeps a remote server's
/// replica in sync with this. The desktop app uses SyncEngine instead (signals, queueing for the GUI).
///
/// Threading: start(), syncNow() and stop() from any thread; `finished` is called on the scheduler's thread after
/// every session. stop() cancels a running session and joins the thread; the destructor stops.
class SyncScheduler
{
public:
    using Finished = std::function<void(const SyncSummary&)>;

    SyncScheduler(Database& replica, QString replicaPath, SessionOptions options, std::chrono::seconds interval,
                  Finished finished);
    ~SyncScheduler();

    /// Starts the thread; the first session runs at once.
    void start();
    void syncNow();
    void stop();

private:
    void loop();

    Database& m_database;
    QString m_replicaPath;
    SessionOptions m_options;
    std::chrono::seconds m_interval;
    Finished m_finished;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    bool m_requested = true;
    std::shared_ptr<SyncSession> m_session;
};

} // namespace syncsites
