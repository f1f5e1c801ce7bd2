// Sites whose clock is wrong, against a real hub on 127.0.0.1 (tests/support/HubTestHarness) with real SQLite
// files:
// - the hub judges a site by its own clock: a report "from a year ahead" is moved back to when it arrived, so the
//   failures the site reports afterwards make it `failing` on the dashboard instead of `synced` for a year;
// - a site syncing with the real engine records its clock against the server's at the handshake, and
//   `syncsites-cli status` (the real binary) and the desktop app's status bar warn when it is off by more than
//   five minutes.

#include "ClockSkew.h"
#include "HubState.h"
#include "HubTestHarness.h"
#include "ProcessRun.h"
#include "SiteReplica.h"
#include "StableId.h"
#include "SyncHistory.h"

#ifdef SYNCSITES_TEST_STATUS_BAR
#include "LocalSite.h"
#include "MainWindow.h"
#include "SyncEngine.h"
#include "SyncPage.h"

#include <QLabel>
#include <QSignalSpy>
#endif

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <chrono>
#include <memory>

using namespace syncsites;
using namespace syncsites::test;

namespace {

const QString kKasa = QStringLiteral("Kasa Health Centre");
const QString kSefa = QStringLiteral("Sefa District Hospital");

constexpr qint64 kYearMs = 365LL * 24 * 3600 * 1000;

QString str(const char* text)
{
    return QString::fromLatin1(text);
}

QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parse(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

class TestClockSkew : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void reportFromAYearAheadDoesNotHideLaterFailures();
    void measureAndWarnAfterFiveMinutes_data();
    void measureAndWarnAfterFiveMinutes();
    void syncRecordsTheClockAndStatusShowsIt();
    void statusWarnsWhenTheClockIsOff();
#ifdef SYNCSITES_TEST_STATUS_BAR
    void statusBarWarnsWhenTheClockIsOff();
#endif

private:
    HubTestHarness::Reply report(const QString& site, const QDateTime& startedAt, const QDateTime& finishedAt,
                                 const QString& outcome);
    QJsonObject siteEntry(const QString& site, QDateTime* serverTime = nullptr);
    QJsonArray sessions(const QString& site);
    QString userToken(const QString& username);
    std::unique_ptr<SiteReplica> syncedReplica(const QString& site);
    ProcessRun cliStatus(const QString& replica, bool json) const;

    std::unique_ptr<HubTestHarness> m_hub;
    std::unique_ptr<HubTestHarness::Client> m_client;
    QTemporaryDir m_dir;
};

void TestClockSkew::init()
{
    auto hub = HubTestHarness::start();
    QVERIFY2(hub, qPrintable(hub ? QString() : hub.error().message));
    m_hub = std::move(hub).value();
    m_client = m_hub->client();
    QVERIFY(m_dir.isValid());
}

void TestClockSkew::cleanup()
{
    m_client.reset();
    m_hub.reset();
}

HubTestHarness::Reply TestClockSkew::report(const QString& site, const QDateTime& startedAt,
                                            const QDateTime& finishedAt, const QString& outcome)
{
    QJsonObject body{{str("started_at"), iso(startedAt)},
                     {str("finished_at"), iso(finishedAt)},
                     {str("outcome"), outcome},
                     {str("pushed"), 1},
                     {str("pulled"), 2},
                     {str("app_version"), str("test")},
                     {str("protocol_version"), 1}};
    if (outcome == QLatin1String("failed"))
        body.insert(str("error"),
                    QJsonObject{{str("code"), str("database_error")}, {str("message"), str("The disk is full.")}});
    return m_client->report(m_hub->token(site, *m_client), body);
}

QString TestClockSkew::userToken(const QString& username)
{
    return m_hub->server().state().tokens().issue(TokenSubject::User, username, std::chrono::hours(1)).token;
}

QJsonObject TestClockSkew::siteEntry(const QString& site, QDateTime* serverTime)
{
    const HubTestHarness::Reply reply = m_client->get(str("/api/v1/status/sites"), userToken(str("supervisor")));
    if (reply.status != 200) {
        QTest::qFail(reply.describe().constData(), __FILE__, __LINE__);
        return QJsonObject();
    }
    if (serverTime)
        *serverTime = parse(reply.json().value(str("server_time")));
    for (const QJsonValue& v : reply.json().value(str("sites")).toArray()) {
        if (v.toObject().value(str("name")).toString() == site)
            return v.toObject();
    }
    return QJsonObject();
}

QJsonArray TestClockSkew::sessions(const QString& site)
{
    const HubTestHarness::Reply reply = m_client->get(
        str("/api/v1/status/sites/%1/sessions?days=30").arg(QString::fromLatin1(QUrl::toPercentEncoding(site))),
        userToken(str("supervisor")));
    if (reply.status != 200)
        QTest::qFail(reply.describe().constData(), __FILE__, __LINE__);
    return reply.json().value(str("sessions")).toArray();
}

// The fault of the issue: one report from a site whose clock runs a year ahead kept it "synced" for a year, because
// the hub took the site's times as they came and its newest report (by finished_at) stayed that one.
void TestClockSkew::reportFromAYearAheadDoesNotHideLaterFailures()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime ahead = before.addMSecs(kYearMs);
    QCOMPARE(report(kKasa, ahead.addMSecs(-2500), ahead, str("success")).status, 201);
    const QDateTime after = QDateTime::currentDateTimeUtc();

