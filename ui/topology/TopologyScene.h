#pragma once

#include "SyncHealth.h"
#include "Topology.h"
#include "TopologyLayout.h"

#include <QGraphicsScene>
#include <QHash>

#include <optional>

namespace syncsites::ui {

class EdgeLayerItem;
class SiteNodeItem;

/// The topology drawn: one SiteNodeItem per site at its TopologyLayout place, one EdgeLayerItem for every edge.
/// Keeps each site's health and which sites the kind and health filters leave undimmed.
class TopologyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit TopologyScene(QObject* parent = nullptr);
    /// Removes the items quietly: no selectionChanged() to listeners that may be half destroyed.
    ~TopologyScene() override;

    /// Replaces the drawing (health of sites not in `health` is NeverSynced).
    void setNetwork(const Topology& topology, const QHash<QString, SyncHealth>& health);
    void setHealth(const QHash<QString, SyncHealth>& health);
    /// Dims the sites that do not match; nullopt matches every kind or health. Gives how many match.
    int setFilter(std::optional<SiteKind> kind, std::optional<SyncHealth> health);

    const TopologyLayout& layout() const { return m_layout; }
    SiteNodeItem* node(const QString& site) const { return m_nodes.value(site); }
    const QVector<SiteNodeItem*>& nodes() const { return m_nodeList; }
    /// The nodes as read: rows from the top, each from the left (the keyboard's Home, End and "site 3 of 18").
    const QVector<SiteNodeItem*>& readingOrder() const { return m_readingOrder; }
    EdgeLayerItem* edges() const { return m_edges; }
    /// The drawing's rectangle with a margin.
    QRectF drawingRect() const;

    /// Selects one site (or none for an empty name) and nothing else.
    void selectSite(const QString& site);
    QString selectedSite() const;

    /// Renders the whole drawing, vector-exact on SVG painters. Items' caches are off meanwhile.
    void renderDrawing(QPainter* painter, const QRectF& target);

private:
    void applyFilter();

    TopologyLayout m_layout;
    QHash<QString, SiteNodeItem*> m_nodes;
    QVector<SiteNodeItem*> m_nodeList;
    QVector<SiteNodeItem*> m_readingOrder;
    EdgeLayerItem* m_edges = nullptr;
    std::optional<SiteKind> m_kindFilter;
    std::optional<SyncHealth> m_healthFilter;
};

} // namespace syncsites::ui
