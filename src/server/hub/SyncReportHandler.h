#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

namespace syncsites::server {

class HubState;

/// POST /api/v1/sync/report: a site reports how its session went (per link: pushed, pulled, rejected, waiting,
/// duration, error), for the supervisors' dashboard. Thread-safe.
class SyncReportHandler
{
public:
    explicit SyncReportHandler(HubState& hub) : m_hub(hub) {}

    HttpResponse handle(const HttpRequest& request);

private:
    HubState& m_hub;
};

} // namespace syncsites::server