    // Stored by the hub's clock: it ended when it arrived, at the latest, and lasted what the site measured.
    QDateTime serverTime;
    QJsonObject kasa = siteEntry(kKasa, &serverTime);
    QCOMPARE(kasa.value(str("health")).toString(), str("synced"));
    const QDateTime lastSuccess = parse(kasa.value(str("last_success")));
    QVERIFY2(lastSuccess >= before.addSecs(-1) && lastSuccess <= after.addSecs(1),
             qPrintable(str("last_success %1, the report arrived between %2 and %3")
                            .arg(iso(lastSuccess), iso(before), iso(after))));
    QVERIFY(lastSuccess <= serverTime);
    const QJsonObject stored = sessions(kKasa).first().toObject();
    QCOMPARE(stored.value(str("duration_ms")).toInt(), 2500);
    QCOMPARE(parse(stored.value(str("started_at"))).msecsTo(parse(stored.value(str("finished_at")))), 2500);

    // The site's clock is put right (or stays ahead: either way), and its next sessions fail: the dashboard says so.
    QTest::qWait(20); // a later arrival than the first report's, on any clock resolution
    QCOMPARE(report(kKasa, QDateTime::currentDateTimeUtc().addSecs(-3), QDateTime::currentDateTimeUtc(), str("failed"))
                 .status,
             201);
    kasa = siteEntry(kKasa);
    QCOMPARE(kasa.value(str("health")).toString(), str("failing"));
    QCOMPARE(kasa.value(str("last_outcome")).toString(), str("failed"));
    QCOMPARE(kasa.value(str("last_error")).toObject().value(str("code")).toString(), str("database_error"));

    // A site still a year ahead: its failed report is moved back too, and is the newest.
    QTest::qWait(20);
    const QDateTime stillAhead = QDateTime::currentDateTimeUtc().addMSecs(kYearMs);
    QCOMPARE(report(kSefa, stillAhead.addSecs(-1), stillAhead, str("success")).status, 201);
    QTest::qWait(20);
    const QDateTime laterAhead = QDateTime::currentDateTimeUtc().addMSecs(kYearMs);
    QCOMPARE(report(kSefa, laterAhead.addSecs(-1), laterAhead, str("failed")).status, 201);
    const QJsonObject sefa = siteEntry(kSefa, &serverTime);
    QCOMPARE(sefa.value(str("health")).toString(), str("failing"));
    QVERIFY(parse(sefa.value(str("last_attempt"))) <= serverTime);
    const QJsonArray sefaSessions = sessions(kSefa);
    QCOMPARE(sefaSessions.size(), 2);
    QCOMPARE(sefaSessions.at(0).toObject().value(str("outcome")).toString(), str("failed"));
}

