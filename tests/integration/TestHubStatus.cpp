#include "Database.h"
#include "HubRepository.h"
#include "HubTestHarness.h"
#include "RecordStore.h"
#include "StableId.h"
#include "StatusApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace syncsites;
using syncsites::test::HubHarnessOptions;
using syncsites::test::HubTestHarness;

namespace {

QString str(const char* text)
{
    return QString::fromUtf8(text);
}

QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString enc(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

const QString kNorth = QStringLiteral("Northern Province Server");
const QString kSefa = QStringLiteral("Sefa District Hospital");
const QString kLira = QStringLiteral("Lira Health Centre");
const QString kKasa = QStringLiteral("Kasa Health Centre");
const QString kMulanje = QStringLiteral("Mulanje District Hospital");
const QString kDedza = QStringLiteral("Dedza Health Centre");
const QString kCentral = QStringLiteral("National Medical Stores");
const QString kFrontDesk = QStringLiteral("Central Front Desk");

} // namespace

/// The supervisors' dashboard (GET /api/v1/status/...) on a real hub over loopback: health from reports posted
/// through POST /api/v1/sync/report with real site tokens, what each role sees, history, the daily summary,
/// retention, and the metrics it feeds.
class TestHubStatus : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void healthRules_data();
    void healthRules();
    void everyHealthStateFromRealReports();
    void fieldStaffSeeOnlyTheirSites();
    void sessionsNewestFirstWithLinkDetails();
    void sessionsParametersAreChecked();
    void summaryCountsHealthAndDays();
    void retentionPrunesAtMostOncePerInterval();
    void reportRequestsPruneToo();
    void rolesAndStatusEndpoints_data();
    void rolesAndStatusEndpoints();
    void metricsShowSessionsAndDatabaseTime();

private:
    bool start(HubConfig config = HubConfig());
    QString userToken(const QString& username);
    QString siteToken(const QString& site);
    HubTestHarness::Reply report(const QString& site, const QDateTime& finishedAt, const QString& outcome,
                                 const QJsonObject& extra = QJsonObject());
    HubTestHarness::Reply get(const QString& target, const QString& username);
    static QJsonObject entry(const QJsonObject& body, const QString& site);
    static SyncReport directReport(const QString& site, const QDateTime& finishedAt);

    std::unique_ptr<HubTestHarness> m_hub;
    std::unique_ptr<HubTestHarness::Client> m_client;
    QHash<QString, QString> m_siteTokens;
};

bool TestHubStatus::start(HubConfig config)
{
    HubHarnessOptions options;
    options.hub = config;
    auto hub = HubTestHarness::start(options);
    if (!hub) {
        qWarning("%s", qPrintable(hub.error().message));
        return false;
    }
    m_hub = std::move(hub).value();
    m_client = m_hub->client();
    m_siteTokens.clear();
    // Users of the client desk, next to the harness's admin, supervisor, fieldstaff (Soko) and roamer (Mulanje,
    // Kasa). Rows as HubProvisioner writes them; tests issue tokens instead of signing in.
    RecordStore records(m_hub->database());
    for (const auto& [name, role] : {std::pair{str("frontdesk"), str("field_staff")}}) {
        const QString userId = StableId::user(name);
        if (!records.upsert(u"user_account", QJsonObject{{str("id"), userId},
                                                         {str("username"), name},
                                                         {str("password_hash"), str("unused")},
                                                         {str("role"), role},
                                                         {str("full_name"), name},
                                                         {str("active"), true}}) ||
            !records.upsert(u"user_site", QJsonObject{{str("id"), StableId::of(str("user_site"), name)},
                                                      {str("user_id"), userId},
                                                      {str("site_id"), StableId::site(kFrontDesk)}}))
            return false;
    }
    return true;
}

void TestHubStatus::cleanup()
{
    m_client.reset();
    m_hub.reset();
}

QString TestHubStatus::userToken(const QString& username)
{
    return m_hub->server().state().tokens().issue(TokenSubject::User, username, std::chrono::hours(1)).token;
}

