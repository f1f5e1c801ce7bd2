#pragma once

#include "ClientConnection.h"
#include "RateDeadline.h"

// httplib.h only in the server library's own files: see src/server/CMakeLists.txt.
#include <httplib.h>

#include <atomic>
#include <chrono>

namespace syncsites {

/// What a ConnectionStream allows a client while a worker serves one of its requests.
struct StreamLimits
{
    std::chrono::milliseconds readTimeout{30000};  ///< each wait for body bytes, at most
    std::chrono::milliseconds writeTimeout{30000}; ///< each wait for the client to take answer bytes, at most
    std::chrono::milliseconds rateGrace{10000};    ///< see RateDeadline
    double minBodyBytesPerSecond = 1024;
    double minWriteBytesPerSecond = 1024;
    /// Answer bytes the client does not take at once are left to the gate to send while the sum of such bytes
    /// over all connections stays within this; beyond it the worker waits for the client.
    long long outputBudget = 64LL * 1024 * 1024;
    std::atomic<long long>* outputBuffered = nullptr;
};

/// The httplib::Stream of one request on a ClientConnection, for httplib::Server::process_request: reads come from
/// what the gate read ahead, then from the socket under a body deadline (RateDeadline: a minimum rate after a
/// grace); writes go to the socket as far as it takes them at once, and the rest waits in the connection's output
/// for the gate (or, past the output budget, for the worker, under a write deadline of the same kind). A client
/// too slow either way is cut: the read or write fails and cut() says why.
///
/// Threading: made and used by one worker for one request; current() is that worker's stream.
class ConnectionStream final : public httplib::Stream
{
public:
    enum class Cut
    {
        None,
        BodyTooSlow,
        WriteTooSlow,
    };

    ConnectionStream(ClientConnection& connection, const StreamLimits& limits);
    ~ConnectionStream() override;
    ConnectionStream(const ConnectionStream&) = delete;
    ConnectionStream& operator=(const ConnectionStream&) = delete;

    /// The stream of the request the calling thread is serving, or nullptr.
    static ConnectionStream* current();

    bool is_readable() const override;
    bool is_writable() const override;
    ssize_t read(char* ptr, size_t size) override;
    ssize_t write(const char* ptr, size_t size) override;
    void get_remote_ip_and_port(std::string& ip, int& port) const override;
    void get_local_ip_and_port(std::string& ip, int& port) const override;
    socket_t socket() const override;

    Cut cut() const { return m_cut; }
    /// The answer tells the client that the connection closes after it.
    void closeAfterAnswer() { m_connection.closeAfterOutput = true; }
    /// Sends the output now, waiting for the client under the write deadline; false when it failed or was cut.
    bool flushNow();

private:
    bool keepOutput(std::size_t size);

    ClientConnection& m_connection;
    StreamLimits m_limits;
    RateDeadline m_readDeadline;
    RateDeadline m_writeDeadline;
    Cut m_cut = Cut::None;
    bool m_failed = false;     // writing failed or was cut: nothing more either way
    bool m_readFailed = false; // reading failed or was cut
    ConnectionStream* m_previous = nullptr;
};

} // namespace syncsites
