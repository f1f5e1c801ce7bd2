// POSIX sockets (socket, bind, listen, accept4, poll, a pipe): see ClientConnection.h on portability.
#include "ConnectionGate.h"

#include "HttpLog.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

namespace syncsites {

namespace {

using Clock = ClientConnection::Clock;
using Io = ClientConnection::Io;

// Debian's cpp-httplib listened with a backlog of 5: a burst of simultaneous connects overflowed the accept queue,
// and those clients retried their SYN only a second later.
constexpr int kListenBacklog = 128;
constexpr std::size_t kReadChunk = 16 * 1024;
constexpr auto kLinger = std::chrono::milliseconds(1000);
constexpr auto kAcceptPause = std::chrono::milliseconds(100);

std::string addressText(const sockaddr_storage& address, int* port)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (address.ss_family == AF_INET6) {
        const auto* a = reinterpret_cast<const sockaddr_in6*>(&address);
        ::inet_ntop(AF_INET6, &a->sin6_addr, text, sizeof text);
        *port = ntohs(a->sin6_port);
    } else {
        const auto* a = reinterpret_cast<const sockaddr_in*>(&address);
        ::inet_ntop(AF_INET, &a->sin_addr, text, sizeof text);
        *port = ntohs(a->sin_port);
    }
    return text;
}

bool sameName(const char* line, std::size_t length, const char* name)
{
    const std::size_t n = std::strlen(name);
    if (length < n + 1 || line[n] != ':')
        return false;
    for (std::size_t i = 0; i < n; ++i) {
        if (std::tolower(static_cast<unsigned char>(line[i])) != name[i])
            return false;
    }
    return true;
}

// What the gate needs of a header block: whether a body follows and how it is framed.
struct Framing
{
    long long contentLength = -1; // -1: none or not a number (httplib decides)
    bool transferEncoding = false;
    bool expect = false;
};

Framing framingOf(const char* data, std::size_t headerEnd)
{
    Framing f;
    std::size_t pos = 0;
    while (pos < headerEnd) {
        const char* lineEnd = static_cast<const char*>(std::memchr(data + pos, '\n', headerEnd - pos));
        const std::size_t end = lineEnd ? std::size_t(lineEnd - data) : headerEnd;
        const char* line = data + pos;
        const std::size_t length = end - pos;
        if (sameName(line, length, "content-length")) {
            std::size_t i = 15;
            while (i < length && (line[i] == ' ' || line[i] == '\t'))
                ++i;
            long long value = 0;
            bool digits = false;
            while (i < length && line[i] >= '0' && line[i] <= '9' && value < (1LL << 50)) {
                value = value * 10 + (line[i++] - '0');
                digits = true;
            }
            f.contentLength = digits ? value : -1;
        } else if (sameName(line, length, "transfer-encoding")) {
            f.transferEncoding = true;
        } else if (sameName(line, length, "expect")) {
            f.expect = true;
        }
        pos = end + 1;
    }
    return f;
}

} // namespace

ConnectionGate::ConnectionGate(GateLimits limits, SSL_CTX* tls, Dispatch dispatch, Report report,
                               Metrics::Gauge* connectionsGauge, std::atomic<long long>* outputBuffered)
    : m_limits(limits), m_tls(tls), m_dispatch(std::move(dispatch)), m_report(std::move(report)),
      m_connectionsGauge(connectionsGauge), m_outputBuffered(outputBuffered)
{
    int fds[2] = {-1, -1};
    if (::pipe2(fds, O_NONBLOCK | O_CLOEXEC) == 0) {
        m_wakeRead = fds[0];
        m_wakeWrite = fds[1];
    }
}

ConnectionGate::~ConnectionGate()
{
    beginStop();
    finish();
    if (m_listener >= 0)
        ::close(m_listener);
    if (m_wakeRead >= 0)
        ::close(m_wakeRead);
    if (m_wakeWrite >= 0)
        ::close(m_wakeWrite);
}

quint16 ConnectionGate::bind(const std::string& host, quint16 port, std::string* error)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICHOST | AI_PASSIVE;
    addrinfo* found = nullptr;
    const std::string service = std::to_string(port);
    if (::getaddrinfo(host.c_str(), service.c_str(), &hints, &found) != 0 || !found) {
        *error = "not a numeric address";
        return 0;
    }
    const int fd = ::socket(found->ai_family, found->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, found->ai_protocol);
    if (fd < 0) {
        ::freeaddrinfo(found);
        *error = std::strerror(errno);
        return 0;
    }
    // SO_REUSEADDR allows a restart while old connections sit in TIME_WAIT; SO_REUSEPORT (httplib's default) would
    // let a second server bind the port in use and share its traffic, so it is not set.
    int yes = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    if (found->ai_family == AF_INET6)
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &yes, sizeof yes);
    const bool bound = ::bind(fd, found->ai_addr, found->ai_addrlen) == 0 && ::listen(fd, kListenBacklog) == 0;
    ::freeaddrinfo(found);
    sockaddr_storage local{};
    socklen_t length = sizeof local;
    int boundPort = 0;
    if (!bound || ::getsockname(fd, reinterpret_cast<sockaddr*>(&local), &length) != 0) {
        *error = std::strerror(errno);
        ::close(fd);
        return 0;
    }
    addressText(local, &boundPort);
    m_listener = fd;
    return static_cast<quint16>(boundPort);
}