QString TestHubStatus::siteToken(const QString& site)
{
    if (!m_siteTokens.contains(site))
        m_siteTokens.insert(site, m_hub->token(site, *m_client));
    return m_siteTokens.value(site);
}

HubTestHarness::Reply TestHubStatus::report(const QString& site, const QDateTime& finishedAt, const QString& outcome,
                                            const QJsonObject& extra)
{
    QJsonObject body{{str("started_at"), iso(finishedAt.addMSecs(-2500))},
                     {str("finished_at"), iso(finishedAt)},
                     {str("outcome"), outcome},
                     {str("pushed"), 3},
                     {str("pulled"), 40},
                     {str("rejected"), 1},
                     {str("waiting"), 0},
                     {str("app_version"), str("0.1.0-test")},
                     {str("protocol_version"), 1}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        body.insert(it.key(), it.value());
    return m_client->report(siteToken(site), body);
}

HubTestHarness::Reply TestHubStatus::get(const QString& target, const QString& username)
{
    return m_client->get(target, userToken(username));
}

QJsonObject TestHubStatus::entry(const QJsonObject& body, const QString& site)
{
    for (const QJsonValue& v : body.value(str("sites")).toArray()) {
        if (v.toObject().value(str("name")).toString() == site)
            return v.toObject();
    }
    return QJsonObject();
}

SyncReport TestHubStatus::directReport(const QString& site, const QDateTime& finishedAt)
{
    SyncReport r;
    r.siteId = StableId::site(site);
    r.startedAt = finishedAt.addSecs(-1);
    r.finishedAt = finishedAt;
    r.outcome = str("success");
    r.durationMs = 1000;
    return r;
}

void TestHubStatus::healthRules_data()
{
    QTest::addColumn<QString>("newestOutcome"); // empty: no report
    QTest::addColumn<int>("successAgeSeconds"); // -1: no success
    QTest::addColumn<QString>("expected");

    QTest::newRow("no report") << QString() << -1 << str("never_synced");
    QTest::newRow("only a partial session") << str("partial") << -1 << str("never_synced");
    QTest::newRow("newest failed, success a minute ago") << str("failed") << 60 << str("failing");
    QTest::newRow("newest failed, never a success") << str("failed") << -1 << str("failing");
    QTest::newRow("success just now") << str("success") << 0 << str("synced");
    QTest::newRow("success at the late threshold") << str("success") << 600 << str("synced");
    QTest::newRow("success past the late threshold") << str("success") << 601 << str("late");
    QTest::newRow("success a day ago") << str("success") << 86400 << str("late");
    QTest::newRow("success past a day") << str("success") << 86401 << str("stale");
    QTest::newRow("newest cancelled, success past a day") << str("cancelled") << 90000 << str("stale");
    QTest::newRow("success in the future (site clock ahead)") << str("success") << -3600 << str("synced");
}

void TestHubStatus::healthRules()
{
    QFETCH(QString, newestOutcome);
    QFETCH(int, successAgeSeconds);
    QFETCH(QString, expected);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<SyncReport> newest;
    std::optional<SyncReport> success;
    if (!newestOutcome.isEmpty()) {
        newest = directReport(kNorth, now);
        newest->outcome = newestOutcome;
    }
    if (successAgeSeconds != -1)
        success = directReport(kNorth, now.addSecs(-successAgeSeconds));
    QCOMPARE(siteHealthId(StatusApi::health(newest, success, now, HubConfig())), expected);
}

void TestHubStatus::everyHealthStateFromRealReports()
{
    QVERIFY(start());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime northAt = now.addSecs(-60);
    QCOMPARE(report(kNorth, northAt, str("success"), {{str("waiting"), 12}, {str("pushed"), 7}}).status, 201);
    QCOMPARE(report(kSefa, now.addSecs(-20 * 60), str("success")).status, 201);
    QCOMPARE(report(kLira, now.addDays(-2), str("success")).status, 201);
    const QDateTime kasaSuccess = now.addSecs(-120);
    QCOMPARE(report(kKasa, kasaSuccess, str("success")).status, 201);
    const QJsonObject error{{str("code"), str("network_unreachable")},
                            {str("message"), str("The hub could not be reached.")}};
    QCOMPARE(report(kKasa, now.addSecs(-60), str("failed"), {{str("error"), error}}).status, 201);
    QCOMPARE(report(kDedza, now.addSecs(-30), str("partial")).status, 201);

    const HubTestHarness::Reply reply = get(str("/api/v1/status/sites"), str("supervisor"));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(str("sites")).toArray().size(), m_hub->network().topology.sites().size());
    const QDateTime serverTime = QDateTime::fromString(body.value(str("server_time")).toString(), Qt::ISODateWithMs);
    QVERIFY(qAbs(serverTime.secsTo(QDateTime::currentDateTimeUtc())) < 30);
    QCOMPARE(body.value(str("thresholds")).toObject().value(str("sync_interval_seconds")).toInt(), 300);

    QCOMPARE(entry(body, kNorth).value(str("health")).toString(), str("synced"));
    QCOMPARE(entry(body, kSefa).value(str("health")).toString(), str("late"));
    QCOMPARE(entry(body, kLira).value(str("health")).toString(), str("stale"));
    QCOMPARE(entry(body, kKasa).value(str("health")).toString(), str("failing"));
    QCOMPARE(entry(body, kMulanje).value(str("health")).toString(), str("never_synced"));
    QCOMPARE(entry(body, kDedza).value(str("health")).toString(), str("never_synced"));

    const QJsonObject north = entry(body, kNorth);
    QCOMPARE(north.value(str("role")).toString(), str("site"));
    QCOMPARE(north.value(str("kind")).toString(), str("msupply_remote"));
    QCOMPARE(north.value(str("last_attempt")).toString(), iso(northAt));
    QCOMPARE(north.value(str("last_success")).toString(), iso(northAt));
    QCOMPARE(north.value(str("last_duration_ms")).toInt(), 2500);
    QCOMPARE(north.value(str("pushed")).toInt(), 7);
    QCOMPARE(north.value(str("pulled")).toInt(), 40);
    QCOMPARE(north.value(str("rejected")).toInt(), 1);
    QCOMPARE(north.value(str("waiting")).toInt(), 12);
    QVERIFY(north.value(str("last_error")).isNull());
    QCOMPARE(north.value(str("app_version")).toString(), str("0.1.0-test"));
    QCOMPARE(north.value(str("protocol_version")).toInt(), 1);

    const QJsonObject kasa = entry(body, kKasa);
    QCOMPARE(kasa.value(str("last_attempt")).toString(), iso(now.addSecs(-60)));
    QCOMPARE(kasa.value(str("last_success")).toString(), iso(kasaSuccess));
    QCOMPARE(kasa.value(str("last_outcome")).toString(), str("failed"));
    QCOMPARE(kasa.value(str("last_error")).toObject(), error);

    const QJsonObject mulanje = entry(body, kMulanje);
    QVERIFY(mulanje.value(str("last_attempt")).isNull());
    QVERIFY(mulanje.value(str("last_success")).isNull());
    QVERIFY(mulanje.value(str("pushed")).isNull());

    // Clients are listed with their server and no sync figures; the hub itself syncs with nobody.
    const QJsonObject desk = entry(body, kFrontDesk);
    QCOMPARE(desk.value(str("role")).toString(), str("client"));
    QCOMPARE(desk.value(str("server")).toString(), kCentral);
    QVERIFY(!desk.contains(str("health")));
    QVERIFY(!desk.contains(str("last_attempt")));
    QCOMPARE(entry(body, str("Southern Dispensary Desk")).value(str("server")).toString(),
             str("Southern Province Server"));
    QCOMPARE(entry(body, kCentral).value(str("role")).toString(), str("hub"));
    QVERIFY(!entry(body, kCentral).contains(str("health")));
    // The oms_central is a hub for oms but an ordinary site for core: it reports like any site.
    QCOMPARE(entry(body, str("National Cold Chain Hub")).value(str("health")).toString(), str("never_synced"));
}

