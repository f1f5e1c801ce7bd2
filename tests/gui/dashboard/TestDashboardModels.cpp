#include "DashboardExport.h"
#include "LinkFiguresModel.h"
#include "SiteFilterProxy.h"
#include "SiteStatusModel.h"
#include "Theme.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace syncsites;
using namespace syncsites::ui;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

/// `count` synthetic sites: kinds and healths in turn, ages in hours growing with the row, every seventh never
/// synced, every fifth with an error.
SiteStatusList syntheticSites(int count)
{
    SiteStatusList list;
    list.serverTime = kNow;
    const QVector<SiteKindInfo>& kinds = allSiteKinds();
    for (int i = 0; i < count; ++i) {
        SiteStatus s;
        s.name = QStringLiteral("Site %1").arg(i, 5, 10, QLatin1Char('0'));
        s.kind = kinds.at(i % kinds.size()).kind;
        s.role = QStringLiteral("site");
        s.health = allSyncHealths[i % 5];
        if (i % 7 != 0) {
            s.lastSuccess = kNow.addSecs(-qint64(i) * 3600);
            s.lastAttempt = s.lastSuccess;
            s.lastOutcome = QStringLiteral("success");
            s.lastDurationMs = 1000 + i;
            s.waiting = (i * 37) % 1000;
        }
        if (i % 5 == 0) {
            s.errorCode = QStringLiteral("server_unreachable");
            s.errorMessage = QStringLiteral("The hub did not answer (attempt %1)").arg(i);
        }
        s.appVersion = QStringLiteral("1.%1.0").arg(i % 3);
        list.sites.append(s);
    }
    return list;
}

} // namespace

class TestDashboardModels : public QObject
{
    Q_OBJECT

private slots:
    void siteModelAndProxyPassTheTester();
    void agesAndNumbersSortAsNumbers();
    void hubsAndClientsHaveNoSyncHealth();
    void anotherSitesErrorReadsAsThatSites();
    void healthTextReadsOnBothThemes();
    void tenThousandSitesFilterCorrectly();
    void linkFiguresModel();
    void formatAge_data();
    void formatAge();
    void csvQuotingFollowsRfc4180();
};

void TestDashboardModels::healthTextReadsOnBothThemes()
{
    // The health column's text, each health, on the light and the dark palette: at least 4.5:1 (WCAG AA) against
    // every background a table cell can have.
    SiteStatusList list = syntheticSites(5); // one site of each health
    SiteStatusModel model;
    model.setStatuses(list);
    for (const QString& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
        Theme::apply(theme);
        QCOMPARE(Theme::isDark(), theme == QLatin1String("dark"));
        const QPalette palette = QApplication::palette();
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex health = model.index(row, SiteStatusModel::HealthColumn);
            const QColor text = health.data(Qt::ForegroundRole).value<QColor>();
            QVERIFY(text.isValid());
            for (QPalette::ColorRole background : {QPalette::Base, QPalette::AlternateBase, QPalette::Window}) {
                const double ratio = Theme::contrastRatio(text, palette.color(background));
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2 (%3): %4:1")
                                                      .arg(health.data().toString(), theme)
                                                      .arg(int(background))
                                                      .arg(ratio, 0, 'f', 2)));
            }
        }
    }
    QCOMPARE(Theme::contrastRatio(Qt::black, Qt::white), 21.0);
    Theme::apply(QStringLiteral("light"));
}

