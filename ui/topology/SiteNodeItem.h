#pragma once

#include "StoresBySite.h"
#include "SyncHealth.h"

#include <QGraphicsItem>

namespace syncsites::ui {

/// One site of the topology drawing: a card with the kind's icon in a ring coloured by sync health, the site's
/// name and kind, and its stores as chips coloured by sync type (a few, then "+N"). One item per site; chips are
/// painted, not items. Cached in device coordinates; far out it paints a plain block in the health colour.
/// Health is never told by colour alone: a badge on the ring carries its glyph (✓ synced, a clock for late, ! stale,
/// ✕ failing, – never synced; the legend shows the same), and the tooltip and accessibleText() say it in words.
class SiteNodeItem : public QGraphicsItem
{
public:
    /// Chips drawn at most (the last one becomes "+N" when there are more stores).
    static constexpr int maxChips = 6;

    SiteNodeItem(const QString& name, SiteKind kind, const QSizeF& size, const QVector<StoreOnSite>& stores);

    QString name() const { return m_name; }
    SiteKind kind() const { return m_kind; }
    SyncHealth health() const { return m_health; }
    void setHealth(SyncHealth health);
    /// The site in words for a screen reader or a list: "Kasa Health Centre, Health centre, sync health: Late".
    QString accessibleText() const;
    /// The glyph of a health as a character ("✓", "⏱", "!", "✕", "–"), for text and tests; paintHealthGlyph() draws
    /// the same shape with lines, so that it needs no font.
    static QString healthGlyph(SyncHealth health);
    /// Draws the glyph of `health` in `rect` (a square) with lines of `color`.
    static void paintHealthGlyph(QPainter* painter, SyncHealth health, const QRectF& rect, const QColor& color);
    bool isDimmed() const { return m_dimmed; }
    void setDimmed(bool dimmed);
    int storeCount(SyncType type) const;
    /// The chips painted at full detail: stores (Active and Collector first), capped at maxChips.
    const QVector<StoreOnSite>& chips() const { return m_chips; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    /// `withText` false: coloured chips only, for a view zoomed out too far to read their codes.
    void paintChips(QPainter* painter, const QPalette& palette, bool withText) const;
    void updateToolTip();

    QString m_name;
    SiteKind m_kind;
    QSizeF m_size;
    QVector<StoreOnSite> m_chips;
    int m_active = 0;
    int m_collector = 0;
    int m_transfer = 0;
    SyncHealth m_health = SyncHealth::NeverSynced;
    bool m_dimmed = false;
};

} // namespace syncsites::ui
