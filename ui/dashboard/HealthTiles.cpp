#include "HealthTiles.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace syncsites::ui {

namespace {

constexpr int kAllId = 1000;

// One tile: a coloured band, the count large, the label below. Colours from the palette, so it reads on dark too.
class Tile : public QAbstractButton
{
public:
    Tile(const QColor& accent, const QString& label, QWidget* parent)
        : QAbstractButton(parent), m_accent(accent), m_label(label)
    {
        setCheckable(true);
        setCursor(Qt::PointingHandCursor);
        setFocusPolicy(Qt::StrongFocus);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setCount(0);
    }

    void setCount(int count)
    {
        setText(QLocale().toString(count));
        setAccessibleName(HealthTiles::tr("%1: %2 sites").arg(m_label).arg(count));
        update();
    }

    QSize sizeHint() const override
    {
        const QFontMetrics fm(font());
        return QSize(qMax(120, fm.horizontalAdvance(m_label) + 32), fm.height() * 3 + 16);
    }
    QSize minimumSizeHint() const override { return QSize(90, sizeHint().height()); }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette& pal = palette();
        const QRectF r = QRectF(rect()).adjusted(1, 1, -1, -1);
        QPainterPath path;
        path.addRoundedRect(r, 6, 6);
        const QColor base = pal.color(QPalette::Base);
        QColor fill = base;
        if (isChecked()) // a quarter of the accent over the base
            fill = QColor::fromRgbF(float(base.redF() * 0.75 + m_accent.redF() * 0.25),
                                    float(base.greenF() * 0.75 + m_accent.greenF() * 0.25),
                                    float(base.blueF() * 0.75 + m_accent.blueF() * 0.25));
        p.fillPath(path, fill);
        p.setPen(QPen(isChecked() || hasFocus() ? m_accent : pal.color(QPalette::Mid), isChecked() ? 2 : 1));
        p.drawPath(path);
        // The accent band on the left.
        p.save();
        p.setClipPath(path);
        p.fillRect(QRectF(r.left(), r.top(), 6, r.height()), m_accent);
        p.restore();

        QFont big = font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        const QRect inner = rect().adjusted(16, 6, -8, -6);
        p.setPen(pal.color(QPalette::Text));
        p.setFont(big);
        const QFontMetrics bigMetrics(big);
        p.drawText(QRect(inner.left(), inner.top(), inner.width(), bigMetrics.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, text());
        p.setFont(font());
        p.drawText(
            QRect(inner.left(), inner.top() + bigMetrics.height(), inner.width(), inner.height() - bigMetrics.height()),
            Qt::AlignLeft | Qt::AlignTop, fontMetrics().elidedText(m_label, Qt::ElideRight, inner.width()));
    }

private:
    QColor m_accent;
    QString m_label;
};

} // namespace

HealthTiles::HealthTiles(QWidget* parent) : QWidget(parent), m_group(new QButtonGroup(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_group->setExclusive(true);
    auto add = [&](int id, const QColor& accent, const QString& label, const QString& objectName) {
        auto* tile = new Tile(accent, label, this);
        tile->setObjectName(objectName);
        tile->setToolTip(id < 0 ? tr("Show every site") : tr("Show only sites that are %1").arg(label.toLower()));
        m_group->addButton(tile, id < 0 ? kAllId : id); // QButtonGroup takes -1 for "number it for me"
        m_tiles.insert(id, tile);
        layout->addWidget(tile);
    };
    add(-1, palette().color(QPalette::Highlight), tr("All sites"), QStringLiteral("tileAll"));
    for (SyncHealth h : allSyncHealths)
        add(int(h), syncHealthColor(h), syncHealthLabel(h), QStringLiteral("tile_") + syncHealthId(h));
    m_tiles.value(-1)->setChecked(true);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { emit healthSelected(id == kAllId ? -1 : id); });
}

void HealthTiles::setCounts(const QHash<SyncHealth, int>& counts, int total)
{
    m_counts = counts;
    static_cast<Tile*>(m_tiles.value(-1))->setCount(total);
    for (SyncHealth h : allSyncHealths)
        static_cast<Tile*>(m_tiles.value(int(h)))->setCount(counts.value(h));
}

void HealthTiles::setSelected(int health)
{
    if (QAbstractButton* tile = m_tiles.value(health))
        tile->setChecked(true);
}

} // namespace syncsites::ui
