#pragma once

#include "TopologyLayout.h"

#include <QGraphicsItem>
#include <QVector>

namespace syncsites::ui {

/// Every edge of the topology drawing in one item (a thousand edges as items would cost more than they draw):
/// links as solid lines labelled with their category, clients to their server as dashed lines. Only edges in the
/// exposed area are drawn; labels only when zoomed in enough to read them.
class EdgeLayerItem : public QGraphicsItem
{
public:
    explicit EdgeLayerItem(const TopologyLayout& layout);

    int edgeCount() const { return int(m_edges.size()); }
    /// Edges with a dimmed end are drawn faint.
    void setDimmedNodes(const QVector<bool>& dimmed);

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    /// The colour of an edge kind (readable on light and dark backgrounds).
    static QColor color(TopologyLayout::EdgeKind kind);
    /// "core", "oms", or empty for client attachments.
    static QString label(TopologyLayout::EdgeKind kind);

private:
    QVector<TopologyLayout::Edge> m_edges;
    QVector<QRectF> m_extents; ///< each route's bounding rectangle, for culling
    QVector<bool> m_dimmed;
    QRectF m_bounds;
};

} // namespace syncsites::ui
