#include "DashboardCharts.h"
#include "DashboardPage.h"
#include "HealthTiles.h"
#include "HubApiClient.h"
#include "HubTestHarness.h"
#include "LinkFiguresModel.h"
#include "SessionTimeline.h"
#include "SiteDrillDown.h"
#include "SiteStatusModel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace syncsites;
using namespace syncsites::ui;
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

/// The values of a bar set, added up.
double total(const QBarSet* set)
{
    double sum = 0;
    for (int i = 0; i < set->count(); ++i)
        sum += set->at(i);
    return sum;
}

const QBarSet* barSet(QChart* chart, const QString& name)
{
    const auto series = chart->series();
    for (QAbstractSeries* s : series)
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s))
            for (QBarSet* set : bars->barSets())
                if (set->objectName() == name)
                    return set;
    return nullptr;
}

} // namespace

/// The Dashboard page against a real hub on loopback: sessions reported by sites (through the sync report, as
/// the engine sends it) fill the table, the tiles, the charts and the drill-down; filters narrow the table;
/// exports write what is shown; a hub that stops answering leaves the data and says so.
class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void refreshShowsEverySiteAndReportedSessions();
    void filtersNarrowTheTable();
    void drillDownShowsTheSiteSessionsAndLinks();
    void exportsWriteTheFilteredTable();
    void hubErrorsShowInTheBannerAndKeepTheData();

private:
    HubTestHarness::Reply report(const QString& site, const QDateTime& finishedAt, const QString& outcome,
                                 qint64 durationMs, qint64 pushed, const QJsonObject& extra = QJsonObject());
    QStringList visibleSites() const;
    void resetFilters();

    std::unique_ptr<HubTestHarness> m_hub;
    std::unique_ptr<HubTestHarness::Client> m_client;
    HubApiClient* m_api = nullptr;
    DashboardPage* m_page = nullptr;
    QTableView* m_table = nullptr;
    QString m_good;    ///< two successes, with links
    QString m_failing; ///< a failure
    QString m_partial; ///< a partial session
    int m_successes = 0;
    qint64 m_pushed = 0;
};

