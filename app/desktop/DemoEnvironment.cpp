#include "DemoEnvironment.h"

#include "Database.h"
#include "DemoDataWriter.h"
#include "DemoNetwork.h"
#include "DemoSyncHistory.h"
#include "HubProvisioner.h"
#include "HubRepository.h"
#include "HubServer.h"
#include "PasswordHasher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace syncsites::app {

namespace {

// Its messages, in the translation context "DemoEnvironment" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoEnvironment)
};

} // namespace

DemoEnvironment::~DemoEnvironment()
{
    if (m_hub)
        m_hub->stop();
    m_hub.reset();
    if (m_hubDatabase)
        m_hubDatabase->close();
}

Result<std::unique_ptr<DemoEnvironment>> DemoEnvironment::start(const QString& folder, qint64 records)
{
    // One access-log line per request of the app's own pages would flood the terminal the demo runs in;
    // QT_LOGGING_RULES brings them back.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("syncsites.server.http.access.info=false"));
    std::unique_ptr<DemoEnvironment> demo(new DemoEnvironment());
    if (!QDir().mkpath(folder))
        return Error{QStringLiteral("demo_folder"),
                     Text::tr("Cannot create the demo folder %1. Choose a folder you can write to.").arg(folder)};
    demo->m_folder = QDir(folder);
    const QString hubPath = demo->m_folder.filePath(QStringLiteral("hub.sqlite"));
    const bool fresh = !QFile::exists(hubPath) || !QFile::exists(demo->credentialsPath());
    if (fresh) {
        // A half-made demo (interrupted first start) is made again from nothing.
        for (const QString& name :
             {QStringLiteral("hub.sqlite"), QStringLiteral("hub.sqlite-wal"), QStringLiteral("hub.sqlite-shm"),
              QStringLiteral("site.sqlite"), QStringLiteral("site.sqlite-wal"), QStringLiteral("site.sqlite-shm"),
              QStringLiteral("settings.ini")})
            demo->m_folder.remove(name);
    }
    Result<std::unique_ptr<Database>> db = Database::open(hubPath);
    if (!db)
        return db.error();
    demo->m_hubDatabase = std::move(db).value();
    if (fresh) {
        if (Status s = demo->create(records); !s)
            return s.error();
    } else {
        // The other sites' history is made up: made again at each start, so that the demo does not drift into a
        // network where every site is stale. (The app's own site's reports go too; its first sync makes one.)
        if (Result<int> pruned = HubRepository(*demo->m_hubDatabase).pruneReports(QDateTime::currentDateTimeUtc());
            !pruned)
            return pruned.error();
        if (Result<int> history = DemoSyncHistory::write(*demo->m_hubDatabase, DemoNetwork::generate().topology,
                                                         QLatin1String(siteName), QDateTime::currentDateTimeUtc());
            !history)
            return history.error();
    }
    QFile file(demo->credentialsPath());
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("demo_credentials"),
                     Text::tr("Cannot read %1. Delete the demo folder to make a new demo.").arg(file.fileName())};
    demo->m_credentials = QJsonDocument::fromJson(file.readAll()).object();
    demo->m_siteSecret =
        demo->m_credentials.value(QLatin1String("sites")).toObject().value(QLatin1String(siteName)).toString();

    HubConfig config;
    config.syncInterval = std::chrono::seconds(300);
    demo->m_hub = std::make_unique<HubServer>(*demo->m_hubDatabase, config);
    const Result<quint16> port = demo->m_hub->start(QStringLiteral("127.0.0.1"), 0);
    if (!port)
        return port.error();
    demo->m_port = *port;
    demo->m_hub->state().setPublicUrl(demo->hubUrl());
    return demo;
}

Status DemoEnvironment::create(qint64 records)
{
    const DemoNetwork network = DemoNetwork::generate();
    DemoDataWriter writer(*m_hubDatabase);
    if (Status s = writer.writeNetwork(network); !s)
        return s;
    const QString central = network.topology.central()->name;
    const QString site = QLatin1String(siteName);
    // The demo's people: each works at the central hub and at the demo's own site, so that they can also sign in
    // there offline (sync brings their accounts to the sites they work at).
    const QVector<NewUser> users{
        {QStringLiteral("admin"),
         QStringLiteral("Demo Administrator"),
         QStringLiteral("administrator"),
         {central, site}},
        {QStringLiteral("supervisor"),
         QStringLiteral("Demo Supervisor"),
         QStringLiteral("supervisor"),
         {central, site}},
        {QStringLiteral("fieldstaff"), QStringLiteral("Demo Field Worker"), QStringLiteral("field_staff"), {site}},
    };
    // The production cost (Argon2id, about 40 ms a password): sign-ins at the demo hub then re-hash nothing.
    const Result<QJsonObject> credentials =
        HubProvisioner::provision(*m_hubDatabase, network.topology, users, PasswordHasher::kDefaultCost);
    if (!credentials)
        return credentials.error();
    if (Result<DemoDataStats> stats = writer.writeRecords(network, DemoNetwork::defaultSeed, records); !stats)
        return stats.error();
    if (Result<int> history =
            DemoSyncHistory::write(*m_hubDatabase, network.topology, site, QDateTime::currentDateTimeUtc());
        !history)
        return history.error();
    return HubProvisioner::writeCredentials(credentialsPath(), *credentials);
}

QString DemoEnvironment::hubUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString DemoEnvironment::replicaPathIn(const QString& folder)
{
    return QDir(folder).filePath(QStringLiteral("site.sqlite"));
}

QString DemoEnvironment::settingsPathIn(const QString& folder)
{
    return QDir(folder).filePath(QStringLiteral("settings.ini"));
}

QString DemoEnvironment::password(const QString& username) const
{
    return m_credentials.value(QLatin1String("users")).toObject().value(username).toString();
}

} // namespace syncsites::app
