#include "DemoNetwork.h"
#include "LargeNetwork.h"
#include "TopologyLayout.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace syncsites;
using namespace syncsites::ui;
using Layer = TopologyLayout::Layer;

namespace {

// The first pair of nodes whose cards overlap, as "a / b", or empty.
QString firstOverlap(const TopologyLayout& layout)
{
    QVector<int> order(layout.nodes().size());
    std::iota(order.begin(), order.end(), 0);
    const auto& nodes = layout.nodes();
    std::sort(order.begin(), order.end(), [&](int a, int b) { return nodes[a].rect.left() < nodes[b].rect.left(); });
    for (int i = 0; i < order.size(); ++i) {
        for (int j = i + 1; j < order.size(); ++j) {
            const QRectF& a = nodes[order[i]].rect;
            const QRectF& b = nodes[order[j]].rect;
            if (b.left() >= a.right())
                break;
            if (a.intersects(b))
                return nodes[order[i]].site + QStringLiteral(" / ") + nodes[order[j]].site;
        }
    }
    return QString();
}

// Every layer lies wholly below the one before it.
bool layersStack(const TopologyLayout& layout, QString* why)
{
    qreal previousBottom = -1e9;
    for (Layer layer : {Layer::Hubs, Layer::Servers, Layer::Sites, Layer::Clients}) {
        qreal top = 1e9;
        qreal bottom = -1e9;
        for (const TopologyLayout::Node& node : layout.nodes()) {
            if (node.layer == layer) {
                top = std::min(top, node.rect.top());
                bottom = std::max(bottom, node.rect.bottom());
            }
        }
        if (top > bottom)
            continue; // empty layer
        if (top <= previousBottom) {
            *why = QStringLiteral("layer %1 starts at %2, above the previous layer's bottom %3")
                       .arg(int(layer))
                       .arg(top)
                       .arg(previousBottom);
            return false;
        }
        previousBottom = bottom;
    }
    return true;
}

bool hasEdge(const TopologyLayout& layout, const QString& from, const QString& to, TopologyLayout::EdgeKind kind)
{
    const int f = layout.indexOf(from);
    const int t = layout.indexOf(to);
    return std::any_of(layout.edges().begin(), layout.edges().end(),
                       [&](const TopologyLayout::Edge& e) { return e.from == f && e.to == t && e.kind == kind; });
}

} // namespace

class TestTopologyLayout : public QObject
{
    Q_OBJECT

private slots:
    void demoNetworkLayers();
    void demoNetworkNoOverlapAndEveryLinkAnEdge();
    void demoNetworkKeepsProvincesTogether();
    void emptyNetwork();
    void thousandSitesReadableShape();
};

void TestTopologyLayout::demoNetworkLayers()
{
    const Topology topology = DemoNetwork::generate().topology;
    const TopologyLayout layout = TopologyLayout::compute(topology);
    QCOMPARE(layout.nodes().size(), topology.sites().size());
    QCOMPARE(topology.sites().size(), 18);
    for (const Site& site : topology.sites()) {
        const TopologyLayout::Node& node = layout.nodes()[layout.indexOf(site.name)];
        QCOMPARE(node.site, site.name);
        Layer expected = Layer::Sites;
        if (site.info().hubOf)
            expected = Layer::Hubs;
        else if (site.isClient())
            expected = Layer::Clients;
        else if (site.name.endsWith(QLatin1String("Province Server")))
            expected = Layer::Servers; // they serve clients and keep their districts' Collector copies
        QVERIFY2(node.layer == expected, qPrintable(site.name + QStringLiteral(": layer %1").arg(int(node.layer))));
    }
    QString why;
    QVERIFY2(layersStack(layout, &why), qPrintable(why));
    // The core hub comes first in its row.
    const auto& nodes = layout.nodes();
    QVERIFY(nodes[layout.indexOf(QStringLiteral("National Medical Stores"))].rect.left() <
            nodes[layout.indexOf(QStringLiteral("National Cold Chain Hub"))].rect.left());
}

void TestTopologyLayout::demoNetworkNoOverlapAndEveryLinkAnEdge()
{
    const Topology topology = DemoNetwork::generate().topology;
    const TopologyLayout layout = TopologyLayout::compute(topology);
    QVERIFY2(firstOverlap(layout).isEmpty(), qPrintable(firstOverlap(layout)));
    int expectedEdges = 0;
    for (const Site& site : topology.sites()) {
        for (auto it = site.links.constBegin(); it != site.links.constEnd(); ++it) {
            ++expectedEdges;
            QVERIFY2(hasEdge(layout, site.name, it.value(), TopologyLayout::edgeKind(it.key())),
                     qPrintable(site.name + QStringLiteral(" -> ") + it.value()));
        }
        if (site.isClient()) {
            ++expectedEdges;
            QVERIFY2(hasEdge(layout, site.name, site.server, TopologyLayout::EdgeKind::Client), qPrintable(site.name));
        }
    }
    QCOMPARE(layout.edges().size(), expectedEdges);
    // The bounds hold every node.
    for (const TopologyLayout::Node& node : layout.nodes())
        QVERIFY(layout.bounds().contains(node.rect));
}