void ConnectionGate::start()
{
    m_thread = std::thread([this] { run(); });
}

void ConnectionGate::wake()
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(m_wakeWrite, &byte, 1);
}

void ConnectionGate::resume(std::unique_ptr<ClientConnection> connection)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_inbox.push_back(std::move(connection));
    }
    wake();
}

void ConnectionGate::release(std::unique_ptr<ClientConnection> connection)
{
    if (connection) {
        forget(*connection);
        connection.reset();
    }
}

void ConnectionGate::forget(const ClientConnection& connection)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        const auto it = m_perAddress.find(connection.remoteIp());
        if (it != m_perAddress.end() && --it->second <= 0)
            m_perAddress.erase(it);
    }
    m_connectionsGauge->add(-1);
}

void ConnectionGate::beginStop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    wake();
}

void ConnectionGate::finish()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_finishing = true;
    }
    wake();
    if (m_thread.joinable())
        m_thread.join();
}

void ConnectionGate::run()
{
    std::vector<pollfd> fds;
    bool finishDeadlineSet = false;
    for (;;) {
        std::vector<std::unique_ptr<ClientConnection>> inbox;
        bool stopping = false;
        bool finishing = false;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            inbox.swap(m_inbox);
            stopping = m_stopping;
            finishing = m_finishing;
        }
        for (auto& connection : inbox)
            enter(std::move(connection), false);
        if (stopping) {
            if (m_listener >= 0) {
                ::close(m_listener);
                m_listener = -1;
            }
            for (Entry& e : m_entries) {
                if (e.phase != Phase::Sending && e.phase != Phase::Gone)
                    close(e);
            }
        }
        if (finishing && !finishDeadlineSet) {
            finishDeadlineSet = true;
            const Clock::time_point last = Clock::now() + m_limits.stopSendTimeout;
            for (Entry& e : m_entries)
                e.deadline = std::min(e.deadline, last);
        }
        m_entries.erase(
            std::remove_if(m_entries.begin(), m_entries.end(), [](const Entry& e) { return e.phase == Phase::Gone; }),
            m_entries.end());
        if (finishing && m_entries.empty())
            break;

        Clock::time_point now = Clock::now();
        fds.clear();
        fds.push_back(pollfd{m_wakeRead, POLLIN, 0});
        const bool listening = m_listener >= 0 && now >= m_acceptPausedUntil;
        fds.push_back(pollfd{listening ? m_listener : -1, POLLIN, 0});
        Clock::time_point next = now + std::chrono::seconds(1);
        if (m_listener >= 0 && !listening)
            next = std::min(next, m_acceptPausedUntil);
        for (const Entry& e : m_entries) {
            fds.push_back(pollfd{e.connection->fd(), short(e.waitingFor == Io::WantWrite ? POLLOUT : POLLIN), 0});
            next = std::min(next, e.deadline);
        }
        const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(next - now).count() + 1;
        const int n = ::poll(fds.data(), fds.size(), int(std::max<long long>(0, wait)));
        if (n < 0 && errno != EINTR) {
            qCCritical(lcHttp) << "poll failed:" << std::strerror(errno);
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        if (n > 0 && (fds[0].revents & POLLIN)) {
            char drain[64];
            while (::read(m_wakeRead, drain, sizeof drain) > 0) {
            }
        }
        const std::size_t polled = fds.size() - 2;
        if (n > 0) {
            for (std::size_t i = 0; i < polled; ++i) {
                if (fds[i + 2].revents != 0 && m_entries[i].phase != Phase::Gone)
                    step(m_entries[i]);
            }
            if (fds[1].revents & POLLIN)
                acceptAll();
        }
        now = Clock::now();
        for (Entry& e : m_entries) {
            if (e.phase != Phase::Gone && now >= e.deadline)
                expire(e);
        }
    }
    for (Entry& e : m_entries)
        close(e);
    m_entries.clear();
}

