#pragma once

#include "DataApi.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "HubState.h"
#include "UserSession.h"

#include <memory>
#include <optional>
#include <variant>

namespace syncsites {

/// A request of the client kinds' data APIs (DataApi, DataActionsApi), checked the one way both answer with: who
/// asks (field staff and administrators write, supervisors only read), through which client site (`client=` or
/// the X-SyncSites-Client header), on which server (the client's server must be this hub's site), and what that
/// client may do with a store (DataApi::clientAccess). The refusals are in words a person can act on.
struct DataClient
{
    UserSession user;
    std::shared_ptr<const TopologySnapshot> snapshot;
    const Site* client = nullptr;
    const Site* server = nullptr;

    const Topology& topology() const { return snapshot->topology; }
    /// The client's access to a store; a supervisor's is never more than Read.
    StoreAccess access(const QString& storeCode) const;
    /// {client, server, store}: the details of a refusal about a store.
    QJsonObject describe(const QString& storeCode) const;
    /// The refusal for a store the client may not read (or, with `write`, change); nullopt when it may.
    std::optional<HttpResponse> refuseStore(const QString& storeCode, bool write) const;

    /// The request's user and client site, or the refusal (401, 400 invalid_field, 403 forbidden with a reason).
    static std::variant<DataClient, HttpResponse> resolve(HubState& hub, const HttpRequest& request, bool write);
};

} // namespace syncsites
