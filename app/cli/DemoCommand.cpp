#include "DemoCommand.h"

#include "Database.h"
#include "DemoDataWriter.h"
#include "ExitCode.h"
#include "ProgressBar.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace syncsites::cli {

int DemoCommand::run(CliContext& context, const QStringList& arguments)
{
    QString path;
    qint64 records = 10000;
    std::uint64_t seed = DemoNetwork::defaultSeed;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        const QString value = arguments.value(i + 1);
        bool ok = true;
        if (a == QLatin1String("--db") && !value.isEmpty()) {
            path = value;
            ++i;
        } else if (a == QLatin1String("--records") && !value.isEmpty()) {
            records = value.toLongLong(&ok);
            ok = ok && records >= 0;
            ++i;
        } else if (a == QLatin1String("--seed") && !value.isEmpty()) {
            seed = value.toULongLong(&ok);
            ++i;
        } else {
            return context.fail(Usage, QStringLiteral("demo: unknown argument %1").arg(a));
        }
        if (!ok)
            return context.fail(Usage, QStringLiteral("demo: %1 takes a whole number").arg(a));
    }
    if (path.isEmpty())
        return context.fail(Usage, QStringLiteral("demo: --db FILE is required"));
    if (QFileInfo::exists(path))
        return context.fail(BadInput, QStringLiteral("demo: %1 already exists; choose a new file").arg(path));

    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        return context.fail(LocalStorage, db.error().message);
    const DemoNetwork network = DemoNetwork::generate(seed);
    DemoDataWriter writer(**db);
    if (Status s = writer.writeNetwork(network); !s)
        return context.fail(LocalStorage, s.error().message);

    ProgressBar bar(context.err(), QStringLiteral("records"));
    const Result<DemoDataStats> stats =
        writer.writeRecords(network, seed, records, [&](qint64 done, qint64 total) { bar.update(done, total); });
    bar.finish();
    if (!stats)
        return context.fail(LocalStorage, stats.error().message);
    context.err() << path << ": " << network.topology.sites().size() << " sites, " << network.topology.stores().size()
                  << " stores, " << stats->records << " records in " << stats->elapsedMs << " ms" << Qt::endl;
    return Success;
}

} // namespace syncsites::cli