void TestHubStatus::fieldStaffSeeOnlyTheirSites()
{
    QVERIFY(start());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(report(kMulanje, now.addSecs(-30), str("success")).status, 201);
    QCOMPARE(report(kKasa, now.addSecs(-30), str("failed")).status, 201);
    QCOMPARE(report(kNorth, now.addSecs(-30), str("success")).status, 201);

    auto names = [](const QJsonObject& body) {
        QStringList out;
        for (const QJsonValue& v : body.value(str("sites")).toArray())
            out << v.toObject().value(str("name")).toString();
        return out;
    };
    // roamer works at Mulanje District Hospital and Kasa Health Centre.
    const HubTestHarness::Reply roamer = get(str("/api/v1/status/sites"), str("roamer"));
    QVERIFY2(roamer.status == 200, roamer.describe().constData());
    QStringList seen = names(roamer.json());
    seen.sort();
    QCOMPARE(seen, (QStringList{kKasa, kMulanje}));
    QCOMPARE(entry(roamer.json(), kKasa).value(str("health")).toString(), str("failing"));
    const HubTestHarness::Reply desk = get(str("/api/v1/status/sites"), str("frontdesk"));
    QCOMPARE(names(desk.json()), QStringList{kFrontDesk});
    QCOMPARE(names(get(str("/api/v1/status/sites"), str("admin")).json()).size(),
             m_hub->network().topology.sites().size());

    // Field staff cannot tell a site they may not see from one that does not exist.
    const HubTestHarness::Reply foreign = get(str("/api/v1/status/sites/%1/sessions").arg(enc(kNorth)), str("roamer"));
    const HubTestHarness::Reply nowhere = get(str("/api/v1/status/sites/Nowhere/sessions"), str("roamer"));
    QCOMPARE(foreign.status, 404);
    QCOMPARE(nowhere.status, 404);
    QCOMPARE(foreign.errorCode(), str("not_found"));
    QCOMPARE(QString(foreign.errorMessage()).replace(kNorth, str("X")),
             QString(nowhere.errorMessage()).replace(str("Nowhere"), str("X")));
    QCOMPARE(get(str("/api/v1/status/sites/%1/sessions").arg(enc(kKasa)), str("roamer")).status, 200);

    const QJsonObject summary = get(str("/api/v1/status/summary?days=1"), str("roamer")).json();
    QCOMPARE(summary.value(str("sites")).toInt(), 2);
    QCOMPARE(summary.value(str("health")).toObject().value(str("synced")).toInt(), 1);
    QCOMPARE(summary.value(str("health")).toObject().value(str("failing")).toInt(), 1);
    const QJsonObject today = summary.value(str("per_day")).toArray().last().toObject();
    const bool crossedMidnight = now.addSecs(-30).date() != now.date();
    if (!crossedMidnight)
        QCOMPARE(today.value(str("sessions")).toObject().value(str("success")).toInt(), 1); // not North's
}

