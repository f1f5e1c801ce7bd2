#include "TopologyLayout.h"

#include <QLineF>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace syncsites::ui {

namespace {

using Layer = TopologyLayout::Layer;

constexpr int kLayerCount = 4;
constexpr int kMinColumns = 10;

// A site's place in the order of its layer: sorted by key (the mean position of the sites above it that it
// relates to, 0..1), then by anchor (the site whose key it took) and depth, so that a site and the sites
// that follow it stay together.
struct OrderKey
{
    double key = 0.5;
    QString anchor;
    int depth = 0;
    bool resolved = false;
};

Layer layerOf(const Site& site, const QSet<QString>& servers, const QSet<QString>& collectors)
{
    const SiteKindInfo& info = site.info();
    if (info.hubOf)
        return Layer::Hubs;
    if (!info.holdsData)
        return Layer::Clients;
    if (info.servesClients && (servers.contains(site.name) || collectors.contains(site.name)))
        return Layer::Servers;
    return Layer::Sites;
}

} // namespace

TopologyLayout::EdgeKind TopologyLayout::edgeKind(Category category)
{
    return category == Category::Oms ? EdgeKind::Oms : EdgeKind::Core;
}

TopologyLayout TopologyLayout::compute(const Topology& topology)
{
    TopologyLayout layout;
    const QVector<Site>& sites = topology.sites();
    const int count = int(sites.size());
    if (count == 0)
        return layout;

    QHash<QString, int> index;
    index.reserve(count);
    for (int i = 0; i < count; ++i)
        index.insert(sites[i].name, i);

    QSet<QString> servers;
    for (const Site& site : sites) {
        if (site.isClient() && !site.server.isEmpty())
            servers.insert(site.server);
    }
    // Who keeps whose stores: a Collector or Transfer entry relates the store's home and the other site.
    QSet<QString> collectors;
    QVector<QHash<int, int>> related(count);
    for (const Store& store : topology.stores()) {
        const int home = index.value(store.home, -1);
        for (auto it = store.visibility.constBegin(); it != store.visibility.constEnd(); ++it) {
            if (it.key() == store.home || it.value() == SyncType::None || it.value() == SyncType::Active)
                continue;
            if (it.value() == SyncType::Collector)
                collectors.insert(it.key());
            const int other = index.value(it.key(), -1);
            if (home < 0 || other < 0)
                continue;
            const int weight = it.value() == SyncType::Collector ? 2 : 1;
            related[home][other] += weight;
            related[other][home] += weight;
        }
    }

    QVector<Layer> layers(count);
    QVector<QVector<int>> members(kLayerCount);
    for (int i = 0; i < count; ++i) {
        layers[i] = layerOf(sites[i], servers, collectors);
        members[int(layers[i])].append(i);
    }

    // Each ordered layer gives its members a fraction 0..1 that the layers below sort by.
    QVector<double> fraction(count, 0.5);
    auto settle = [&](QVector<int>& layer, const QVector<OrderKey>& keys) {
        std::sort(layer.begin(), layer.end(), [&](int a, int b) {
            const OrderKey& ka = keys[a];
            const OrderKey& kb = keys[b];
            if (ka.key != kb.key)
                return ka.key < kb.key;
            if (ka.anchor != kb.anchor)
                return ka.anchor < kb.anchor;
            if (ka.depth != kb.depth)
                return ka.depth < kb.depth;
            return sites[a].name < sites[b].name;
        });
        for (int pos = 0; pos < layer.size(); ++pos)
            fraction[layer[pos]] = (pos + 0.5) / double(layer.size());
    };
    auto linkKey = [&](int i) {
        double sum = 0;
        int n = 0;
        for (const QString& target : sites[i].links) {
            const int j = index.value(target, -1);
            if (j >= 0 && j != i) {
                sum += fraction[j];
                ++n;
            }
        }
        return n > 0 ? sum / n : 0.5;
    };

    QVector<OrderKey> keys(count);
    // Hubs: the core hub first.
    for (int i : std::as_const(members[int(Layer::Hubs)])) {
        keys[i].key = sites[i].info().hubOf == Category::Core ? 0 : 1;
        keys[i].anchor = sites[i].name;
    }
    settle(members[int(Layer::Hubs)], keys);

    // Servers: by the hubs they link to.
    for (int i : std::as_const(members[int(Layer::Servers)])) {
        keys[i].key = linkKey(i);
        keys[i].anchor = siteKindId(sites[i].kind);
    }
    settle(members[int(Layer::Servers)], keys);

    // Sites: under the servers that keep their stores; then next to the sites of their layer they trade with;
    // the rest by the hubs they link to.
    QVector<int>& middle = members[int(Layer::Sites)];
    for (int i : std::as_const(middle)) {
        double sum = 0;
        int weight = 0;
        for (auto it = related[i].constBegin(); it != related[i].constEnd(); ++it) {
            if (layers[it.key()] == Layer::Servers) {
                sum += fraction[it.key()] * it.value();
                weight += it.value();
            }
        }
        if (weight > 0)
            keys[i] = {sum / weight, sites[i].name, 0, true};
    }
    for (bool changed = true; changed;) {
        changed = false;
        QVector<std::pair<int, OrderKey>> found;
        for (int i : std::as_const(middle)) {
            if (keys[i].resolved)
                continue;
            int best = -1;
            int bestWeight = 0;
            for (auto it = related[i].constBegin(); it != related[i].constEnd(); ++it) {
                const int j = it.key();
                if (layers[j] != Layer::Sites || !keys[j].resolved)
                    continue;
                if (it.value() > bestWeight || (it.value() == bestWeight && sites[j].name < sites[best].name)) {
                    best = j;
                    bestWeight = it.value();
                }
            }
            if (best >= 0)
                found.append({i, OrderKey{keys[best].key, keys[best].anchor, keys[best].depth + 1, true}});
        }
        for (const auto& [i, key] : std::as_const(found)) {
            keys[i] = key;
            changed = true;
        }
    }
    for (int i : std::as_const(middle)) {
        if (!keys[i].resolved)
            keys[i] = {linkKey(i), sites[i].name, 0, true};
    }
    settle(middle, keys);

    // Clients: under their server.
    for (int i : std::as_const(members[int(Layer::Clients)])) {
        const int server = index.value(sites[i].server, -1);
        keys[i] = {server >= 0 ? fraction[server] : 1.0, sites[i].server, 0, true};
    }
    settle(members[int(Layer::Clients)], keys);

    // Rows: wide layers wrap so that the drawing stays about 3:2.
    const qreal pitchX = nodeWidth + columnGap;
    const qreal pitchY = nodeHeight + rowGap;
    const int columns = std::max(kMinColumns, int(std::ceil(std::sqrt(count * 1.6 * double(pitchY) / double(pitchX)))));
    layout.m_columns = columns;
    layout.m_nodes.resize(count);
    qreal y = 0;
    int row = 0;
    QVector<LayerRows> layerRows(kLayerCount);
    for (int l = 0; l < kLayerCount; ++l) {
        const QVector<int>& layer = members[l];
        if (layer.isEmpty())
            continue;
        const int rows = int((layer.size() + columns - 1) / columns);
        const int perRow = int((layer.size() + rows - 1) / rows);
        // The trunk: the column gap at the middle of the full rows (rows are centred on x = 0).
        layerRows[l] = {true, y, perRow % 2 == 0 ? 0.0 : pitchX / 2};
        for (int pos = 0; pos < layer.size(); ++pos) {
            const int r = pos / perRow;
            const int c = pos % perRow;
            const int inRow = std::min(perRow, int(layer.size()) - r * perRow);
            const qreal x = (c - (inRow - 1) / 2.0) * pitchX - nodeWidth / 2;
            Node& node = layout.m_nodes[layer[pos]];
            node.site = sites[layer[pos]].name;
            node.layer = Layer(l);
            node.row = row + r;
            node.column = c;
            node.rect = QRectF(x, y + r * pitchY, nodeWidth, nodeHeight);
        }
        row += rows;
        y += rows * pitchY + layerGap;
    }

    for (int i = 0; i < count; ++i) {
        layout.m_index.insert(sites[i].name, i);
        layout.m_bounds =
            layout.m_bounds.isNull() ? layout.m_nodes[i].rect : layout.m_bounds.united(layout.m_nodes[i].rect);
    }
    for (int i = 0; i < count; ++i) {
        for (auto it = sites[i].links.constBegin(); it != sites[i].links.constEnd(); ++it) {
            const int j = index.value(it.value(), -1);
            if (j >= 0 && j != i)
                layout.m_edges.append(layout.routed(i, j, edgeKind(it.key()), layerRows));
        }
        if (sites[i].isClient()) {
            const int j = index.value(sites[i].server, -1);
            if (j >= 0 && j != i)
                layout.m_edges.append(layout.routed(i, j, EdgeKind::Client, layerRows));
        }
    }
    return layout;
}