void TestTopologyLayout::demoNetworkKeepsProvincesTogether()
{
    // Each district hospital sits under the province server that collects its pharmacy, so the districts of the
    // left-hand province come before those of the right-hand one, and each health centre follows its district.
    const DemoNetwork demo = DemoNetwork::generate();
    const Topology& topology = demo.topology;
    const TopologyLayout layout = TopologyLayout::compute(topology);
    const auto x = [&](const QString& site) {
        return layout.nodes()[layout.indexOf(site)].rect.left();
    };
    QStringList provinces{QStringLiteral("Northern Province Server"), QStringLiteral("Southern Province Server")};
    std::sort(provinces.begin(), provinces.end(), [&](const QString& a, const QString& b) { return x(a) < x(b); });

    QHash<QString, QString> provinceOf; // district hospital -> province server collecting its stores
    for (const Store& store : topology.stores()) {
        for (const QString& province : std::as_const(provinces)) {
            if (store.visibility.value(province) == SyncType::Collector)
                provinceOf.insert(store.home, province);
        }
    }
    QCOMPARE(provinceOf.size(), 4);
    // Sites are ordered row by row (a wide layer wraps).
    const auto order = [&](const QString& site) {
        const TopologyLayout::Node& n = layout.nodes()[layout.indexOf(site)];
        return n.row * 1000 + n.column;
    };
    int lastOrder = -1;
    for (const QString& province : std::as_const(provinces)) {
        int first = 1 << 30;
        int last = -1;
        for (auto it = provinceOf.constBegin(); it != provinceOf.constEnd(); ++it) {
            if (it.value() == province) {
                first = std::min(first, order(it.key()));
                last = std::max(last, order(it.key()));
            }
        }
        QVERIFY2(first > lastOrder, qPrintable(province));
        lastOrder = last;
    }
    // A health centre comes after the district hospital it trades with.
    for (const SupplyRoute& route : demo.routes) {
        const QString supplier = topology.store(route.supplier)->home;
        const QString customer = topology.store(route.customer)->home;
        if (provinceOf.contains(supplier) && customer.endsWith(QLatin1String("Health Centre")))
            QVERIFY2(order(supplier) < order(customer), qPrintable(supplier + QStringLiteral(" / ") + customer));
    }
}

void TestTopologyLayout::emptyNetwork()
{
    const TopologyLayout layout = TopologyLayout::compute(Topology());
    QVERIFY(layout.nodes().isEmpty());
    QVERIFY(layout.edges().isEmpty());
    QVERIFY(layout.bounds().isNull());
    QCOMPARE(layout.indexOf(QStringLiteral("nowhere")), -1);
}

void TestTopologyLayout::thousandSitesReadableShape()
{
    const Topology topology = test::largeNetwork();
    QCOMPARE(topology.sites().size(), 1000);
    QCOMPARE(topology.stores().size(), 10000);
    QElapsedTimer timer;
    timer.start();
    const TopologyLayout layout = TopologyLayout::compute(topology);
    qInfo("layout of 1,000 sites and 10,000 stores: %lld ms", qint64(timer.elapsed()));
    QCOMPARE(layout.nodes().size(), 1000);
    QVERIFY2(firstOverlap(layout).isEmpty(), qPrintable(firstOverlap(layout)));
    QString why;
    QVERIFY2(layersStack(layout, &why), qPrintable(why));
    // Wide layers wrap: the drawing stays within 1:3 and 3:1, and no row is longer than columns().
    const qreal ratio = layout.bounds().width() / layout.bounds().height();
    QVERIFY2(ratio > 1.0 / 3 && ratio < 3, qPrintable(QString::number(ratio)));
    QHash<int, int> perRow;
    for (const TopologyLayout::Node& node : layout.nodes())
        ++perRow[node.row];
    for (auto it = perRow.constBegin(); it != perRow.constEnd(); ++it)
        QVERIFY(it.value() <= layout.columns());
    QVERIFY(perRow.size() > 10);
    // Each site is under the server that collects its stores: sites of server 00 come before those of server 29.
    const auto order = [&](const QString& site) {
        const TopologyLayout::Node& n = layout.nodes()[layout.indexOf(site)];
        return n.row * 1000 + n.column;
    };
    QVERIFY(order(QStringLiteral("Site 000")) < order(QStringLiteral("Site 029")));
    QVERIFY(order(QStringLiteral("Site 030")) < order(QStringLiteral("Site 029")));
}

QTEST_GUILESS_MAIN(TestTopologyLayout)
#include "TestTopologyLayout.moc"
