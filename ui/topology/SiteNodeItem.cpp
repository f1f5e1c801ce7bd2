#include "SiteNodeItem.h"

#include "KindIcons.h"
#include "SyncTypeStyle.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPaintEngine>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace syncsites::ui {

namespace {

constexpr qreal kRadius = 8;
constexpr qreal kRingCentre = 30;
constexpr qreal kRingRadius = 21;
constexpr qreal kIconSize = 26;
constexpr qreal kBadgeRadius = 9; // the health badge, on the ring's lower right
constexpr qreal kBadgeOffset = 15;
constexpr qreal kTextLeft = 60;
constexpr qreal kChipTop = 64;
constexpr qreal kChipHeight = 17;
constexpr qreal kChipGap = 4;
constexpr qreal kMargin = 8;
constexpr qreal kDimmedOpacity = 0.22;
// Below these levels of detail (scene pixels per device pixel) chips, then text, are not drawn.
constexpr qreal kChipDetail = 0.55;     // chips with their store codes
constexpr qreal kChipBlockDetail = 0.3; // chips as coloured blocks only
constexpr qreal kTextDetail = 0.28;

// Its sentences, in the translation context "SiteNodeItem" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SiteNodeItem)
};

QFont pixelFont(int pixels, bool bold = false)
{
    QFont font;
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

// A name in at most two lines that fit `width`: whole words on the first, the rest elided on the second.
QStringList twoLines(const QString& text, const QFontMetricsF& metrics, qreal width)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString first;
    int used = 0;
    for (; used < words.size(); ++used) {
        const QString candidate = first.isEmpty() ? words[used] : first + QLatin1Char(' ') + words[used];
        if (metrics.horizontalAdvance(candidate) > width)
            break;
        first = candidate;
    }
    if (first.isEmpty()) // one long word
        return {metrics.elidedText(text, Qt::ElideRight, width)};
    if (used == words.size())
        return {first};
    return {first, metrics.elidedText(words.mid(used).join(QLatin1Char(' ')), Qt::ElideRight, width)};
}

} // namespace

SiteNodeItem::SiteNodeItem(const QString& name, SiteKind kind, const QSizeF& size, const QVector<StoreOnSite>& stores)
    : m_name(name), m_kind(kind), m_size(size)
{
    for (const StoreOnSite& store : stores) {
        m_active += store.type == SyncType::Active;
        m_collector += store.type == SyncType::Collector;
        m_transfer += store.type == SyncType::Transfer;
    }
    m_chips = stores.mid(0, maxChips);
    setFlag(ItemIsSelectable);
    setFlag(ItemUsesExtendedStyleOption);
    setCacheMode(DeviceCoordinateCache);
    setAcceptHoverEvents(true);
    updateToolTip();
}

void SiteNodeItem::setHealth(SyncHealth health)
{
    if (health == m_health)
        return;
    m_health = health;
    updateToolTip();
    update();
}

void SiteNodeItem::setDimmed(bool dimmed)
{
    m_dimmed = dimmed;
    setOpacity(dimmed ? kDimmedOpacity : 1.0);
}

int SiteNodeItem::storeCount(SyncType type) const
{
    switch (type) {
    case SyncType::Active:
        return m_active;
    case SyncType::Collector:
        return m_collector;
    case SyncType::Transfer:
        return m_transfer;
    case SyncType::None:
        break;
    }
    return 0;
}

QString SiteNodeItem::accessibleText() const
{
    return Text::tr("%1, %2, sync health: %3")
        .arg(m_name, QCoreApplication::translate("SiteKind", siteKindInfo(m_kind).displayName),
             syncHealthLabel(m_health));
}

QString SiteNodeItem::healthGlyph(SyncHealth health)
{
    switch (health) {
    case SyncHealth::Synced:
        return QStringLiteral("\u2713"); // ✓
    case SyncHealth::Late:
        return QStringLiteral("\u23F1"); // ⏱
    case SyncHealth::Stale:
        return QStringLiteral("!");
    case SyncHealth::Failing:
        return QStringLiteral("\u2715"); // ✕
    case SyncHealth::NeverSynced:
        return QStringLiteral("\u2013"); // –
    }
    return QString();
}

