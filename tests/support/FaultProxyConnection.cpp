#include "FaultProxyConnection.h"

#include "SplitMix64.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <utility>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace syncsites::test {

namespace {

constexpr std::size_t kMaxHeadBytes = 64 * 1024;
constexpr std::size_t kMaxLineBytes = 8 * 1024;
constexpr std::size_t kReadChunk = 64 * 1024;

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

std::string trimmed(const std::string& text)
{
    const auto begin = text.find_first_not_of(" \t");
    if (begin == std::string::npos)
        return std::string();
    const auto end = text.find_last_not_of(" \t");
    return text.substr(begin, end - begin + 1);
}

bool hasToken(const std::string& headerValue, const char* token)
{
    std::string value = lower(headerValue);
    std::size_t start = 0;
    while (start <= value.size()) {
        const auto comma = value.find(',', start);
        const std::string item =
            trimmed(value.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (item == token)
            return true;
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return false;
}

} // namespace

/// One HTTP/1.1 message as read off the wire: its head verbatim, its body verbatim (chunk framing included) and
/// where the payload bytes lie inside the body.
struct FaultProxyConnection::Message
{
    std::string head;
    std::string body;
    std::vector<std::pair<std::size_t, std::size_t>> payload; ///< (offset, length) ranges of body
    std::string method;                                       ///< requests
    std::string target;                                       ///< requests
    int status = 0;                                           ///< responses
    bool http10 = false;
    bool chunked = false;
    long long contentLength = -1;
    bool connectionClose = false;
    bool keepAlive = false; ///< an explicit `Connection: keep-alive` (HTTP/1.0)

    std::size_t payloadSize() const
    {
        std::size_t size = 0;
        for (const auto& range : payload)
            size += range.second;
        return size;
    }
    /// The request path: the target before '?'.
    std::string path() const { return target.substr(0, target.find('?')); }
    bool closesAfter() const { return connectionClose || (http10 && !keepAlive); }
    /// Parses the start line and the framing headers of `head`. False when malformed.
    bool parseHead(bool isRequest);
};

bool FaultProxyConnection::Message::parseHead(bool isRequest)
{
    std::size_t lineEnd = head.find("\r\n");
    const std::string startLine = head.substr(0, lineEnd);
    const auto firstSpace = startLine.find(' ');
    if (firstSpace == std::string::npos)
        return false;
    const auto secondSpace = startLine.find(' ', firstSpace + 1);
    if (isRequest) {
        if (secondSpace == std::string::npos)
            return false;
        method = startLine.substr(0, firstSpace);
        target = startLine.substr(firstSpace + 1, secondSpace - firstSpace - 1);
        http10 = startLine.compare(secondSpace + 1, std::string::npos, "HTTP/1.0") == 0;
    } else {
        if (startLine.compare(0, 5, "HTTP/") != 0)
            return false;
        http10 = startLine.compare(0, firstSpace, "HTTP/1.0") == 0;
        status = std::atoi(startLine.c_str() + firstSpace + 1);
        if (status < 100 || status > 999)
            return false;
    }
    std::size_t pos = lineEnd + 2;
    while (pos < head.size()) {
        lineEnd = head.find("\r\n", pos);
        if (lineEnd == std::string::npos || lineEnd == pos)
            break;
        const std::string line = head.substr(pos, lineEnd - pos);
        pos = lineEnd + 2;
        const auto colon = line.find(':');
        if (colon == std::string::npos)
            return false;
        const std::string name = lower(trimmed(line.substr(0, colon)));
        const std::string value = trimmed(line.substr(colon + 1));
        if (name == "content-length") {
            char* end = nullptr;
            const long long length = std::strtoll(value.c_str(), &end, 10);
            if (value.empty() || *end != '\0' || length < 0)
                return false;
            contentLength = length;
        } else if (name == "transfer-encoding") {
            chunked = hasToken(value, "chunked");
        } else if (name == "connection") {
            connectionClose = connectionClose || hasToken(value, "close");
            keepAlive = keepAlive || hasToken(value, "keep-alive");
        }
    }
    return true;
}

const char* FaultProxyConnection::ioName(Io io)
{
    switch (io) {
    case Io::Ok:
        return "ok";
    case Io::Closed:
        return "closed";
    case Io::Failed:
        return "failed";
    case Io::TimedOut:
        return "timed out";
    case Io::Stopped:
        return "stopped";
    }
    return "?";
}

void FaultProxyConnection::setNoDelay(int fd)
{
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

void FaultProxyConnection::closeSocket(int& fd, bool reset)
{
    if (fd < 0)
        return;
    if (reset) {
        const linger abortive{1, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
    }
    ::close(fd);
    fd = -1;
}

FaultProxyConnection::FaultProxyConnection(FaultProxy& proxy, int clientFd, int id)
    : m_proxy(proxy), m_id(id), m_timeoutMs(proxy.m_ioTimeoutMs.load())
{
    m_client.fd = clientFd;
}

FaultProxyConnection::~FaultProxyConnection()
{
    closeSocket(m_client.fd, m_reset);
    closeSocket(m_upstream.fd, m_reset);
}

FaultProxyConnection::Io FaultProxyConnection::waitFor(int fd, short events, int timeoutMs)
{
    pollfd fds[2] = {{fd, events, 0}, {m_proxy.m_wakeRead, POLLIN, 0}};
    for (;;) {
        const int ready = ::poll(fds, 2, timeoutMs);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0)
            return Io::Failed;
        if (fds[1].revents != 0)
            return Io::Stopped;
        if (ready == 0)
            return Io::TimedOut;
        return Io::Ok; // errors and hang-ups show up in the recv() or send() that follows
    }
}

FaultProxyConnection::Io FaultProxyConnection::fill(Peer& peer)
{
    char buffer[kReadChunk];
    for (;;) {
        const ssize_t got = ::recv(peer.fd, buffer, sizeof buffer, 0);
        if (got > 0) {
            peer.in.append(buffer, std::size_t(got));
            return Io::Ok;
        }
        if (got == 0)
            return Io::Closed;
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return Io::Failed;
        const Io waited = waitFor(peer.fd, POLLIN, m_timeoutMs);
        if (waited != Io::Ok)
            return waited;
    }
}

FaultProxyConnection::Io FaultProxyConnection::readHead(Peer& peer, std::string& head)
{
    for (;;) {
        // Tolerate the stray CRLFs that may precede a request (RFC 9112 2.2).
        while (peer.in.compare(0, 2, "\r\n") == 0)
            peer.in.erase(0, 2);
        const auto end = peer.in.find("\r\n\r\n");
        if (end != std::string::npos) {
            head = peer.in.substr(0, end + 4);
            peer.in.erase(0, end + 4);
            return Io::Ok;
        }
        if (peer.in.size() > kMaxHeadBytes)
            return Io::Failed;
        const Io io = fill(peer);
        if (io == Io::Closed && !peer.in.empty())
            return Io::Failed;
        if (io != Io::Ok)
            return io;
    }
}

FaultProxyConnection::Io FaultProxyConnection::readExact(Peer& peer, std::size_t size, std::string& out)
{
    while (peer.in.size() < size) {
        const Io io = fill(peer);
        if (io == Io::Closed)
            return Io::Failed;
        if (io != Io::Ok)
            return io;
    }
    out.append(peer.in, 0, size);
    peer.in.erase(0, size);
    return Io::Ok;
}

FaultProxyConnection::Io FaultProxyConnection::readLine(Peer& peer, std::string& line)
{
    for (;;) {
        const auto end = peer.in.find("\r\n");
        if (end != std::string::npos) {
            line = peer.in.substr(0, end);
            peer.in.erase(0, end + 2);
            return Io::Ok;
        }
        if (peer.in.size() > kMaxLineBytes)
            return Io::Failed;
        const Io io = fill(peer);
        if (io == Io::Closed)
            return Io::Failed;
        if (io != Io::Ok)
            return io;
    }
}

FaultProxyConnection::Io FaultProxyConnection::readChunked(Peer& peer, Message& message)
{
    for (;;) {
        std::string sizeLine;
        Io io = readLine(peer, sizeLine);
        if (io != Io::Ok)
            return io;
        message.body += sizeLine + "\r\n";
        char* end = nullptr;
        const std::string hex = trimmed(sizeLine.substr(0, sizeLine.find(';')));
        const unsigned long long size = std::strtoull(hex.c_str(), &end, 16);
        if (hex.empty() || *end != '\0')
            return Io::Failed;
        if (size == 0) {
            // Trailer fields, then the empty line.
            for (;;) {
                std::string trailer;
                io = readLine(peer, trailer);
                if (io != Io::Ok)
                    return io;
                message.body += trailer + "\r\n";
                if (trailer.empty())
                    return Io::Ok;
            }
        }
        message.payload.emplace_back(message.body.size(), std::size_t(size));
        io = readExact(peer, std::size_t(size), message.body);
        if (io != Io::Ok)
            return io;
        std::string crlf;
        io = readLine(peer, crlf);
        if (io != Io::Ok)
            return io;
        if (!crlf.empty())
            return Io::Failed;
        message.body += "\r\n";
    }
}

FaultProxyConnection::Io FaultProxyConnection::readUntilClose(Peer& peer, Message& message)
{
    for (;;) {
        const Io io = fill(peer);
        if (io == Io::Closed)
            break;
        if (io != Io::Ok)
            return io;
    }
    message.body += peer.in;
    peer.in.clear();
    message.payload.emplace_back(0, message.body.size());
    message.connectionClose = true;
    return Io::Ok;
}

FaultProxyConnection::Io FaultProxyConnection::writeAll(int fd, const char* data, std::size_t size)
{
    std::size_t sent = 0;
    while (sent < size) {
        const ssize_t n = ::send(fd, data + sent, size - sent, MSG_NOSIGNAL);
        if (n > 0) {
            sent += std::size_t(n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
            return Io::Failed;
        const Io waited = waitFor(fd, POLLOUT, m_timeoutMs);
        if (waited != Io::Ok)
            return waited;
    }
    return Io::Ok;
}

// Idle between messages: wait for the client's next request, and mirror an upstream close to the client.
FaultProxyConnection::Io FaultProxyConnection::waitForRequest()
{
    while (m_client.in.empty()) {
        pollfd fds[3] = {{m_proxy.m_wakeRead, POLLIN, 0}, {m_client.fd, POLLIN, 0}, {m_upstream.fd, POLLIN, 0}};
        const int ready = ::poll(fds, m_upstream.fd >= 0 ? 3 : 2, -1);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0)
            return Io::Failed;
        if (fds[0].revents != 0)
            return Io::Stopped;
        if (m_upstream.fd >= 0 && fds[2].revents != 0) {
            // An idle upstream has nothing to say: it closed (keep-alive timeout) or failed.
            const Io io = fill(m_upstream);
            m_upstream.in.clear();
            if (io != Io::Ok)
                return Io::Closed;
        }
        if (fds[1].revents != 0)
            return Io::Ok;
    }
    return Io::Ok;
}

FaultProxyConnection::Io FaultProxyConnection::readRequest(Message& request)
{
    Io io = readHead(m_client, request.head);
    if (io != Io::Ok)
        return io;
    if (!request.parseHead(true))
        return Io::Failed;
    if (request.chunked)
        return readChunked(m_client, request);
    if (request.contentLength > 0) {
        request.payload.emplace_back(0, std::size_t(request.contentLength));
        return readExact(m_client, std::size_t(request.contentLength), request.body);
    }
    return Io::Ok;
}

FaultProxyConnection::Io FaultProxyConnection::readResponse(const Message& request, Message& response)
{
    for (;;) {
        Io io = readHead(m_upstream, response.head);
        if (io == Io::Closed)
            return Io::Failed; // the request was sent: the upstream owes an answer
        if (io != Io::Ok)
            return io;
        if (!response.parseHead(false))
            return Io::Failed;
        if (response.status >= 200 || response.status == 101)
            break;
        // An interim answer (100 Continue): pass it on and read the real one.
        io = writeAll(m_client.fd, response.head);
        if (io != Io::Ok)
            return io;
        response = Message();
    }
    const bool bodiless =
        request.method == "HEAD" || response.status == 204 || response.status == 304 || response.status == 101;
    if (bodiless)
        return Io::Ok;
    if (response.chunked)
        return readChunked(m_upstream, response);
    if (response.contentLength >= 0) {
        response.payload.emplace_back(0, std::size_t(response.contentLength));
        return readExact(m_upstream, std::size_t(response.contentLength), response.body);
    }
    return readUntilClose(m_upstream, response);
}

FaultProxyConnection::Io FaultProxyConnection::connectUpstream()
{
    if (m_upstream.fd >= 0)
        return Io::Ok;
    m_upstream.in.clear();
    m_upstream.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_upstream.fd < 0)
        return Io::Failed;
    setNoDelay(m_upstream.fd);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(m_proxy.m_upstreamPort);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(m_upstream.fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0)
        return Io::Ok;
    if (errno != EINPROGRESS)
        return Io::Failed;
    const Io waited = waitFor(m_upstream.fd, POLLOUT, m_timeoutMs);
    if (waited != Io::Ok)
        return waited;
    int error = 0;
    socklen_t length = sizeof error;
    if (::getsockopt(m_upstream.fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0 || error != 0)
        return Io::Failed;
    return Io::Ok;
}

bool FaultProxyConnection::sleepMs(int milliseconds)
{
    if (milliseconds <= 0)
        return true;
    pollfd wake{m_proxy.m_wakeRead, POLLIN, 0};
    // A stop wakes it at once; EINTR merely shortens the wait.
    return ::poll(&wake, 1, milliseconds) == 0;
}

void FaultProxyConnection::finish(const FaultDecision& decision, const Message& request, FaultKind applied,
                                  const QString& outcome)
{
    m_proxy.record(decision, QByteArray::fromStdString(request.method), QByteArray::fromStdString(request.path()), m_id,
                   applied, outcome);
}

// Records before sending, so that a client holding its answer finds the request in counts() and log().
FaultProxyConnection::Io FaultProxyConnection::finishAndSend(const FaultDecision& decision, const Message& request,
                                                             FaultKind applied, const QString& outcome,
                                                             const std::string& bytes)
{
    finish(decision, request, applied, outcome);
    const Io io = writeAll(m_client.fd, bytes);
    if (io != Io::Ok)
        m_proxy.appendLog(QStringLiteral("#%1 c%2 writing the answer to the client: %3")
                              .arg(decision.number)
                              .arg(m_id)
                              .arg(QLatin1String(ioName(io))));
    return io;
}

// Serves one request; false when the connection is over.
bool FaultProxyConnection::serveOne()
{
    if (waitForRequest() != Io::Ok)
        return false;
    Message request;
    Io io = readRequest(request);
    if (io != Io::Ok)
        return false; // a clean close between requests, or a broken request: nothing to forward
    const FaultDecision decision =
        m_proxy.decide(QByteArray::fromStdString(request.method), QByteArray::fromStdString(request.path()));
    SplitMix64 rng(decision.seed);
    m_reset = false; // only the connections a fault closes end with a reset, when the plan asks for it
    const bool reset = decision.resetOnClose;

    if (decision.requestDelayMs > 0) {
        m_proxy.countDelay(true);
        if (!sleepMs(decision.requestDelayMs))
            return false;
    }
    if (decision.fault == FaultKind::CutBeforeForward) {
        m_reset = reset;
        finish(decision, request, decision.fault, QStringLiteral("not forwarded, both sides closed"));
        return false;
    }
    if (decision.fault == FaultKind::Status500) {
        const std::string body = R"({"error":{"code":"server_error","message":"Injected fault.","details":null}})";
        const std::string answer = "HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
                                   "Content-Length: " +
                                   std::to_string(body.size()) + "\r\nX-Injected-Fault: status_500\r\nConnection: " +
                                   (request.closesAfter() ? "close" : "keep-alive") + "\r\n\r\n" + body;
        io = finishAndSend(decision, request, decision.fault, QStringLiteral("answered by the proxy, not forwarded"),
                           answer);
        return io == Io::Ok && !request.closesAfter();
    }

    if (decision.maxRequestBodyBytes > 0 && std::int64_t(request.body.size()) > decision.maxRequestBodyBytes) {
        const std::string body = "<html><head><title>413 Request Entity Too Large</title></head><body><center><h1>413 "
                                 "Request Entity Too Large</h1></center></body></html>\r\n";
        const std::string answer = "HTTP/1.1 413 Request Entity Too Large\r\nContent-Type: text/html\r\n"
                                   "Content-Length: " +
                                   std::to_string(body.size()) +
                                   "\r\nConnection: " + (request.closesAfter() ? "close" : "keep-alive") + "\r\n\r\n" +
                                   body;
        io = finishAndSend(decision, request, FaultKind::None,
                           QStringLiteral("body over the proxy's limit: answered 413 by the proxy"), answer);
        return io == Io::Ok && !request.closesAfter();
    }

    // One digit of the query string changed to another (a cursor off by some amount): the request line keeps its
    // length, so nothing but an end-to-end check of the target can tell.
    QString targetChange;
    if (decision.fault == FaultKind::CorruptTarget) {
        const std::size_t lineEnd = request.head.find("\r\n");
        const std::size_t question = request.head.find('?');
        std::vector<std::size_t> digits;
        for (std::size_t i = question + 1; question != std::string::npos && i < lineEnd; ++i) {
            if (request.head[i] >= '0' && request.head[i] <= '9')
                digits.push_back(i);
        }
        if (!digits.empty()) {
            const std::size_t at = digits[std::size_t(rng.below(digits.size()))];
            const char before = request.head[at];
            request.head[at] = char('0' + (before - '0' + 1 + int(rng.below(9))) % 10);
            targetChange =
                QStringLiteral(", target digit %1 -> %2").arg(QLatin1Char(before)).arg(QLatin1Char(request.head[at]));
        }
    }

    io = connectUpstream();
    if (io == Io::Ok)
        io = writeAll(m_upstream.fd, request.head + request.body);
    Message response;
    if (io == Io::Ok)
        io = readResponse(request, response);
    if (io != Io::Ok) {
        // Whatever the upstream did, the client sees its connection closed, as it would without the proxy.
        finish(decision, request, FaultKind::None,
               QStringLiteral("upstream %1 (a planned %2 not applied)")
                   .arg(QLatin1String(ioName(io)), faultKindName(decision.fault)));
        return false;
    }
    const QString upstream =
        QStringLiteral("upstream %1, %2 body bytes").arg(response.status).arg(qulonglong(response.payloadSize()));

    if (decision.responseDelayMs > 0) {
        m_proxy.countDelay(false);
        if (!sleepMs(decision.responseDelayMs))
            return false;
    }
    switch (decision.fault) {
    case FaultKind::DropResponse:
        m_reset = reset;
        finish(decision, request, decision.fault, upstream + QStringLiteral(", nothing sent, both sides closed"));
        return false;
    case FaultKind::CutMidBody: {
        // Head and half the body; with no body, half the head.
        const std::string part = response.body.empty()
                                     ? response.head.substr(0, response.head.size() / 2)
                                     : response.head + response.body.substr(0, response.body.size() / 2);
        writeAll(m_client.fd, part);
        m_reset = reset;
        finish(decision, request, decision.fault,
               upstream + QStringLiteral(", %1 of %2 bytes sent, both sides closed")
                              .arg(qulonglong(part.size()))
                              .arg(qulonglong(response.head.size() + response.body.size())));
        return false;
    }
    case FaultKind::TruncateBody: {
        if (response.body.empty())
            break; // nothing to cut: forwarded as it is (logged below)
        const std::size_t cut = 1 + std::size_t(rng.below(std::min<std::uint64_t>(response.body.size(), 16)));
        writeAll(m_client.fd, response.head + response.body.substr(0, response.body.size() - cut));
        m_reset = reset;
        finish(decision, request, decision.fault,
               upstream + QStringLiteral(", last %1 bytes withheld, both sides closed").arg(qulonglong(cut)));
        return false;
    }
    case FaultKind::CorruptBody: {
        const std::size_t payload = response.payloadSize();
        if (payload == 0)
            break;
        // Flip a run of distinct payload bytes (never the chunk framing), each to a different value.
        const std::size_t count = 1 + std::size_t(rng.below(std::min<std::uint64_t>(payload, 8)));
        std::size_t index = std::size_t(rng.below(payload - count + 1));
        for (std::size_t i = 0; i < count; ++i, ++index) {
            std::size_t offset = index;
            for (const auto& range : response.payload) {
                if (offset < range.second) {
                    response.body[range.first + offset] ^= char(1 + rng.below(255));
                    break;
                }
                offset -= range.second;
            }
        }
        io = finishAndSend(decision, request, decision.fault,
                           upstream + QStringLiteral(", %1 bytes flipped").arg(count), response.head + response.body);
        return io == Io::Ok && !request.closesAfter() && !response.closesAfter();
    }
    case FaultKind::CorruptTarget:
        if (targetChange.isEmpty())
            break; // no digit in the query: forwarded as it is (logged below)
        io = finishAndSend(decision, request, decision.fault, upstream + targetChange, response.head + response.body);
        return io == Io::Ok && !request.closesAfter() && !response.closesAfter();
    default:
        break;
    }
    QString outcome = upstream + QStringLiteral(", forwarded");
    if (decision.fault != FaultKind::None)
        outcome += QStringLiteral(" (a planned %1 had no body to act on)").arg(faultKindName(decision.fault));
    io = finishAndSend(decision, request, FaultKind::None, outcome, response.head + response.body);
    return io == Io::Ok && !request.closesAfter() && !response.closesAfter();
}

void FaultProxyConnection::run()
{
    while (serveOne()) {
    }
}

} // namespace syncsites::test