void TestClockSkew::measureAndWarnAfterFiveMinutes_data()
{
    QTest::addColumn<qint64>("serverBehindMs"); // how far the server's clock is behind this one's
    QTest::addColumn<bool>("warns");
    QTest::addColumn<QString>("words");

    QTest::newRow("in step") << qint64(0) << false << QString();
    QTest::newRow("4 min 59 s ahead") << qint64(299000) << false << QString();
    QTest::newRow("5 min 1 s ahead") << qint64(301000) << true << str("5 minutes ahead");
    QTest::newRow("5 min 1 s behind") << qint64(-301000) << true << str("5 minutes behind");
    QTest::newRow("a year ahead") << kYearMs << true << str("365 days ahead");
    QTest::newRow("3 hours behind (a wrong time zone)") << qint64(-3 * 3600 * 1000) << true << str("3 hours behind");
}

void TestClockSkew::measureAndWarnAfterFiveMinutes()
{
    QFETCH(qint64, serverBehindMs);
    QFETCH(bool, warns);
    QFETCH(QString, words);

    // A round trip of 400 ms; the server read its clock in the middle of it.
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    const QDateTime receivedAt = sentAt.addMSecs(400);
    const QDateTime serverTime = sentAt.addMSecs(200 - serverBehindMs);
    const std::optional<ClockCheck> check = ClockSkew::measure(sentAt, receivedAt, serverTime);
    QVERIFY(check);
    QCOMPARE(check->aheadMs, serverBehindMs);
    QCOMPARE(check->checkedAt, receivedAt);
    QCOMPARE(ClockSkew::isSkewed(*check), warns);
    QCOMPARE(ClockSkew::warning(*check).isEmpty(), !warns);
    if (warns)
        QVERIFY2(ClockSkew::warning(*check).contains(words), qPrintable(ClockSkew::warning(*check)));
    // A server that sends no time: nothing measured.
    QVERIFY(!ClockSkew::measure(sentAt, receivedAt, QDateTime()));
}

std::unique_ptr<SiteReplica> TestClockSkew::syncedReplica(const QString& site)
{
    const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(StableId::site(site)));
    auto replica = SiteReplica::create(path, site, m_hub->url(), m_hub->secret(site));
    if (!replica) {
        QTest::qFail(qPrintable(replica.error().message), __FILE__, __LINE__);
        return nullptr;
    }
    const SyncSummary summary = (*replica)->sync();
    if (summary.outcome != SyncOutcome::Success) {
        QTest::qFail(qPrintable(SiteReplica::describe(summary)), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(replica).value();
}

ProcessRun TestClockSkew::cliStatus(const QString& replica, bool json) const
{
    QStringList arguments{str("--replica"), replica, str("status")};
    if (json)
        arguments << str("--json");
    return ProcessRun::of(QStringLiteral(SYNCSITES_CLI), arguments);
}

void TestClockSkew::syncRecordsTheClockAndStatusShowsIt()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    std::unique_ptr<SiteReplica> kasa = syncedReplica(kKasa);
    QVERIFY(kasa);

    // The handshake's server_time against this clock: the same machine, so within a second.
    const Result<std::optional<ClockCheck>> check = ClockSkew::load(kasa->database());
    QVERIFY2(check, qPrintable(check ? QString() : check.error().message));
    QVERIFY2(check->has_value(), "the session recorded no clock check");
    QVERIFY2(qAbs((*check)->aheadMs) < 1000, qPrintable(QString::number((*check)->aheadMs)));
    QVERIFY((*check)->checkedAt >= before.addSecs(-1));
    const Result<SyncOverview> overview = SyncHistory(kasa->database()).overview();
    QVERIFY(overview && overview->clock);
    QCOMPARE(overview->clock->aheadMs, (*check)->aheadMs);

    const ProcessRun json = cliStatus(kasa->path(), true);
    QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
    const QJsonObject clock = json.json().object().value(str("clock")).toObject();
    QCOMPARE(clock.value(str("ahead_ms")).toInteger(), (*check)->aheadMs);
    QCOMPARE(clock.value(str("skewed")).toBool(true), false);
    QVERIFY(clock.value(str("warning")).isNull());
    QVERIFY2(json.err.isEmpty(), qPrintable(json.describe()));

    const ProcessRun text = cliStatus(kasa->path(), false);
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY2(text.out.contains("Clock:       in step with the server's (checked "), qPrintable(text.describe()));
    QVERIFY2(!text.out.contains("Warning"), qPrintable(text.describe()));
}

