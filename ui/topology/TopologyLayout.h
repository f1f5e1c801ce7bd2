#pragma once

#include "DataCategory.h"
#include "Topology.h"

#include <QHash>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QVector>

namespace syncsites::ui {

/// Where each site of a network is drawn: a layered layout, pure computation (no widgets), so that it can be
/// tested and measured on its own.
///
/// Layers, top to bottom: hubs (kinds that are the hub of a category), servers (kinds that serve clients and
/// are not hubs, when they have clients attached or keep Collector copies of other sites' stores), the other
/// data-holding sites, clients. Within a layer sites are ordered by the sites above them that they are related to
/// (links, the server of a client, the servers that collect their stores), so that edges stay short; sites related
/// to one another in the same layer are kept together. A layer wider than `columns()` wraps into several rows,
/// so that a thousand sites keep a readable shape.
class TopologyLayout
{
public:
    enum class Layer
    {
        Hubs,
        Servers,
        Sites,
        Clients,
    };

    enum class EdgeKind
    {
        Core,   ///< a link for the core category
        Oms,    ///< a link for the oms category
        Client, ///< a client attached to its server
    };

    struct Node
    {
        QString site;
        Layer layer = Layer::Sites;
        int row = 0;    ///< row of the whole drawing, from the top
        int column = 0; ///< position in its row
        QRectF rect;    ///< scene rectangle of the node's card
    };

    struct Edge
    {
        int from = 0; ///< index of the lower node (the linking site, or the client)
        int to = 0;   ///< index of the upper node (the hub, or the server)
        EdgeKind kind = EdgeKind::Core;
        /// Where the edge is drawn, from the lower node to the upper one. An edge that would cross other nodes
        /// (from a wrapped row, or across a layer) runs up the gap above its row to the layer's trunk, a column
        /// gap kept free of nodes, and up the trunks of the layers it crosses; others are straight.
        QPolygonF route;
        QPointF labelAt; ///< where its category label goes, next to the lower node
    };

    static constexpr qreal nodeWidth = 200;
    static constexpr qreal nodeHeight = 112;
    static constexpr qreal columnGap = 36;
    static constexpr qreal rowGap = 40;
    static constexpr qreal layerGap = 56; ///< extra space between two layers, for edges and their labels

    static TopologyLayout compute(const Topology& topology);

    const QVector<Node>& nodes() const { return m_nodes; }
    const QVector<Edge>& edges() const { return m_edges; }
    /// Index of a site's node, -1 when unknown.
    int indexOf(const QString& site) const { return m_index.value(site, -1); }
    /// The union of every node's rectangle (empty for an empty network).
    QRectF bounds() const { return m_bounds; }
    /// How many nodes a row holds at most.
    int columns() const { return m_columns; }

    static EdgeKind edgeKind(Category category);

private:
    struct LayerRows
    {
        bool present = false;
        qreal top = 0;    ///< y of its first row
        qreal trunkX = 0; ///< x of the column gap its crossing edges run up
    };
    Edge routed(int from, int to, EdgeKind kind, const QVector<LayerRows>& layers) const;

    QVector<Node> m_nodes;
    QVector<Edge> m_edges;
    QHash<QString, int> m_index;
    QRectF m_bounds;
    int m_columns = 0;
};

} // namespace syncsites::ui
