#include "HubServer.h"

#include "Database.h"
#include "SyncHandshake.h"
#include "SyncPull.h"
#include "SyncPush.h"
#include "SyncReportHandler.h"

namespace syncsites::server {

HubServer::HubServer(Database& database, HubConfig hubConfig, HttpServerConfig httpConfig)
    : m_http(std::make_unique<HttpServer>(std::move(httpConfig)))
{
    m_state = std::make_unique<HubState>(database, std::move(hubConfig), m_http->sharedMetrics());
    m_handshake = std::make_unique<SyncHandshake>(*m_state);
    m_push = std::make_unique<SyncPush>(*m_state);
    m_pull = std::make_unique<SyncPull>(*m_state);
    m_report = std::make_unique<SyncReportHandler>(*m_state);
}

HubServer::~HubServer()
{
    stop();
}

Result<quint16> HubServer::start(const QString& host, quint16 port)
{
    if (Status s = m_state->reloadTopology(); !s)
        return s.error();
    const struct
    {
        HttpMethod method;
        const char* path;
        const char* name;
        HttpRouter::Handler handler;
    } routes[] = {
        {HttpMethod::Post, "/api/v1/sync/handshake", "sync_handshake",
         [this](const HttpRequest& r) {
             return m_handshake->handle(r);
         }},
        {HttpMethod::Post, "/api/v1/sync/push", "sync_push",
         [this](const HttpRequest& r) {
             return m_push->handle(r);
         }},
        {HttpMethod::Get, "/api/v1/sync/pull", "sync_pull",
         [this](const HttpRequest& r) {
             return m_pull->handle(r);
         }},
        {HttpMethod::Post, "/api/v1/sync/report", "sync_report",
         [this](const HttpRequest& r) {
             return m_report->handle(r);
         }},
    };
    for (const auto& route : routes) {
        if (Status s =
                m_http->addRoute(route.method, QLatin1String(route.path), QLatin1String(route.name), route.handler);
            !s)
            return s.error();
    }
    Database& db = m_state->database();
    // Serving means the database answers too.
    if (Status s = m_http->addOperationsRoutes([&db]() -> Status {
            const Result<QSqlDatabase> c = db.connection();
            return c ? Status() : Status(c.error());
        });
        !s)
        return s.error();
    return m_http->listen(host, port);
}

void HubServer::stop()
{
    if (m_http)
        m_http->stop();
}

} // namespace syncsites::server
