#pragma once

#include "HttpServer.h"
#include "HubState.h"

#include <memory>

namespace syncsites {

class AdminApi;
class AuthApi;
class DataApi;
class StatusApi;
class StorageHealth;
class SyncHandshake;
class SyncPush;
class SyncPull;
class SyncReportHandler;

/// A hub: an HttpServer with the sync protocol's routes (docs/protocol.md), /healthz and /metrics, over one
/// database. Owns the handlers; the Database must outlive it. Storage errors are the hub's own (StorageHealth):
/// sites get `503 server_storage`, /healthz answers 503 while a fault stands.
///
/// Threading: start() and stop() from one thread; requests are handled on the HTTP workers.
class HubServer
{
public:
    HubServer(Database& database, HubConfig hubConfig, HttpServerConfig httpConfig = HttpServerConfig());
    ~HubServer();

    /// Loads the topology, registers the routes and listens. Returns the port.
    Result<quint16> start(const QString& host, quint16 port);
    void stop();

    HubState& state() { return *m_state; }
    HttpServer& http() { return *m_http; }

private:
    std::unique_ptr<HubState> m_state;
    std::unique_ptr<HttpServer> m_http;
    std::unique_ptr<SyncHandshake> m_handshake;
    std::unique_ptr<SyncPush> m_push;
    std::unique_ptr<SyncPull> m_pull;
    std::unique_ptr<SyncReportHandler> m_report;
    std::unique_ptr<AuthApi> m_auth;
    std::unique_ptr<AdminApi> m_admin;
    std::unique_ptr<StatusApi> m_status;
    std::unique_ptr<DataApi> m_data;
    std::unique_ptr<StorageHealth> m_storage;
};

} // namespace syncsites
