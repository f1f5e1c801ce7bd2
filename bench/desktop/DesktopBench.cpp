// syncsites-desktop-bench: the desktop pages at 1,000 sites and 10,000 stores, under the offscreen platform.
// Prints one line per measurement: the median of the runs, the 95th percentile, and the target; --check exits 1
// when a median misses its target. No baseline: the targets are absolute (issue 6, item 7).
#include "LargeNetwork.h"
#include "SiteFilterProxy.h"
#include "SiteStatusModel.h"
#include "StoreMatrixModel.h"
#include "TopologyLayout.h"
#include "TopologyPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace syncsites;

namespace {

struct Figure
{
    double median = 0;
    double p95 = 0;
};

Figure summarise(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Figure f;
    f.median = ms[ms.size() / 2];
    f.p95 = ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))];
    return f;
}

/// Times `runs` calls of `op` (after `prepare`, untimed, before each).
Figure time(int runs, const std::function<void()>& op, const std::function<void()>& prepare = {})
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        if (prepare)
            prepare();
        QElapsedTimer timer;
        timer.start();
        op();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return summarise(ms);
}

int missed = 0;

void report(const char* what, const Figure& f, double targetMs, int runs)
{
    const bool met = f.median < targetMs;
    if (!met) {
        ++missed;
        std::printf("MISSED %s: median %.1f ms >= %.0f ms\n", what, f.median, targetMs);
    }
    std::printf("%-62s median %8.1f ms  p95 %8.1f ms  (%d runs)  target < %.0f ms: %s\n", what, f.median, f.p95, runs,
                targetMs, met ? "met" : "MISSED");
    std::fflush(stdout);
}

SiteStatusList syntheticStatuses(int count)
{
    SiteStatusList list;
    list.serverTime = QDateTime::currentDateTimeUtc();
    list.thresholds = {300, 600, 86400};
    const SiteKind kinds[] = {SiteKind::MsupplySingleUser, SiteKind::MsupplyMobile, SiteKind::OmsStandalone,
                              SiteKind::OmsAndroid};
    const SyncHealth healths[] = {SyncHealth::Synced, SyncHealth::Late, SyncHealth::Stale, SyncHealth::Failing,
                                  SyncHealth::NeverSynced};
    for (int i = 0; i < count; ++i) {
        SiteStatus s;
        s.name =
            QStringLiteral("%1 Health Centre %2").arg(i % 3 ? QStringLiteral("Rural") : QStringLiteral("Urban")).arg(i);
        s.kind = kinds[i % 4];
        s.role = QStringLiteral("site");
        s.health = healths[i % 5];
        s.lastSuccess = list.serverTime.addSecs(-qint64(i) * 37);
        s.lastAttempt = s.lastSuccess;
        s.waiting = i % 17;
        if (s.health == SyncHealth::Failing) {
            s.errorCode = QStringLiteral("timeout");
            s.errorMessage = QStringLiteral("The server took too long to answer.");
        }
        s.appVersion = QStringLiteral("0.1.%1").arg(i % 4);
        list.sites.append(s);
    }
    return list;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool check = app.arguments().contains(QStringLiteral("--check"));
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int runs = quick ? 3 : 7;

    const Topology network = test::largeNetwork(1000, 10000);
    std::printf("desktop scale: %lld sites, %lld stores (offscreen platform)\n", qlonglong(network.sites().size()),
                qlonglong(network.stores().size()));

    // 1. Topology: lay out, then lay out and paint the whole page for the first time.
    report("topology: layout of 1,000 sites and 10,000 stores",
           time(runs, [&] { (void)ui::TopologyLayout::compute(network); }), 1000, runs);
    const SiteStatusList statuses = syntheticStatuses(1000);
    report("topology: new page, setNetwork + statuses + first paint (1280x800)",
           time(runs,
                [&] {
                    ui::TopologyPage page;
                    page.resize(1280, 800);
                    page.setNetwork(network);
                    page.setStatuses(statuses);
                    page.show();
                    (void)page.grab();
                }),
           1000, runs);

    // 2. The store x site matrix: model reset, then a page of scrolling and its repaint.
    // Two networks that differ in one cell, set in turn, so that no reset can be skipped as "the same".
    Topology other = network;
    other.setSyncType(other.stores().first().code, other.sites().last().name, SyncType::Collector);
    ui::StoreMatrixModel matrix;
    int resets = 0;
    report("stores: matrix model reset, 10,000 stores x 1,000 sites",
           time(runs, [&] { matrix.setTopology(++resets % 2 ? other : network); }), 100, runs);
    std::printf("stores: matrix of %d rows x %d columns\n", matrix.rowCount(), matrix.columnCount());
    QTableView view;
    view.setModel(&matrix);
    view.resize(1280, 800);
    view.show();
    QApplication::processEvents();
    (void)view.grab();
    QScrollBar* down = view.verticalScrollBar();
    QScrollBar* right = view.horizontalScrollBar();
    int step = 0;
    report("stores: scroll one page down and right, and paint the view",
           time(runs * 3,
                [&] {
                    ++step;
                    down->setValue((step * down->pageStep() * 7) % std::max(1, down->maximum()));
                    right->setValue((step * right->pageStep() * 3) % std::max(1, right->maximum()));
                    (void)view.viewport()->grab(); // paints the cells now in view
                }),
           100, runs * 3);
    std::printf("stores: scrolled to row %d of %d, column %d of %d\n", view.rowAt(0), matrix.rowCount(),
                view.columnAt(0), matrix.columnCount());

    // 3. The dashboard's filter over 10,000 sites, one keystroke at a time.
    ui::SiteStatusModel sites;
    sites.setStatuses(syntheticStatuses(10000));
    ui::SiteFilterProxy proxy;
    proxy.setSiteModel(&sites);
    QTableView table;
    table.setModel(&proxy);
    table.resize(1280, 600);
    table.show();
    const QString typed = QStringLiteral("urban health centre 12");
    std::vector<double> keystrokes;
    int matched = 0;
    for (int r = 0; r < runs; ++r) {
        for (int i = 1; i <= typed.size(); ++i) {
            QElapsedTimer timer;
            timer.start();
            proxy.setText(typed.left(i));
            (void)table.viewport()->grab(); // paints the rows now shown
            keystrokes.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        matched = proxy.rowCount();
        proxy.setText(QString());
    }
    report("dashboard: filter 10,000 sites per keystroke, and paint", summarise(keystrokes), 50,
           int(keystrokes.size()));
    std::printf("dashboard: %d of 10,000 sites match \"%s\"\n", matched, qPrintable(typed));

    return check && missed > 0 ? 1 : 0;
}