void ConnectionGate::acceptAll()
{
    for (int i = 0; i < 256; ++i) {
        sockaddr_storage peer{};
        socklen_t length = sizeof peer;
        const int fd = ::accept4(m_listener, reinterpret_cast<sockaddr*>(&peer), &length, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
                // Out of file descriptors: the pending connections wait in the backlog until some close.
                qCWarning(lcHttp) << "cannot accept connections for now:" << std::strerror(errno);
                m_acceptPausedUntil = Clock::now() + kAcceptPause;
            }
            return;
        }
        admit(fd);
    }
}

void ConnectionGate::admit(int fd)
{
    // Without TCP_NODELAY one connection does about 40 requests a second instead of about 10,000.
    int yes = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
    sockaddr_storage peer{};
    sockaddr_storage local{};
    socklen_t peerLength = sizeof peer;
    socklen_t localLength = sizeof local;
    ::getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &peerLength);
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&local), &localLength);
    int remotePort = 0;
    int localPort = 0;
    std::string remote = addressText(peer, &remotePort);
    std::string localIp = addressText(local, &localPort);
    int open = 0;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        open = ++m_perAddress[remote];
    }
    m_connectionsGauge->add(1);
    auto connection =
        std::make_unique<ClientConnection>(fd, std::move(remote), remotePort, std::move(localIp), localPort);
    connection->setOutputCounter(m_outputBuffered);
    if (open > m_limits.maxConnectionsPerAddress && m_tls) {
        // Over HTTPS the refusal would cost a handshake: closed without an answer.
        m_report(Event::TooManyConnections, *connection);
        forget(*connection);
        return;
    }
    if (open > m_limits.maxConnectionsPerAddress) {
        m_entries.push_back(
            Entry{std::move(connection), Phase::Headers, Io::WantRead, Clock::now(), RateDeadline(), 0, 0});
        refuse(m_entries.back(), Event::TooManyConnections);
        return;
    }
    if (m_tls && !connection->beginTls(m_tls)) {
        forget(*connection);
        return;
    }
    enter(std::move(connection), true);
}

void ConnectionGate::enter(std::unique_ptr<ClientConnection> connection, bool fresh)
{
    const Clock::time_point now = Clock::now();
    Entry e;
    if (fresh) {
        e.phase = connection->isTls() ? Phase::Handshake : Phase::Headers;
        e.deadline = now + m_limits.headerTimeout;
    } else if (connection->outputSize() == 0 && connection->closeAfterOutput) {
        e.connection = std::move(connection);
        m_entries.push_back(std::move(e));
        linger(m_entries.back());
        return;
    } else if (connection->outputSize() > 0) {
        e.phase = Phase::Sending;
        e.rate = RateDeadline(m_limits.rateGrace, m_limits.minWriteBytesPerSecond);
        e.rate.start(now);
        e.deadline = e.rate.deadline();
    } else {
        e.phase = Phase::Idle;
        e.deadline = now + m_limits.keepAliveTimeout;
    }
    e.connection = std::move(connection);
    m_entries.push_back(std::move(e));
    if (!fresh)
        step(m_entries.back()); // it may have a request ready already (pipelined, or in TLS's buffer)
}

void ConnectionGate::step(Entry& e)
{
    ClientConnection& c = *e.connection;
    switch (e.phase) {
    case Phase::Handshake: {
        const Io io = c.handshake();
        if (io == Io::Progress) {
            e.phase = Phase::Headers; // the header deadline runs on from the connection's start
            pump(e);
        } else if (io == Io::WantRead || io == Io::WantWrite) {
            e.waitingFor = io;
        } else {
            close(e);
        }
        return;
    }
    case Phase::Idle:
    case Phase::Headers:
    case Phase::Body:
        pump(e);
        return;
    case Phase::Sending: {
        const std::size_t before = c.outputSize();
        const Io io = c.flush();
        if (before > c.outputSize()) {
            e.rate.progress(before - c.outputSize(), Clock::now());
            e.deadline = e.rate.deadline();
        }
        if (io == Io::Progress) {
            if (c.closeAfterOutput) {
                linger(e);
                return;
            }
            e.phase = Phase::Idle;
            e.deadline = Clock::now() + m_limits.keepAliveTimeout;
            pump(e);
        } else if (io == Io::WantRead || io == Io::WantWrite) {
            e.waitingFor = io;
        } else {
            close(e);
        }
        return;
    }
    case Phase::Lingering:
        for (;;) {
            const Io io = c.receive(kReadChunk);
            c.consumeInput(c.inputSize());
            if (io == Io::WantRead || io == Io::WantWrite) {
                e.waitingFor = io;
                return;
            }
            if (io != Io::Progress) {
                close(e);
                return;
            }
        }
    case Phase::Gone:
        return;
    }
}