void TestDashboardModels::anotherSitesErrorReadsAsThatSites()
{
    // A site writes its failure for the person at it ("This computer ..."); a supervisor reads what happened to
    // that site, and the site's own words stay in the tooltip with the code.
    SiteStatusList list = syntheticSites(3);
    list.sites[0].errorCode = QStringLiteral("no_network");
    list.sites[0].errorMessage = QStringLiteral("This computer is not connected to a network.");
    list.sites[1].errorCode = QStringLiteral("server_unreachable");
    list.sites[1].errorMessage = QStringLiteral("Cet ordinateur ne joint pas le serveur."); // the site's language
    list.sites[2].errorCode = QStringLiteral("records_rejected");
    list.sites[2].errorMessage = QStringLiteral("2 records could not be synced: stock_line 7");
    SiteStatusModel model;
    model.setStatuses(list);
    const auto error = [&](int row, int role) {
        return model.index(row, SiteStatusModel::LastErrorColumn).data(role).toString();
    };
    QCOMPARE(error(0, Qt::DisplayRole), QStringLiteral("The site had no network connection."));
    QVERIFY(!error(0, Qt::DisplayRole).contains(QLatin1String("This computer")));
    QVERIFY2(error(0, Qt::ToolTipRole).contains(QLatin1String("no_network")), qPrintable(error(0, Qt::ToolTipRole)));
    QVERIFY2(error(0, Qt::ToolTipRole).contains(list.sites[0].errorMessage), qPrintable(error(0, Qt::ToolTipRole)));
    QCOMPARE(error(1, Qt::DisplayRole), QStringLiteral("The site could not reach its server."));
    // Refused records are named by the site's message: kept.
    QCOMPARE(error(2, Qt::DisplayRole), list.sites[2].errorMessage);

    SiteFilterProxy proxy;
    proxy.setSiteModel(&model);
    proxy.setText(QStringLiteral("network connection"));
    QCOMPARE(proxy.rowCount(), 1);
}

void TestDashboardModels::siteModelAndProxyPassTheTester()
{
    SiteStatusModel model;
    SiteFilterProxy proxy;
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSiteModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setStatuses(syntheticSites(60));
    QCOMPARE(model.rowCount(), 60);
    QCOMPARE(model.columnCount(), int(SiteStatusModel::ColumnCount));
    proxy.sort(SiteStatusModel::AgeColumn);
    proxy.setText(QStringLiteral("site 0001"));
    QCOMPARE(proxy.rowCount(), 10); // 00010..00019
    proxy.setText(QString());
    proxy.setHealth(SyncHealth::Failing);
    QCOMPARE(proxy.rowCount(), 12);
    proxy.setHealth(std::nullopt);
    model.setStatuses(syntheticSites(5));
    QCOMPARE(proxy.rowCount(), 5);

    // What the cells say.
    const QModelIndex age = model.index(1, SiteStatusModel::AgeColumn);
    QCOMPARE(age.data().toString(), QStringLiteral("1 h"));
    QCOMPARE(model.index(0, SiteStatusModel::AgeColumn).data().toString(), QStringLiteral("never"));
    QCOMPARE(model.index(1, SiteStatusModel::KindColumn).data().toString(),
             QString::fromLatin1(allSiteKinds().at(1).displayName));
    QCOMPARE(model.index(0, SiteStatusModel::HealthColumn).data(Qt::ForegroundRole).value<QColor>(),
             Theme::healthTextColor(SyncHealth::Synced)); // the shade of the health's colour that reads as text
    QCOMPARE(model.index(0, SiteStatusModel::LastErrorColumn).data().toString(),
             QStringLiteral("The site could not reach its server.")); // its server_unreachable, as seen from here
    QCOMPARE(model.index(1, SiteStatusModel::LastSuccessColumn).data(SiteStatusModel::ExportRole).toString(),
             QStringLiteral("2026-03-01T11:00:00Z"));
    QVERIFY(!model.index(0, SiteStatusModel::WaitingColumn).data().isValid()); // never synced: no count
}

