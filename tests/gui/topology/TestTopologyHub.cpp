#include "HubApiClient.h"
#include "HubTestHarness.h"
#include "SessionListModel.h"
#include "SiteDetailsPanel.h"
#include "SiteNodeItem.h"
#include "TopologyPage.h"
#include "TopologyScene.h"
#include "TopologyView.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace syncsites;
using namespace syncsites::ui;
using syncsites::test::HubTestHarness;

namespace {

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

/// The topology page against a real hub on loopback: statuses and sessions as the hub reports them.
class TestTopologyHub : public QObject
{
    Q_OBJECT

private slots:
    void panelListsSessionsFromTheHub();
};

void TestTopologyHub::panelListsSessionsFromTheHub()
{
    auto started = HubTestHarness::start();
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    std::unique_ptr<HubTestHarness> hub = std::move(started).value();

    // Two sessions reported by the northern server, one of them failed; a stale one by a district.
    const QString north = str("Northern Province Server");
    auto client = hub->client();
    const QString token = hub->token(north, *client);
    QVERIFY(!token.isEmpty());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto report = [&](const QString& siteToken, const QDateTime& at, const QString& outcome, const QJsonObject& extra) {
        QJsonObject body{{str("started_at"), iso(at.addMSecs(-4200))},
                         {str("finished_at"), iso(at)},
                         {str("outcome"), outcome},
                         {str("pushed"), 12},
                         {str("pulled"), 340},
                         {str("rejected"), 0},
                         {str("waiting"), 0},
                         {str("app_version"), str("0.1.0-test")},
                         {str("protocol_version"), 1}};
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            body.insert(it.key(), it.value());
        return client->report(siteToken, body);
    };
    QCOMPARE(report(token, now.addSecs(-3600), str("success"), {}).status, 201);
    const QJsonObject error{{str("code"), str("network_unreachable")},
                            {str("message"), str("The hub could not be reached.")}};
    QCOMPARE(report(token, now.addSecs(-60), str("failed"), {{str("error"), error}}).status, 201);
    for (const QString& site : hub->syncingSites()) {
        if (site.endsWith(QLatin1String("Health Centre"))) {
            const QString siteToken = hub->token(site, *client);
            QCOMPARE(report(siteToken, now.addSecs(-120), str("success"), {}).status, 201);
        } else if (site.endsWith(QLatin1String("District Hospital"))) {
            const QString siteToken = hub->token(site, *client);
            QCOMPARE(report(siteToken, now.addDays(-2), str("success"), {}).status, 201);
        }
    }

    HubApiClient api;
    api.setServer(QUrl(hub->url()));
    bool signedIn = false;
    api.signIn(str("admin"), hub->password(str("admin")), this, [&](Result<SignedInUser> r) {
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        signedIn = true;
    });
    QTRY_VERIFY(signedIn);
    std::optional<SiteStatusList> statuses;
    api.fetchSiteStatuses(this, [&](Result<SiteStatusList> r) {
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        statuses = r.value();
    });
    QTRY_VERIFY(statuses.has_value());

    TopologyPage page;
    page.resize(1400, 860);
    page.setHubApi(&api);
    page.setNetwork(hub->topology());
    page.setStatuses(*statuses);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    SiteDetailsPanel* panel = page.detailsPanel();
    QAbstractItemModelTester tester(panel->sessionsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.scene()->node(north)->health(), SyncHealth::Failing);

    // A site without sessions reads well once the hub answered.
    const QString central = str("National Medical Stores");
    QVERIFY(page.findSite(central));
    auto* state = panel->findChild<QLabel*>(str("sessionsState"));
    QTRY_VERIFY2(state->text().contains(str("No sessions")), qPrintable(state->text()));
    QCOMPARE(panel->sessionsModel()->rowCount(), 0);

    QVERIFY(page.findSite(north));
    QTRY_COMPARE(panel->sessionsModel()->rowCount(), 2);
    SessionListModel* sessions = panel->sessionsModel();
    QCOMPARE(sessions->index(0, SessionListModel::OutcomeColumn).data().toString(), str("Failed"));
    QCOMPARE(sessions->index(0, SessionListModel::ErrorColumn).data().toString(), str("The hub could not be reached."));
    QCOMPARE(sessions->index(1, SessionListModel::OutcomeColumn).data().toString(), str("Succeeded"));
    QCOMPARE(sessions->index(1, SessionListModel::PulledColumn).data().toString(), QLocale().toString(340));
    QVERIFY(panel->findChild<QLabel*>(str("siteLastError"))->text().contains(str("could not be reached")));

    const QByteArray dir = qgetenv("SYNCSITES_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        page.view()->fitToWindow();
        QVERIFY(page.grab().save(QString::fromLocal8Bit(dir) + str("/topology-page.png")));
    }
}

QTEST_MAIN(TestTopologyHub)
#include "TestTopologyHub.moc"
