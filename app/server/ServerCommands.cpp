#include "ServerCommands.h"

#include "Database.h"
#include "DemoDataWriter.h"
#include "HubProvisioner.h"
#include "HubServer.h"
#include "IntegrityCheck.h"
#include "ItemCatalogue.h"
#include "ItemCsv.h"
#include "ReplicaConfig.h"
#include "SecretFile.h"
#include "ServeSettings.h"
#include "SettingTable.h"
#include "SyncScheduler.h"
#include "TopologyJson.h"
#include "TopologyValidator.h"
#include "Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QTextStream>

#include <csignal>
#include <pthread.h>

namespace syncsites {

namespace {

enum Exit
{
    Ok = 0,
    Invalid = 1,  // the topology breaks rules
    BadInput = 2, // a file cannot be read or is malformed
    Storage = 9,  // the database cannot be created, opened or written
    Network = 3,  // cannot listen
    Usage = 64,
};

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(int code, const QString& message)
{
    err() << "syncsites-server: " << message << Qt::endl;
    return code;
}

bool require(const OptionValues& options, const QStringList& names)
{
    for (const QString& name : names) {
        if (!options.contains(name)) {
            fail(Usage, QStringLiteral("%1 is required").arg(name));
            return false;
        }
    }
    return true;
}

// `--hash-cost MIB`: the Argon2id memory of the users' password hashes; refused below the floor, before any
// file is made.
Result<PasswordHasher::Cost> passwordCostFrom(const OptionValues& options)
{
    if (!options.contains(QStringLiteral("--hash-cost")))
        return PasswordHasher::kDefaultCost;
    bool ok = false;
    const int memoryMiB = options.value(QStringLiteral("--hash-cost")).toInt(&ok);
    if (!ok)
        return Error(QStringLiteral("usage"), QStringLiteral("--hash-cost takes a whole number of MiB"));
    return PasswordHasher::costForMemoryMiB(memoryMiB);
}

// Creates the database file, refusing to touch an existing one.
Result<std::unique_ptr<Database>> createDatabase(const QString& path)
{
    if (QFileInfo::exists(path))
        return Error(QStringLiteral("database_exists"),
                     QStringLiteral("%1 already exists; choose a new file (a hub is created once).").arg(path));
    return Database::open(path);
}

int provisionAndWrite(Database& db, const Topology& topology, const QVector<NewUser>& users,
                      const OptionValues& options, PasswordHasher::Cost passwordCost)
{
    const Result<QJsonObject> credentials = HubProvisioner::provision(db, topology, users, passwordCost);
    if (!credentials)
        return fail(Storage, credentials.error().message);
    if (Status s = HubProvisioner::writeCredentials(options.value(QStringLiteral("--credentials-out")), *credentials);
        !s)
        return fail(BadInput, s.error().message);
    return Ok;
}

// The restore procedure, for a database found damaged (docs/operations.md, "Restoring").
QString restoreAdvice(const QString& path)
{
    return QStringLiteral("Nothing was served or changed. Stop here and restore the hub from its latest good backup: "
                          "`syncsites-server restore --from BACKUP --db %1 --force` checks the backup, keeps the "
                          "damaged file beside it and moves the changelog sequence on, so that sites get the changes "
                          "made after the restore (\"Restoring\" in docs/operations.md). Check the disk too: damage "
                          "often comes from failing storage.")
        .arg(path);
}

// Parses --check-seconds / --time-limit: whole seconds, 0 or more.
bool secondsOption(const OptionValues& options, const QString& name, int fallback, int* seconds)
{
    bool ok = true;
    *seconds = options.value(name, QString::number(fallback)).toInt(&ok);
    if (!ok || *seconds < 0) {
        fail(Usage, QStringLiteral("%1 takes a number of seconds, 0 or more").arg(name));
        return false;
    }
    return true;
}

// Reads an items CSV file for init: every line must be good, or nothing is created (the lines that are not are
// printed with why).
Result<ItemCsvFile> readItems(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("unreadable"), QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    Result<ItemCsvFile> read = ItemCsv::parse(QString::fromUtf8(file.readAll()));
    if (!read)
        return Error(read.error().code, QStringLiteral("%1: %2").arg(path, read.error().message));
    int bad = 0;
    for (const ItemCsvLine& line : read->lines) {
        QString problem = line.problem;
        if (problem.isEmpty() && !line.name)
            problem = QStringLiteral("a new item needs a name; add a \"name\" column");
        if (!problem.isEmpty()) {
            err() << path << ':' << line.line << ": " << problem << '\n';
            ++bad;
        }
    }
    if (bad > 0)
        return Error(QStringLiteral("csv_invalid"),
                     QStringLiteral("%1 line(s) of %2 cannot be imported; fix them and run init again (nothing was "
                                    "created)")
                         .arg(bad)
                         .arg(path));
    return read;
}

Result<int> writeItems(Database& db, const ItemCsvFile& items)
{
    Result<Transaction> tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    ItemCatalogue catalogue(db);
    const Result<ItemImportPlan> plan = catalogue.plan(items);
    if (!plan)
        return plan.error();
    if (Status s = catalogue.apply(*plan); !s)
        return s.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    return int(plan->writes.size());
}

} // namespace

int ServerCommands::check(const OptionValues& options)
{
    const bool full = options.contains(QStringLiteral("--full"));
    if (!require(options, {QStringLiteral("--db")}))
        return Usage;
    int seconds = 0;
    if (!secondsOption(options, QStringLiteral("--time-limit"), 0, &seconds))
        return Usage;
    const QString path = options.value(QStringLiteral("--db"));
    IntegrityOptions checkOptions;
    checkOptions.full = full;
    checkOptions.timeBox = std::chrono::seconds(seconds);
    // Read-only, with SQLite alone: a check changes nothing, not even the schema.
    const Result<IntegrityReport> report = IntegrityCheck::runFile(path, checkOptions);
    if (!report)
        return fail(Storage, report.error().message);
    QTextStream out(stdout);
    out << path << ": " << report->summary() << Qt::endl;
    if (report->damaged()) {
        for (const QString& problem : report->problems)
            out << "  " << problem << '\n';
        return fail(Storage, QStringLiteral("%1 is damaged. %2").arg(path, restoreAdvice(path)));
    }
    return Ok;
}

int ServerCommands::init(const OptionValues& options)
{
    if (!require(options, {QStringLiteral("--db"), QStringLiteral("--topology"), QStringLiteral("--credentials-out")}))
        return Usage;
    const Result<PasswordHasher::Cost> passwordCost = passwordCostFrom(options);
    if (!passwordCost)
        return fail(Usage, passwordCost.error().message);
    QFile file(options.value(QStringLiteral("--topology")));
    if (!file.open(QIODevice::ReadOnly))
        return fail(BadInput, QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const Result<Topology> topology = TopologyJson::parse(file.readAll());
    if (!topology)
        return fail(BadInput, topology.error().message);
    const QVector<Violation> violations = TopologyValidator::validate(*topology);
    if (!violations.isEmpty()) {
        for (const Violation& v : violations)
            err() << v.rule << ' ' << v.subject << ": " << v.message << '\n';
        return fail(Invalid,
                    QStringLiteral("the topology breaks %1 rule(s); nothing was created").arg(violations.size()));
    }
    std::optional<ItemCsvFile> items;
    if (options.contains(QStringLiteral("--items"))) {
        Result<ItemCsvFile> read = readItems(options.value(QStringLiteral("--items")));
        if (!read)
            return fail(BadInput, read.error().message);
        items = std::move(read).value();
    }
    Result<std::unique_ptr<Database>> db = createDatabase(options.value(QStringLiteral("--db")));
    if (!db)
        return fail(Storage, db.error().message);
    if (items) {
        const Result<int> written = writeItems(**db, *items);
        if (!written)
            return fail(Storage, written.error().message);
        err() << options.value(QStringLiteral("--items")) << ": " << *written << " items" << Qt::endl;
    }
    const QString central = topology->central()->name;
    const int code = provisionAndWrite(
        **db, *topology,
        {{QStringLiteral("admin"), QStringLiteral("Administrator"), QStringLiteral("administrator"), {central}}},
        options, *passwordCost);
    if (code == Ok)
        err() << options.value(QStringLiteral("--db")) << ": hub for " << topology->sites().size() << " sites created; "
              << "credentials in " << options.value(QStringLiteral("--credentials-out")) << Qt::endl;
    return code;
}

int ServerCommands::demo(const OptionValues& options)
{
    if (!require(options, {QStringLiteral("--db"), QStringLiteral("--records"), QStringLiteral("--credentials-out")}))
        return Usage;
    bool ok = true;
    const qint64 records = options.value(QStringLiteral("--records")).toLongLong(&ok);
    if (!ok || records < 0)
        return fail(Usage, QStringLiteral("--records takes a whole number"));
    const std::uint64_t seed =
        options.value(QStringLiteral("--seed"), QString::number(DemoNetwork::defaultSeed)).toULongLong(&ok);
    if (!ok)
        return fail(Usage, QStringLiteral("--seed takes a whole number"));
    const Result<PasswordHasher::Cost> passwordCost = passwordCostFrom(options);
    if (!passwordCost)
        return fail(Usage, passwordCost.error().message);

    Result<std::unique_ptr<Database>> db = createDatabase(options.value(QStringLiteral("--db")));
    if (!db)
        return fail(Storage, db.error().message);
    const DemoNetwork network = DemoNetwork::generate(seed);
    DemoDataWriter writer(**db);
    if (Status s = writer.writeNetwork(network); !s)
        return fail(Storage, s.error().message);
    // One user of each role; the field worker works at the first health centre.
    QString centre;
    for (const Site& s : network.topology.sites()) {
        if (s.name.endsWith(QLatin1String("Health Centre"))) {
            centre = s.name;
            break;
        }
    }
    const QString central = network.topology.central()->name;
    const int code = provisionAndWrite(
        **db, network.topology,
        {{QStringLiteral("admin"), QStringLiteral("Demo Administrator"), QStringLiteral("administrator"), {central}},
         {QStringLiteral("supervisor"), QStringLiteral("Demo Supervisor"), QStringLiteral("supervisor"), {central}},
         {QStringLiteral("fieldstaff"), QStringLiteral("Demo Field Worker"), QStringLiteral("field_staff"), {centre}}},
        options, *passwordCost);
    if (code != Ok)
        return code;
    const Result<DemoDataStats> stats = writer.writeRecords(network, seed, records);
    if (!stats)
        return fail(Storage, stats.error().message);
    err() << options.value(QStringLiteral("--db")) << ": demo hub with " << network.topology.sites().size()
          << " sites, " << network.topology.stores().size() << " stores, " << stats->records << " records" << Qt::endl;
    return Ok;
}

int ServerCommands::serve(const OptionValues& options)
{
    // The command line over the configuration file over the defaults; every value is checked before anything else.
    const Result<ServeSettings> resolved = ServeSettings::resolve(options);
    if (!resolved)
        return fail(resolved.error().code == u"config_invalid" ? BadInput : Usage, resolved.error().message);
    const ServeSettings& settings = *resolved;
    if (!settings.configFile.isEmpty())
        err() << "syncsites-server: settings from " << settings.configFile << Qt::endl;
    const QString& path = settings.db;
    const QString& host = settings.host;
    if (!QFileInfo::exists(path))
        return fail(Storage, QStringLiteral("there is no database at %1; create one with `syncsites-server init` or "
                                            "`syncsites-server demo`")
                                 .arg(path));
    DatabaseOptions dbOptions;
    dbOptions.createIfMissing = false;
    // A damaged database is never served: sites would pull a partial history as if it were whole. The check reads
    // every page once (docs/operations.md gives its cost), read-only and before anything (a schema upgrade, say)
    // writes to the file; past the time limit the hub serves with a warning.
    if (settings.checkSeconds > 0) {
        IntegrityOptions checkOptions;
        checkOptions.timeBox = std::chrono::seconds(settings.checkSeconds);
        const Result<IntegrityReport> report = IntegrityCheck::runFile(path, checkOptions);
        if (!report)
            return fail(Storage, report.error().message);
        if (report->damaged())
            return fail(Storage,
                        QStringLiteral("the database %1 is %2. %3").arg(path, report->summary(), restoreAdvice(path)));
        err() << "syncsites-server: " << path << ": " << report->summary()
              << (report->complete ? QString()
                                   : QStringLiteral("; serving anyway: run `syncsites-server check` in a quiet hour, "
                                                    "or raise --check-seconds"))
              << Qt::endl;
    }
    Result<std::unique_ptr<Database>> db = Database::open(path, dbOptions);
    if (!db)
        return fail(Storage, db.error().message);

    // SIGINT and SIGTERM are taken by sigwait() below, on this thread only: block them before any thread starts.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    // TLS, the workers, the limits on slow clients (docs/operations.md, "Security"), retention and the dashboard's
    // health thresholds.
    HubConfig hub;
    HttpServerConfig http;
    settings.applyTo(hub, http);
    if (!settings.metricsTokenFile.isEmpty()) {
        // The file's first line; kept in a file, not on the command line, where every local user can read it.
        const Result<QString> token = SecretFile::readPasswordFile(settings.metricsTokenFile);
        if (!token)
            return fail(BadInput, token.error().message);
        if (token->size() < 16)
            return fail(BadInput, QStringLiteral("the metrics token in %1 is shorter than 16 characters; make a longer "
                                                 "one (openssl rand -hex 24)")
                                      .arg(settings.metricsTokenFile));
        http.metricsToken = *token;
    }
    // A replica made by `syncsites-cli init` for a server kind is a remote server: it serves its clients (and,
    // for an oms_central, the oms sync) from its replica and keeps the replica in sync with its own hubs.
    const Result<DatabaseRole> role = SettingTable(**db).role();
    const Result<ReplicaConfig> site = ReplicaConfig::load(**db);
    if (!role || !site)
        return fail(Storage, (!role ? role.error() : site.error()).message);
    const bool replica = *role == DatabaseRole::Replica;
    if (replica && !site->isRegistered())
        return fail(Usage, QStringLiteral("%1 is a replica that is not set up for a site yet; run `syncsites-cli init "
                                          "--replica %1 ...` first")
                               .arg(path));
    hub.replica = replica;
    HubServer server(**db, hub, http);
    const Result<quint16> bound = server.start(host, quint16(settings.port));
    if (!bound)
        return fail(Network, bound.error().message);
    const QString scheme = http.tlsCertificateFile.isEmpty() ? QStringLiteral("http") : QStringLiteral("https");
    // Sites reach the hub at the URL it serves on unless told otherwise (a proxy in front, say).
    server.state().setPublicUrl(
        settings.publicUrl.isEmpty() ? QStringLiteral("%1://%2:%3").arg(scheme, host).arg(*bound) : settings.publicUrl);
    if (!settings.portFile.isEmpty()) {
        QSaveFile portFile(settings.portFile);
        if (!portFile.open(QIODevice::WriteOnly) || portFile.write(QByteArray::number(*bound) + '\n') < 0 ||
            !portFile.commit())
            return fail(BadInput, QStringLiteral("cannot write the port file %1").arg(portFile.fileName()));
    }
    err() << "syncsites-server: serving " << path << " on " << scheme << "://" << host << ':' << *bound
          << (replica ? QStringLiteral(" as the remote server \"%1\"").arg(site->siteName) : QString()) << Qt::endl;

    std::unique_ptr<SyncScheduler> scheduler;
    if (replica) {
        const int interval = settings.syncInterval.value_or(qMax(1, site->intervalSeconds));
        SessionOptions sessionOptions;
        sessionOptions.appVersion = QStringLiteral(SYNCSITES_VERSION);
        scheduler = std::make_unique<SyncScheduler>(
            **db, path, sessionOptions, std::chrono::seconds(interval), [&server](const SyncSummary& summary) {
                // Changes of the network arrive through sync: route by them from now on.
                if (Status s = server.state().reloadTopology(); !s)
                    err() << "syncsites-server: " << s.error().message << Qt::endl;
                err() << "syncsites-server: sync " << syncOutcomeId(summary.outcome) << ", pushed " << summary.pushed
                      << ", pulled " << summary.pulled << ", rejected " << summary.rejected
                      << (summary.failure ? QStringLiteral(": ") + summary.failure->text() : QString()) << Qt::endl;
            });
        scheduler->start();
    }

    int received = 0;
    sigwait(&stopSignals, &received);
    err() << "syncsites-server: stopping (signal " << received << "), finishing requests in flight" << Qt::endl;
    if (scheduler)
        scheduler->stop();
    server.stop();
    return Ok;
}

} // namespace syncsites