void TestHubStatus::sessionsNewestFirstWithLinkDetails()
{
    QVERIFY(start());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonArray links{QJsonObject{
        {str("category"), str("core")}, {str("outcome"), str("success")}, {str("pushed"), 3}, {str("pulled"), 40}}};
    QCOMPARE(report(kNorth, now.addDays(-10), str("success")).status, 201);
    QCOMPARE(report(kNorth, now.addSecs(-3600), str("failed")).status, 201);
    QCOMPARE(report(kNorth, now.addSecs(-600), str("partial")).status, 201);
    QCOMPARE(report(kNorth, now.addSecs(-60), str("success"), {{str("links"), links}}).status, 201);
    QCOMPARE(report(kSefa, now.addSecs(-60), str("success")).status, 201);

    const QString path = str("/api/v1/status/sites/%1/sessions").arg(enc(kNorth));
    const HubTestHarness::Reply week = get(path, str("supervisor"));
    QVERIFY2(week.status == 200, week.describe().constData());
    QCOMPARE(week.json().value(str("site")).toString(), kNorth);
    QCOMPARE(week.json().value(str("days")).toInt(), 7);
    const QJsonArray sessions = week.json().value(str("sessions")).toArray();
    QStringList outcomes;
    for (const QJsonValue& s : sessions)
        outcomes << s.toObject().value(str("outcome")).toString();
    QCOMPARE(outcomes, (QStringList{str("success"), str("partial"), str("failed")}));
    const QJsonObject newest = sessions.first().toObject();
    QCOMPARE(newest.value(str("links")).toArray(), links);
    QCOMPARE(newest.value(str("finished_at")).toString(), iso(now.addSecs(-60)));
    QCOMPARE(newest.value(str("started_at")).toString(), iso(now.addSecs(-60).addMSecs(-2500)));
    QCOMPARE(newest.value(str("duration_ms")).toInt(), 2500);
    QCOMPARE(newest.value(str("pulled")).toInt(), 40);

    QCOMPARE(get(path + str("?days=30"), str("supervisor")).json().value(str("sessions")).toArray().size(), 4);
    const QJsonArray two = get(path + str("?days=30&limit=2"), str("admin")).json().value(str("sessions")).toArray();
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(1).toObject().value(str("outcome")).toString(), str("partial"));
    // A site that never reported, and a client: no sessions.
    QCOMPARE(get(str("/api/v1/status/sites/%1/sessions").arg(enc(kMulanje)), str("admin"))
                 .json()
                 .value(str("sessions"))
                 .toArray()
                 .size(),
             0);
}

