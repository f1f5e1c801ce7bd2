// HubApiClient, the desktop app's client of the hub's people-facing API, against a real hub on loopback.
#include "HubApiClient.h"
#include "HubTestHarness.h"
#include "SiteReplica.h"

#include <QSignalSpy>
#include <QTest>

using namespace syncsites;
using namespace syncsites::test;

namespace {

/// Runs one HubApiClient call to its answer.
template <typename T, typename Call> Result<T> await(Call call)
{
    std::optional<Result<T>> answer;
    QObject context;
    call(&context, [&answer](Result<T> r) { answer = std::move(r); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000))
        return Error{QStringLiteral("test_timeout"), QStringLiteral("no answer in 20 s")};
    return *answer;
}

} // namespace

class TestHubApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Result<std::unique_ptr<HubTestHarness>> hub = HubTestHarness::start();
        QVERIFY2(hub, qPrintable(hub.error().message));
        m_hub = std::move(hub).value();
    }

    void cleanupTestCase() { m_hub.reset(); }

    void signInAndRoles()
    {
        HubApiClient api;
        api.setServer(QUrl(m_hub->url() + QStringLiteral("/")));
        auto wrong = await<SignedInUser>(
            [&](QObject* c, auto done) { api.signIn(QStringLiteral("admin"), QStringLiteral("nope"), c, done); });
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().code == QLatin1String("invalid_credentials") ||
                     wrong.error().code == QLatin1String("wrong_credentials"),
                 qPrintable(wrong.error().code));
        QVERIFY(!wrong.error().message.isEmpty());

        auto user = await<SignedInUser>([&](QObject* c, auto done) {
            api.signIn(QStringLiteral("supervisor"), m_hub->password(QStringLiteral("supervisor")), c, done);
        });
        QVERIFY2(user, qPrintable(user.error().message));
        QCOMPARE(user->role, UserRole::Supervisor);
        QVERIFY(!user->token.isEmpty());
        QVERIFY(user->expiresAt.isValid());
        auto me = await<SignedInUser>([&](QObject* c, auto done) { api.fetchMe(c, done); });
        QVERIFY2(me, qPrintable(me.error().message));
        QCOMPARE(me->username, QStringLiteral("supervisor"));

        // A supervisor sees the network but may not change it: the hub's own words come back.
        auto topology = await<RevisedTopology>([&](QObject* c, auto done) { api.fetchTopology(c, done); });
        QVERIFY2(topology, qPrintable(topology.error().message));
        QCOMPARE(topology->topology.sites().size(), m_hub->network().topology.sites().size());
        auto refused = await<qint64>(
            [&](QObject* c, auto done) { api.replaceTopology(topology->revision, topology->topology, c, done); });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("forbidden"));

        // A token the hub no longer knows asks for a new sign-in.
        QSignalSpy again(&api, &HubApiClient::signInRequired);
        api.setToken(QStringLiteral("x").repeated(40));
        auto expired = await<SiteStatusList>([&](QObject* c, auto done) { api.fetchSiteStatuses(c, done); });
        QVERIFY(!expired);
        QCOMPARE(again.size(), 1);
    }

    // Names with the characters URLs treat specially reach the hub as they were typed: each answer names the site
    // or client it was asked about, in the hub's words.
    void hostileNamesReachTheHubIntact_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("comma") << QStringLiteral("Clinic, North");
        QTest::newRow("percent") << QStringLiteral("Store 100% %2C %3 %%");
        QTest::newRow("url marks") << QStringLiteral("A+B / C:D ?x=1#frag &y=2");
        QTest::newRow("quotes") << QStringLiteral("L'hôpital \"Saint\" Jean");
        QTest::newRow("right to left") << QStringLiteral("مستشفى الشمال");
        QTest::newRow("emoji") << QStringLiteral("Clinic 🏥 💊");
        QTest::newRow("200 characters") << QStringLiteral("Long name, ").repeated(20).left(200);
    }

    void hostileNamesReachTheHubIntact()
    {
        QFETCH(QString, name);
        HubApiClient api;
        api.setServer(QUrl(m_hub->url()));
        QVERIFY(await<SignedInUser>([&](QObject* c, auto done) {
            api.signIn(QStringLiteral("admin"), m_hub->password(QStringLiteral("admin")), c, done);
        }));
        auto sessions =
            await<QVector<SessionRecord>>([&](QObject* c, auto done) { api.fetchSessions(name, 7, 20, c, done); });
        QVERIFY(!sessions);
        QVERIFY2(sessions.error().message.contains(QLatin1Char('"') + name + QLatin1Char('"')),
                 qPrintable(sessions.error().message));
        auto data = await<QJsonObject>(
            [&](QObject* c, auto done) { api.fetchData(name, QStringLiteral("stock_line"), name, name, 5, c, done); });
        QVERIFY(!data);
        QVERIFY2(data.error().message.contains(QLatin1Char('"') + name + QLatin1Char('"')),
                 qPrintable(data.error().message));
        auto stores = await<QJsonObject>([&](QObject* c, auto done) { api.fetchDataStores(name, c, done); });
        QVERIFY(!stores);
        QVERIFY2(stores.error().message.contains(QLatin1Char('"') + name + QLatin1Char('"')),
                 qPrintable(stores.error().message));
    }

    void editsPreviewsAndConflicts()
    {
        HubApiClient api;
        api.setServer(QUrl(m_hub->url()));
        QVERIFY(await<SignedInUser>([&](QObject* c, auto done) {
            api.signIn(QStringLiteral("admin"), m_hub->password(QStringLiteral("admin")), c, done);
        }));
        auto revised = await<RevisedTopology>([&](QObject* c, auto done) { api.fetchTopology(c, done); });
        QVERIFY(revised);

        // A Collector of a store on a site that does not have it yet: a backfill, previewed first.
        Topology edited = revised->topology;
        QString store;
        QString site;
        for (const Store& s : edited.stores()) {
            for (const Site& candidate : edited.sites()) {
                if (siteKindInfo(candidate.kind).holdsData && !siteKindInfo(candidate.kind).hubOf &&
                    edited.syncType(s.code, candidate.name) == SyncType::None &&
                    siteKindInfo(candidate.kind).openMsupply == siteKindInfo(edited.site(s.home)->kind).openMsupply) {
                    store = s.code;
                    site = candidate.name;
                    break;
                }
            }
            if (!store.isEmpty())
                break;
        }
        QVERIFY(!store.isEmpty());
        edited.setSyncType(store, site, SyncType::Collector);
        auto preview = await<TopologyPreview>([&](QObject* c, auto done) { api.previewTopology(edited, c, done); });
        QVERIFY2(preview, qPrintable(preview.error().message));
        QVERIFY2(preview->valid, qPrintable(preview->violations.value(0).message));
        QCOMPARE(preview->actions.size(), 1);
        QCOMPARE(preview->actions.first().action.kind, VisibilityAction::Kind::Backfill);
        QCOMPARE(preview->actions.first().action.site, site);
        QVERIFY(preview->actions.first().recordsEstimate.has_value());

        auto applied = await<qint64>([&](QObject* c, auto done) {
            api.setSyncType(revised->revision, store, site, SyncType::Collector, c, done);
        });
        QVERIFY2(applied, qPrintable(applied.error().message));
        QVERIFY(*applied > revised->revision);

        // The same edit against the old revision: someone else changed the network meanwhile.
        auto stale = await<qint64>(
            [&](QObject* c, auto done) { api.replaceTopology(revised->revision, revised->topology, c, done); });
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, QStringLiteral("stale_revision"));

        auto audit = await<QVector<AuditEntry>>([&](QObject* c, auto done) { api.fetchAudit(10, 0, c, done); });
        QVERIFY2(audit, qPrintable(audit.error().message));
        QVERIFY(!audit->isEmpty());
        QCOMPARE(audit->first().username, QStringLiteral("admin"));
    }

    void statusAfterASiteSynced()
    {
        const QString site = QStringLiteral("Kilo Health Centre");
        QTemporaryDir dir;
        Result<std::unique_ptr<SiteReplica>> replica =
            SiteReplica::create(dir.filePath(QStringLiteral("kilo.sqlite")), site, m_hub->url(), m_hub->secret(site));
        QVERIFY2(replica, qPrintable(replica.error().message));
        SYNCSITES_SYNC_OK(**replica);

        HubApiClient api;
        api.setServer(QUrl(m_hub->url()));
        QVERIFY(await<SignedInUser>([&](QObject* c, auto done) {
            api.signIn(QStringLiteral("supervisor"), m_hub->password(QStringLiteral("supervisor")), c, done);
        }));
        auto statuses = await<SiteStatusList>([&](QObject* c, auto done) { api.fetchSiteStatuses(c, done); });
        QVERIFY2(statuses, qPrintable(statuses.error().message));
        QVERIFY(statuses->thresholds.lateAfterSeconds > 0);
        const auto kilo = std::find_if(statuses->sites.cbegin(), statuses->sites.cend(),
                                       [&](const SiteStatus& s) { return s.name == site; });
        QVERIFY(kilo != statuses->sites.cend());
        QCOMPARE(kilo->health, SyncHealth::Synced);
        QVERIFY(kilo->lastSuccess.isValid());
        QVERIFY(kilo->pulled > 0);

        auto sessions =
            await<QVector<SessionRecord>>([&](QObject* c, auto done) { api.fetchSessions(site, 7, 10, c, done); });
        QVERIFY2(sessions, qPrintable(sessions.error().message));
        QCOMPARE(sessions->size(), 1);
        QCOMPARE(sessions->first().outcome, QStringLiteral("success"));
        auto summary = await<StatusSummary>([&](QObject* c, auto done) { api.fetchSummary(7, c, done); });
        QVERIFY2(summary, qPrintable(summary.error().message));
        QVERIFY(summary->health.value(SyncHealth::Synced) >= 1);
        QCOMPARE(summary->perDay.last().success, 1);
    }

    void unreachableServerIsExplained()
    {
        HubApiClient api;
        api.setServer(QUrl(QStringLiteral("http://127.0.0.1:1")));
        QSignalSpy reachability(&api, &HubApiClient::reachabilityChanged);
        auto answer = await<QJsonObject>([&](QObject* c, auto done) { api.checkServer(c, done); });
        QVERIFY(!answer);
        QCOMPARE(answer.error().code, QStringLiteral("server_unreachable"));
        QVERIFY(answer.error().message.contains(QStringLiteral("127.0.0.1:1")));
        // A refused port: says nothing answers there and what to check, not "try again later".
        QVERIFY2(answer.error().message.contains(QStringLiteral("Nothing answers")),
                 qPrintable(answer.error().message));
        QVERIFY2(answer.error().message.contains(QStringLiteral("port in Settings")),
                 qPrintable(answer.error().message));
        QVERIFY(!answer.error().message.contains(QStringLiteral("later")));
        QCOMPARE(reachability.size(), 1);
        QCOMPARE(reachability.first().first().toBool(), false);
    }

    void httpsToAPlainHttpHubIsExplained()
    {
        QUrl url(m_hub->url());
        QCOMPARE(url.scheme(), QStringLiteral("http"));
        url.setScheme(QStringLiteral("https"));
        HubApiClient api;
        api.setServer(url);
        auto answer = await<QJsonObject>([&](QObject* c, auto done) { api.checkServer(c, done); });
        QVERIFY(!answer);
        const QString message = answer.error().message;
        qInfo("https to a plain-http hub: %s (Qt: %s)", qPrintable(message),
              qPrintable(answer.error().details.toString()));
        QCOMPARE(answer.error().code, QStringLiteral("server_unreachable"));
        QVERIFY2(!message.contains(QStringLiteral("certificate")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("does not speak https")) ||
                     message.contains(QStringLiteral("may not "
                                                     "speak https")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("http://")), qPrintable(message));
        QVERIFY2(message.contains(url.authority()), qPrintable(message));
    }

    void proxyIsUsed()
    {
        HubApiClient api;
        api.setServer(QUrl(m_hub->url()));
        api.setProxy(QStringLiteral("http://127.0.0.1:1")); // nothing listens there
        auto refused = await<QJsonObject>([&](QObject* c, auto done) { api.checkServer(c, done); });
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("proxy")), qPrintable(refused.error().message));
        api.setProxy(QString());
        QVERIFY(await<QJsonObject>([&](QObject* c, auto done) { api.checkServer(c, done); }));
    }

    void contextDestroyedMeansNoCallback()
    {
        HubApiClient api;
        api.setServer(QUrl(m_hub->url()));
        bool called = false;
        {
            QObject page;
            api.checkServer(&page, [&called](const Result<QJsonObject>&) { called = true; });
        }
        QObject witness;
        bool answered = false;
        api.checkServer(&witness, [&answered](const Result<QJsonObject>&) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QVERIFY(!called);
    }

private:
    std::unique_ptr<HubTestHarness> m_hub;
};

QTEST_MAIN(TestHubApiClient)
#include "TestHubApiClient.moc"
