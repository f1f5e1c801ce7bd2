#include "FaultProxy.h"

#include "FaultProxyConnection.h"
#include "SplitMix64.h"

#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace syncsites::test {

namespace {

void closeSocket(int& fd)
{
    FaultProxyConnection::closeSocket(fd, false);
}

} // namespace

QString faultKindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::None:
        return QStringLiteral("none");
    case FaultKind::CutBeforeForward:
        return QStringLiteral("cut_before_forward");
    case FaultKind::CutMidBody:
        return QStringLiteral("cut_mid_body");
    case FaultKind::DropResponse:
        return QStringLiteral("drop_response");
    case FaultKind::Status500:
        return QStringLiteral("status_500");
    case FaultKind::TruncateBody:
        return QStringLiteral("truncate_body");
    case FaultKind::CorruptBody:
        return QStringLiteral("corrupt_body");
    case FaultKind::CorruptTarget:
        return QStringLiteral("corrupt_target");
    }
    return QStringLiteral("unknown");
}

struct FaultProxy::Connection
{
    std::thread thread;
    std::atomic<bool> finished{false};
};

FaultProxy::FaultProxy(quint16 upstreamPort) : m_upstreamPort(upstreamPort) {}

FaultProxy::~FaultProxy()
{
    stop();
}

Result<quint16> FaultProxy::start()
{
    if (m_listenFd >= 0)
        return Error(QStringLiteral("proxy_running"), QStringLiteral("The fault proxy is already listening."));
    const auto failed = [this](const char* what) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        closeSocket(m_listenFd);
        closeSocket(m_wakeRead);
        closeSocket(m_wakeWrite);
        return Error(QStringLiteral("proxy_listen_failed"),
                     QStringLiteral("The fault proxy could not listen (%1: %2).").arg(QLatin1String(what), reason));
    };
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC | O_NONBLOCK) != 0)
        return failed("pipe");
    m_wakeRead = pipeFds[0];
    m_wakeWrite = pipeFds[1];
    m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_listenFd < 0)
        return failed("socket");
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = 0;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(m_listenFd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0)
        return failed("bind");
    if (::listen(m_listenFd, 128) != 0)
        return failed("listen");
    socklen_t length = sizeof address;
    if (::getsockname(m_listenFd, reinterpret_cast<sockaddr*>(&address), &length) != 0)
        return failed("getsockname");
    m_port.store(ntohs(address.sin_port));
    m_acceptThread = std::thread([this] { acceptLoop(); });
    return m_port.load();
}

void FaultProxy::stop()
{
    if (m_listenFd < 0)
        return;
    // Never read: the pipe stays readable, and every poll() of every thread returns.
    const char byte = 's';
    while (::write(m_wakeWrite, &byte, 1) < 0 && errno == EINTR) {
    }
    if (m_acceptThread.joinable())
        m_acceptThread.join();
    reapFinished(true);
    closeSocket(m_listenFd);
    closeSocket(m_wakeRead);
    closeSocket(m_wakeWrite);
    m_port.store(0);
}

QString FaultProxy::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void FaultProxy::acceptLoop()
{
    for (;;) {
        pollfd fds[2] = {{m_listenFd, POLLIN, 0}, {m_wakeRead, POLLIN, 0}};
        const int ready = ::poll(fds, 2, 200);
        if (ready < 0 && errno != EINTR)
            return;
        if (fds[1].revents != 0)
            return;
        reapFinished(false);
        if (ready <= 0 || fds[0].revents == 0)
            continue;
        const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0)
            continue;
        FaultProxyConnection::setNoDelay(fd);
        auto connection = std::make_unique<Connection>();
        Connection* raw = connection.get();
        int id = 0;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            id = ++m_connectionNumber;
            ++m_openConnections;
            ++m_counts.connections;
            m_connections.push_back(std::move(connection));
        }
        raw->thread = std::thread([this, raw, fd, id] {
            {
                FaultProxyConnection served(*this, fd, id);
                served.run();
            }
            connectionClosed();
            raw->finished.store(true);
        });
    }
}

void FaultProxy::reapFinished(bool all)
{
    std::vector<std::unique_ptr<Connection>> done;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        auto keep = m_connections.begin();
        for (auto& connection : m_connections) {
            if (all || connection->finished.load())
                done.push_back(std::move(connection));
            else
                *keep++ = std::move(connection);
        }
        m_connections.erase(keep, m_connections.end());
    }
    for (auto& connection : done) {
        if (connection->thread.joinable())
            connection->thread.join();
    }
}

