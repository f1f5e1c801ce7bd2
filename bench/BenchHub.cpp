#include "BenchHub.h"

#include "Database.h"
#include "DemoDataWriter.h"
#include "HubProvisioner.h"
#include "HubServer.h"
#include "PasswordHasher.h"
#include "ReplicaConfig.h"
#include "SettingTable.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QUuid>

namespace syncsites::bench {

Result<std::unique_ptr<BenchHub>> BenchHub::start(qint64 records)
{
    // One access-log line per request would be most of the run's output.
    QLoggingCategory::setFilterRules(QStringLiteral("syncsites.server.http.access.info=false"));
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<BenchHub> hub(new BenchHub());
    if (!hub->m_dir.isValid())
        return Error(QStringLiteral("bench"), QStringLiteral("cannot make a temporary directory"));
    hub->m_network = DemoNetwork::generate(DemoNetwork::defaultSeed);
    Topology& topology = hub->m_network.topology;

    // The site: the first district hospital; every store not at home there becomes Collector on it, before anything
    // is written, so that store_visibility and the changelog hold it from the start.
    for (const Site& s : topology.sites()) {
        if (s.holdsData() && s.name.endsWith(QLatin1String("District Hospital"))) {
            hub->m_site = s.name;
            break;
        }
    }
    if (hub->m_site.isEmpty())
        return Error(QStringLiteral("bench"), QStringLiteral("the demo network has no district hospital"));
    const QVector<Store> stores = topology.stores();
    for (const Store& store : stores) {
        if (store.home == hub->m_site) {
            if (hub->m_activeStore.isEmpty())
                hub->m_activeStore = store.code;
            continue;
        }
        topology.setSyncType(store.code, hub->m_site, SyncType::Collector);
    }

    Result<std::unique_ptr<Database>> db = Database::open(hub->m_dir.filePath(QStringLiteral("hub.sqlite")));
    if (!db)
        return db.error();
    hub->m_database = std::move(db).value();
    DemoDataWriter writer(*hub->m_database);
    if (Status s = writer.writeNetwork(hub->m_network); !s)
        return s.error();
    const QString central = topology.central()->name;
    const Result<QJsonObject> credentials = HubProvisioner::provision(
        *hub->m_database, topology,
        {{QStringLiteral("admin"), QStringLiteral("Bench Administrator"), QStringLiteral("administrator"), {central}}},
        PasswordHasher::testCost());
    if (!credentials)
        return credentials.error();
    hub->m_installationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    hub->m_secret = credentials->value(QStringLiteral("sites")).toObject().value(hub->m_site).toString();
    if (records > 0) {
        const Result<DemoDataStats> stats = writer.writeRecords(hub->m_network, DemoNetwork::defaultSeed, records);
        if (!stats)
            return stats.error();
    }

    HubConfig config;
    config.passwordCost = PasswordHasher::testCost();
    hub->m_server = std::make_unique<HubServer>(*hub->m_database, config);
    const Result<quint16> port = hub->m_server->start(QStringLiteral("127.0.0.1"), 0);
    if (!port)
        return port.error();
    hub->m_port = *port;
    hub->m_server->state().setPublicUrl(hub->url());
    hub->m_setupMs = timer.elapsed();
    return hub;
}

BenchHub::~BenchHub()
{
    if (m_server)
        m_server->stop();
    m_server.reset();
    if (m_database)
        m_database->close();
}

QString BenchHub::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString BenchHub::path(const QString& name) const
{
    return m_dir.filePath(name);
}

Result<std::unique_ptr<Database>> BenchHub::newReplica(const QString& name)
{
    const QString file = path(name);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(file + suffix);
    Result<std::unique_ptr<Database>> db = Database::open(file);
    if (!db)
        return db.error();
    ReplicaConfig config;
    config.serverUrl = url();
    config.siteName = m_site;
    if (Status s = config.save(**db); !s)
        return s.error();
    // Every replica is the same installation: the hub binds a site to the first installation it sees.
    if (Status s = SettingTable(**db).setValue(SettingTable::installationIdKey(), m_installationId); !s)
        return s.error();
    return db;
}

SyncSummary BenchHub::sync(Database& replica)
{
    ReplicaConfig config;
    if (Result<ReplicaConfig> loaded = ReplicaConfig::load(replica))
        config = *loaded;
    SessionOptions options;
    options.appVersion = QStringLiteral("bench");
    options.seed = 1;
    SyncSession session(replica, config, m_secret, options);
    return session.run();
}

double BenchHub::requestBytes() const
{
    return m_server->http()
        .metrics()
        .counter(QStringLiteral("syncsites_http_request_bytes_total"),
                 QStringLiteral("Request body bytes received, as sent (compressed or not)."))
        .value();
}

double BenchHub::responseBytes() const
{
    return m_server->http()
        .metrics()
        .counter(QStringLiteral("syncsites_http_response_bytes_total"),
                 QStringLiteral("Response body bytes sent, as sent (compressed or not)."))
        .value();
}

} // namespace syncsites::bench
