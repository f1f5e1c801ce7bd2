// syncsites-bench: the benchmarks of issue 6 (docs/benchmarks.md). Each subcommand prints one line per measurement:
// `name  measured  baseline  ratio  (median of R runs: ...)`. --check: exit 1 when a target is missed.
#include "BenchReport.h"
#include "FirstSyncBench.h"
#include "IncrementalBench.h"
#include "PushBench.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace syncsites::bench;

namespace {

int usage()
{
    std::fputs("usage: syncsites-bench first-sync [--records N] [--runs R] [--check]\n"
               "       syncsites-bench push [--changes N] [--runs R] [--check]\n"
               "       syncsites-bench incremental [--idle-runs R] [--busy-runs R] [--check]\n",
               stderr);
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty())
        return usage();
    const QString command = args.takeFirst();
    bool check = false;
    QHash<QString, qint64> numbers{{QStringLiteral("--records"), 100000},
                                   {QStringLiteral("--changes"), 100000},
                                   {QStringLiteral("--runs"), 3},
                                   {QStringLiteral("--idle-runs"), 30},
                                   {QStringLiteral("--busy-runs"), 10}};
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--check")) {
            check = true;
            continue;
        }
        if (!numbers.contains(args[i]) || i + 1 >= args.size())
            return usage();
        bool ok = false;
        const qint64 value = args[i + 1].toLongLong(&ok);
        if (!ok || value < 1)
            return usage();
        numbers[args[i]] = value;
        ++i;
    }
    BenchReport report;
    bool ran = false;
    const int runs = int(numbers.value(QStringLiteral("--runs")));
    if (command == QLatin1String("first-sync"))
        ran = FirstSyncBench::run(numbers.value(QStringLiteral("--records")), runs, report);
    else if (command == QLatin1String("push"))
        ran = PushBench::run(int(numbers.value(QStringLiteral("--changes"))), runs, report);
    else if (command == QLatin1String("incremental"))
        ran = IncrementalBench::run(int(numbers.value(QStringLiteral("--idle-runs"))),
                                    int(numbers.value(QStringLiteral("--busy-runs"))), report);
    else
        return usage();
    if (!ran) {
        std::fprintf(stderr, "%s: the benchmark could not run (see above)\n", qPrintable(command));
        return 3;
    }
    if (check && !report.missed().isEmpty()) {
        for (const QString& miss : report.missed())
            std::fprintf(stdout, "MISSED %s\n", qPrintable(miss));
        return 1;
    }
    return 0;
}