HubTestHarness::Reply TestDashboardPage::report(const QString& site, const QDateTime& finishedAt,
                                                const QString& outcome, qint64 durationMs, qint64 pushed,
                                                const QJsonObject& extra)
{
    // The body SyncSession::reportToHub sends (SyncSummary::toJson plus times and versions).
    QJsonObject body{{str("started_at"), iso(finishedAt.addMSecs(-durationMs))},
                     {str("finished_at"), iso(finishedAt)},
                     {str("outcome"), outcome},
                     {str("pushed"), pushed},
                     {str("pulled"), 40},
                     {str("rejected"), 0},
                     {str("waiting"), 7},
                     {str("duration_ms"), durationMs},
                     {str("app_version"), str("0.9.0-test")},
                     {str("protocol_version"), 1}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        body.insert(it.key(), it.value());
    m_pushed += pushed;
    m_successes += outcome == QLatin1String("success") ? 1 : 0;
    return m_client->report(m_hub->token(site, *m_client), body);
}

void TestDashboardPage::initTestCase()
{
    auto hub = HubTestHarness::start(HubHarnessOptions());
    QVERIFY2(hub, qPrintable(hub ? QString() : hub.error().message));
    m_hub = std::move(hub).value();
    m_client = m_hub->client();

    const QStringList sites = m_hub->syncingSites();
    QVERIFY(sites.size() >= 3);
    m_good = sites.at(0);
    m_failing = sites.at(1);
    m_partial = sites.at(2);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonArray links{QJsonObject{{str("category"), str("core")},
                                       {str("hub"), str("National Medical Stores")},
                                       {str("pushed"), 5},
                                       {str("pulled"), 30},
                                       {str("rejected"), 0},
                                       {str("duration_ms"), 1800}},
                           QJsonObject{{str("category"), str("oms")},
                                       {str("hub"), str("oms central")},
                                       {str("pushed"), 0},
                                       {str("pulled"), 10},
                                       {str("rejected"), 0},
                                       {str("duration_ms"), 600}}};
    QCOMPARE(report(m_good, now.addSecs(-3 * 3600), str("success"), 4000, 5, {{str("links"), links}}).status, 201);
    QCOMPARE(report(m_good, now.addSecs(-60), str("success"), 2400, 5, {{str("links"), links}}).status, 201);
    const QJsonObject error{{str("code"), str("server_unreachable")},
                            {str("message"), str("The hub did not answer; check the network.")}};
    QCOMPARE(report(m_failing, now.addSecs(-30), str("failed"), 30000, 0, {{str("error"), error}}).status, 201);
    QCOMPARE(report(m_partial, now.addDays(-2), str("success"), 12000, 1).status, 201);
    QCOMPARE(report(m_partial, now.addSecs(-300), str("partial"), 9000, 2).status, 201);

    m_api = new HubApiClient(this);
    m_api->setServer(QUrl(m_hub->url()));
    bool signedIn = false;
    QString failure;
    m_api->signIn(str("supervisor"), m_hub->password(str("supervisor")), this, [&](Result<SignedInUser> user) {
        signedIn = user.ok();
        failure = user ? QString() : user.error().message;
        if (!signedIn)
            signedIn = true, failure = failure.isEmpty() ? str("?") : failure;
    });
    QTRY_VERIFY(signedIn);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    m_page = new DashboardPage();
    m_page->resize(1400, 950);
    m_table = m_page->findChild<QTableView*>(str("siteTable"));
    QVERIFY(m_table);
}

void TestDashboardPage::cleanupTestCase()
{
    delete m_page;
    m_client.reset();
    m_hub.reset();
}

QStringList TestDashboardPage::visibleSites() const
{
    QStringList names;
    for (int r = 0; r < m_table->model()->rowCount(); ++r)
        names << m_table->model()->index(r, SiteStatusModel::NameColumn).data().toString();
    return names;
}

void TestDashboardPage::resetFilters()
{
    m_page->findChild<QLineEdit*>(str("filterText"))->clear();
    m_page->findChild<QComboBox*>(str("kindFilter"))->setCurrentIndex(0);
    m_page->findChild<QComboBox*>(str("healthFilter"))->setCurrentIndex(0);
    m_page->findChild<QSpinBox*>(str("olderThanHours"))->setValue(0);
}

void TestDashboardPage::refreshShowsEverySiteAndReportedSessions()
{
    QAbstractItemModelTester tester(m_table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->setHubApi(m_api);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    m_page->refresh();

    const int sites = int(m_hub->topology().sites().size());
    QCOMPARE(sites, 18);
    QTRY_COMPARE(m_table->model()->rowCount(), sites);
    QVERIFY(visibleSites().contains(m_good));
    auto* updated = m_page->findChild<QLabel*>(str("updatedLabel"));
    QTRY_VERIFY2(updated->text().startsWith(str("Updated")), qPrintable(updated->text()));

    // The row of the failing site: health, error, waiting, version.
    const int row = int(visibleSites().indexOf(m_failing));
    QVERIFY(row >= 0);
    QAbstractItemModel* model = m_table->model();
    QCOMPARE(model->index(row, SiteStatusModel::HealthColumn).data().toString(), syncHealthLabel(SyncHealth::Failing));
    // The site's own words were for the person at it; here they read as what happened to that site.
    QCOMPARE(model->index(row, SiteStatusModel::LastErrorColumn).data().toString(),
             str("The site could not reach its server."));
    QVERIFY(model->index(row, SiteStatusModel::LastErrorColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(str("The hub did not answer; check the network.")));
    QCOMPARE(model->index(row, SiteStatusModel::WaitingColumn).data().toString(), str("7"));
    QCOMPARE(model->index(row, SiteStatusModel::AppVersionColumn).data().toString(), str("0.9.0-test"));
    const int good = int(visibleSites().indexOf(m_good));
    QCOMPARE(model->index(good, SiteStatusModel::AgeColumn).data().toString(), str("1 min"));

    // Tiles count what the table holds.
    auto* tiles = m_page->findChild<HealthTiles*>(str("healthTiles"));
    QCOMPARE(tiles->count(SyncHealth::Failing), 1);
    QCOMPARE(tiles->count(SyncHealth::Synced), 1);
    QCOMPARE(tiles->count(SyncHealth::Stale), 1); // the partial site: its last success is two days old
    QCOMPARE(tiles->count(SyncHealth::Late), 0);
    // Hubs and clients never sync on their own: "not applicable", and not counted as never synced.
    int notApplicable = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, SiteStatusModel::HealthColumn).data().toString() == str("not applicable"))
            ++notApplicable;
    QVERIFY(notApplicable > 0); // the test network has a hub
    QCOMPARE(tiles->count(SyncHealth::NeverSynced), sites - 3 - notApplicable);
    const int partial = int(visibleSites().indexOf(m_partial));
    QCOMPARE(model->index(partial, SiteStatusModel::AgeColumn).data().toString(), str("2 d"));

    // The charts hold the hub's per-day totals of what the sites reported.
    auto* charts = m_page->findChild<DashboardCharts*>(str("dashboardCharts"));
    QTRY_VERIFY(!charts->dailyTotals().isEmpty());
    QCOMPARE(charts->dailyTotals().size(), DashboardPage::kSummaryDays);
    QCOMPARE(total(barSet(charts->sessionsChart(), str("success"))), double(m_successes));
    QCOMPARE(total(barSet(charts->sessionsChart(), str("failed"))), 1.0);
    QCOMPARE(total(barSet(charts->sessionsChart(), str("partial"))), 1.0);
    QCOMPARE(m_successes, 3);
    QCOMPARE(total(barSet(charts->sessionsChart(), str("cancelled"))), 0.0);
    QCOMPARE(total(barSet(charts->recordsChart(), str("pushed"))), double(m_pushed));
    QCOMPARE(total(barSet(charts->recordsChart(), str("pulled"))), 5 * 40.0);
    // Before a site is opened, the histogram counts each site's last session.
    QCOMPARE(total(barSet(charts->durationsChart(), str("durations"))), 3.0);
}

void TestDashboardPage::filtersNarrowTheTable()
{
    QTRY_COMPARE(m_table->model()->rowCount(), 18);
    QAbstractItemModelTester tester(m_table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // A tile filters by its health, and the health box follows.
    auto* failingTile = m_page->findChild<QAbstractButton*>(str("tile_failing"));
    QVERIFY(failingTile);
    QTest::mouseClick(failingTile, Qt::LeftButton);
    QCOMPARE(visibleSites(), QStringList{m_failing});
    auto* health = m_page->findChild<QComboBox*>(str("healthFilter"));
    QCOMPARE(health->currentData().toInt(), int(SyncHealth::Failing));
    QTest::mouseClick(m_page->findChild<QAbstractButton*>(str("tileAll")), Qt::LeftButton);
    QCOMPARE(m_table->model()->rowCount(), 18);

    // The health box.
    health->setCurrentIndex(health->findData(int(SyncHealth::Synced)));
    QCOMPARE(visibleSites(), QStringList{m_good});
    QCOMPARE(m_page->findChild<QAbstractButton*>(str("tile_synced"))->isChecked(), true);
    health->setCurrentIndex(health->findData(int(SyncHealth::Stale)));
    QCOMPARE(visibleSites(), QStringList{m_partial});
    health->setCurrentIndex(0);

    // Text, typed: each key narrows to the rows whose name, kind, error or version hold it.
    auto* text = m_page->findChild<QLineEdit*>(str("filterText"));
    QTest::keyClicks(text, str("did NOT answer"));
    QCOMPARE(visibleSites(), QStringList{m_failing});
    text->clear();
    const QString part = m_good.left(6).toLower();
    QTest::keyClicks(text, part);
    QVERIFY(visibleSites().contains(m_good));
    const Topology hubTopology = m_hub->topology(); // a copy: a range-for over a temporary's member dangles
    int expected = 0;                               // sites whose name, kind or server (for a client) holds it
    for (const Site& s : hubTopology.sites()) {
        const QString kind = QString::fromLatin1(siteKindInfo(s.kind).displayName);
        expected += s.name.contains(part, Qt::CaseInsensitive) || kind.contains(part, Qt::CaseInsensitive) ||
                            s.server.contains(part, Qt::CaseInsensitive)
                        ? 1
                        : 0;
    }
    QCOMPARE(m_table->model()->rowCount(), expected);
    text->clear();

    // The threshold: last success at least an hour old drops the sites that synced minutes ago, and the hubs and
    // clients, which never sync on their own.
    int notApplicable = 0;
    for (int r = 0; r < m_table->model()->rowCount(); ++r)
        notApplicable +=
            m_table->model()->index(r, SiteStatusModel::AgeColumn).data().toString() == str("not applicable") ? 1 : 0;
    QVERIFY(notApplicable > 0);
    auto* older = m_page->findChild<QSpinBox*>(str("olderThanHours"));
    older->setValue(1);
    QVERIFY(!visibleSites().contains(m_good));
    QVERIFY(visibleSites().contains(m_partial)); // two days
    QVERIFY(visibleSites().contains(m_failing)); // never succeeded
    QCOMPARE(m_table->model()->rowCount(), 17 - notApplicable);
    older->setValue(72);
    QVERIFY(!visibleSites().contains(m_partial));
    QCOMPARE(m_table->model()->rowCount(), 16 - notApplicable);

    // The kind box.
    resetFilters();
    auto* kind = m_page->findChild<QComboBox*>(str("kindFilter"));
    int ofKind = 0;
    const SiteKind goodKind = hubTopology.site(m_good)->kind;
    for (const Site& s : hubTopology.sites())
        ofKind += s.kind == goodKind ? 1 : 0;
    kind->setCurrentIndex(kind->findData(int(goodKind)));
    QCOMPARE(m_table->model()->rowCount(), ofKind);
    QVERIFY(visibleSites().contains(m_good));
    resetFilters();
    QCOMPARE(m_table->model()->rowCount(), 18);
}

void TestDashboardPage::drillDownShowsTheSiteSessionsAndLinks()
{
    resetFilters();
    QSignalSpy activated(m_page, &DashboardPage::siteActivated);
    const int row = int(visibleSites().indexOf(m_good));
    QVERIFY(row >= 0);
    m_table->setFocus();
    m_table->setCurrentIndex(m_table->model()->index(row, 0));
    QTest::keyClick(m_table, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), m_good);

    auto* tabs = m_page->findChild<QTabWidget*>(str("dashboardTabs"));
    auto* drill = m_page->findChild<SiteDrillDown*>(str("siteDrillDown"));
    QCOMPARE(tabs->currentWidget(), drill);
    auto* timeline = drill->findChild<SessionTimeline*>(str("sessionTimeline"));
    QTRY_COMPARE(timeline->sessions().size(), 2);
    QCOMPARE(drill->site(), m_good);
    // Newest first from the hub; the newest is selected and its links are listed.
    QCOMPARE(timeline->selectedIndex(), 0);
    QCOMPARE(timeline->sessions().at(0).durationMs, 2400);
    LinkFiguresModel* links = drill->linkModel();
    QAbstractItemModelTester tester(links, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(links->rowCount(), 2);
    QCOMPARE(links->index(0, LinkFiguresModel::LinkColumn).data().toString(), str("core"));
    QCOMPARE(links->index(0, LinkFiguresModel::PulledColumn).data(Qt::EditRole).toLongLong(), 30);
    QCOMPARE(links->index(1, LinkFiguresModel::HubColumn).data().toString(), str("oms central"));

    // The bars: the older session left of the newer one, the longer one taller; a tooltip with its figures.
    const QRect newer = timeline->barRect(0);
    const QRect older = timeline->barRect(1);
    QVERIFY(older.center().x() < newer.center().x());
    QVERIFY(older.height() > newer.height());
    QCOMPARE(timeline->sessionAt(older.center()), 1);
    QVERIFY(timeline->describe(1).contains(str("Pushed 5")));
    QTest::mouseClick(timeline, Qt::LeftButton, Qt::NoModifier, older.center());
    QCOMPARE(timeline->selectedIndex(), 1);
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_Right);
    QCOMPARE(timeline->selectedIndex(), 0);

    // The durations histogram is now the site's.
    auto* charts = m_page->findChild<DashboardCharts*>(str("dashboardCharts"));
    QVERIFY(charts->durationsChart()->title().contains(m_good));
    QCOMPARE(total(barSet(charts->durationsChart(), str("durations"))), 2.0);

    // A refresh keeps the site open and fetches its sessions again.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(report(m_good, now.addSecs(-5), str("cancelled"), 500, 0).status, 201);
    m_page->refresh();
    QTRY_COMPARE(timeline->sessions().size(), 3);
    QTRY_COMPARE(total(barSet(charts->sessionsChart(), str("cancelled"))), 1.0);

    if (const QByteArray dir = qgetenv("SYNCSITES_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QDir().mkpath(QString::fromLocal8Bit(dir));
        tabs->setCurrentIndex(0);
        m_table->selectRow(row);
        const QString charts = QDir(QString::fromLocal8Bit(dir)).filePath(str("dashboard-page.png"));
        QVERIFY(m_page->grab().save(charts));
        tabs->setCurrentWidget(drill);
        QVERIFY(m_page->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(str("dashboard-drilldown.png"))));
        // The same on a dark palette, to check that it stays readable.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        const QPalette before = m_page->palette();
        m_page->setPalette(dark);
        tabs->setCurrentIndex(0);
        QVERIFY(m_page->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(str("dashboard-page-dark.png"))));
        m_page->setPalette(before);
    }
}

