#include "ServerCommands.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace syncsites;

namespace {

const char* const usage =
    "usage: syncsites-server COMMAND [OPTIONS]\n"
    "\n"
    "  init  --db FILE --topology FILE.json --credentials-out FILE.json [--items FILE.csv] [--hash-cost MIB]\n"
    "        create a hub database for a topology, with a secret per site and an admin user, and the items of\n"
    "        a CSV file (header: code,name,unit,pack_size,active); MIB is the memory of each Argon2id password\n"
    "        hash (19 to 1024, default 19)\n"
    "  demo  --db FILE --records N [--seed S] --credentials-out FILE.json [--hash-cost MIB]\n"
    "        the same for the demo network, with N generated records and a user of each role\n"
    "  serve --db FILE --listen HOST:PORT [--port-file F] [--tls-cert C --tls-key K] [--public-url URL]\n"
    "        [--workers N] [--sync-interval S] [--check-seconds S] [--metrics-token-file F]\n"
    "        [--header-timeout S] [--min-rate B] [--slow-grace S] [--max-connections-per-address N]\n"
    "        serve the sync protocol; port 0 picks a free port (written to the port file). The database is\n"
    "        checked for damage first, for at most S seconds (default 60; 0 skips the check). /metrics\n"
    "        answers only with the token in F (Authorization: Bearer); without F it is off. Slow clients:\n"
    "        a request's headers must arrive within --header-timeout (default 10 s), its body and the\n"
    "        answer must move at --min-rate bytes a second (default 1024) with a stall cut after\n"
    "        --slow-grace (default 10 s); one client address holds at most N connections (default 64)\n"
    "  check --db FILE [--full] [--time-limit S]\n"
    "        check a hub database (or a remote server's replica) for damage; exit 9 when damaged\n"
    "\n"
    "Exit codes: 0 ok, 1 topology breaks rules, 2 unreadable or malformed file, 3 cannot listen,\n"
    "            9 database cannot be created, opened or written, or is damaged, 64 usage.\n";

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("syncsites-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SYNCSITES_VERSION));
    const QStringList args = app.arguments().mid(1);
    const QString command = args.value(0);
    if (command == QLatin1String("init"))
        return ServerCommands::init(args.mid(1));
    if (command == QLatin1String("demo"))
        return ServerCommands::demo(args.mid(1));
    if (command == QLatin1String("serve"))
        return ServerCommands::serve(args.mid(1));
    if (command == QLatin1String("check"))
        return ServerCommands::check(args.mid(1));
    QTextStream out(command == QLatin1String("--help") ? stdout : stderr);
    out << usage;
    return command == QLatin1String("--help") ? 0 : 64;
}
