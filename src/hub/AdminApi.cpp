#include "AdminApi.h"

#include "AdminItemsApi.h"
#include "AdminRequest.h"
#include "AdminSitesApi.h"
#include "AdminTopologyApi.h"
#include "AdminTopologyEditor.h"
#include "AdminUsersApi.h"
#include "HttpServer.h"
#include "HubRepository.h"
#include "HubState.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace syncsites {

AdminApi::AdminApi(HubState& hub)
    : m_hub(hub), m_editor(std::make_unique<AdminTopologyEditor>(hub)),
      m_topology(std::make_unique<AdminTopologyApi>(hub, *m_editor)),
      m_sites(std::make_unique<AdminSitesApi>(hub, *m_editor)), m_users(std::make_unique<AdminUsersApi>(hub)),
      m_items(std::make_unique<AdminItemsApi>(hub))
{}

AdminApi::~AdminApi() = default;

Status AdminApi::registerRoutes(HttpServer& http)
{
    using H = HttpRouter::Handler;
    const struct
    {
        HttpMethod method;
        const char* path;
        const char* name;
        H handler;
    } routes[] = {
        {HttpMethod::Get, "/api/v1/admin/topology", "admin_topology_get",
         [this](const HttpRequest& r) {
             return m_topology->get(r);
         }},
        {HttpMethod::Put, "/api/v1/admin/topology", "admin_topology_put",
         [this](const HttpRequest& r) {
             return m_topology->put(r);
         }},
        {HttpMethod::Post, "/api/v1/admin/topology/preview", "admin_topology_preview",
         [this](const HttpRequest& r) {
             return m_topology->preview(r);
         }},
        {HttpMethod::Put, "/api/v1/admin/stores/{code}/sync-types/{site}", "admin_sync_type",
         [this](const HttpRequest& r) {
             return m_topology->setSyncType(r);
         }},
        {HttpMethod::Get, "/api/v1/admin/sites", "admin_sites_list",
         [this](const HttpRequest& r) {
             return m_sites->listSites(r);
         }},
        {HttpMethod::Post, "/api/v1/admin/sites", "admin_site_add",
         [this](const HttpRequest& r) {
             return m_sites->addSite(r);
         }},
        {HttpMethod::Patch, "/api/v1/admin/sites/{name}", "admin_site_edit",
         [this](const HttpRequest& r) {
             return m_sites->editSite(r);
         }},
        {HttpMethod::Delete, "/api/v1/admin/sites/{name}", "admin_site_remove",
         [this](const HttpRequest& r) {
             return m_sites->removeSite(r);
         }},
        {HttpMethod::Post, "/api/v1/admin/sites/{name}/secret", "admin_site_secret",
         [this](const HttpRequest& r) {
             return m_sites->newSecret(r);
         }},
        {HttpMethod::Post, "/api/v1/admin/sites/{name}/release-binding", "admin_site_release_binding",
         [this](const HttpRequest& r) {
             return m_sites->releaseBinding(r);
         }},
        {HttpMethod::Post, "/api/v1/admin/stores", "admin_store_add",
         [this](const HttpRequest& r) {
             return m_sites->addStore(r);
         }},
        {HttpMethod::Patch, "/api/v1/admin/stores/{code}", "admin_store_edit",
         [this](const HttpRequest& r) {
             return m_sites->editStore(r);
         }},
        {HttpMethod::Get, "/api/v1/admin/users", "admin_users_list",
         [this](const HttpRequest& r) {
             return m_users->list(r);
         }},
        {HttpMethod::Post, "/api/v1/admin/users", "admin_user_add",
         [this](const HttpRequest& r) {
             return m_users->add(r);
         }},
        {HttpMethod::Patch, "/api/v1/admin/users/{username}", "admin_user_edit",
         [this](const HttpRequest& r) {
             return m_users->edit(r);
         }},
        {HttpMethod::Get, "/api/v1/admin/items", "admin_items_list",
         [this](const HttpRequest& r) {
             return m_items->list(r);
         }},
        {HttpMethod::Post, "/api/v1/admin/items", "admin_item_add",
         [this](const HttpRequest& r) {
             return m_items->add(r);
         }},
        {HttpMethod::Post, "/api/v1/admin/items/import", "admin_items_import",
         [this](const HttpRequest& r) {
             return m_items->import(r);
         }},
        {HttpMethod::Get, "/api/v1/admin/items/{code}", "admin_item_get",
         [this](const HttpRequest& r) {
             return m_items->get(r);
         }},
        {HttpMethod::Patch, "/api/v1/admin/items/{code}", "admin_item_edit",
         [this](const HttpRequest& r) {
             return m_items->edit(r);
         }},
        {HttpMethod::Delete, "/api/v1/admin/items/{code}", "admin_item_delete",
         [this](const HttpRequest& r) {
             return m_items->remove(r);
         }},
        {HttpMethod::Get, "/api/v1/admin/audit", "admin_audit",
         [this](const HttpRequest& r) {
             return audit(r);
         }},
    };
    for (const auto& route : routes) {
        if (Status s = http.addRoute(route.method, QLatin1String(route.path), QLatin1String(route.name), route.handler);
            !s)
            return s;
    }
    return {};
}

HttpResponse AdminApi::audit(const HttpRequest& request)
{
    auto auth = UserSession::authenticate(m_hub, request, AdminRequest::kReaders);
    if (auto* r = std::get_if<HttpResponse>(&auth))
        return *r;
    bool ok = true;
    const int limit = request.queryValue(QStringLiteral("limit"), QString::number(kDefaultAuditLimit)).toInt(&ok);
    if (!ok || limit < 1 || limit > kMaxAuditLimit)
        return AdminRequest::invalidField(
            QStringLiteral("limit"),
            QCoreApplication::translate("AdminApi", "\"limit\" must be a whole number from 1 to %1.")
                .arg(kMaxAuditLimit));
    const qint64 before = request.queryValue(QStringLiteral("before"), QStringLiteral("0")).toLongLong(&ok);
    if (!ok || before < 0)
        return AdminRequest::invalidField(
            QStringLiteral("before"),
            QCoreApplication::translate("AdminApi", "\"before\" must be the id of an audit entry (a whole number)."));
    const Result<QVector<AuditEntry>> entries = HubRepository(m_hub.database()).auditLog(limit, before);
    if (!entries)
        return AdminRequest::storageError(entries.error());
    QJsonArray out;
    for (const AuditEntry& e : *entries)
        out.append(e.toJson());
    return HttpResponse::json(QJsonObject{{QStringLiteral("entries"), out}});
}

} // namespace syncsites