void TestHubStatus::sessionsParametersAreChecked()
{
    QVERIFY(start());
    const QString path = str("/api/v1/status/sites/%1/sessions").arg(enc(kNorth));
    for (const char* query : {"?days=0", "?days=abc", "?days=5000", "?limit=0", "?limit=1001"}) {
        const HubTestHarness::Reply r = get(path + QLatin1String(query), str("supervisor"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), str("invalid_field"));
        QCOMPARE(r.errorDetails().value(str("field")).toString(),
                 QLatin1String(query).startsWith(QLatin1String("?days")) ? str("days") : str("limit"));
    }
    const HubTestHarness::Reply unknown = get(str("/api/v1/status/sites/Nowhere/sessions"), str("supervisor"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), str("not_found"));
    QVERIFY(unknown.errorMessage().contains(str("Nowhere")));
    QCOMPARE(get(str("/api/v1/status/summary?days=367"), str("supervisor")).status, 400);
}

void TestHubStatus::summaryCountsHealthAndDays()
{
    QVERIFY(start());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    struct Posted
    {
        QString site;
        QDateTime at;
        QString outcome;
        int pushed;
        int pulled;
    };
    const QVector<Posted> posted{
        {kNorth, now.addDays(-2), str("success"), 5, 50},  {kNorth, now.addDays(-2).addSecs(-60), str("failed"), 0, 0},
        {kNorth, now.addSecs(-30), str("success"), 1, 10}, {kSefa, now.addSecs(-20 * 60), str("success"), 2, 20},
        {kKasa, now.addSecs(-40), str("failed"), 0, 0},    {kLira, now.addDays(-5), str("success"), 9, 90},
        {kDedza, now.addDays(-1), str("cancelled"), 0, 0},
    };
    // Posted oldest first, so that each site's newest report is its newest by time.
    QVector<Posted> ordered = posted;
    std::sort(ordered.begin(), ordered.end(), [](const Posted& a, const Posted& b) { return a.at < b.at; });
    for (const Posted& p : ordered)
        QCOMPARE(report(p.site, p.at, p.outcome, {{str("pushed"), p.pushed}, {str("pulled"), p.pulled}}).status, 201);

    const HubTestHarness::Reply reply = get(str("/api/v1/status/summary?days=3"), str("supervisor"));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    const QJsonObject body = reply.json();
    const int reporting = 15; // data-holding sites other than the hub
    QCOMPARE(body.value(str("sites")).toInt(), reporting);
    const QJsonObject health = body.value(str("health")).toObject();
    QCOMPARE(health.value(str("synced")).toInt(), 1);        // North
    QCOMPARE(health.value(str("late")).toInt(), 1);          // Sefa
    QCOMPARE(health.value(str("stale")).toInt(), 1);         // Lira
    QCOMPARE(health.value(str("failing")).toInt(), 1);       // Kasa
    QCOMPARE(health.value(str("never_synced")).toInt(), 11); // Dedza (cancelled only) and ten silent sites

    // The expected days, grouped here from what was posted (UTC dates of finished_at).
    const QJsonArray days = body.value(str("per_day")).toArray();
    QCOMPARE(days.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QDate date = now.date().addDays(i - 2);
        const QJsonObject day = days.at(i).toObject();
        QCOMPARE(day.value(str("date")).toString(), date.toString(Qt::ISODate));
        QMap<QString, int> sessions;
        qint64 pushed = 0;
        qint64 pulled = 0;
        qint64 count = 0;
        for (const Posted& p : posted) {
            if (p.at.date() != date)
                continue;
            ++sessions[p.outcome];
            ++count;
            pushed += p.pushed;
            pulled += p.pulled;
        }
        for (const QString& outcome : {str("success"), str("partial"), str("failed"), str("cancelled")})
            QCOMPARE(day.value(str("sessions")).toObject().value(outcome).toInt(), sessions.value(outcome));
        QCOMPARE(day.value(str("pushed")).toInteger(), pushed);
        QCOMPARE(day.value(str("pulled")).toInteger(), pulled);
        QCOMPARE(day.value(str("rejected")).toInteger(), count); // every report says it rejected one record
    }
}

