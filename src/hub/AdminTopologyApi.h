#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

namespace syncsites {

class AdminTopologyEditor;
class HubState;

/// The administrators' view of the whole network:
///
/// - GET  /api/v1/admin/topology → {"revision", "topology": <topology file JSON>} (administrator, supervisor);
/// - PUT  /api/v1/admin/topology {"revision", "topology"} → an import through AdminTopologyEditor
///   (400 topology_format with details.path, 422 topology_invalid, 409 stale_revision);
/// - POST /api/v1/admin/topology/preview {"topology"} → what an import would do, changing nothing:
///   {"revision", "valid", "violations", "actions": [{..., "records_estimate"}], "estimate_note"};
/// - PUT  /api/v1/admin/stores/{code}/sync-types/{site} {"sync_type", "revision"} → one cell of the
///   store × site grid (Topology::setSyncType: active moves the home, the old home becomes Collector).
///
/// Threading: thread-safe; holds references to the HubState and the editor, which must outlive it.
class AdminTopologyApi
{
public:
    AdminTopologyApi(HubState& hub, AdminTopologyEditor& editor) : m_hub(hub), m_editor(editor) {}

    HttpResponse get(const HttpRequest& request);
    HttpResponse put(const HttpRequest& request);
    HttpResponse preview(const HttpRequest& request);
    HttpResponse setSyncType(const HttpRequest& request);

private:
    HubState& m_hub;
    AdminTopologyEditor& m_editor;
};

} // namespace syncsites