FaultDecision FaultProxy::decide(const QByteArray& method, const QByteArray& path)
{
    Q_UNUSED(method)
    std::lock_guard<std::mutex> lock(m_mutex);
    FaultDecision decision;
    decision.number = ++m_requestNumber;
    ++m_counts.requests;
    decision.resetOnClose = m_plan.resetOnClose;
    decision.maxRequestBodyBytes = m_plan.maxRequestBodyBytes;
    decision.matched = path.startsWith(m_plan.pathPrefix);
    if (!decision.matched)
        return decision;
    const qint64 n = ++m_matchedSincePlan;
    decision.seed = m_plan.seed ^ (std::uint64_t(n) * 0x9E3779B97F4A7C15ULL);
    SplitMix64 rng(decision.seed);
    const auto jitter = [&] {
        return m_plan.delayJitterMs > 0 ? int(rng.below(m_plan.delayJitterMs + 1ULL)) : 0;
    };
    if (m_plan.requestDelayMs > 0 || m_plan.delayJitterMs > 0)
        decision.requestDelayMs = m_plan.requestDelayMs + jitter();
    if (m_plan.responseDelayMs > 0 || m_plan.delayJitterMs > 0)
        decision.responseDelayMs = m_plan.responseDelayMs + jitter();
    decision.seed = rng.next(); // the connection's own draws start after the jitter
    if (m_plan.maxFaults > 0 && m_faultsSincePlan >= m_plan.maxFaults)
        return decision;
    const auto every = [n](int nth) {
        return nth > 0 && n % nth == 0;
    };
    if (every(m_plan.cutEveryNthRequest))
        decision.fault = FaultKind::CutBeforeForward;
    else if (every(m_plan.status500EveryNth))
        decision.fault = FaultKind::Status500;
    else if (every(m_plan.dropResponseEveryNth))
        decision.fault = FaultKind::DropResponse;
    else if (every(m_plan.cutResponseMidBodyEveryNth))
        decision.fault = FaultKind::CutMidBody;
    else if (every(m_plan.truncateBodyEveryNth))
        decision.fault = FaultKind::TruncateBody;
    else if (every(m_plan.corruptBodyEveryNth))
        decision.fault = FaultKind::CorruptBody;
    else if (every(m_plan.corruptTargetEveryNth))
        decision.fault = FaultKind::CorruptTarget;
    if (decision.fault != FaultKind::None)
        ++m_faultsSincePlan;
    return decision;
}

void FaultProxy::record(const FaultDecision& decision, const QByteArray& method, const QByteArray& path, int connection,
                        FaultKind applied, const QString& outcome)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    switch (applied) {
    case FaultKind::None:
        break;
    case FaultKind::CutBeforeForward:
        ++m_counts.cutBeforeForward;
        break;
    case FaultKind::CutMidBody:
        ++m_counts.cutMidBody;
        break;
    case FaultKind::DropResponse:
        ++m_counts.droppedResponses;
        break;
    case FaultKind::Status500:
        ++m_counts.status500;
        break;
    case FaultKind::TruncateBody:
        ++m_counts.truncatedBodies;
        break;
    case FaultKind::CorruptBody:
        ++m_counts.corruptedBodies;
        break;
    case FaultKind::CorruptTarget:
        ++m_counts.corruptedTargets;
        break;
    }
    QString delays;
    if (decision.requestDelayMs > 0 || decision.responseDelayMs > 0)
        delays = QStringLiteral(" [delayed %1+%2 ms]").arg(decision.requestDelayMs).arg(decision.responseDelayMs);
    m_log.append(
        QStringLiteral("#%1 c%2 %3 %4 -> %5 (%6)%7")
            .arg(decision.number)
            .arg(connection)
            .arg(QString::fromLatin1(method), QString::fromLatin1(path), faultKindName(applied), outcome, delays));
}

void FaultProxy::appendLog(const QString& line)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_log.append(line);
}

void FaultProxy::countDelay(bool request)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    ++(request ? m_counts.delayedRequests : m_counts.delayedResponses);
}

void FaultProxy::connectionClosed()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    --m_openConnections;
}

void FaultProxy::setPlan(const FaultPlan& plan)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_plan = plan;
    m_matchedSincePlan = 0;
    m_faultsSincePlan = 0;
}

void FaultProxy::clearFaults()
{
    setPlan(FaultPlan());
}

FaultPlan FaultProxy::plan() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_plan;
}

FaultCounts FaultProxy::counts() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_counts;
}

int FaultProxy::openConnections() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_openConnections;
}

QStringList FaultProxy::log() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_log;
}

QByteArray FaultProxy::logText() const
{
    return log().join(QLatin1Char('\n')).toUtf8();
}

void FaultProxy::resetStatistics()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_counts = FaultCounts();
    m_log.clear();
}

} // namespace syncsites::test