// What a handshake with a server whose clock is a year behind this one records (measure() is checked above; the
// hub here runs on this machine's clock, so the check is saved as the session would save it).
void TestClockSkew::statusWarnsWhenTheClockIsOff()
{
    std::unique_ptr<SiteReplica> kasa = syncedReplica(kKasa);
    QVERIFY(kasa);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::optional<ClockCheck> check = ClockSkew::measure(now, now.addMSecs(100), now.addMSecs(50 - kYearMs));
    QVERIFY(check);
    QVERIFY(ClockSkew::save(kasa->database(), *check).ok());

    const ProcessRun text = cliStatus(kasa->path(), false);
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY2(text.out.contains("Clock:       365 days ahead of the server's"), qPrintable(text.describe()));
    QVERIFY2(text.out.contains("Warning:     This computer's clock is 365 days ahead of the server's. Set its date"),
             qPrintable(text.describe()));

    const ProcessRun json = cliStatus(kasa->path(), true);
    QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
    const QJsonObject clock = json.json().object().value(str("clock")).toObject();
    QCOMPARE(clock.value(str("ahead_ms")).toInteger(), kYearMs);
    QCOMPARE(clock.value(str("skewed")).toBool(), true);
    QVERIFY(clock.value(str("warning")).toString().contains(str("365 days ahead")));
    QVERIFY2(json.err.contains("This computer's clock is 365 days ahead"), qPrintable(json.describe()));

    // The next sync measures again: in step with this hub, the warning goes.
    SYNCSITES_SYNC_OK(*kasa);
    const ProcessRun again = cliStatus(kasa->path(), true);
    QCOMPARE(again.json().object().value(str("clock")).toObject().value(str("skewed")).toBool(true), false);
}

#ifdef SYNCSITES_TEST_STATUS_BAR
// The desktop app's status bar: the Sync page reads the replica's clock check and the main window shows the warning
// (DesktopApp connects them as here).
void TestClockSkew::statusBarWarnsWhenTheClockIsOff()
{
    std::unique_ptr<SiteReplica> kasa = syncedReplica(kKasa);
    QVERIFY(kasa);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(ClockSkew::save(kasa->database(), ClockCheck{-3 * 3600 * 1000, now}).ok());

    SiteOptions options;
    options.session = SiteReplica::testOptions();
    auto site = LocalSite::open(kasa->path(), options);
    QVERIFY2(site.ok(), qPrintable(site.ok() ? QString() : site.error().message));
    (*site)->setSecret(m_hub->secret(kKasa));
    SyncEngine& engine = (*site)->engine();
    ui::MainWindow window;
    auto* page = new ui::SyncPage(**site);
    connect(page, &ui::SyncPage::clockWarningChanged, &window, &ui::MainWindow::setClockWarning);
    window.addPage(str("sync"), page, str("Sync"), str("sync"));
    window.show();
    auto* label = window.findChild<QLabel*>(str("clockWarningLabel"));
    QVERIFY(label);
    QTRY_VERIFY_WITH_TIMEOUT(!label->isHidden(), 10000);
    QVERIFY2(label->text().contains(str("Clock 3 hours behind the server's")), qPrintable(label->text()));
    QVERIFY(label->toolTip().contains(str("This computer's clock is 3 hours behind the server's")));
    QCOMPARE(page->clockWarning(), label->toolTip());

    // A sync with this hub (same clock) clears it.
    QSignalSpy finished(&engine, &SyncEngine::sessionFinished);
    engine.syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(label->isHidden(), 10000);
    QVERIFY(page->clockWarning().isEmpty());
}
#endif

QTEST_MAIN(TestClockSkew)
#include "TestClockSkew.moc"
