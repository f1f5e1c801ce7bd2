#pragma once

#include "ClientConnection.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace syncsites {

/// The worker threads of HttpServer. They take connections whose next request is ready (its headers read ahead by
/// the gate), in the order they became ready, and serve that one request. A request whose body is still to come
/// from the client (too large to read ahead, chunked, or after a 100 Continue) takes one of fewer "body slots" while
/// its body is read, so that clients sending bodies slowly can never hold every worker: the others keep answering
/// ready requests.
///
/// Threading: enqueue() from any thread; stop() from the owner, once.
class ConnectionWorkers
{
public:
    using Serve = std::function<void(std::unique_ptr<ClientConnection>)>;

    ConnectionWorkers(int threads, int bodySlots, Serve serve);
    ~ConnectionWorkers();
    ConnectionWorkers(const ConnectionWorkers&) = delete;
    ConnectionWorkers& operator=(const ConnectionWorkers&) = delete;

    void enqueue(std::unique_ptr<ClientConnection> connection, bool bodyToCome);
    /// Serves what is queued, then returns once every worker has finished.
    void stop();
    /// On a worker: the body of the request it serves has been read, so its body slot (if it took one) is free for
    /// the next while the request is handled.
    static void bodyReceived();

private:
    struct Queued
    {
        std::unique_ptr<ClientConnection> connection;
        std::uint64_t order = 0;
    };

    void run();
    void freeBodySlot();

    Serve m_serve;
    int m_bodySlots;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Queued> m_ready;
    std::deque<Queued> m_withBody;
    int m_bodiesBeingRead = 0;
    std::uint64_t m_order = 0;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace syncsites
