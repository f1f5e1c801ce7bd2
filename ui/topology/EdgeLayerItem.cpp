#include "EdgeLayerItem.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace syncsites::ui {

namespace {

constexpr qreal kLabelDetail = 0.6;

} // namespace

EdgeLayerItem::EdgeLayerItem(const TopologyLayout& layout) : m_edges(layout.edges())
{
    for (const TopologyLayout::Edge& edge : std::as_const(m_edges)) {
        const QRectF extent = edge.route.boundingRect().adjusted(-2, -2, 2, 2);
        m_extents.append(extent);
        m_bounds = m_bounds.united(extent);
    }
    m_bounds.adjust(-40, -20, 40, 20);
    m_dimmed.fill(false, int(layout.nodes().size()));
    setFlag(ItemUsesExtendedStyleOption);
    setZValue(-1);
}

void EdgeLayerItem::setDimmedNodes(const QVector<bool>& dimmed)
{
    m_dimmed = dimmed;
    update();
}

QColor EdgeLayerItem::color(TopologyLayout::EdgeKind kind)
{
    switch (kind) {
    case TopologyLayout::EdgeKind::Core:
        return QColor(0x5b, 0x7b, 0xa8); // steel blue
    case TopologyLayout::EdgeKind::Oms:
        return QColor(0x9b, 0x6a, 0xd0); // violet
    case TopologyLayout::EdgeKind::Client:
        break;
    }
    return QColor(0x8a, 0x8f, 0x98); // grey
}

QString EdgeLayerItem::label(TopologyLayout::EdgeKind kind)
{
    switch (kind) {
    case TopologyLayout::EdgeKind::Core:
        return categoryId(Category::Core);
    case TopologyLayout::EdgeKind::Oms:
        return categoryId(Category::Oms);
    case TopologyLayout::EdgeKind::Client:
        break;
    }
    return QString();
}

void EdgeLayerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    Q_UNUSED(widget)
    const QRectF exposed = option->exposedRect.isEmpty() ? m_bounds : option->exposedRect;
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    painter->setRenderHint(QPainter::Antialiasing, detail > 0.3);

    auto isDimmed = [&](const TopologyLayout::Edge& edge) {
        return m_dimmed.value(edge.from, false) || m_dimmed.value(edge.to, false);
    };
    QVector<const TopologyLayout::Edge*> labelled;
    for (int i = 0; i < m_edges.size(); ++i) {
        if (!m_extents[i].intersects(exposed))
            continue;
        const TopologyLayout::Edge& edge = m_edges[i];
        QColor c = color(edge.kind);
        if (isDimmed(edge))
            c.setAlpha(45);
        QPen pen(c, 1.6);
        pen.setCosmetic(true);
        if (edge.kind == TopologyLayout::EdgeKind::Client)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->drawPolyline(edge.route);
        if (detail >= kLabelDetail && edge.kind != TopologyLayout::EdgeKind::Client && exposed.contains(edge.labelAt))
            labelled.append(&edge);
    }

    QFont font;
    font.setPixelSize(10);
    font.setBold(true);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    for (const TopologyLayout::Edge* edge : std::as_const(labelled)) {
        const QString text = label(edge->kind);
        const qreal w = metrics.horizontalAdvance(text) + 8;
        const QRectF pill(edge->labelAt.x() - w / 2, edge->labelAt.y() - 7.5, w, 15);
        QColor c = color(edge->kind);
        QColor base = palette.color(QPalette::Base);
        QColor textColor = palette.color(QPalette::Text);
        if (isDimmed(*edge)) {
            c.setAlpha(60);
            base.setAlpha(60);
            textColor.setAlpha(60);
        }
        painter->setPen(QPen(c, 1));
        painter->setBrush(base);
        painter->drawRoundedRect(pill, 7, 7);
        painter->setPen(textColor);
        painter->drawText(pill, Qt::AlignCenter, text);
    }
}

} // namespace syncsites::ui
