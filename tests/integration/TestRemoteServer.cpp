// The remote-server role: a replica made by the engine for a server kind, served by HubServer as
// `syncsites-server serve --db REPLICA` serves it (HubConfig::replica). An oms_remote serves its client site's users
// from its replica (the data API, with the spec's access rules) and its edits reach the central hub by sync; an
// oms_central deployed on its own serves the `oms` category as its hub: Open mSupply sites push and pull their oms
// data there and their core data with the central hub.

#include "HubServer.h"
#include "HubTestHarness.h"
#include "RecordStore.h"
#include "SettingTable.h"
#include "SiteReplica.h"
#include "StableId.h"
#include "TestHubAdminClient.h"

#include <QTest>

using namespace syncsites;
using namespace syncsites::test;

namespace {

const QString kSouth = QStringLiteral("Southern Province Server");    // oms_remote, server of Southern Dispensary Desk
const QString kDesk = QStringLiteral("Southern Dispensary Desk");     // oms_desktop client
const QString kColdChain = QStringLiteral("National Cold Chain Hub"); // oms_central
const QString kSefa = QStringLiteral("Sefa District Hospital");       // oms_standalone
const QString kBweni = QStringLiteral("Bweni District Hospital");     // oms_standalone; BWE-PHA Collector on kSouth
const QString kKasa = QStringLiteral("Kasa Health Centre");           // msupply_mobile: no oms

} // namespace

class TestRemoteServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HubTestHarness> m_hub;
    QTemporaryDir m_dir;

    std::unique_ptr<SiteReplica> replica(const QString& site)
    {
        auto made = SiteReplica::create(m_dir.filePath(site + QStringLiteral(".sqlite")), site, m_hub->url(),
                                        m_hub->secret(site));
        return made ? std::move(made).value() : nullptr;
    }

    static std::unique_ptr<HubServer> serve(SiteReplica& replica, quint16* port)
    {
        HubConfig config;
        config.replica = true;
        config.passwordCost = PasswordHasher::testCost();
        auto hub = std::make_unique<HubServer>(replica.database(), config);
        const Result<quint16> bound = hub->start(QStringLiteral("127.0.0.1"), 0);
        if (!bound)
            return nullptr;
        *port = *bound;
        return hub;
    }

    static QString url(quint16 port) { return QStringLiteral("http://127.0.0.1:%1").arg(port); }

