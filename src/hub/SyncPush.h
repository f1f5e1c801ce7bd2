#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

namespace syncsites {

class HubState;

/// POST /api/v1/sync/push: applies a batch of a site's changes. Each record is checked on its own (its table and
/// fields, the push rules of core's PushRules, its references) and accepted or rejected with a code and a
/// sentence; a rejection never blocks the others. The batch and its answer are stored in one transaction, so a
/// replayed batch gets the same answer and changes nothing. Thread-safe.
class SyncPush
{
public:
    explicit SyncPush(HubState& hub) : m_hub(hub) {}

    HttpResponse handle(const HttpRequest& request);

private:
    HubState& m_hub;
};

} // namespace syncsites
