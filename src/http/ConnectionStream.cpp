#include "ConnectionStream.h"

#include <algorithm>
#include <cstring>

namespace syncsites {

namespace {

thread_local ConnectionStream* t_current = nullptr;

using Clock = ClientConnection::Clock;
using Io = ClientConnection::Io;

// The sooner of the rate deadline and the longest single wait.
Clock::time_point waitDeadline(const RateDeadline& rate, std::chrono::milliseconds longestWait, bool* rateFirst)
{
    const Clock::time_point byWait = Clock::now() + longestWait;
    *rateFirst = rate.deadline() <= byWait;
    return *rateFirst ? rate.deadline() : byWait;
}

} // namespace

ConnectionStream::ConnectionStream(ClientConnection& connection, const StreamLimits& limits)
    : m_connection(connection), m_limits(limits), m_readDeadline(limits.rateGrace, limits.minBodyBytesPerSecond),
      m_writeDeadline(limits.rateGrace, limits.minWriteBytesPerSecond), m_previous(t_current)
{
    t_current = this;
}

ConnectionStream::~ConnectionStream()
{
    t_current = m_previous;
}

ConnectionStream* ConnectionStream::current()
{
    return t_current;
}

bool ConnectionStream::is_readable() const
{
    return !m_failed && !m_readFailed;
}

bool ConnectionStream::is_writable() const
{
    return !m_failed;
}

ssize_t ConnectionStream::read(char* ptr, size_t size)
{
    if (m_failed || m_readFailed)
        return -1;
    if (size == 0)
        return 0;
    if (m_connection.inputSize() == 0) {
        // The headers (and a small body) were read ahead by the gate: this is a body arriving now. Whatever the
        // client waits for first (a 100 Continue) goes out before we wait for it.
        if (m_connection.outputSize() > 0 && !flushNow())
            return -1;
        if (!m_readDeadline.started())
            m_readDeadline.start(Clock::now());
        for (;;) {
            const Io io = m_connection.receive(std::min<std::size_t>(size, 64 * 1024));
            if (io == Io::Progress) {
                m_readDeadline.progress(m_connection.inputSize(), Clock::now());
                break;
            }
            if (io == Io::Closed)
                return 0;
            bool rateFirst = false;
            const Clock::time_point deadline = waitDeadline(m_readDeadline, m_limits.readTimeout, &rateFirst);
            if (io == Io::Failed || !m_connection.waitFor(io, deadline)) {
                if (io != Io::Failed && rateFirst)
                    m_cut = Cut::BodyTooSlow;
                // The answer (a 408) may still be written: the client may be slow, not gone.
                m_readFailed = true;
                return -1;
            }
        }
    }
    const std::size_t n = std::min(size, m_connection.inputSize());
    std::memcpy(ptr, m_connection.inputData(), n);
    m_connection.consumeInput(n);
    return static_cast<ssize_t>(n);
}

ssize_t ConnectionStream::write(const char* ptr, size_t size)
{
    if (m_failed)
        return -1;
    if (!m_writeDeadline.started())
        m_writeDeadline.start(Clock::now());
    std::size_t done = 0;
    if (m_connection.outputSize() == 0) {
        const Io io = m_connection.send(ptr, size, &done);
        if (io == Io::Failed || io == Io::Closed) {
            m_failed = true;
            return -1;
        }
        if (done > 0)
            m_writeDeadline.progress(done, Clock::now());
    }
    if (done < size && !keepOutput(size - done))
        return -1;
    if (done < size)
        m_connection.appendOutput(ptr + done, size - done);
    return static_cast<ssize_t>(size);
}

// Whether `size` more bytes may wait in the output (for the gate); past the budget, the output is sent first.
bool ConnectionStream::keepOutput(std::size_t size)
{
    const long long buffered = m_limits.outputBuffered ? m_limits.outputBuffered->load() : 0;
    if (buffered + static_cast<long long>(size) <= m_limits.outputBudget)
        return true;
    return flushNow();
}

bool ConnectionStream::flushNow()
{
    if (m_failed)
        return false;
    if (!m_writeDeadline.started())
        m_writeDeadline.start(Clock::now());
    for (;;) {
        const std::size_t before = m_connection.outputSize();
        const Io io = m_connection.flush();
        const std::size_t sent = before - m_connection.outputSize();
        if (sent > 0)
            m_writeDeadline.progress(sent, Clock::now());
        if (io == Io::Progress)
            return true;
        bool rateFirst = false;
        const Clock::time_point deadline = waitDeadline(m_writeDeadline, m_limits.writeTimeout, &rateFirst);
        if (io == Io::Failed || io == Io::Closed || !m_connection.waitFor(io, deadline)) {
            if (io != Io::Failed && io != Io::Closed && rateFirst)
                m_cut = Cut::WriteTooSlow;
            m_failed = true;
            return false;
        }
    }
}

void ConnectionStream::get_remote_ip_and_port(std::string& ip, int& port) const
{
    ip = m_connection.remoteIp();
    port = m_connection.remotePort();
}

void ConnectionStream::get_local_ip_and_port(std::string& ip, int& port) const
{
    ip = m_connection.localIp();
    port = m_connection.localPort();
}

socket_t ConnectionStream::socket() const
{
    return m_connection.fd();
}

} // namespace syncsites
