#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <string>

using SSL = struct ssl_st;
using SSL_CTX = struct ssl_ctx_st;

namespace syncsites {

/// One accepted client connection of HttpServer: its non-blocking socket, its TLS session when the server speaks
/// HTTPS, and two buffers: bytes received and not yet parsed (the gate reads a request's headers ahead of the worker
/// that parses them), and bytes of an answer not yet sent (a worker leaves what the client does not take at once,
/// for the gate to send). Every operation is non-blocking; waitFor() waits, with a deadline.
///
/// Threading: one thread at a time (the gate or the one worker that holds the connection).
/// Portability: POSIX sockets (recv, send, poll) and OpenSSL; the server's socket calls are in this file,
/// ConnectionGate.cpp and TlsServerContext.cpp, so that a port to another system touches only those.
class ClientConnection
{
public:
    using Clock = std::chrono::steady_clock;
    enum class Io
    {
        Progress,  ///< some bytes moved (or the handshake is done)
        WantRead,  ///< nothing moved: wait until the socket is readable
        WantWrite, ///< nothing moved: wait until the socket is writable
        Closed,    ///< the peer closed its side
        Failed,    ///< a socket or TLS error
    };

    /// Takes ownership of `fd` (closed by the destructor), made non-blocking here.
    ClientConnection(int fd, std::string remoteIp, int remotePort, std::string localIp, int localPort);
    ~ClientConnection();
    ClientConnection(const ClientConnection&) = delete;
    ClientConnection& operator=(const ClientConnection&) = delete;

    /// Starts a server-side TLS session on the socket; false when OpenSSL refuses.
    bool beginTls(SSL_CTX* context);
    bool isTls() const { return m_ssl != nullptr; }
    /// One step of the TLS handshake: Progress once it is done.
    Io handshake();

    /// Receives what is there, up to `maxBytes`, onto the end of the input.
    Io receive(std::size_t maxBytes);
    /// Sends from `data` as much as the socket takes now; `*sent` says how much.
    Io send(const char* data, std::size_t size, std::size_t* sent);
    /// Sends from the output backlog as much as the socket takes now; Progress when the backlog is empty after it.
    Io flush();
    /// Waits until the socket is readable (WantRead) or writable (WantWrite), or the deadline; false at the
    /// deadline or on an error.
    bool waitFor(Io want, Clock::time_point deadline) const;
    /// Sends `bytes` without waiting (what does not fit is dropped), then ends our direction of the connection:
    /// for a last answer before the connection closes.
    void sendLast(const std::string& bytes);
    /// Ends our direction of the connection (a plain one; over TLS nothing is done).
    void endOutput();

    /// Bytes received and not yet consumed.
    const char* inputData() const { return m_input.data() + m_inputPos; }
    std::size_t inputSize() const { return m_input.size() - m_inputPos; }
    void consumeInput(std::size_t n);

    /// Bytes of answers not yet sent.
    std::size_t outputSize() const { return m_output.size() - m_outputPos; }
    void appendOutput(const char* data, std::size_t size);
    /// Where the output's size is added up over all connections (optional).
    void setOutputCounter(std::atomic<long long>* counter) { m_outputCounter = counter; }

    int fd() const { return m_fd; }
    const std::string& remoteIp() const { return m_remoteIp; }
    int remotePort() const { return m_remotePort; }
    const std::string& localIp() const { return m_localIp; }
    int localPort() const { return m_localPort; }

    /// Requests answered on this connection so far (for the keep-alive maximum).
    int requestsServed = 0;
    /// The connection closes once its output is sent (the answer said Connection: close).
    bool closeAfterOutput = false;

private:
    Io tlsResult(int ret);

    int m_fd;
    SSL* m_ssl = nullptr;
    std::string m_remoteIp;
    int m_remotePort;
    std::string m_localIp;
    int m_localPort;
    std::string m_input;
    std::size_t m_inputPos = 0;
    std::string m_output;
    std::size_t m_outputPos = 0;
    std::atomic<long long>* m_outputCounter = nullptr;
};

} // namespace syncsites