void TestDashboardModels::hubsAndClientsHaveNoSyncHealth()
{
    SiteStatusList list = syntheticSites(3);
    list.sites[0].role = QStringLiteral("hub");
    list.sites[1].role = QStringLiteral("client");
    list.sites[1].server = QStringLiteral("Site 00002");
    SiteStatusModel model;
    model.setStatuses(list);
    for (int row : {0, 1})
        for (int column :
             {SiteStatusModel::LastSuccessColumn, SiteStatusModel::AgeColumn, SiteStatusModel::HealthColumn})
            QCOMPARE(model.index(row, column).data().toString(), QStringLiteral("not applicable"));
    QVERIFY(model.index(1, SiteStatusModel::HealthColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Site 00002")));
    QCOMPARE(model.index(2, SiteStatusModel::HealthColumn).data().toString(), syncHealthLabel(list.sites[2].health));
    // A health filter (here "never synced") does not list them.
    SiteFilterProxy proxy;
    proxy.setSiteModel(&model);
    proxy.setHealth(SyncHealth::NeverSynced);
    for (int r = 0; r < proxy.rowCount(); ++r)
        QVERIFY(proxy.index(r, 0).data(SiteStatusModel::SiteNameRole).toString() == QStringLiteral("Site 00002"));
}

void TestDashboardModels::agesAndNumbersSortAsNumbers()
{
    SiteStatusModel model;
    SiteFilterProxy proxy;
    proxy.setSiteModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStatuses(syntheticSites(200));

    // As text "9 h" > "10 h" > "1 d"; as numbers each row's age is at least the previous one's.
    proxy.sort(SiteStatusModel::AgeColumn, Qt::AscendingOrder);
    qint64 previous = -1;
    bool sawNever = false;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const SiteStatusModel::Row& row = model.row(proxy.mapToSource(proxy.index(r, 0)).row());
        if (row.ageSeconds < 0) {
            sawNever = true; // never synced sorts as the oldest: only never-synced rows after the first
            continue;
        }
        QVERIFY2(!sawNever, "a site with a success after one never synced");
        QVERIFY(row.ageSeconds >= previous);
        previous = row.ageSeconds;
    }
    QVERIFY(sawNever);

    proxy.sort(SiteStatusModel::WaitingColumn, Qt::DescendingOrder);
    qint64 last = std::numeric_limits<qint64>::max();
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const qint64 waiting = model.row(proxy.mapToSource(proxy.index(r, 0)).row()).status.waiting;
        QVERIFY(waiting <= last);
        last = waiting;
    }
    QCOMPARE(proxy.index(0, SiteStatusModel::WaitingColumn).data().toString(), QLocale().toString(999));
}

void TestDashboardModels::tenThousandSitesFilterCorrectly()
{
    SiteStatusModel model;
    SiteFilterProxy proxy;
    proxy.setSiteModel(&model);
    const SiteStatusList list = syntheticSites(10000);
    model.setStatuses(list);
    proxy.sort(SiteStatusModel::NameColumn);
    QCOMPARE(proxy.rowCount(), 10000);

    // Each filter against a count made the plain way over the same data.
    auto expected = [&](auto accept) {
        int n = 0;
        for (const SiteStatus& s : list.sites)
            n += accept(s) ? 1 : 0;
        return n;
    };
    // Typed one key at a time, as a person does.
    const QString typed = QStringLiteral("Site 0420");
    QElapsedTimer timer;
    qint64 slowestMs = 0;
    for (int i = 1; i <= typed.size(); ++i) {
        timer.start();
        proxy.setText(typed.left(i));
        slowestMs = qMax(slowestMs, timer.elapsed());
        const QString lower = typed.left(i).toLower();
        QCOMPARE(proxy.rowCount(), expected([&](const SiteStatus& s) {
                     return s.name.toLower().contains(lower) || s.errorMessage.toLower().contains(lower) ||
                            s.errorCode.contains(lower) || s.appVersion.contains(lower) ||
                            QString::fromLatin1(siteKindInfo(s.kind).displayName).toLower().contains(lower);
                 }));
    }
    qInfo("slowest keystroke over 10,000 sorted rows: %lld ms (for information, not asserted)", slowestMs);
    QCOMPARE(proxy.rowCount(), 10);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Site 04200"));

    proxy.setText(QStringLiteral("ATTEMPT 125")); // the error message, any case
    QCOMPARE(proxy.rowCount(),
             expected([](const SiteStatus& s) { return s.errorMessage.contains(QLatin1String("attempt 125")); }));
    proxy.setText(QString());

    proxy.setHealth(SyncHealth::Stale);
    QCOMPARE(proxy.rowCount(), 2000);
    proxy.setKind(SiteKind::OmsStandalone);
    QCOMPARE(proxy.rowCount(), expected([](const SiteStatus& s) {
                 return s.health == SyncHealth::Stale && s.kind == SiteKind::OmsStandalone;
             }));
    QVERIFY(proxy.rowCount() > 0);
    proxy.setHealth(std::nullopt);
    proxy.setKind(std::nullopt);

    // Last success at least 48 h old, and the never synced.
    proxy.setOlderThanSeconds(48 * 3600);
    QCOMPARE(proxy.rowCount(), expected([](const SiteStatus& s) {
                 return !s.lastSuccess.isValid() || s.lastSuccess.secsTo(kNow) >= 48 * 3600;
             }));
    proxy.setOlderThanSeconds(0);
    QCOMPARE(proxy.rowCount(), 10000);
}

