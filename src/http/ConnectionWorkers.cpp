#include "ConnectionWorkers.h"

namespace syncsites {

namespace {

// The pool whose body slot the calling worker holds, if any.
thread_local ConnectionWorkers* t_bodySlotOf = nullptr;

} // namespace

ConnectionWorkers::ConnectionWorkers(int threads, int bodySlots, Serve serve)
    : m_serve(std::move(serve)), m_bodySlots(bodySlots < 1 ? 1 : bodySlots)
{
    for (int i = 0; i < threads; ++i)
        m_threads.emplace_back([this] { run(); });
}

ConnectionWorkers::~ConnectionWorkers()
{
    stop();
}

void ConnectionWorkers::enqueue(std::unique_ptr<ClientConnection> connection, bool bodyToCome)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        (bodyToCome ? m_withBody : m_ready).push_back(Queued{std::move(connection), m_order++});
    }
    m_wake.notify_one();
}

void ConnectionWorkers::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_stopping && m_threads.empty())
            return;
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread& t : m_threads) {
        if (t.joinable())
            t.join();
    }
    m_threads.clear();
}

void ConnectionWorkers::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        const bool bodyFree = !m_withBody.empty() && m_bodiesBeingRead < m_bodySlots;
        if (m_ready.empty() && !bodyFree) {
            if (m_stopping && m_withBody.empty() && m_bodiesBeingRead == 0)
                return;
            m_wake.wait(lock);
            continue;
        }
        // The one that became ready first, of those that may go now.
        const bool takeBody = bodyFree && (m_ready.empty() || m_withBody.front().order < m_ready.front().order);
        std::deque<Queued>& from = takeBody ? m_withBody : m_ready;
        std::unique_ptr<ClientConnection> connection = std::move(from.front().connection);
        from.pop_front();
        if (takeBody) {
            ++m_bodiesBeingRead;
            t_bodySlotOf = this;
        }
        lock.unlock();
        m_serve(std::move(connection));
        if (t_bodySlotOf)
            freeBodySlot();
        lock.lock();
    }
}

void ConnectionWorkers::bodyReceived()
{
    if (t_bodySlotOf)
        t_bodySlotOf->freeBodySlot();
}

void ConnectionWorkers::freeBodySlot()
{
    t_bodySlotOf = nullptr;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        --m_bodiesBeingRead;
    }
    m_wake.notify_all();
}

} // namespace syncsites
