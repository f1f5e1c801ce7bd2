#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "Result.h"

#include <memory>

namespace syncsites {

class AdminItemsApi;
class AdminSitesApi;
class AdminTopologyApi;
class AdminTopologyEditor;
class AdminUsersApi;
class HttpServer;
class HubState;

/// The administrators' API of the hub, under /api/v1/admin: the topology (AdminTopologyApi), sites and stores
/// (AdminSitesApi), users (AdminUsersApi), items (AdminItemsApi) and the audit log:
///
/// - GET /api/v1/admin/audit?limit=N[&before=ID] → {"entries": [{id, at, username, action, subject, details}]},
///   newest first (limit 1..1000, default 100; `before` pages back).
///
/// Every route checks the person's role on the server through UserSession (401 without a valid token, 403
/// forbidden for a role that may not): administrators edit; supervisors may read the topology and the audit
/// log; field staff may do neither. Every edit writes an audit row.
///
/// Threading: thread-safe; owns its parts; holds a reference to the HubState, which must outlive it.
class AdminApi
{
public:
    static constexpr int kDefaultAuditLimit = 100;
    static constexpr int kMaxAuditLimit = 1000;

    explicit AdminApi(HubState& hub);
    ~AdminApi();
    AdminApi(const AdminApi&) = delete;
    AdminApi& operator=(const AdminApi&) = delete;

    /// Adds every admin route (names admin_*). Before the server listens.
    Status registerRoutes(HttpServer& http);

    HttpResponse audit(const HttpRequest& request);

private:
    HubState& m_hub;
    std::unique_ptr<AdminTopologyEditor> m_editor;
    std::unique_ptr<AdminTopologyApi> m_topology;
    std::unique_ptr<AdminSitesApi> m_sites;
    std::unique_ptr<AdminUsersApi> m_users;
    std::unique_ptr<AdminItemsApi> m_items;
};

} // namespace syncsites