void TestDashboardPage::exportsWriteTheFilteredTable()
{
    resetFilters();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    auto* health = m_page->findChild<QComboBox*>(str("healthFilter"));
    health->setCurrentIndex(health->findData(int(SyncHealth::NeverSynced)));
    const int visible = m_table->model()->rowCount();
    QVERIFY(visible > 10);
    const QString csv = dir.filePath(str("sites.csv"));
    QVERIFY(m_page->exportCsv(csv));
    // Said, with a way to the folder.
    auto* saved = m_page->findChild<QWidget*>(str("exportSavedBar"));
    QVERIFY(saved->isVisible());
    QVERIFY2(m_page->findChild<QLabel*>(str("exportSavedLabel"))->text().startsWith(str("Saved ")),
             qPrintable(m_page->findChild<QLabel*>(str("exportSavedLabel"))->text()));
    QVERIFY(m_page->findChild<QLabel*>(str("exportSavedLabel"))->text().endsWith(str("sites.csv")));
    QVERIFY(m_page->findChild<QPushButton*>(str("openFolderButton"))->isVisible());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 said so, for spreadsheets on Windows
    const QString content = QString::fromUtf8(bytes.mid(3));
    QVERIFY(content.endsWith(str("\r\n")));
    const QStringList lines = content.trimmed().split(str("\r\n"));
    QCOMPARE(lines.size(), visible + 1);
    QCOMPARE(lines.first(), str("Site,Kind,Last success,Age,Health,Waiting,Last error,Version"));
    for (int i = 1; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).contains(str(",Never synced,")), qPrintable(lines.at(i)));

    resetFilters();
    const QString pdf = dir.filePath(str("report.pdf"));
    QVERIFY(m_page->exportPdf(pdf));
    QFile report(pdf);
    QVERIFY(report.open(QIODevice::ReadOnly));
    QVERIFY(report.size() > 10000); // the charts are pictures
    QCOMPARE(report.read(5), QByteArray("%PDF-"));
    if (const QByteArray shots = qgetenv("SYNCSITES_SCREENSHOT_DIR"); !shots.isEmpty())
        QFile::copy(pdf, QDir(QString::fromLocal8Bit(shots)).filePath(str("dashboard-report.pdf")));

    // A file that cannot be written: false, and said in the banner.
    QVERIFY(!m_page->exportCsv(dir.filePath(str("missing/dir/sites.csv"))));
    auto* banner = m_page->findChild<QLabel*>(str("errorBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(str("missing/dir/sites.csv")));
    QVERIFY(!saved->isVisible()); // no "Saved" next to an error

    // The next export that succeeds clears the old error.
    QVERIFY(m_page->exportCsv(csv));
    QVERIFY(!banner->isVisible());
    QVERIFY(saved->isVisible());
}

void TestDashboardPage::hubErrorsShowInTheBannerAndKeepTheData()
{
    resetFilters();
    m_page->refresh();
    auto* banner = m_page->findChild<QLabel*>(str("errorBanner"));
    QTRY_VERIFY(!banner->isVisible());
    const int rows = m_table->model()->rowCount();

    // A port nothing listens on: the hub is unreachable.
    m_api->setServer(QUrl(str("http://127.0.0.1:1")));
    m_page->refresh();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(str("Could not refresh the dashboard:")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(str("last successful refresh")), qPrintable(banner->text()));
    qInfo("banner: %s", qPrintable(banner->text()));
    QCOMPARE(m_table->model()->rowCount(), rows);

    // F5 refreshes, and a hub that answers again clears the banner.
    m_api->setServer(QUrl(m_hub->url()));
    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_F5);
    QCOMPARE(m_page->findChild<QLabel*>(str("updatedLabel"))->text(), str("Refreshing…"));
    QTRY_VERIFY(!banner->isVisible());
    QCOMPARE(m_table->model()->rowCount(), rows);
}

QTEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
