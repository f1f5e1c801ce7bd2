#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

namespace syncsites {

class AdminTopologyEditor;
class HubState;

/// Sites and stores, one at a time (administrator only). Every edit goes through AdminTopologyEditor (revision
/// check, rules R1..R7, audit, reload) and answers like it:
///
/// - GET    /api/v1/admin/sites (administrators and supervisors) → {"revision", "sites": [{"name", "kind",
///   "server", "url", "links", "active_stores", "installation_id", "last_contact"}]}: every site by name, with the
///   installation it is bound to and the end of its newest reported session (null when none);
/// - POST   /api/v1/admin/sites {"revision", "name", "kind", "links"?, "server"?, "url"?} → 201; a data-holding
///   site without "links" links to the msupply_central for core and to the oms_central for oms when its kind
///   carries oms; its new secret comes back once in new_site_secrets;
/// - PATCH  /api/v1/admin/sites/{name} {"revision", "kind"?, "links"?, "server"?, "url"?} (null clears);
/// - DELETE /api/v1/admin/sites/{name}?revision=N: refused (409 site_in_use) while stores are Active there; its
///   visibility entries go with it;
/// - POST   /api/v1/admin/sites/{name}/secret → {"site", "secret"}: a new random secret, returned once; the old
///   one stops working and the site's sync tokens are revoked;
/// - POST   /api/v1/admin/sites/{name}/release-binding → {"site", "released", "installation_id"}: the next
///   installation to complete a handshake is bound instead;
/// - POST   /api/v1/admin/stores {"revision", "code", "name", "home", "visibility"?} → 201;
/// - PATCH  /api/v1/admin/stores/{code} {"revision", "name"}.
///
/// Threading: thread-safe; holds references to the HubState and the editor, which must outlive it.
class AdminSitesApi
{
public:
    AdminSitesApi(HubState& hub, AdminTopologyEditor& editor) : m_hub(hub), m_editor(editor) {}

    HttpResponse listSites(const HttpRequest& request);
    HttpResponse addSite(const HttpRequest& request);
    HttpResponse editSite(const HttpRequest& request);
    HttpResponse removeSite(const HttpRequest& request);
    HttpResponse newSecret(const HttpRequest& request);
    HttpResponse releaseBinding(const HttpRequest& request);
    HttpResponse addStore(const HttpRequest& request);
    HttpResponse editStore(const HttpRequest& request);

private:
    HubState& m_hub;
    AdminTopologyEditor& m_editor;
};

} // namespace syncsites
