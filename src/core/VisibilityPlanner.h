#pragma once

#include "Topology.h"
#include "VisibilityAction.h"

#include <QVector>

namespace syncsites {

/// Given the topology before and after an administrator's edit, the per-site actions it implies (spec,
/// "Changes of visibility"). Pure. Actions come per store in topology order; a HandOver comes before the
/// Backfill and Purge it implies. Client sites hold no data and get no actions. A new store gets none (it has no
/// history yet); a removed store is purged wherever it was held.
class VisibilityPlanner
{
public:
    static QVector<VisibilityAction> plan(const Topology& before, const Topology& after);
};

} // namespace syncsites
