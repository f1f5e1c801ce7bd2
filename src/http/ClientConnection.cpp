// POSIX sockets (recv, send, poll, fcntl) and OpenSSL: see the header on portability.
#include "ClientConnection.h"

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <climits>

namespace syncsites {

ClientConnection::ClientConnection(int fd, std::string remoteIp, int remotePort, std::string localIp, int localPort)
    : m_fd(fd), m_remoteIp(std::move(remoteIp)), m_remotePort(remotePort), m_localIp(std::move(localIp)),
      m_localPort(localPort)
{
    const int flags = ::fcntl(m_fd, F_GETFL, 0);
    if (flags >= 0)
        ::fcntl(m_fd, F_SETFL, flags | O_NONBLOCK);
}

ClientConnection::~ClientConnection()
{
    if (m_outputCounter)
        *m_outputCounter -= static_cast<long long>(outputSize());
    if (m_ssl) {
        // No close_notify: the peer may be gone, and nothing waits for it here.
        SSL_free(m_ssl);
    }
    ::close(m_fd);
}

bool ClientConnection::beginTls(SSL_CTX* context)
{
    m_ssl = SSL_new(context);
    if (!m_ssl)
        return false;
    // A write that the socket takes in part returns what it took; the rest is sent again from a buffer that may
    // have moved (the output backlog grows).
    SSL_set_mode(m_ssl, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    if (SSL_set_fd(m_ssl, m_fd) != 1)
        return false;
    SSL_set_accept_state(m_ssl);
    return true;
}

ClientConnection::Io ClientConnection::tlsResult(int ret)
{
    switch (SSL_get_error(m_ssl, ret)) {
    case SSL_ERROR_WANT_READ:
        return Io::WantRead;
    case SSL_ERROR_WANT_WRITE:
        return Io::WantWrite;
    case SSL_ERROR_ZERO_RETURN:
        return Io::Closed;
    case SSL_ERROR_SYSCALL:
        return errno == 0 ? Io::Closed : Io::Failed;
    default:
        return Io::Failed;
    }
}

ClientConnection::Io ClientConnection::handshake()
{
    ERR_clear_error();
    errno = 0;
    const int ret = SSL_do_handshake(m_ssl);
    return ret == 1 ? Io::Progress : tlsResult(ret);
}

ClientConnection::Io ClientConnection::receive(std::size_t maxBytes)
{
    if (m_inputPos > 0 && m_inputPos * 2 >= m_input.size()) {
        m_input.erase(0, m_inputPos);
        m_inputPos = 0;
    }
    const std::size_t want = maxBytes < std::size_t(INT_MAX) ? maxBytes : std::size_t(INT_MAX);
    const std::size_t old = m_input.size();
    m_input.resize(old + want);
    char* into = m_input.data() + old;
    Io result = Io::Failed;
    ssize_t got = 0;
    if (m_ssl) {
        ERR_clear_error();
        errno = 0;
        const int ret = SSL_read(m_ssl, into, int(want));
        got = ret;
        result = ret > 0 ? Io::Progress : tlsResult(ret);
    } else {
        do {
            got = ::recv(m_fd, into, want, 0);
        } while (got < 0 && errno == EINTR);
        if (got > 0)
            result = Io::Progress;
        else if (got == 0)
            result = Io::Closed;
        else
            result = (errno == EAGAIN || errno == EWOULDBLOCK) ? Io::WantRead : Io::Failed;
    }
    m_input.resize(old + (got > 0 ? std::size_t(got) : 0));
    return result;
}

ClientConnection::Io ClientConnection::send(const char* data, std::size_t size, std::size_t* sent)
{
    *sent = 0;
    if (size == 0)
        return Io::Progress;
    if (m_ssl) {
        ERR_clear_error();
        errno = 0;
        const int ret = SSL_write(m_ssl, data, int(size < std::size_t(INT_MAX) ? size : std::size_t(INT_MAX)));
        if (ret > 0) {
            *sent = std::size_t(ret);
            return Io::Progress;
        }
        return tlsResult(ret);
    }
    ssize_t n = 0;
    do {
        n = ::send(m_fd, data, size, MSG_NOSIGNAL);
    } while (n < 0 && errno == EINTR);
    if (n >= 0) {
        *sent = std::size_t(n);
        return Io::Progress;
    }
    return (errno == EAGAIN || errno == EWOULDBLOCK) ? Io::WantWrite : Io::Failed;
}

ClientConnection::Io ClientConnection::flush()
{
    while (outputSize() > 0) {
        std::size_t sent = 0;
        const Io io = send(m_output.data() + m_outputPos, outputSize(), &sent);
        if (io != Io::Progress)
            return io;
        m_outputPos += sent;
        if (m_outputCounter)
            *m_outputCounter -= static_cast<long long>(sent);
    }
    m_output.clear();
    m_outputPos = 0;
    return Io::Progress;
}

bool ClientConnection::waitFor(Io want, Clock::time_point deadline) const
{
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0)
            return false;
        pollfd p{m_fd, short(want == Io::WantWrite ? POLLOUT : POLLIN), 0};
        const int n = ::poll(&p, 1, int(left < 1000 ? left : 1000));
        if (n > 0)
            return true; // readable, writable, or an error the next call reports
        if (n < 0 && errno != EINTR)
            return false;
    }
}

void ClientConnection::appendOutput(const char* data, std::size_t size)
{
    m_output.append(data, size);
    if (m_outputCounter)
        *m_outputCounter += static_cast<long long>(size);
}

void ClientConnection::sendLast(const std::string& bytes)
{
    appendOutput(bytes.data(), bytes.size());
    flush();
    endOutput();
}

void ClientConnection::endOutput()
{
    if (!m_ssl)
        ::shutdown(m_fd, SHUT_WR);
}

void ClientConnection::consumeInput(std::size_t n)
{
    m_inputPos += n < inputSize() ? n : inputSize();
    if (m_inputPos == m_input.size()) {
        m_input.clear();
        m_inputPos = 0;
    }
}

} // namespace syncsites
