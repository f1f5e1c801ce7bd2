#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace syncsites::test {

struct FaultDecision;

/// What the proxy did to one request (at most one of these per request; delays come on top).
enum class FaultKind
{
    None,
    CutBeforeForward, ///< both connections closed before the request reached the upstream
    CutMidBody,       ///< the request forwarded, the response cut after its head and half its body
    DropResponse,     ///< the request forwarded and answered, the answer thrown away, the client closed
    Status500,        ///< answered 500 `server_error` by the proxy itself, never forwarded
    TruncateBody,     ///< the response forwarded with its Content-Length but a few body bytes short, then closed
    CorruptBody,      ///< the response forwarded with some body bytes flipped (same length)
    CorruptTarget,    ///< the request forwarded with one digit of its query string changed (same length)
};

/// A stable snake_case name: "cut_before_forward", "drop_response", ...
QString faultKindName(FaultKind kind);

/// Which requests a FaultProxy harms. `every Nth` counts the requests that match `pathPrefix`, 1-based, from the
/// setPlan() that installed the plan (so "cut every 3rd" cuts the 3rd, 6th, 9th matching request after setPlan()).
/// 0 switches a kind off. When several kinds pick the same request the first in this order wins: cut,
/// status500, dropResponse, cutResponseMidBody, truncateBody, corruptBody, corruptTarget.
struct FaultPlan
{
    int cutEveryNthRequest = 0;
    int status500EveryNth = 0;
    int dropResponseEveryNth = 0;
    int cutResponseMidBodyEveryNth = 0;
    int truncateBodyEveryNth = 0;
    int corruptBodyEveryNth = 0;
    /// A digit of the request's query string (a pull's cursor, say) changed to another digit before forwarding.
    int corruptTargetEveryNth = 0;
    /// After this many faults (delays not counted) the plan injects no more; 0: no limit.
    int maxFaults = 0;

    /// Waits before forwarding each matching request to the upstream, and before sending its response to the
    /// client; each wait gets an extra uniform [0, delayJitterMs] drawn from the seed.
    int requestDelayMs = 0;
    int responseDelayMs = 0;
    int delayJitterMs = 0;

    /// Only requests whose path (the target before '?') starts with this are counted and harmed; empty: all.
    QByteArray pathPrefix;
    /// Seeds the jitter and which bytes are corrupted or truncated. Each request draws from its own generator
    /// (seed mixed with its number), so the choices do not depend on how threads interleave.
    std::uint64_t seed = 1;
    /// Like a reverse proxy's body limit (nginx's client_max_body_size): a request body larger than this is
    /// answered `413 Request Entity Too Large` (an HTML page, as such proxies send) and never forwarded. Applies to
    /// every request, matched or not; 0: no limit.
    std::int64_t maxRequestBodyBytes = 0;
    /// Close harmed connections with a TCP reset (SO_LINGER 0) instead of an orderly FIN.
    bool resetOnClose = false;
};

/// What a FaultProxy has seen and done since start() (or resetStatistics()).
struct FaultCounts
{
    qint64 requests = 0;    ///< every request read completely from a client, harmed or not
    qint64 connections = 0; ///< client connections accepted
    qint64 cutBeforeForward = 0;
    qint64 cutMidBody = 0;
    qint64 droppedResponses = 0;
    qint64 status500 = 0;
    qint64 truncatedBodies = 0;
    qint64 corruptedBodies = 0;
    qint64 corruptedTargets = 0;
    qint64 delayedRequests = 0;
    qint64 delayedResponses = 0;

    qint64 faults() const
    {
        return cutBeforeForward + cutMidBody + droppedResponses + status500 + truncatedBodies + corruptedBodies +
               corruptedTargets;
    }
};

