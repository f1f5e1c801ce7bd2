#pragma once

#include <QGraphicsView>

namespace syncsites::ui {

/// The view of the topology drawing: wheel and keys zoom (about the cursor), dragging pans, a click selects the
/// site under it (or clears the selection). Until the user zooms or pans, the drawing stays fitted to the window.
class TopologyView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr qreal minScale = 0.03;
    static constexpr qreal maxScale = 4.0;

    explicit TopologyView(QWidget* parent = nullptr);

    qreal zoom() const;
    /// Multiplies the zoom (clamped to minScale..maxScale), about the centre of the view.
    void zoomBy(qreal factor);
    /// Shows the whole drawing; the view keeps fitting it on resize until the user zooms or pans.
    void fitToWindow();
    /// Centres on a scene point and zooms in to at least `minimumZoom`.
    void focusOn(const QPointF& point, qreal minimumZoom);

signals:
    /// A click on a site (empty: on the background).
    void siteClicked(const QString& site);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void applyZoom(qreal factor);

    bool m_fitted = true;
    bool m_pressed = false;
    bool m_dragging = false;
    QPoint m_pressPos;
    QPoint m_lastPos;
};

} // namespace syncsites::ui
