#pragma once

#include "ClientConnection.h"
#include "Metrics.h"
#include "RateDeadline.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace syncsites {

/// What the gate allows a client before a worker takes its request (HttpServerConfig explains each).
struct GateLimits
{
    std::chrono::milliseconds headerTimeout{10000};
    std::chrono::milliseconds keepAliveTimeout{5000};
    std::chrono::milliseconds rateGrace{10000};
    std::size_t maxHeaderBytes = 64 * 1024;
    std::size_t bufferedBodyBytes = 64 * 1024;
    double minBodyBytesPerSecond = 1024;
    double minWriteBytesPerSecond = 1024;
    int maxConnectionsPerAddress = 64;
    /// At stop, answers still being sent get at most this long.
    std::chrono::milliseconds stopSendTimeout{5000};
};

/// The listening socket of HttpServer and every connection that is not being served by a worker, on one thread
/// that poll()s them all. A connection goes to a worker only once its next request is ready: its TLS handshake
/// done, its header block complete and, when the body is small (Content-Length up to bufferedBodyBytes, no Expect),
/// its body read too. Until then it costs a file descriptor and a buffer, no thread:
/// - headers (and the TLS handshake) must be complete within headerTimeout of the connection (or of the first byte
///   of a later request): otherwise 408 `request_timeout` and closed; beyond maxHeaderBytes, 431;
/// - a small body must arrive at minBodyBytesPerSecond (RateDeadline, after rateGrace): otherwise 408;
/// - a connection idle between requests is closed after keepAliveTimeout, quietly;
/// - the rest of an answer a worker left (the client did not take it at once) is sent from here at
///   minWriteBytesPerSecond or the connection is cut;
/// - a client address with maxConnectionsPerAddress connections open gets 503 `too_many_connections` on the next
///   (HTTPS: closed without an answer, as the handshake would cost more than the refusal saves).
/// The answers themselves (and their log lines and counts) come from the Report callback.
///
/// Threading: bind() and start() and the stop calls from the owner; resume() and release() from the workers.
/// Portability: POSIX (poll, accept, a pipe to wake the poll); see ClientConnection.h.
class ConnectionGate
{
public:
    enum class Event
    {
        HeaderTimeout,
        BodyTimeout,
        HeadersTooLarge,
        TooManyConnections,
        HandshakeTimeout,
        NoRequest, ///< a new connection sent nothing within the header timeout (closed without an answer)
        WriteTooSlow,
    };
    /// A request is ready; `bodyToCome`: its body is still to be read from the client.
    using Dispatch = std::function<void(std::unique_ptr<ClientConnection>, bool bodyToCome)>;
    /// Counts and logs an event; returns the answer to send before closing (empty: none).
    using Report = std::function<std::string(Event, const ClientConnection&)>;

    ConnectionGate(GateLimits limits, SSL_CTX* tls, Dispatch dispatch, Report report, Metrics::Gauge* connectionsGauge,
                   std::atomic<long long>* outputBuffered);
    ~ConnectionGate();
    ConnectionGate(const ConnectionGate&) = delete;
    ConnectionGate& operator=(const ConnectionGate&) = delete;

    /// Binds `host` (a numeric IPv4 or IPv6 address) with SO_REUSEADDR (not SO_REUSEPORT) and listens; port 0
    /// picks one. Returns the port, or 0 with `*error` set.
    quint16 bind(const std::string& host, quint16 port, std::string* error);
    void start();

    /// A worker gives back a connection after a request: kept for the next one (or to send what is left of the
    /// answer first). From any thread.
    void resume(std::unique_ptr<ClientConnection> connection);
    /// Closes a connection a worker is done with. From any thread.
    void release(std::unique_ptr<ClientConnection> connection);

    /// Stops accepting and closes the connections that wait here for a request; answers being sent go on.
    void beginStop();
    /// After the workers are done: sends what is left of answers (at most stopSendTimeout), closes all, joins.
    void finish();

private:
    enum class Phase
    {
        Handshake,
        Idle,
        Headers,
        Body,
        Sending,
        Lingering,
        Gone,
    };
    struct Entry
    {
        std::unique_ptr<ClientConnection> connection;
        Phase phase = Phase::Headers;
        ClientConnection::Io waitingFor = ClientConnection::Io::WantRead;
        ClientConnection::Clock::time_point deadline{};
        RateDeadline rate;
        std::size_t scanned = 0; // bytes of the input searched for the end of the headers
        std::size_t needed = 0;  // input bytes that make the request ready (Body phase)
    };

    void run();
    void acceptAll();
    void admit(int fd);
    void enter(std::unique_ptr<ClientConnection> connection, bool fresh);
    void step(Entry& e);
    void pump(Entry& e);
    bool ready(Entry& e);
    void expire(Entry& e);
    void refuse(Entry& e, Event event);
    void linger(Entry& e);
    void close(Entry& e);
    void forget(const ClientConnection& connection);
    void wake();

    GateLimits m_limits;
    SSL_CTX* m_tls;
    Dispatch m_dispatch;
    Report m_report;
    Metrics::Gauge* m_connectionsGauge;
    std::atomic<long long>* m_outputBuffered;

    int m_listener = -1;
    int m_wakeRead = -1;
    int m_wakeWrite = -1;
    std::thread m_thread;
    std::vector<Entry> m_entries; // the gate thread's own

    std::mutex m_mutex; // guards what follows
    std::vector<std::unique_ptr<ClientConnection>> m_inbox;
    std::unordered_map<std::string, int> m_perAddress;
    bool m_stopping = false;
    bool m_finishing = false;
    ClientConnection::Clock::time_point m_acceptPausedUntil{};
};

} // namespace syncsites