/// A fault-injecting HTTP/1.1 proxy for the sync engine's fault tests: it listens on 127.0.0.1 (port 0) and
/// forwards each client connection over a connection of its own to 127.0.0.1:upstreamPort (the hub), message by
/// message. It knows HTTP/1.1 framing well enough to find request and response boundaries on keep-alive
/// connections (Content-Length and chunked bodies both ways, bodiless answers to HEAD, 1xx, 204 and 304, and a
/// response delimited by the upstream closing), so it numbers requests globally (1-based, across connections)
/// and harms the ones a FaultPlan picks. Messages are buffered whole; it is meant for test-sized bodies.
///
/// It mirrors connection life: when the upstream closes an idle connection (keep-alive timeout) the proxy closes
/// the client's, and the other way round; a response with `Connection: close` closes both after it is sent.
///
/// Threading: start(), stop() and the destructor belong to one controlling thread. setPlan(), clearFaults(),
/// counts(), log() and the other accessors are thread-safe and may be called while the proxy runs. Internally a
/// thread accepts connections and each client connection gets a thread of its own; every wait is a poll() that
/// also watches a stop pipe, so stop() returns promptly even with connections open or delays pending.
/// Ownership: the proxy owns its sockets and threads; stop() (and the destructor) close them all and join.
/// Errors: start() returns `proxy_running`, `proxy_listen_failed`; faults never throw or crash the proxy.
class FaultProxy
{
public:
    explicit FaultProxy(quint16 upstreamPort);
    ~FaultProxy();
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    /// Listens on 127.0.0.1, port 0; returns the port bound.
    Result<quint16> start();
    /// Closes the listener and every connection, and joins every thread. Safe to call more than once.
    void stop();

    quint16 port() const { return m_port.load(); }
    quint16 upstreamPort() const { return m_upstreamPort; }
    /// "http://127.0.0.1:PORT"
    QString url() const;

    /// Installs a plan for the requests read from now on (restarting its `every Nth` counting).
    void setPlan(const FaultPlan& plan);
    /// The same as setPlan(FaultPlan()): no more faults or delays.
    void clearFaults();
    FaultPlan plan() const;

    FaultCounts counts() const;
    /// Client connections open now.
    int openConnections() const;
    /// One line per request, in the order they were settled (number, connection, method, path, fault, what
    /// happened): "#7 c3 POST /api/v1/sync/push -> drop_response (upstream 200, 41 body bytes, nothing sent, ...)".
    QStringList log() const;
    /// The log as one block of text, for QVERIFY2 messages.
    QByteArray logText() const;
    /// Clears counts() and log(); request numbers keep counting.
    void resetStatistics();

    /// Each read or write inside a message must progress within this (a stuck peer ends its connection);
    /// idle keep-alive connections are kept until a side closes them or the proxy stops. Default 30000; applies
    /// to connections accepted afterwards.
    void setIoTimeoutMs(int milliseconds) { m_ioTimeoutMs.store(milliseconds); }

private:
    struct Connection;
    friend class FaultProxyConnection;

    void acceptLoop();
    void reapFinished(bool all);
    FaultDecision decide(const QByteArray& method, const QByteArray& path);
    void record(const FaultDecision& decision, const QByteArray& method, const QByteArray& path, int connection,
                FaultKind applied, const QString& outcome);
    void appendLog(const QString& line);
    void countDelay(bool request);
    void connectionClosed();

    const quint16 m_upstreamPort;
    std::atomic<quint16> m_port{0};
    std::atomic<int> m_ioTimeoutMs{30000};
    int m_listenFd = -1;
    int m_wakeRead = -1; ///< readable once stop() begins: every poll() watches it
    int m_wakeWrite = -1;
    std::thread m_acceptThread;

    mutable std::mutex m_mutex; ///< guards everything below
    FaultPlan m_plan;
    qint64 m_matchedSincePlan = 0;
    qint64 m_faultsSincePlan = 0;
    qint64 m_requestNumber = 0;
    int m_connectionNumber = 0;
    int m_openConnections = 0;
    FaultCounts m_counts;
    QStringList m_log;
    std::vector<std::unique_ptr<Connection>> m_connections;
};

} // namespace syncsites::test