void ConnectionGate::pump(Entry& e)
{
    ClientConnection& c = *e.connection;
    for (;;) {
        if (ready(e) || e.phase == Phase::Gone || e.phase == Phase::Lingering)
            return;
        std::size_t chunk = kReadChunk;
        if (e.phase == Phase::Body)
            chunk = std::min(std::max<std::size_t>(e.needed - c.inputSize(), 1), 4 * kReadChunk);
        const std::size_t before = c.inputSize();
        const Io io = c.receive(chunk);
        if (io == Io::WantRead || io == Io::WantWrite) {
            e.waitingFor = io;
            return;
        }
        if (io != Io::Progress) {
            close(e); // the client went away between requests, or mid-request: nobody to answer
            return;
        }
        if (e.phase == Phase::Body) {
            e.rate.progress(c.inputSize() - before, Clock::now());
            e.deadline = e.rate.deadline();
        }
    }
}

// Whether the connection left the gate (to a worker, or refused): the next request is complete enough.
bool ConnectionGate::ready(Entry& e)
{
    ClientConnection& c = *e.connection;
    const Clock::time_point now = Clock::now();
    if (e.phase == Phase::Idle) {
        if (c.inputSize() == 0)
            return false;
        e.phase = Phase::Headers;
        e.deadline = now + m_limits.headerTimeout;
        e.scanned = 0;
    }
    bool bodyToCome = false;
    if (e.phase == Phase::Headers) {
        const char* data = c.inputData();
        const std::size_t size = c.inputSize();
        const std::size_t from = e.scanned > 3 ? e.scanned - 3 : 0;
        const char* end =
            size >= 4 ? static_cast<const char*>(::memmem(data + from, size - from, "\r\n\r\n", 4)) : nullptr;
        if (!end) {
            e.scanned = size;
            if (size > m_limits.maxHeaderBytes)
                refuse(e, Event::HeadersTooLarge);
            return e.phase == Phase::Lingering;
        }
        const std::size_t headerEnd = std::size_t(end - data) + 4;
        if (headerEnd > m_limits.maxHeaderBytes) {
            refuse(e, Event::HeadersTooLarge);
            return true;
        }
        const Framing framing = framingOf(data, headerEnd);
        if (framing.transferEncoding || framing.expect) {
            bodyToCome = framing.transferEncoding || framing.contentLength > 0;
        } else if (framing.contentLength > 0 &&
                   static_cast<unsigned long long>(framing.contentLength) <= m_limits.bufferedBodyBytes) {
            e.phase = Phase::Body;
            e.needed = headerEnd + std::size_t(framing.contentLength);
            e.rate = RateDeadline(m_limits.rateGrace, m_limits.minBodyBytesPerSecond);
            e.rate.start(now);
            e.rate.progress(size - headerEnd, now);
            e.deadline = e.rate.deadline();
        } else {
            bodyToCome = framing.contentLength > 0;
        }
    }
    if (e.phase == Phase::Body && c.inputSize() < e.needed)
        return false;
    bool stopping = false;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        stopping = m_stopping;
    }
    if (stopping) {
        close(e);
        return true;
    }
    e.phase = Phase::Gone;
    m_dispatch(std::move(e.connection), bodyToCome);
    return true;
}

void ConnectionGate::expire(Entry& e)
{
    switch (e.phase) {
    case Phase::Handshake:
        m_report(Event::HandshakeTimeout, *e.connection);
        close(e);
        return;
    case Phase::Headers:
        if (e.connection->inputSize() == 0 && e.connection->requestsServed == 0) {
            // A connection that never sent a byte: counted, closed without an answer.
            m_report(Event::NoRequest, *e.connection);
            close(e);
            return;
        }
        refuse(e, Event::HeaderTimeout);
        return;
    case Phase::Body:
        refuse(e, Event::BodyTimeout);
        return;
    case Phase::Sending:
        m_report(Event::WriteTooSlow, *e.connection);
        close(e);
        return;
    case Phase::Idle:
    case Phase::Lingering:
        close(e);
        return;
    case Phase::Gone:
        return;
    }
}

// Answers (when the Report gives an answer), then lingers.
void ConnectionGate::refuse(Entry& e, Event event)
{
    ClientConnection& c = *e.connection;
    const std::string answer = m_report(event, c);
    if (!answer.empty())
        c.sendLast(answer);
    linger(e);
}

// The last answer is sent: our side ends, and what the client still sends is read and dropped for a moment (until
// it closes), so that the answer is not lost to a reset from closing with unread bytes.
void ConnectionGate::linger(Entry& e)
{
    e.connection->endOutput();
    e.phase = Phase::Lingering;
    e.waitingFor = Io::WantRead;
    e.deadline = Clock::now() + kLinger;
}

void ConnectionGate::close(Entry& e)
{
    if (e.connection) {
        forget(*e.connection);
        e.connection.reset();
    }
    e.phase = Phase::Gone;
}

} // namespace syncsites
