#include "CliContext.h"
#include "DemoCommand.h"
#include "ExitCode.h"
#include "TopologyCommand.h"

#include <QCoreApplication>

using namespace syncsites;

namespace {

const char* const usage = "usage: syncsites-cli [--replica FILE] COMMAND [ARGS]\n"
                          "\n"
                          "Commands:\n"
                          "  topology validate FILE.json [--json]   check a topology file against the rules\n"
                          "  topology demo [--seed N]               print the demo network's topology\n"
                          "  demo --db FILE [--records N] [--seed N] create a hub database with the demo network\n"
                          "\n";

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("syncsites-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SYNCSITES_VERSION));

    cli::CliContext context(app.arguments().mid(1));
    const QStringList& args = context.arguments();
    const QString command = args.value(0);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        context.out() << usage << cli::exitCodeTable;
        return cli::Success;
    }
    if (command == QLatin1String("--version")) {
        context.out() << "syncsites-cli " << SYNCSITES_VERSION << Qt::endl;
        return cli::Success;
    }
    if (command == QLatin1String("demo"))
        return cli::DemoCommand::run(context, args.mid(1));
    if (command == QLatin1String("topology"))
        return cli::TopologyCommand::run(context, args.mid(1));

    context.err() << usage << cli::exitCodeTable;
    return context.fail(cli::Usage, command.isEmpty() ? QStringLiteral("missing command")
                                                      : QStringLiteral("unknown command \"%1\"").arg(command));
}