void TestHubStatus::retentionPrunesAtMostOncePerInterval()
{
    HubConfig config;
    config.reportRetentionDays = 1;
    QVERIFY(start(config));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    HubRepository repository(m_hub->database());
    QVERIFY(repository.addReport(directReport(kNorth, now.addDays(-3))).ok());
    QVERIFY(repository.addReport(directReport(kNorth, now.addSecs(-3600))).ok());
    const QString path = str("/api/v1/status/sites/%1/sessions?days=30").arg(enc(kNorth));

    // The first status request prunes: the report older than a day is gone.
    QCOMPARE(get(path, str("supervisor")).json().value(str("sessions")).toArray().size(), 1);
    QVERIFY(m_hub->server().state().metrics().renderPrometheus().contains("syncsites_sync_reports_pruned_total 1\n"));
    // Within the hour nothing is pruned again.
    QVERIFY(repository.addReport(directReport(kNorth, now.addDays(-4))).ok());
    QCOMPARE(get(path, str("supervisor")).json().value(str("sessions")).toArray().size(), 2);
    QCOMPARE(get(str("/api/v1/status/sites"), str("supervisor")).status, 200);
    QCOMPARE(repository.reports(StableId::site(kNorth), 100)->size(), 2);
}

void TestHubStatus::reportRequestsPruneToo()
{
    HubConfig config;
    config.reportRetentionDays = 2;
    config.reportPruneEvery = std::chrono::seconds(0); // every request
    QVERIFY(start(config));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    HubRepository repository(m_hub->database());
    QVERIFY(repository.addReport(directReport(kSefa, now.addDays(-3))).ok());
    QVERIFY(repository.addReport(directReport(kSefa, now.addDays(-1))).ok());
    QCOMPARE(repository.reports(QString(), 100)->size(), 2);
    // Push answers are kept for replays for 30 days, then go with the same pruning.
    const QString sefaId = StableId::site(kSefa);
    QVERIFY(repository.savePushResponse(sefaId, str("old-batch"), Category::Core, "{}").ok());
    QVERIFY(repository.savePushResponse(sefaId, str("new-batch"), Category::Core, "{}").ok());
    {
        QSqlQuery backdate(*m_hub->database().connection());
        QVERIFY(backdate.exec(QStringLiteral("UPDATE push_batch SET received_at = '%1' WHERE batch_id = 'old-batch'")
                                  .arg(iso(now.addDays(-31)))));
    }

    // A site's report prunes before it is saved: the three-day-old report goes, the new one stays.
    QCOMPARE(report(kNorth, now, str("success")).status, 201);
    const Result<QVector<SyncReport>> left = repository.reports(QString(), 100);
    QCOMPARE(left->size(), 2);
    for (const SyncReport& r : *left)
        QVERIFY(r.finishedAt > now.addDays(-2));
    QVERIFY(!repository.pushResponse(sefaId, str("old-batch"))->has_value());
    QVERIFY(repository.pushResponse(sefaId, str("new-batch"))->has_value());
}

