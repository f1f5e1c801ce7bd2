#include "TopologyLegend.h"

#include "EdgeLayerItem.h"
#include "FlowLayout.h"
#include "SiteNodeItem.h"
#include "SyncHealth.h"
#include "SyncTypeStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

#include <functional>

namespace syncsites::ui {

namespace {

QPixmap swatch(const QSize& size, qreal ratio, const std::function<void(QPainter&, const QRectF&)>& draw)
{
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    draw(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return pixmap;
}

} // namespace

TopologyLegend::TopologyLegend(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("topologyLegend"));
    setAccessibleName(tr("Legend"));
    const qreal ratio = devicePixelRatioF();
    // Three groups (health, stores, links) in one row on a wide window, wrapped under each other on a narrow one.
    auto* flow = new FlowLayout(this, 18, 2);
    flow->setContentsMargins(4, 2, 4, 2);
    const auto group = [this, flow] {
        auto* box = new QWidget(this);
        auto* row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(6);
        flow->addWidget(box);
        return row;
    };

    QHBoxLayout* layout = group();
    addHeading(layout, tr("Health:"));
    for (SyncHealth health : allSyncHealths) {
        const QColor color = syncHealthColor(health);
        // The ring with the glyph the sites show (SiteNodeItem::paintHealthGlyph): not told by colour alone.
        addEntry(layout,
                 swatch(QSize(18, 18), ratio,
                        [&](QPainter& p, const QRectF& r) {
                            p.setPen(QPen(color, 2));
                            p.drawEllipse(r.adjusted(1, 1, -1, -1));
                            SiteNodeItem::paintHealthGlyph(&p, health, r.adjusted(4, 4, -4, -4), color);
                        }),
                 syncHealthLabel(health));
    }
    layout = group();
    addHeading(layout, tr("Stores:"));
    for (SyncType type : {SyncType::Active, SyncType::Collector, SyncType::Transfer}) {
        const QColor color = SyncTypeStyle::background(type);
        addEntry(layout,
                 swatch(QSize(22, 14), ratio,
                        [&](QPainter& p, const QRectF& r) {
                            if (type == SyncType::Transfer) {
                                p.setPen(QPen(color, 1.5));
                                p.setBrush(Qt::NoBrush);
                                p.drawRoundedRect(r.adjusted(2, 2, -2, -2), 3, 3);
                            } else {
                                p.setPen(Qt::NoPen);
                                p.setBrush(color);
                                p.drawRoundedRect(r.adjusted(0, 1, 0, -1), 4, 4);
                            }
                        }),
                 SyncTypeStyle::label(type), SyncTypeStyle::explanation(type));
    }
    layout = group();
    addHeading(layout, tr("Links:"));
    using Kind = TopologyLayout::EdgeKind;
    for (Kind kind : {Kind::Core, Kind::Oms, Kind::Client}) {
        QPen pen(EdgeLayerItem::color(kind), 2);
        if (kind == Kind::Client)
            pen.setStyle(Qt::DashLine);
        addEntry(layout,
                 swatch(QSize(26, 14), ratio,
                        [&](QPainter& p, const QRectF& r) {
                            p.setPen(pen);
                            p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
                        }),
                 kind == Kind::Core  ? tr("core data")
                 : kind == Kind::Oms ? tr("oms data")
                                     : tr("client of a server"));
    }
}

void TopologyLegend::addHeading(QHBoxLayout* layout, const QString& text)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    layout->addWidget(label);
}

void TopologyLegend::addEntry(QHBoxLayout* layout, const QPixmap& pixmap, const QString& text, const QString& toolTip)
{
    auto* icon = new QLabel;
    icon->setPixmap(pixmap);
    auto* label = new QLabel(text);
    icon->setToolTip(toolTip);
    label->setToolTip(toolTip);
    layout->addWidget(icon);
    layout->addWidget(label);
    layout->addSpacing(4);
}

} // namespace syncsites::ui
