#pragma once

#include <QString>

namespace syncsites::bench {

class BenchReport;

/// 1. First sync: a hub holding `records` generated records, nearly all routed to one site; a fresh replica of that
/// site synced by SyncSession over loopback HTTP, `runs` times (a new replica each time, the same hub). Baseline: the
/// replica's rows inserted into an empty file of the same schema in one transaction (Baseline).
///
/// Then, once: the same pull pages fetched again by a WireSite with and without gzip (bytes on the wire against the
/// JSON of the same records), and one more first sync by `syncsites-cli init` (`cliBinary`) in a child process,
/// whose peak RSS is the site's alone (target under 300 MB for 1,000,000 records).
class FirstSyncBench
{
public:
    static bool run(qint64 records, int runs, const QString& cliBinary, BenchReport& report);
};

} // namespace syncsites::bench
