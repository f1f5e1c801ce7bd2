#pragma once

#include <QtGlobal>

namespace syncsites::bench {

class BenchReport;

/// 1. First sync: a hub holding `records` generated records, nearly all routed to one site; a fresh replica of that
/// site synced by SyncSession over loopback HTTP, `runs` times (a new replica each time, the same hub). Baseline: the
/// replica's rows inserted into an empty file of the same schema in one transaction (Baseline).
class FirstSyncBench
{
public:
    static bool run(qint64 records, int runs, BenchReport& report);
};

} // namespace syncsites::bench