void SiteNodeItem::paintHealthGlyph(QPainter* painter, SyncHealth health, const QRectF& rect, const QColor& color)
{
    const qreal w = rect.width();
    const auto at = [&rect, w](qreal x, qreal y) {
        return QPointF(rect.left() + x * w, rect.top() + y * w);
    };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, std::max<qreal>(1.2, w * 0.14), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    switch (health) {
    case SyncHealth::Synced: {
        const QPointF tick[] = {at(0.2, 0.52), at(0.42, 0.74), at(0.8, 0.28)};
        painter->drawPolyline(tick, 3);
        break;
    }
    case SyncHealth::Late: // a clock
        pen.setWidthF(std::max<qreal>(1.0, w * 0.1));
        painter->setPen(pen);
        painter->drawEllipse(at(0.5, 0.5), w * 0.36, w * 0.36);
        painter->drawLine(at(0.5, 0.5), at(0.5, 0.26));
        painter->drawLine(at(0.5, 0.5), at(0.68, 0.5));
        break;
    case SyncHealth::Stale:
        painter->drawLine(at(0.5, 0.18), at(0.5, 0.56));
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(at(0.5, 0.8), w * 0.09, w * 0.09);
        break;
    case SyncHealth::Failing:
        painter->drawLine(at(0.26, 0.26), at(0.74, 0.74));
        painter->drawLine(at(0.74, 0.26), at(0.26, 0.74));
        break;
    case SyncHealth::NeverSynced:
        painter->drawLine(at(0.26, 0.5), at(0.74, 0.5));
        break;
    }
    painter->restore();
}

void SiteNodeItem::updateToolTip()
{
    setToolTip(Text::tr("%1\n%2\nSync health: %3\nStores: %4 Active, %5 Collector, %6 Transfer")
                   .arg(m_name, QCoreApplication::translate("SiteKind", siteKindInfo(m_kind).displayName),
                        syncHealthLabel(m_health))
                   .arg(m_active)
                   .arg(m_collector)
                   .arg(m_transfer));
}

QRectF SiteNodeItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-3, -3, 3, 3);
}

void SiteNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    Q_UNUSED(widget)
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF card(QPointF(0, 0), m_size);
    const QColor healthColor = syncHealthColor(m_health);
    painter->setRenderHint(QPainter::Antialiasing);

    if (detail < kTextDetail) {
        // Far out: a block in the health colour is all that can be read.
        painter->setPen(isSelected() ? QPen(palette.color(QPalette::Highlight), 6) : Qt::NoPen);
        painter->setBrush(healthColor);
        painter->drawRoundedRect(card, kRadius, kRadius);
        // Its glyph too, on a plain disc: the colour alone does not tell late from failing to everyone.
        const qreal radius = std::min(card.width(), card.height()) * 0.32;
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(QPalette::Base));
        painter->drawEllipse(card.center(), radius, radius);
        const qreal glyph = radius * 1.4;
        paintHealthGlyph(painter, m_health, QRectF(card.center() - QPointF(glyph / 2, glyph / 2), QSizeF(glyph, glyph)),
                         palette.color(QPalette::Text));
        return;
    }

    QPen border(palette.color(QPalette::Mid), 1);
    if (isSelected())
        border = QPen(palette.color(QPalette::Highlight), 3);
    painter->setPen(border);
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(card, kRadius, kRadius);

    // The health ring around the kind's icon.
    painter->setPen(QPen(healthColor, 4));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(QPointF(kRingCentre, kRingCentre), kRingRadius, kRingRadius);
    const QRectF iconRect(kRingCentre - kIconSize / 2, kRingCentre - kIconSize / 2, kIconSize, kIconSize);
    const QColor iconColor = palette.color(QPalette::Text);
    const bool vector = painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::SVG;
    if (vector) {
        KindIcons::render(painter, m_kind, iconRect, iconColor);
    } else {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const int pixels = std::clamp(int(std::ceil(kIconSize * detail * ratio)), 16, 128);
        painter->drawPixmap(iconRect, KindIcons::pixmap(m_kind, pixels, iconColor), QRectF(0, 0, pixels, pixels));
    }
    // The health's glyph on a badge over the ring's lower right.
    const QPointF badge(kRingCentre + kBadgeOffset, kRingCentre + kBadgeOffset);
    painter->setPen(QPen(healthColor, 2));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawEllipse(badge, kBadgeRadius, kBadgeRadius);
    const qreal glyph = kBadgeRadius * 1.4;
    paintHealthGlyph(painter, m_health, QRectF(badge - QPointF(glyph / 2, glyph / 2), QSizeF(glyph, glyph)),
                     palette.color(QPalette::Text));

    // Name (up to two lines) and kind.
    const qreal textWidth = m_size.width() - kTextLeft - kMargin;
    painter->setPen(palette.color(QPalette::Text));
    const QFont nameFont = pixelFont(13, true);
    painter->setFont(nameFont);
    const QStringList lines = twoLines(m_name, QFontMetricsF(nameFont), textWidth);
    const qreal lineHeight = 16;
    const qreal top = 6 + (36 - lines.size() * lineHeight) / 2;
    for (int i = 0; i < lines.size(); ++i)
        painter->drawText(QRectF(kTextLeft, top + i * lineHeight, textWidth, lineHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, lines[i]);
    const QFont kindFont = pixelFont(11);
    painter->setFont(kindFont);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const QString kind = QCoreApplication::translate("SiteKind", siteKindInfo(m_kind).displayName);
    painter->drawText(QRectF(kTextLeft, 42, textWidth, 16), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(kindFont).elidedText(kind, Qt::ElideRight, textWidth));

    if (detail >= kChipBlockDetail)
        paintChips(painter, palette, detail >= kChipDetail);
}