TopologyLayout::Edge TopologyLayout::routed(int from, int to, EdgeKind kind, const QVector<LayerRows>& layers) const
{
    Edge edge{from, to, kind, QPolygonF(), QPointF()};
    const QRectF lower = m_nodes[from].rect;
    const QRectF upper = m_nodes[to].rect;
    if (lower.top() < upper.bottom()) {
        // Same row (the oms hub linking to the core hub): side to side.
        const bool rightward = lower.center().x() < upper.center().x();
        const QLineF line(QPointF(rightward ? lower.right() : lower.left(), lower.center().y()),
                          QPointF(rightward ? upper.left() : upper.right(), upper.center().y()));
        edge.route << line.p1() << line.p2();
        edge.labelAt = line.pointAt(0.5);
        return edge;
    }
    // Where the edge leaves its node: core links left of centre, oms links right, clients in the middle, so that a
    // site's links and their labels do not lie on top of each other; their trunks are side by side likewise.
    const qreal share = kind == EdgeKind::Core ? 0.38 : kind == EdgeKind::Oms ? 0.62 : 0.5;
    const qreal offset = kind == EdgeKind::Core ? -8 : kind == EdgeKind::Oms ? 8 : 0;
    const QPointF start(lower.left() + lower.width() * share, lower.top());
    const QPointF end(upper.center().x(), upper.bottom());
    const int fromLayer = int(m_nodes[from].layer);
    const int toLayer = int(m_nodes[to].layer);
    bool crosses = lower.top() > layers[fromLayer].top; // a wrapped row: rows of its own layer above it
    for (int l = toLayer + 1; l < fromLayer; ++l)
        crosses = crosses || layers[l].present;
    if (!crosses) {
        edge.route << start << end;
        edge.labelAt = QLineF(start, end).pointAt(0.22);
        return edge;
    }
    const auto busAbove = [&](qreal rowTop) {
        return rowTop - rowGap / 2 - 2 + offset / 2;
    };
    qreal bus = busAbove(lower.top());
    edge.route << start << QPointF(start.x(), bus);
    for (int l = fromLayer; l > toLayer; --l) {
        if (!layers[l].present)
            continue;
        const qreal trunk = layers[l].trunkX + offset;
        edge.route << QPointF(trunk, bus);
        bus = busAbove(layers[l].top);
        edge.route << QPointF(trunk, bus);
    }
    edge.route << end;
    // Consecutive duplicates (a node right at its trunk, a first row) would draw nothing but cost a segment.
    QPolygonF points;
    for (const QPointF& p : std::as_const(edge.route)) {
        if (points.isEmpty() || points.last() != p)
            points << p;
    }
    edge.route = points;
    edge.labelAt = QPointF(start.x(), start.y() - 8);
    return edge;
}

} // namespace syncsites::ui
