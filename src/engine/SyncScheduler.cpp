#include "SyncScheduler.h"

#include "ReplicaConfig.h"
#include "SecretFile.h"

namespace syncsites {

SyncScheduler::SyncScheduler(Database& replica, QString replicaPath, SessionOptions options,
                             std::chrono::seconds interval, Finished finished)
    : m_database(replica), m_replicaPath(std::move(replicaPath)), m_options(std::move(options)), m_interval(interval),
      m_finished(std::move(finished))
{}

SyncScheduler::~SyncScheduler()
{
    stop();
}

void SyncScheduler::start()
{
    if (!m_thread.joinable())
        m_thread = std::thread([this] { loop(); });
}

void SyncScheduler::syncNow()
{
    {
        std::lock_guard lock(m_mutex);
        m_requested = true;
    }
    m_wake.notify_all();
}

void SyncScheduler::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        if (m_session)
            m_session->cancel();
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void SyncScheduler::loop()
{
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, m_interval, [this] { return m_stopping || m_requested; });
            if (m_stopping)
                return;
            m_requested = false;
        }
        SyncSummary summary;
        Result<ReplicaConfig> config = ReplicaConfig::load(m_database);
        Result<QString> secret =
            config ? SecretFile::read(SecretFile::pathFor(m_replicaPath)) : Result<QString>(config.error());
        if (!config || !secret) {
            summary.outcome = SyncOutcome::Failed;
            summary.failure = SyncFailure::classify(!config ? config.error() : secret.error());
        } else {
            auto session = std::make_shared<SyncSession>(m_database, *config, *secret, m_options);
            {
                std::lock_guard lock(m_mutex);
                if (m_stopping)
                    return;
                m_session = session;
            }
            summary = session->run();
            std::lock_guard lock(m_mutex);
            m_session.reset();
        }
        if (m_finished)
            m_finished(summary);
    }
}

} // namespace syncsites
