#pragma once

#include <QElapsedTimer>
#include <QGraphicsView>

namespace syncsites::ui {

class SiteNodeItem;
class TopologyScene;

/// The view of the topology drawing: wheel and keys zoom (about the cursor), dragging pans, a click selects the
/// site under it (or clears the selection). Until the user zooms or pans, the drawing stays fitted to the window.
///
/// It can be walked with the keyboard: the arrow keys select the nearest site in their direction, Home and End the
/// first and last site in reading order, typing a name's first letters jumps to it, Escape clears the selection and
/// Enter or Space activates the site (siteActivated()). The view scrolls to keep the selected site in sight and, while
/// it has the focus, rings that site (the one walked to, when Escape cleared the selection) at a size that shows at
/// every zoom.
class TopologyView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr qreal minScale = 0.03;
    static constexpr qreal maxScale = 4.0;

    explicit TopologyView(QWidget* parent = nullptr);

    /// Shows `scene` and follows its selection (the keyboard walks from the selected site).
    void setTopologyScene(TopologyScene* scene);

    qreal zoom() const;
    /// Multiplies the zoom (clamped to minScale..maxScale), about the centre of the view.
    void zoomBy(qreal factor);
    /// Shows the whole drawing; the view keeps fitting it on resize until the user zooms or pans.
    void fitToWindow();
    /// Centres on a scene point and zooms in to at least `minimumZoom`.
    void focusOn(const QPointF& point, qreal minimumZoom);

    /// The site the keyboard is on: the selected one, else the one last walked to (empty before any).
    QString currentSite() const;

signals:
    /// A click on a site (empty: on the background).
    void siteClicked(const QString& site);
    /// Enter or Space on the current site (on the first site when there is none yet).
    void siteActivated(const QString& site);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void applyZoom(qreal factor);
    TopologyScene* topologyScene() const;
    SiteNodeItem* currentNode() const;
    /// The nearest site from `from` in the direction of an arrow key; null when there is none.
    SiteNodeItem* nearestInDirection(const SiteNodeItem* from, int key) const;
    SiteNodeItem* nearestToCentre() const;
    /// Type-ahead: the next site in reading order whose name starts with what was typed; null when none does.
    SiteNodeItem* findTyped(const QString& text);
    /// Selects a site and scrolls it into sight.
    void walkTo(SiteNodeItem* node);
    void followSelection();

    bool m_fitted = true;
    bool m_pressed = false;
    bool m_dragging = false;
    QPoint m_pressPos;
    QPoint m_lastPos;
    QString m_current;
    QString m_typed;
    QElapsedTimer m_typedAt;
};

} // namespace syncsites::ui
