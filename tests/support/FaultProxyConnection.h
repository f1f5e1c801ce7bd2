#pragma once

#include "FaultProxy.h"

#include <cstdint>
#include <string>

namespace syncsites::test {

/// What FaultProxy::decide() made of one request: its number, its fault and delays, and the seed of its own draws.
struct FaultDecision
{
    qint64 number = 0; ///< global request number, 1-based
    bool matched = false;
    FaultKind fault = FaultKind::None;
    int requestDelayMs = 0;
    int responseDelayMs = 0;
    bool resetOnClose = false;
    std::int64_t maxRequestBodyBytes = 0; ///< a larger request body is answered 413 by the proxy; 0: no limit
    std::uint64_t seed = 0;               ///< for this request's own choices
};

/// One client connection of a FaultProxy and its upstream connection, served message by message: reads a whole
/// request, asks the proxy what to do with it, forwards it (or not), reads the whole response and forwards,
/// harms or withholds it. Internal to FaultProxy.
///
/// Threading: run() on a thread of its own; it calls the proxy's thread-safe decide/record methods, and every wait
/// is a poll() that also watches the proxy's stop pipe. Ownership: it owns both sockets and closes them when
/// destroyed (with a reset when a fault that closes asked for one).
class FaultProxyConnection
{
public:
    FaultProxyConnection(FaultProxy& proxy, int clientFd, int id);
    ~FaultProxyConnection();
    FaultProxyConnection(const FaultProxyConnection&) = delete;
    FaultProxyConnection& operator=(const FaultProxyConnection&) = delete;

    /// Serves requests until a side closes, a fault ends the connection, or the proxy stops.
    void run();

    static void setNoDelay(int fd);
    /// Closes `fd` (when open) and sets it to -1; `reset`: with SO_LINGER 0, so the peer gets a TCP reset.
    static void closeSocket(int& fd, bool reset);

private:
    /// How an I/O step ended.
    enum class Io
    {
        Ok,
        Closed,   ///< the peer closed cleanly before the first byte of the message
        Failed,   ///< a socket error, malformed framing, or a close in the middle of a message
        TimedOut, ///< no progress within the I/O timeout
        Stopped,  ///< the proxy is stopping
    };
    struct Message;
    struct Peer
    {
        int fd = -1;
        std::string in; ///< bytes read and not yet consumed
    };

    static const char* ioName(Io io);
    Io waitFor(int fd, short events, int timeoutMs);
    Io fill(Peer& peer);
    Io readHead(Peer& peer, std::string& head);
    Io readExact(Peer& peer, std::size_t size, std::string& out);
    Io readLine(Peer& peer, std::string& line);
    Io readChunked(Peer& peer, Message& message);
    Io readUntilClose(Peer& peer, Message& message);
    Io writeAll(int fd, const char* data, std::size_t size);
    Io writeAll(int fd, const std::string& data) { return writeAll(fd, data.data(), data.size()); }
    Io waitForRequest();
    Io readRequest(Message& request);
    Io readResponse(const Message& request, Message& response);
    Io connectUpstream();
    bool sleepMs(int milliseconds);
    void finish(const FaultDecision& decision, const Message& request, FaultKind applied, const QString& outcome);
    Io finishAndSend(const FaultDecision& decision, const Message& request, FaultKind applied, const QString& outcome,
                     const std::string& bytes);
    bool serveOne();

    FaultProxy& m_proxy;
    const int m_id;
    const int m_timeoutMs;
    Peer m_client;
    Peer m_upstream;
    bool m_reset = false; ///< close with a TCP reset
};

} // namespace syncsites::test