void TestDashboardModels::linkFiguresModel()
{
    LinkFiguresModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    // As the engine's SyncSummary writes a session's links.
    model.setLinks(
        QJsonArray{QJsonObject{{QStringLiteral("category"), QStringLiteral("core")},
                               {QStringLiteral("hub"), QStringLiteral("National Medical Stores")},
                               {QStringLiteral("pushed"), 12},
                               {QStringLiteral("pulled"), 3400},
                               {QStringLiteral("rejected"), 1},
                               {QStringLiteral("duration_ms"), 2500}},
                   QJsonObject{{QStringLiteral("category"), QStringLiteral("oms")}, {QStringLiteral("pulled"), 5}}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, LinkFiguresModel::HubColumn).data().toString(), QStringLiteral("National Medical Stores"));
    QCOMPARE(model.index(0, LinkFiguresModel::PulledColumn).data(Qt::EditRole).toLongLong(), 3400);
    QCOMPARE(model.index(0, LinkFiguresModel::DurationColumn).data().toString(),
             QStringLiteral("%1 s").arg(QLocale().toString(2.5, 'f', 1)));
    QVERIFY(!model.index(1, LinkFiguresModel::PushedColumn).data().isValid()); // not reported: empty
    model.setLinks({});
    QCOMPARE(model.rowCount(), 0);
}

void TestDashboardModels::formatAge_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("never") << qint64(-1) << QStringLiteral("never");
    QTest::newRow("seconds") << qint64(45) << QStringLiteral("45 s");
    QTest::newRow("minutes") << qint64(12 * 60 + 5) << QStringLiteral("12 min");
    QTest::newRow("hours") << qint64(3 * 3600 + 59 * 60) << QStringLiteral("3 h");
    QTest::newRow("days") << qint64(2 * 86400 + 3600) << QStringLiteral("2 d");
}

void TestDashboardModels::formatAge()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(SiteStatusModel::formatAge(seconds), text);
}

void TestDashboardModels::csvQuotingFollowsRfc4180()
{
    QCOMPARE(DashboardExport::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(DashboardExport::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(DashboardExport::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(DashboardExport::csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));

    SiteStatusModel model;
    SiteStatusList list = syntheticSites(2);
    list.sites[1].errorMessage = QStringLiteral("Refused, \"bad\" token");
    model.setStatuses(list);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(DashboardExport::writeCsv(model, buffer, SiteStatusModel::ExportRole));
    const QStringList lines = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 4); // header, two rows, and the empty string after the last CRLF
    QCOMPARE(lines.at(0), QStringLiteral("Site,Kind,Last success,Age,Health,Waiting,Last error,Version"));
    QVERIFY2(lines.at(2).contains(QStringLiteral(",\"Refused, \"\"bad\"\" token\",")), qPrintable(lines.at(2)));
    QVERIFY(lines.at(2).contains(QStringLiteral(",2026-03-01T11:00:00Z,")));
    QVERIFY(lines.at(3).isEmpty());
}

QTEST_MAIN(TestDashboardModels)
#include "TestDashboardModels.moc"
