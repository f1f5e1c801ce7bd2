// syncsites-bench: the benchmarks of issue 6 (docs/benchmarks.md). Each subcommand prints one line per measurement:
// `name  measured  baseline  ratio  (median of R runs: ...)`. --check: exit 1 when a target is missed.
#include "BenchReport.h"
#include "FirstSyncBench.h"
#include "HubProcess.h"
#include "IncrementalBench.h"
#include "ManySitesBench.h"
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
               "       syncsites-bench incremental [--idle-runs R] [--busy-runs R] [--check]\n"
               "       syncsites-bench many-sites [--sites N,N...] [--changes N] [--threads T]\n"
               "                                  [--workers W] [--check]\n"
               "  first-sync also runs the site alone in a child process (syncsites-cli) for its peak RSS;\n"
               "  many-sites serves the hub with syncsites-server. Their paths: --cli-bin P, --server-bin P\n"
               "  (default: beside this program in the build tree).\n",
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
    QHash<QString, qint64> numbers{{QStringLiteral("--records"), 100000}, {QStringLiteral("--changes"), 100000},
                                   {QStringLiteral("--runs"), 3},         {QStringLiteral("--idle-runs"), 30},
                                   {QStringLiteral("--busy-runs"), 10},   {QStringLiteral("--threads"), 0},
                                   {QStringLiteral("--workers"), 0}};
    QHash<QString, QString> texts{{QStringLiteral("--sites"), QStringLiteral("200,1000")},
                                  {QStringLiteral("--server-bin"), QString()},
                                  {QStringLiteral("--cli-bin"), QString()}};
    QStringList given;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--check")) {
            check = true;
            continue;
        }
        if (texts.contains(args[i]) && i + 1 < args.size()) {
            texts[args[i]] = args[i + 1];
            ++i;
            continue;
        }
        if (!numbers.contains(args[i]) || i + 1 >= args.size())
            return usage();
        given.append(args[i]);
        bool ok = false;
        const qint64 value = args[i + 1].toLongLong(&ok);
        const bool zeroAllowed = args[i] == QLatin1String("--threads") || args[i] == QLatin1String("--workers");
        if (!ok || value < (zeroAllowed ? 0 : 1))
            return usage();
        numbers[args[i]] = value;
        ++i;
    }
    BenchReport report;
    bool ran = false;
    const int runs = int(numbers.value(QStringLiteral("--runs")));
    const QString cli =
        siblingProgram(texts.value(QStringLiteral("--cli-bin")), QStringLiteral("app/cli/syncsites-cli"));
    if (command == QLatin1String("first-sync"))
        ran = FirstSyncBench::run(numbers.value(QStringLiteral("--records")), runs, cli, report);
    else if (command == QLatin1String("push"))
        ran = PushBench::run(int(numbers.value(QStringLiteral("--changes"))), runs, report);
    else if (command == QLatin1String("incremental"))
        ran = IncrementalBench::run(int(numbers.value(QStringLiteral("--idle-runs"))),
                                    int(numbers.value(QStringLiteral("--busy-runs"))), report);
    else if (command == QLatin1String("many-sites")) {
        ManySitesBench::Options options;
        options.siteCounts.clear();
        for (const QString& part : texts.value(QStringLiteral("--sites")).split(QLatin1Char(','))) {
            bool ok = false;
            const int n = part.trimmed().toInt(&ok);
            if (!ok || n < 1)
                return usage();
            options.siteCounts.append(n);
        }
        options.changes = given.contains(QStringLiteral("--changes")) ? int(numbers.value(QStringLiteral("--changes")))
                                                                      : options.changes;
        options.threads = int(numbers.value(QStringLiteral("--threads")));
        options.workers = int(numbers.value(QStringLiteral("--workers")));
        options.serverBinary =
            siblingProgram(texts.value(QStringLiteral("--server-bin")), QStringLiteral("app/server/syncsites-server"));
        ran = ManySitesBench::run(options, report);
    } else
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
