#include "TopologyView.h"

#include "SiteNodeItem.h"
#include "TopologyScene.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace syncsites::ui {

namespace {

// Room kept between the walked-to site and the view's edge, in pixels.
constexpr int kVisibleMargin = 24;
// How far the focus ring stands off the card, and its width, in pixels: the same at every zoom.
constexpr int kRingGap = 4;
constexpr int kRingWidth = 3;

} // namespace

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

void TopologyView::setTopologyScene(TopologyScene* scene)
{
    if (auto* old = topologyScene())
        disconnect(old, nullptr, this, nullptr);
    setScene(scene);
    if (scene)
        connect(scene, &QGraphicsScene::selectionChanged, this, &TopologyView::followSelection);
}

TopologyScene* TopologyView::topologyScene() const
{
    return qobject_cast<TopologyScene*>(scene());
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

QString TopologyView::currentSite() const
{
    const SiteNodeItem* node = currentNode();
    return node ? node->name() : QString();
}

SiteNodeItem* TopologyView::currentNode() const
{
    const TopologyScene* topology = topologyScene();
    if (!topology)
        return nullptr;
    const QString selected = topology->selectedSite();
    return topology->node(selected.isEmpty() ? m_current : selected);
}

void TopologyView::followSelection()
{
    // A click or a search moves the keyboard too; a cleared selection leaves it where it was, so that Enter can
    // bring the site back.
    if (const TopologyScene* topology = topologyScene()) {
        const QString selected = topology->selectedSite();
        if (!selected.isEmpty())
            m_current = selected;
    }
    viewport()->update(); // the focus ring moves
}

SiteNodeItem* TopologyView::nearestInDirection(const SiteNodeItem* from, int key) const
{
    // The spatial navigation of focus finders: candidates ahead of the site, within 45 degrees of the direction when
    // there are any (so that Right stays in the row), scored by the distance along the direction, weighted heavily,
    // and across it (so that Down goes to the next row, to the site most nearly below).
    const QPointF origin = from->sceneBoundingRect().center();
    SiteNodeItem* best = nullptr;
    bool bestInCone = false;
    qreal bestScore = 0;
    for (SiteNodeItem* node : topologyScene()->nodes()) {
        if (node == from)
            continue;
        const QPointF d = node->sceneBoundingRect().center() - origin;
        qreal along = 0;
        qreal across = 0;
        switch (key) {
        case Qt::Key_Left:
            along = -d.x();
            across = d.y();
            break;
        case Qt::Key_Right:
            along = d.x();
            across = d.y();
            break;
        case Qt::Key_Up:
            along = -d.y();
            across = d.x();
            break;
        default:
            along = d.y();
            across = d.x();
            break;
        }
        if (along < 1)
            continue;
        const bool inCone = std::abs(across) <= along;
        const qreal score = 13 * along * along + across * across;
        if (!best || (inCone && !bestInCone) || (inCone == bestInCone && score < bestScore)) {
            best = node;
            bestInCone = inCone;
            bestScore = score;
        }
    }
    return best;
}

SiteNodeItem* TopologyView::nearestToCentre() const
{
    const QPointF centre = mapToScene(viewport()->rect().center());
    SiteNodeItem* best = nullptr;
    qreal bestDistance = 0;
    for (SiteNodeItem* node : topologyScene()->nodes()) {
        const QPointF d = node->sceneBoundingRect().center() - centre;
        const qreal distance = QPointF::dotProduct(d, d);
        if (!best || distance < bestDistance) {
            best = node;
            bestDistance = distance;
        }
    }
    return best;
}

SiteNodeItem* TopologyView::findTyped(const QString& text)
{
    if (!m_typedAt.isValid() || m_typedAt.elapsed() > QApplication::keyboardInputInterval())
        m_typed.clear();
    m_typed += text;
    m_typedAt.start();
    const QVector<SiteNodeItem*>& order = topologyScene()->readingOrder();
    // A first letter moves on from the current site, so that pressing it again goes through the sites it starts;
    // more letters may still match the current site.
    const int current = int(order.indexOf(currentNode()));
    const int start = m_typed.size() == 1 ? current + 1 : std::max(current, 0);
    for (int i = 0; i < order.size(); ++i) {
        SiteNodeItem* node = order[(start + i) % order.size()];
        if (node->name().startsWith(m_typed, Qt::CaseInsensitive))
            return node;
    }
    return nullptr;
}

void TopologyView::walkTo(SiteNodeItem* node)
{
    m_current = node->name();
    topologyScene()->selectSite(node->name());
    const int h = horizontalScrollBar()->value();
    const int v = verticalScrollBar()->value();
    ensureVisible(node, kVisibleMargin, kVisibleMargin);
    if (h != horizontalScrollBar()->value() || v != verticalScrollBar()->value())
        m_fitted = false; // scrolled: the user's position now, kept on resize
    viewport()->update();
}

void TopologyView::keyPressEvent(QKeyEvent* event)
{
    TopologyScene* topology = topologyScene();
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (!topology || topology->nodes().isEmpty() || modifiers != Qt::NoModifier) {
        QGraphicsView::keyPressEvent(event); // shortcuts, and the scroll area's keys
        return;
    }
    const QVector<SiteNodeItem*>& order = topology->readingOrder();
    SiteNodeItem* current = currentNode();
    const bool typing =
        !m_typed.isEmpty() && m_typedAt.isValid() && m_typedAt.elapsed() <= QApplication::keyboardInputInterval();
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        // Nothing ahead: the site stays, and the view does not scroll away from it.
        SiteNodeItem* next = current ? nearestInDirection(current, event->key()) : nearestToCentre();
        walkTo(next ? next : current);
        break;
    }
    case Qt::Key_Home:
        walkTo(order.first());
        break;
    case Qt::Key_End:
        walkTo(order.last());
        break;
    case Qt::Key_Space:
        if (typing) { // a space inside a name being typed
            if (SiteNodeItem* found = findTyped(event->text()))
                walkTo(found);
            break;
        }
        Q_FALLTHROUGH();
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit siteActivated((current ? current : order.first())->name());
        break;
    case Qt::Key_Escape:
        if (topology->selectedSite().isEmpty()) {
            event->ignore(); // nothing to clear: Escape is someone else's
            return;
        }
        topology->selectSite(QString());
        break;
    default: {
        const QString text = event->text();
        if (text.isEmpty() || !text.at(0).isPrint()) {
            QGraphicsView::keyPressEvent(event);
            return;
        }
        if (SiteNodeItem* found = findTyped(text))
            walkTo(found);
        else
            QApplication::beep();
        break;
    }
    }
    event->accept();
}

void TopologyView::focusInEvent(QFocusEvent* event)
{
    QGraphicsView::focusInEvent(event);
    viewport()->update();
}

void TopologyView::focusOutEvent(QFocusEvent* event)
{
    QGraphicsView::focusOutEvent(event);
    viewport()->update();
}

void TopologyView::drawForeground(QPainter* painter, const QRectF& rect)
{
    QGraphicsView::drawForeground(painter, rect);
    const SiteNodeItem* node = hasFocus() ? currentNode() : nullptr;
    if (!node)
        return;
    // In pixels, not scene units: the selection's own border vanishes when the drawing is fitted far out.
    const QRect ring =
        mapFromScene(node->sceneBoundingRect()).boundingRect().adjusted(-kRingGap, -kRingGap, kRingGap, kRingGap);
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing);
    // Solid on the selected site; dashed on the one Escape unselected, where Enter would go.
    painter->setPen(
        QPen(palette().color(QPalette::Highlight), kRingWidth, node->isSelected() ? Qt::SolidLine : Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(ring, 6, 6);
    painter->restore();
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
