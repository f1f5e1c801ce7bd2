#include "TopologyView.h"

#include "SiteNodeItem.h"
#include "TopologyScene.h"

#include <QApplication>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace syncsites::ui {

TopologyView::TopologyView(QWidget* parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlag(DontAdjustForAntialiasing);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setDragMode(NoDrag);
    setBackgroundRole(QPalette::Window);
    setFocusPolicy(Qt::StrongFocus);
    // Dragging pans; scroll bars over a scene with room around the drawing would only mislead.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

qreal TopologyView::zoom() const
{
    return transform().m11();
}

void TopologyView::applyZoom(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, minScale, maxScale);
    if (zoom() > 0 && !qFuzzyCompare(target, zoom()))
        scale(target / zoom(), target / zoom());
}

void TopologyView::zoomBy(qreal factor)
{
    m_fitted = false;
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    applyZoom(factor);
    setTransformationAnchor(anchor);
}

void TopologyView::fitToWindow()
{
    m_fitted = true;
    if (!scene())
        return;
    // The drawing, not the scene: the scene has room around it for centring sites at the edge.
    const auto* topology = qobject_cast<TopologyScene*>(scene());
    const QRectF rect = topology ? topology->drawingRect() : scene()->sceneRect();
    fitInView(rect, Qt::KeepAspectRatio);
    // Very small networks are not blown up beyond natural size.
    if (zoom() > 1.0)
        setTransform(QTransform());
    else if (zoom() < minScale)
        setTransform(QTransform::fromScale(minScale, minScale));
    centerOn(rect.center());
}

void TopologyView::focusOn(const QPointF& point, qreal minimumZoom)
{
    m_fitted = false;
    if (zoom() < minimumZoom)
        setTransform(QTransform::fromScale(minimumZoom, minimumZoom));
    centerOn(point);
}

void TopologyView::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    m_fitted = false;
    applyZoom(std::pow(1.0015, delta));
    event->accept();
}

void TopologyView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = m_lastPos = event->position().toPoint();
    event->accept();
}

void TopologyView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_pressed) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        m_fitted = false;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        const QPoint step = pos - m_lastPos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - step.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - step.y());
    }
    m_lastPos = pos;
    event->accept();
}

void TopologyView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    viewport()->unsetCursor();
    if (!m_dragging) {
        QString site;
        const QList<QGraphicsItem*> hits = items(event->position().toPoint());
        for (QGraphicsItem* item : hits) {
            if (auto* node = dynamic_cast<SiteNodeItem*>(item)) {
                site = node->name();
                break;
            }
        }
        emit siteClicked(site);
    }
    m_dragging = false;
    event->accept();
}

void TopologyView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitToWindow();
}

void TopologyView::showEvent(QShowEvent* event)
{
    QGraphicsView::showEvent(event);
    if (m_fitted)
        fitToWindow();
}

} // namespace syncsites::ui
