#pragma once

#include "Result.h"
#include "SyncSummary.h"

#include <QString>

namespace syncsites {
class Database;
}

namespace syncsites::bench {

class BenchHub;

/// A session's outcome in one line ("success pushed 0 pulled 20649 ..." or the failure).
QString describe(const SyncSummary& summary);
/// The process's peak resident set so far, in MB (getrusage).
double peakRssMb();
/// The peak resident set (VmHWM) of a running process, in MB, from /proc/<pid>/status; -1 when unreadable.
double processPeakRssMb(qint64 pid);
/// The CPU time (user + system) a running process has used, in seconds, from /proc/<pid>/stat; -1 when unreadable.
double processCpuSeconds(qint64 pid);
/// Writes `count` new stock lines of the site's Active store on the replica as local changes, in one transaction,
/// each with `batch` as its batch (so that the baseline can find them).
Status writeStockLines(Database& replica, const BenchHub& hub, int count, const QString& batch);

} // namespace syncsites::bench
