#pragma once

#include <QtGlobal>

namespace syncsites::bench {

class BenchReport;

/// 2. Push: a site synced once against a small hub writes `changes` new stock lines of its Active store, then one
/// session pushes them (and has them acknowledged), `runs` times. Baseline: the same rows inserted into a file of
/// the same schema holding the replica's other rows, in one transaction.
class PushBench
{
public:
    static bool run(int changes, int runs, BenchReport& report);
};

} // namespace syncsites::bench
