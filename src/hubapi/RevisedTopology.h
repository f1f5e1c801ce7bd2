#pragma once

#include "Topology.h"

namespace syncsites {

/// The network as the hub holds it, with the revision an edit must name (409 revision_conflict otherwise).
struct RevisedTopology
{
    qint64 revision = 0;
    Topology topology;
};

} // namespace syncsites
