#pragma once

#include <QString>
#include <QVector>

namespace syncsites::bench {

class BenchReport;

/// Many sites at once (issue 6, item 4): a hub served by a separate `syncsites-server` process, and a load
/// generator of virtual sites (WireSite: the real protocol over one real connection each, no engine) that sync
/// against it at the same time, each pushing `changes` stock lines of its own Active store and pulling to the end.
class ManySitesBench
{
public:
    struct Options
    {
        QVector<int> siteCounts{200, 1000}; ///< one round per count, in order, each on the first sites of the hub
        int changes = 100;                  ///< records each virtual site pushes in its session
        int threads = 0;                    ///< load-generator threads (one connection each); 0: one per site
        int workers = 0;                    ///< the hub's --workers; 0: its default
        QString serverBinary;               ///< syncsites-server
    };
    static bool run(const Options& options, BenchReport& report);
};

} // namespace syncsites::bench