void TestHubStatus::rolesAndStatusEndpoints_data()
{
    QTest::addColumn<QString>("user"); // empty: no token; "site": a site's sync token
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("status");

    const QString sites = str("/api/v1/status/sites");
    const QString north = str("/api/v1/status/sites/%1/sessions").arg(enc(kNorth));
    const QString soko = str("/api/v1/status/sites/%1/sessions").arg(enc(str("Soko Health Centre")));
    const QString summary = str("/api/v1/status/summary");
    struct Row
    {
        const char* user;
        int sites;
        int north;
        int soko;
        int summary;
    };
    for (const Row& r : {Row{"admin", 200, 200, 200, 200}, Row{"supervisor", 200, 200, 200, 200},
                         // Field staff: a site they do not work at answers as one that does not exist.
                         Row{"fieldstaff", 200, 404, 200, 200}, Row{"frontdesk", 200, 404, 404, 200},
                         Row{"", 401, 401, 401, 401}, Row{"site", 403, 403, 403, 403}}) {
        const QString user = QLatin1String(r.user);
        const QByteArray who = user.isEmpty() ? QByteArray("nobody") : QByteArray(r.user);
        QTest::newRow(QByteArray(who + " sites").constData()) << user << sites << r.sites;
        QTest::newRow(QByteArray(who + " North sessions").constData()) << user << north << r.north;
        QTest::newRow(QByteArray(who + " Soko sessions").constData()) << user << soko << r.soko;
        QTest::newRow(QByteArray(who + " summary").constData()) << user << summary << r.summary;
    }
}

void TestHubStatus::rolesAndStatusEndpoints()
{
    QFETCH(QString, user);
    QFETCH(QString, target);
    QFETCH(int, status);
    if (!m_hub)
        QVERIFY(start());
    QString token;
    if (user == QLatin1String("site"))
        token = siteToken(kNorth);
    else if (!user.isEmpty())
        token = userToken(user);
    const HubTestHarness::Reply reply = m_client->get(target, token);
    QVERIFY2(reply.status == status, reply.describe().constData());
    if (status != 200)
        QVERIFY(!reply.errorCode().isEmpty());
    cleanup(); // a fresh hub per row keeps rows independent
}

void TestHubStatus::metricsShowSessionsAndDatabaseTime()
{
    QVERIFY(start());
    QVERIFY(!siteToken(kNorth).isEmpty());
    QVERIFY(!siteToken(kSefa).isEmpty());
    QCOMPARE(get(str("/api/v1/status/sites"), str("supervisor")).status, 200);
    QCOMPARE(get(str("/api/v1/status/summary"), str("supervisor")).status, 200);
    const HubTestHarness::Reply metrics = m_client->get(str("/metrics"), HubTestHarness::metricsToken());
    QCOMPARE(metrics.status, 200);
    QVERIFY2(metrics.body.contains("\nsyncsites_sync_sessions_active 2\n"), metrics.body.constData());
    QVERIFY(metrics.body.contains("# TYPE syncsites_db_seconds histogram"));
    QVERIFY(metrics.body.contains("syncsites_db_seconds_count{operation=\"status_sites\"} 1\n"));
    QVERIFY(metrics.body.contains("syncsites_db_seconds_count{operation=\"status_summary\"} 1\n"));
    QVERIFY(metrics.body.contains("syncsites_db_seconds_count{operation=\"report_prune\"} 1\n"));

    // A revoked session no longer counts, at the next request.
    m_hub->server().state().tokens().revoke(siteToken(kSefa));
    QCOMPARE(m_client->get(str("/api/v1/sync/pull?category=core&cursor=0&limit=1"), siteToken(kNorth)).status, 200);
    QVERIFY(m_client->get(str("/metrics"), HubTestHarness::metricsToken())
                .body.contains("\nsyncsites_sync_sessions_active 1\n"));
}

QTEST_GUILESS_MAIN(TestHubStatus)
#include "TestHubStatus.moc"
