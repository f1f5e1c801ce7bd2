#pragma once

#include "ClientConnection.h"
#include "ConnectionGate.h"
#include "HttpServer.h"
#include "Metrics.h"

#include <string>

namespace syncsites {

/// What HttpServer does when a connection is cut or refused before (or while) a worker serves it: the count in
/// syncsites_http_slow_connections_cut_total{phase} or syncsites_http_connections_refused_total, a log line, and
/// for the gate's refusals the whole answer in the one JSON error shape (408 `request_timeout`, 431
/// `headers_too_large`, 503 `too_many_connections` with Retry-After), with a request id and an access-log line.
///
/// Threading: thread-safe (the gate thread and the workers).
class ConnectionEvents
{
public:
    ConnectionEvents(const HttpServerConfig& config, Metrics& metrics);

    /// The gate's Report: counts and logs; returns the answer to send, or nothing.
    std::string onGateEvent(ConnectionGate::Event event, const ClientConnection& connection);
    /// A client too slow in `phase`: handshake, headers, body or answer.
    void countCut(const char* phase, const ClientConnection& connection);

private:
    const HttpServerConfig& m_config;
    Metrics& m_metrics;
};

} // namespace syncsites