void SiteNodeItem::paintChips(QPainter* painter, const QPalette& palette, bool withText) const
{
    const int total = m_active + m_collector + m_transfer;
    if (total == 0) {
        if (!withText)
            return;
        painter->setFont(pixelFont(11));
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(
            QRectF(kMargin, kChipTop, m_size.width() - 2 * kMargin, kChipHeight), Qt::AlignLeft | Qt::AlignVCenter,
            siteKindInfo(m_kind).holdsData ? Text::tr("No stores") : Text::tr("Uses its server's stores"));
        return;
    }
    const int perRow = 3;
    const qreal width = (m_size.width() - 2 * kMargin - (perRow - 1) * kChipGap) / perRow;
    const QFont font = pixelFont(10);
    const QFontMetricsF metrics(font);
    painter->setFont(font);
    const int shown = total > maxChips ? maxChips - 1 : int(m_chips.size());
    for (int i = 0; i < shown + (total > maxChips ? 1 : 0); ++i) {
        const QRectF cell(kMargin + (i % perRow) * (width + kChipGap),
                          kChipTop + (i / perRow) * (kChipHeight + kChipGap), width, kChipHeight);
        if (i == shown) {
            // The overflow chip: how many more.
            painter->setPen(QPen(palette.color(QPalette::Mid), 1));
            painter->setBrush(palette.color(QPalette::AlternateBase));
            painter->drawRoundedRect(cell, 4, 4);
            painter->setPen(palette.color(QPalette::Text));
            if (withText)
                painter->drawText(cell, Qt::AlignCenter, Text::tr("+%1").arg(total - shown));
            continue;
        }
        const StoreOnSite& chip = m_chips[i];
        const QColor background = SyncTypeStyle::background(chip.type);
        if (chip.type == SyncType::Transfer) {
            // Transfer partners are lighter: smaller and outlined.
            const QRectF small = cell.adjusted(2, 2, -2, -2);
            painter->setPen(QPen(background, 1.5));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(small, 3, 3);
            painter->setPen(palette.color(QPalette::Text));
            if (withText)
                painter->drawText(small, Qt::AlignCenter,
                                  metrics.elidedText(chip.code, Qt::ElideRight, small.width() - 4));
        } else {
            painter->setPen(Qt::NoPen);
            painter->setBrush(background);
            painter->drawRoundedRect(cell, 4, 4);
            painter->setPen(SyncTypeStyle::foreground(chip.type));
            if (withText)
                painter->drawText(cell, Qt::AlignCenter,
                                  metrics.elidedText(chip.code, Qt::ElideRight, cell.width() - 4));
        }
    }
}

} // namespace syncsites::ui
