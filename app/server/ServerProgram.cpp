#include "ServerProgram.h"

#include "BackupCommands.h"
#include "CommandLine.h"
#include "ServeSettings.h"
#include "ServerCommands.h"

#include <QTextStream>

#include <functional>

namespace syncsites {

namespace {

constexpr int kUsage = 64;

struct Command
{
    CommandLine line;
    std::function<int(const OptionValues&)> run;
};

QVector<CommandOption> withHashCost(QVector<CommandOption> options)
{
    options.append({QStringLiteral("hash-cost"), QStringLiteral("MIB"),
                    QStringLiteral("The memory of each Argon2id password hash, in MiB (19 to 1024, default 19).")});
    return options;
}

const QVector<Command>& commands()
{
    static const QVector<Command> all{
        {CommandLine(QStringLiteral("init"),
                     QStringLiteral("--db FILE --topology FILE.json --credentials-out FILE.json [options]"),
                     QStringLiteral("Creates a hub database for a topology, with a secret per site and an admin user, "
                                    "and the items of a CSV file (header: code,name,unit,pack_size,active). The "
                                    "secrets and the password go to the credentials file (0600)."),
                     withHashCost({
                         {QStringLiteral("db"), QStringLiteral("FILE"),
                          QStringLiteral("The database to create (required); an existing file is never touched.")},
                         {QStringLiteral("topology"), QStringLiteral("FILE.json"),
                          QStringLiteral("The network's topology file (required; docs/topology-format.md).")},
                         {QStringLiteral("credentials-out"), QStringLiteral("FILE.json"),
                          QStringLiteral("Where the sites' secrets and the admin's password go (required).")},
                         {QStringLiteral("items"), QStringLiteral("FILE.csv"),
                          QStringLiteral("The item catalogue to start with.")},
                     })),
         &ServerCommands::init},
        {CommandLine(
             QStringLiteral("demo"), QStringLiteral("--db FILE --records N --credentials-out FILE.json [options]"),
             QStringLiteral("Creates a hub database for the demo network, with N generated records and a "
                            "user of each role (admin, supervisor, fieldstaff)."),
             withHashCost({
                 {QStringLiteral("db"), QStringLiteral("FILE"), QStringLiteral("The database to create (required).")},
                 {QStringLiteral("records"), QStringLiteral("N"),
                  QStringLiteral("How many store records to generate (required).")},
                 {QStringLiteral("seed"), QStringLiteral("S"),
                  QStringLiteral("The seed of the demo network and its records.")},
                 {QStringLiteral("credentials-out"), QStringLiteral("FILE.json"),
                  QStringLiteral("Where the secrets and the users' passwords go (required).")},
             })),
         &ServerCommands::demo},
        {CommandLine(QStringLiteral("serve"), QStringLiteral("--db FILE --listen HOST:PORT [options]"),
                     QStringLiteral("Serves the sync protocol and the people's API over a database: a hub's, or a "
                                    "remote server's replica (which it also keeps in sync with its hubs). The database "
                                    "is checked for damage first. Settings may also come from a configuration file "
                                    "(--config); options given here win. SIGINT or SIGTERM stops it."),
                     ServeSettings::options()),
         &ServerCommands::serve},
        {CommandLine(
             QStringLiteral("check"), QStringLiteral("--db FILE [options]"),
             QStringLiteral("Checks a hub database (or a remote server's replica) for damage, read-only; it "
                            "may be served meanwhile. Exit 9 when damaged."),
             {
                 {QStringLiteral("db"), QStringLiteral("FILE"), QStringLiteral("The database to check (required).")},
                 {QStringLiteral("full"), QString(),
                  QStringLiteral("Also check every index against its table (slower).")},
                 {QStringLiteral("time-limit"), QStringLiteral("S"),
                  QStringLiteral("Stop after S seconds (0: no limit, the default).")},
             }),
         &ServerCommands::check},
        {CommandLine(QStringLiteral("backup"), QStringLiteral("--db FILE --out BACKUP [options]"),
                     QStringLiteral("Writes a consistent copy of a database with SQLite's online backup, also while "
                                    "it is served, and checks the copy before it takes the backup's name."),
                     BackupCommands::backupOptions()),
         &BackupCommands::backup},
        {CommandLine(QStringLiteral("restore"), QStringLiteral("--from BACKUP --db FILE [options]"),
                     QStringLiteral("Puts a backup in place of a database after checking it (a damaged file or one "
                                    "that is not a SyncSites database is refused); never while a server holds the "
                                    "database. The changelog goes on past every cursor sites may hold."),
                     BackupCommands::restoreOptions()),
         &BackupCommands::restore},
    };
    return all;
}

QString usage()
{
    QString text = QStringLiteral("Usage: syncsites-server COMMAND [OPTIONS]\n\nCommands:\n");
    for (const Command& command : commands())
        text +=
            QStringLiteral("  %1\n%2\n").arg(command.line.synopsis(), CommandLine::wrap(command.line.summary(), 92, 8));
    text += QStringLiteral(
        "\n`syncsites-server COMMAND --help` lists the options of a command; --version shows the version.\n"
        "\n"
        "Exit codes: 0 ok, 1 topology breaks rules, 2 unreadable or malformed file (a configuration file too),\n"
        "            3 cannot listen, 9 database cannot be created, opened or written, or is damaged or in use,\n"
        "            64 usage.\n");
    return text;
}

} // namespace

int ServerProgram::run(const QStringList& arguments)
{
    const QString name = arguments.value(0);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") ||
        (name == QLatin1String("help") && arguments.size() == 1)) {
        QTextStream(stdout) << usage();
        return 0;
    }
    if (name == QLatin1String("--version")) {
        QTextStream(stdout) << CommandLine::version() << Qt::endl;
        return 0;
    }
    // `help COMMAND` is `COMMAND --help`.
    const bool helpFor = name == QLatin1String("help");
    const QString wanted = helpFor ? arguments.value(1) : name;
    for (const Command& command : commands()) {
        if (command.line.command() != wanted)
            continue;
        const CommandLine::Parsed parsed =
            command.line.parse(helpFor ? QStringList{QStringLiteral("--help")} : arguments.mid(1));
        switch (parsed.outcome) {
        case CommandLine::Outcome::Help:
            QTextStream(stdout) << command.line.helpText();
            return 0;
        case CommandLine::Outcome::Version:
            QTextStream(stdout) << CommandLine::version() << Qt::endl;
            return 0;
        case CommandLine::Outcome::Error:
            QTextStream(stderr) << "syncsites-server " << wanted << ": " << parsed.error << " See `syncsites-server "
                                << wanted << " --help`." << Qt::endl;
            return kUsage;
        case CommandLine::Outcome::Run:
            return command.run(parsed.values);
        }
    }
    QTextStream err(stderr);
    if (!wanted.isEmpty())
        err << "syncsites-server: unknown command " << wanted << "\n\n";
    err << usage();
    return kUsage;
}

} // namespace syncsites
