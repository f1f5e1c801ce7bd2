#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

namespace syncsites {

class HubState;

/// GET /api/v1/sync/pull?category=C&cursor=N[&limit=L][&store=CODE&up_to=M]: the records routed to the site
/// after its cursor (routing computed in SQL by RoutedChangeQuery), each with its current data, the count still
/// to come, and the instructions that follow from sync-type edits in the batch. With `store`, a backfill: that
/// store's whole history up to `up_to`. Thread-safe.
class SyncPull
{
public:
    explicit SyncPull(HubState& hub) : m_hub(hub) {}

    HttpResponse handle(const HttpRequest& request);

private:
    HubState& m_hub;
};

} // namespace syncsites
