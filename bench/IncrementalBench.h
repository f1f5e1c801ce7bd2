#pragma once

namespace syncsites::bench {

class BenchReport;

/// 3. Incremental sync: a synced site's session with nothing to do (`idleRuns` sessions), then with 1,000 local
/// changes waiting, written again before each of `busyRuns` sessions: median and p95 session time.
class IncrementalBench
{
public:
    static bool run(int idleRuns, int busyRuns, BenchReport& report);
};

} // namespace syncsites::bench