private slots:
    void initTestCase()
    {
        HubHarnessOptions options;
        options.records = 500;
        auto hub = HubTestHarness::start(options);
        QVERIFY2(hub.ok(), qPrintable(hub.error().message));
        m_hub = std::move(hub).value();
    }

    // The oms_remote's client works on the server's replica: reads what the client kind may see, writes the
    // server's Active stores (never the Collector ones), and the write reaches the central hub by sync.
    void remoteServerServesItsClientsFromItsReplica()
    {
        std::unique_ptr<SiteReplica> south = replica(kSouth);
        QVERIFY(south);
        SYNCSITES_SYNC_OK(*south);
        quint16 port = 0;
        std::unique_ptr<HubServer> server = serve(*south, &port);
        QVERIFY(server);

        AdminClient client(port);
        const QString token = client.token(QStringLiteral("deskclerk"), m_hub->password(QStringLiteral("deskclerk")));
        QVERIFY2(!token.isEmpty(), "the client's user signs in on its server, offline from the central hub");
        const auto stores = client.get(
            QStringLiteral("/api/v1/data/stores?client=%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(kDesk))),
            token);
        QVERIFY2(stores.status == 200, stores.describe().constData());
        QVERIFY(stores.body.contains("SP-WH"));

        const QString id = HubTestHarness::newId();
        const QJsonObject line{{QStringLiteral("store_id"), StableId::store(QStringLiteral("SP-WH"))},
                               {QStringLiteral("item_id"), StableId::item(QStringLiteral("ORS"))},
                               {QStringLiteral("batch"), QStringLiteral("REMOTE")},
                               {QStringLiteral("available_packs"), 12}};
        const QString client_ = QString::fromLatin1(QUrl::toPercentEncoding(kDesk));
        const auto created =
            client.put(QStringLiteral("/api/v1/data/stock_line/%1?client=%2").arg(id, client_), line, token);
        QVERIFY2(created.status == 201, created.describe().constData());
        QJsonObject collector = line;
        collector.insert(QStringLiteral("store_id"), StableId::store(QStringLiteral("BWE-PHA")));
        const auto refused =
            client.put(QStringLiteral("/api/v1/data/stock_line/%1?client=%2").arg(HubTestHarness::newId(), client_),
                       collector, token);
        // An Open mSupply Desktop client works only with its server's Active stores (the client kind's rules).
        QVERIFY2(refused.status == 403 && refused.errorCode() == QLatin1String("store_not_visible"),
                 refused.describe().constData());
        // Central data is edited at the central hub only: no admin API here.
        QCOMPARE(client.get(AdminClient::path({QStringLiteral("topology")}), token).status, 404);

        const SyncSummary pushed = south->sync();
        QVERIFY2(pushed.outcome == SyncOutcome::Success, qPrintable(SiteReplica::describe(pushed)));
        QCOMPARE(pushed.pushed, 1);
        RecordStore hubRecords(m_hub->database());
        const auto onHub = hubRecords.get(u"stock_line", id);
        QVERIFY(onHub.ok() && onHub->has_value());
        QCOMPARE((*onHub)->value(QStringLiteral("batch")).toString(), QStringLiteral("REMOTE"));
        server->stop();
    }

    static QJsonObject assetOf(const QString& store)
    {
        return HubTestHarness::asset(store).value(QStringLiteral("data")).toObject();
    }

    static bool holds(SiteReplica& site, const QString& table, const QString& id)
    {
        const auto row = RecordStore(site.database()).get(table, id);
        return row.ok() && row->has_value();
    }

    static qint64 count(Database& database, const QString& table)
    {
        const auto rows = RecordStore(database).list(table);
        return rows ? rows->size() : -1;
    }

    // An oms_central moved to its own server: it takes the whole oms history over from the central's process (its
    // replica pulls it once, keeping what it holds), so no site loses an oms record. Open mSupply sites then sync oms
    // data with it and core data with the central hub; an asset made at Bweni reaches Southern Province Server
    // (BWE-PHA is Collector there) through it, and never the central hub; a legacy site may not sync oms with it. A
    // store made Collector on a site afterwards brings its oms history from the oms_central too.
    void omsCentralServesTheOmsCategory()
    {
        // Before the move, in the default network: oms data is held by the central's process.
        std::unique_ptr<SiteReplica> bweni = replica(kBweni);
        std::unique_ptr<SiteReplica> sefa = replica(kSefa);
        QVERIFY(bweni && sefa);
        SYNCSITES_SYNC_OK(*bweni);
        SYNCSITES_SYNC_OK(*sefa);
        const QJsonObject early = assetOf(QStringLiteral("BWE-PHA"));
        const QJsonObject sefaAsset = assetOf(QStringLiteral("SEF-PHA"));
        QVERIFY(RecordStore(bweni->database()).upsert(u"asset", early));
        QVERIFY(RecordStore(sefa->database()).upsert(u"asset", sefaAsset));
        SYNCSITES_SYNC_OK(*bweni);
        SYNCSITES_SYNC_OK(*sefa);
        const QString earlyId = early.value(QStringLiteral("id")).toString();
        const QString sefaAssetId = sefaAsset.value(QStringLiteral("id")).toString();
        QVERIFY(RecordStore(m_hub->database()).get(u"asset", earlyId)->has_value());

        std::unique_ptr<SiteReplica> coldChain = replica(kColdChain);
        QVERIFY(coldChain);
        SYNCSITES_SYNC_OK(*coldChain);
        QVERIFY2(!holds(*coldChain, QStringLiteral("asset"), earlyId), "BWE-PHA is not visible at the oms_central");
        quint16 port = 0;
        std::unique_ptr<HubServer> omsHub = serve(*coldChain, &port);
        QVERIFY(omsHub);

        // The administrator says where the oms_central is served; the oms_central learns it by sync, and with it
        // takes the oms history over.
        AdminClient admin(m_hub->port());
        const QString token = admin.token(QStringLiteral("admin"), m_hub->password(QStringLiteral("admin")));
        const auto moved = admin.patch(
            AdminClient::path({QStringLiteral("sites"), kColdChain}),
            QJsonObject{{QStringLiteral("url"), url(port)}, {QStringLiteral("revision"), admin.revision(token)}},
            token);
        QVERIFY2(moved.status == 200, moved.describe().constData());
        SYNCSITES_SYNC_OK(*coldChain);
        QVERIFY(omsHub->state().reloadTopology());
        for (const QString& table : {QStringLiteral("asset"), QStringLiteral("temperature_log")})
            QCOMPARE(count(coldChain->database(), table), count(m_hub->database(), table));
        QVERIFY(holds(*coldChain, QStringLiteral("asset"), earlyId));
        // The history link only pulls: nothing of oms waits to be pushed, and a second sync moves nothing.
        const SyncSummary again = coldChain->sync();
        QVERIFY2(again.outcome == SyncOutcome::Success && again.waiting == 0 && again.pulled == 0,
                 qPrintable(SiteReplica::describe(again)));

        std::unique_ptr<SiteReplica> south = replica(QStringLiteral("Southern Province Server"));
        QVERIFY(south);
        south->setServerUrl(m_hub->url());
        SYNCSITES_SYNC_OK(*bweni);
        SYNCSITES_SYNC_OK(*south);
        QVERIFY2(holds(*south, QStringLiteral("asset"), earlyId), "the asset made before the move is on the oms hub");

        const QJsonObject asset = assetOf(QStringLiteral("BWE-PHA"));
        const QString assetId = asset.value(QStringLiteral("id")).toString();
        QVERIFY(RecordStore(bweni->database()).upsert(u"asset", asset));
        const SyncSummary pushed = bweni->sync();
        QVERIFY2(pushed.outcome == SyncOutcome::Success, qPrintable(SiteReplica::describe(pushed)));
        QCOMPARE(pushed.pushed, 1);
        const auto linkOf = [&](Category category) {
            for (const LinkSummary& link : pushed.links)
                if (link.category == category)
                    return link.hub;
            return QString();
        };
        QCOMPARE(linkOf(Category::Oms), kColdChain);
        QVERIFY(holds(*bweni, QStringLiteral("asset"), earlyId));

        QVERIFY(holds(*coldChain, QStringLiteral("asset"), assetId));
        const auto atCentral = RecordStore(m_hub->database()).get(u"asset", assetId);
        QVERIFY(atCentral.ok() && !atCentral->has_value());

        SYNCSITES_SYNC_OK(*south);
        QVERIFY2(holds(*south, QStringLiteral("asset"), assetId), "the Collector gets the asset from the oms_central");

        // none -> Collector: SEF-PHA's history, oms included, comes to Southern Province Server. The oms_central
        // learns of the change at its next core sync; until then the site asks again at each sync.
        QVERIFY(!holds(*south, QStringLiteral("asset"), sefaAssetId));
        const auto collector = admin.setSyncType(QStringLiteral("SEF-PHA"), QStringLiteral("Southern Province Server"),
                                                 QStringLiteral("collector"), admin.revision(token), token);
        QVERIFY2(collector.status == 200, collector.describe().constData());
        SYNCSITES_SYNC_OK(*south);
        SYNCSITES_SYNC_OK(*coldChain);
        QVERIFY(omsHub->state().reloadTopology());
        SYNCSITES_SYNC_OK(*south);
        QVERIFY2(holds(*south, QStringLiteral("asset"), sefaAssetId), "none -> Collector brings the oms history");

        // The oms_central holds the secret hashes of the sites that sync oms with it, and no other: Kasa, a legacy
        // kind without an oms link, cannot even sign in there (its hash never left the central hub).
        const auto credentialAt = [](Database& database, const QString& site) {
            const auto row = RecordStore(database).get(u"site_credential", StableId::site(site));
            return row.ok() && row->has_value();
        };
        QVERIFY(credentialAt(m_hub->database(), kKasa));
        QVERIFY2(!credentialAt(coldChain->database(), kKasa), "a hash the oms_central does not need");
        QVERIFY2(!credentialAt(coldChain->database(), kColdChain), "its own hash: it signs in, it is not signed in to");
        QVERIFY(credentialAt(coldChain->database(), kSefa));
        QVERIFY(credentialAt(coldChain->database(), QStringLiteral("Bweni District Hospital")));
        HubTestHarness::Client kasa(port);
        QVERIFY(kasa.token(kKasa, m_hub->secret(kKasa), HubTestHarness::newId()).isEmpty());
        // Core is not served by the oms_central.
        const QString sefaToken = kasa.token(kSefa, m_hub->secret(kSefa), HubTestHarness::newId());
        QVERIFY(!sefaToken.isEmpty());
        QCOMPARE(kasa.pull(sefaToken, QStringLiteral("core"), 0, 10).reply.errorCode(),
                 QStringLiteral("category_not_carried"));
        // The oms_central may pull the oms history from the central, never push oms there.
        HubTestHarness::Client central(m_hub->port());
        const QString coldToken = central.token(kColdChain, m_hub->secret(kColdChain),
                                                SettingTable(coldChain->database()).installationId().value());
        QVERIFY(!coldToken.isEmpty());
        QCOMPARE(central.pull(coldToken, QStringLiteral("oms"), 0, 10).reply.status, 200);
        QCOMPARE(central.push(coldToken, QStringLiteral("oms"), HubTestHarness::newId(), {}).errorCode(),
                 QStringLiteral("category_not_carried"));
        omsHub->stop();
    }
};

QTEST_GUILESS_MAIN(TestRemoteServer)
#include "TestRemoteServer.moc"
