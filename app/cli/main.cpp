#include "CliContext.h"
#include "DemoCommand.h"
#include "ExitCode.h"
#include "JournalLog.h"
#include "RecordsCommand.h"
#include "ReplicaCommands.h"
#include "StateCommands.h"
#include "SyncCommands.h"
#include "TopologyCommand.h"
#include "TransferCommands.h"

#include <QCoreApplication>

using namespace syncsites;

namespace {

const char* const usage = "usage: syncsites-cli [--replica FILE] COMMAND [ARGS]\n"
                          "\n"
                          "Commands:\n"
                          "  topology validate FILE.json [--json]   check a topology file against the rules\n"
                          "  topology demo [--seed N]               print the demo network's topology\n"
                          "  demo --db FILE [--records N] [--seed N] create a hub database with the demo network\n"
                          "\n"
                          "Commands on a site's replica (--replica FILE, before or after the command word):\n"
                          "  init --server URL --site NAME --password-file F [--ca-cert C] [--json]\n"
                          "                                         register the replica as that site, first sync\n"
                          "  sync [--json]                          one sync session, progress per stage\n"
                          "  status [--json]                        the site, its links, what waits to be sent\n"
                          "  log [--json] [--limit N]               past sessions with their stages\n"
                          "  check [--full] [--json]                check the replica for damage (exit 9 if damaged)\n"
                          "  reinit [--export FILE] [--json]        set the site up again from the server on a new\n"
                          "                                         file, keeping the changes not yet sent\n"
                          "  quarantine list [--json] | retry | export FILE\n"
                          "                                         records that could not be synced\n"
                          "  records list --table TABLE [--store CODE] [--json]\n"
                          "  records put --store CODE --table TABLE --json '{...}' | --json-file FILE|-\n"
                          "  transfer --from CODE --to CODE --item CODE --packs N\n"
                          "  receive --invoice ID\n"
                          "  requisition --from CODE --to CODE --item CODE --packs N\n"
                          "  respond --requisition ID\n"
                          "\n";

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("syncsites-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SYNCSITES_VERSION));
    syncsites::JournalLog::useWhenUnderSystemd(); // syncsites-agent.service: priorities for journalctl -p

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
    if (command == QLatin1String("init"))
        return cli::SyncCommands::init(context, args.mid(1));
    if (command == QLatin1String("sync"))
        return cli::SyncCommands::sync(context, args.mid(1));
    if (command == QLatin1String("status"))
        return cli::StateCommands::status(context, args.mid(1));
    if (command == QLatin1String("check"))
        return cli::ReplicaCommands::check(context, args.mid(1));
    if (command == QLatin1String("reinit"))
        return cli::ReplicaCommands::reinit(context, args.mid(1));
    if (command == QLatin1String("log"))
        return cli::StateCommands::log(context, args.mid(1));
    if (command == QLatin1String("quarantine"))
        return cli::StateCommands::quarantine(context, args.mid(1));
    if (command == QLatin1String("records"))
        return cli::RecordsCommand::run(context, args.mid(1));
    if (command == QLatin1String("transfer") || command == QLatin1String("receive") ||
        command == QLatin1String("requisition") || command == QLatin1String("respond"))
        return cli::TransferCommands::run(context, command, args.mid(1));

    context.err() << usage << cli::exitCodeTable;
    return context.fail(cli::Usage, command.isEmpty() ? QStringLiteral("missing command")
                                                      : QStringLiteral("unknown command \"%1\"").arg(command));
}
