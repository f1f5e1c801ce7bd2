#pragma once

#include "Topology.h"
#include "Violation.h"

#include <QSet>
#include <QVector>

namespace syncsites {

/// Checks a topology against rules R1..R7 of the sync model. Pure; every broken rule is reported (not just
/// the first), in a stable order: network rules first, then per site, then per store.
class TopologyValidator
{
public:
    /// `storesWithOmsData`: codes of stores that hold `oms` data (assets). A topology file holds none, so R7
    /// is only checked for the stores named here (when oms data is pushed, or a store's home moves).
    static QVector<Violation> validate(const Topology& topology, const QSet<QString>& storesWithOmsData = {});
};

} // namespace syncsites
