#pragma once

#include "RecordRef.h"
#include "Topology.h"

#include <QSet>

namespace syncsites {

/// The pulling side of one pull request.
struct PullContext
{
    QString site;                 ///< the pulling site
    bool initialising = false;    ///< has not yet pulled to the end once: gets its own records back too
    QSet<QString> backfillStores; ///< stores whose whole history it is receiving: own records come back too
};

/// Why a record is (or is not) sent; Routing::route gives the reason so that tests and logs can say it.
enum class RouteReason
{
    Sent,
    NotLinked,       ///< the site does not pull this category from a hub
    HubOnly,         ///< credential hashes (but for the oms_central)
    NotUsersSite,    ///< a user account of a user who works neither at the site nor at a client attached to it
    StoreNotVisible, ///< store data for a site where the store is Transfer or not visible
    EchoSuppressed,  ///< the record came from the pulling site
};

/// Which records a hub sends to a site (spec, "Routing"). Pure functions over the topology; the server
/// computes the same in SQL and is tested against these.
class Routing
{
public:
    static RouteReason route(const Topology& topology, const RecordRef& record, const PullContext& pull);
    static bool isSent(const Topology& topology, const RecordRef& record, const PullContext& pull)
    {
        return route(topology, record, pull) == RouteReason::Sent;
    }
};

} // namespace syncsites
