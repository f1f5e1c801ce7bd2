#include "TopologyScene.h"

#include "EdgeLayerItem.h"
#include "SiteNodeItem.h"
#include "StoresBySite.h"

#include <QPainter>

#include <algorithm>

namespace syncsites::ui {

TopologyScene::TopologyScene(QObject* parent) : QGraphicsScene(parent)
{
    setItemIndexMethod(BspTreeIndex);
}

TopologyScene::~TopologyScene()
{
    blockSignals(true);
    clear();
}

void TopologyScene::setNetwork(const Topology& topology, const QHash<QString, SyncHealth>& health)
{
    // One selectionChanged() at most, at the end, and only when the selected site is gone.
    const QString selected = selectedSite();
    blockSignals(true);
    clear();
    m_nodes.clear();
    m_nodeList.clear();
    m_readingOrder.clear();
    m_edges = nullptr;

    m_layout = TopologyLayout::compute(topology);
    const QHash<QString, QVector<StoreOnSite>> stores = StoresBySite::compute(topology);
    const QVector<Site>& sites = topology.sites();
    m_nodeList.reserve(sites.size());
    for (int i = 0; i < sites.size(); ++i) {
        const TopologyLayout::Node& placed = m_layout.nodes()[i];
        auto* node = new SiteNodeItem(sites[i].name, sites[i].kind, placed.rect.size(), stores.value(sites[i].name));
        node->setPos(placed.rect.topLeft());
        node->setHealth(health.value(sites[i].name, SyncHealth::NeverSynced));
        addItem(node);
        m_nodes.insert(sites[i].name, node);
        m_nodeList.append(node);
    }
    m_readingOrder = m_nodeList;
    std::stable_sort(m_readingOrder.begin(), m_readingOrder.end(), [](const SiteNodeItem* a, const SiteNodeItem* b) {
        return a->pos().y() < b->pos().y() || (a->pos().y() == b->pos().y() && a->pos().x() < b->pos().x());
    });
    m_edges = new EdgeLayerItem(m_layout);
    addItem(m_edges);
    // Room around the drawing, so that a site at its edge can still be centred.
    const QRectF drawing = drawingRect();
    setSceneRect(drawing.adjusted(-drawing.width(), -drawing.height(), drawing.width(), drawing.height())
                     .adjusted(-800, -600, 800, 600));
    applyFilter();
    if (SiteNodeItem* node = m_nodes.value(selected))
        node->setSelected(true);
    blockSignals(false);
    if (!selected.isEmpty() && !m_nodes.contains(selected))
        emit selectionChanged();
}

void TopologyScene::setHealth(const QHash<QString, SyncHealth>& health)
{
    for (SiteNodeItem* node : std::as_const(m_nodeList))
        node->setHealth(health.value(node->name(), SyncHealth::NeverSynced));
    applyFilter();
}

int TopologyScene::setFilter(std::optional<SiteKind> kind, std::optional<SyncHealth> health)
{
    m_kindFilter = kind;
    m_healthFilter = health;
    applyFilter();
    int matching = 0;
    for (const SiteNodeItem* node : std::as_const(m_nodeList))
        matching += node->isDimmed() ? 0 : 1;
    return matching;
}

void TopologyScene::applyFilter()
{
    QVector<bool> dimmed(m_nodeList.size(), false);
    for (int i = 0; i < m_nodeList.size(); ++i) {
        SiteNodeItem* node = m_nodeList[i];
        dimmed[i] =
            (m_kindFilter && node->kind() != *m_kindFilter) || (m_healthFilter && node->health() != *m_healthFilter);
        if (node->isDimmed() != dimmed[i])
            node->setDimmed(dimmed[i]);
    }
    if (m_edges)
        m_edges->setDimmedNodes(dimmed);
}

QRectF TopologyScene::drawingRect() const
{
    const QRectF bounds = m_layout.bounds();
    if (bounds.isNull())
        return QRectF(-200, -100, 400, 200);
    return bounds.adjusted(-40, -40, 40, 40);
}

void TopologyScene::selectSite(const QString& site)
{
    SiteNodeItem* node = m_nodes.value(site);
    if (node && node->isSelected() && selectedItems().size() == 1)
        return;
    QSignalBlocker blocker(this);
    clearSelection();
    if (node)
        node->setSelected(true);
    blocker.unblock();
    emit selectionChanged();
}

QString TopologyScene::selectedSite() const
{
    const QList<QGraphicsItem*> selected = selectedItems();
    for (QGraphicsItem* item : selected) {
        if (auto* node = dynamic_cast<SiteNodeItem*>(item))
            return node->name();
    }
    return QString();
}

void TopologyScene::renderDrawing(QPainter* painter, const QRectF& target)
{
    for (SiteNodeItem* node : std::as_const(m_nodeList))
        node->setCacheMode(QGraphicsItem::NoCache);
    render(painter, target, drawingRect(), Qt::KeepAspectRatio);
    for (SiteNodeItem* node : std::as_const(m_nodeList))
        node->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
}

} // namespace syncsites::ui
