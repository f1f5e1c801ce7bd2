#include "HubServer.h"

#include "AdminApi.h"
#include "AuthApi.h"
#include "DataActionsApi.h"
#include "DataApi.h"
#include "Database.h"
#include "StatusApi.h"
#include "StorageHealth.h"
#include "SyncHandshake.h"
#include "SyncPull.h"
#include "SyncPush.h"
#include "SyncReportHandler.h"

namespace syncsites {

HubServer::HubServer(Database& database, HubConfig hubConfig, HttpServerConfig httpConfig)
    : m_http(std::make_unique<HttpServer>(std::move(httpConfig)))
{
    hubConfig.maxRequestBytes = m_http->config().maxRequestBodyBytes;
    m_state = std::make_unique<HubState>(database, std::move(hubConfig), m_http->sharedMetrics());
    m_handshake = std::make_unique<SyncHandshake>(*m_state);
    m_push = std::make_unique<SyncPush>(*m_state);
    m_pull = std::make_unique<SyncPull>(*m_state);
    m_report = std::make_unique<SyncReportHandler>(*m_state);
    m_auth = std::make_unique<AuthApi>(*m_state);
    m_admin = std::make_unique<AdminApi>(*m_state);
    m_status = std::make_unique<StatusApi>(*m_state);
    m_data = std::make_unique<DataApi>(*m_state);
    m_storage = std::make_unique<StorageHealth>(database, m_state->metrics());
    m_http->setResponseFilter([this](const HttpRequest& request, const QString& route, HttpResponse& response) {
        m_storage->filter(request, route, response);
    });
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
        {HttpMethod::Post, "/api/v1/sync/check", "sync_check",
         [this](const HttpRequest& r) {
             return m_handshake->check(r);
         }},
        {HttpMethod::Get, "/api/v1/sync/sites", "sync_sites",
         [this](const HttpRequest& r) {
             return m_handshake->sites(r);
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
             m_status->pruneIfDue(); // retention needs no thread of its own
             return m_report->handle(r);
         }},
    };
    for (const auto& route : routes) {
        // Site tokens come and go with these requests: keep syncsites_sync_sessions_active current.
        const auto handler = [this, h = route.handler](const HttpRequest& r) {
            m_status->refreshGauges();
            return h(r);
        };
        if (Status s = m_http->addRoute(route.method, QLatin1String(route.path), QLatin1String(route.name), handler);
            !s)
            return s.error();
    }
    if (Status s = m_auth->registerRoutes(*m_http); !s)
        return s.error();
    if (!m_state->config().replica)
        if (Status s = m_admin->registerRoutes(*m_http); !s)
            return s.error();
    if (Status s = m_status->registerRoutes(*m_http); !s)
        return s.error();
    if (Status s = m_data->registerRoutes(*m_http); !s)
        return s.error();
    if (Status s = DataActionsApi::registerRoutes(*m_state, *m_http); !s)
        return s.error();
    Database& db = m_state->database();
    // Serving means the database answers, and can be written since its last storage error.
    if (Status s = m_http->addOperationsRoutes([&db, this]() -> Status {
            const Result<QSqlDatabase> c = db.connection();
            if (!c)
                return c.error();
            return m_storage->check();
        });
        !s)
        return s.error();
    const Result<quint16> bound = m_http->listen(host, port);
    // Links point at this server unless the caller (serve --public-url, say) sets another address.
    if (bound && m_state->publicUrl().isEmpty())
        m_state->setPublicUrl(QStringLiteral("%1://%2:%3")
                                  .arg(m_http->isTls() ? QStringLiteral("https") : QStringLiteral("http"), host)
                                  .arg(*bound));
    return bound;
}

void HubServer::stop()
{
    if (m_http)
        m_http->stop();
}

} // namespace syncsites
