#pragma once

#include "Result.h"
#include "Topology.h"

#include <QDateTime>

namespace syncsites {

class Database;

/// A plausible fortnight of sync reports in a demo hub, so that the dashboard of a fresh demo has something to
/// show: most sites sync every couple of hours with the odd failure; a few are late, stale, failing or have
/// never synced, as real networks have. Deterministic for a seed and `now`. Sparser than real (a session every two
/// hours rather than every interval) to keep the demo hub small.
class DemoSyncHistory
{
public:
    /// Writes reports for every data-holding site of `topology` but `except` (the demo app's own site, whose
    /// history is real). Returns the number of reports written.
    static Result<int> write(Database& hub, const Topology& topology, const QString& except, const QDateTime& now,
                             quint64 seed = 7, int days = 14);
};

} // namespace syncsites
