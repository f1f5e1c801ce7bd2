#include "SyncTypeDelegate.h"

#include "StoreMatrixModel.h"
#include "StoresIcons.h"
#include "SyncTypeStyle.h"

#include <QComboBox>
#include <QPainter>
#include <QPainterPath>

namespace syncsites::ui {

void SyncTypeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.column() == 0)
        return;
    const bool pending = index.data(StoreMatrixModel::PendingRole).toBool();
    const bool violated = !index.data(StoreMatrixModel::ViolationsRole).toStringList().isEmpty();
    if (!pending && !violated)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(1, 1, -2, -2);
    if (pending) {
        // A dashed frame in the palette's highlight colour: visible on every sync-type colour and palette.
        QPen pen(option.palette.color(QPalette::Highlight), 2, Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(r);
        painter->setPen(QPen(option.palette.color(QPalette::HighlightedText), 1));
        painter->setBrush(option.palette.color(QPalette::Highlight));
        painter->drawEllipse(QRect(r.left() + 2, r.top() + 2, 6, 6));
    }
    if (violated) {
        const int side = qMin(12, r.height() - 2);
        QPainterPath corner;
        corner.moveTo(r.right() - side, r.top());
        corner.lineTo(r.right(), r.top());
        corner.lineTo(r.right(), r.top() + side);
        corner.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->fillPath(corner, StoresIcons::violationColor());
    }
    painter->restore();
}

QWidget* SyncTypeDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const
{
    if (index.column() == 0)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("syncTypeEditor"));
    combo->setAccessibleName(tr("Sync type of %1 on %2")
                                 .arg(index.data(StoreMatrixModel::StoreCodeRole).toString(),
                                      index.data(StoreMatrixModel::SiteNameRole).toString()));
    for (SyncType type : {SyncType::Active, SyncType::Collector, SyncType::Transfer, SyncType::None}) {
        combo->addItem(type == SyncType::None ? tr("None (not visible)") : SyncTypeStyle::label(type), int(type));
        combo->setItemData(combo->count() - 1, SyncTypeStyle::explanation(type), Qt::ToolTipRole);
    }
    // Commit as soon as a type is picked, so one click or Enter is one edit.
    auto* self = const_cast<SyncTypeDelegate*>(this); // signals are not const; createEditor is
    connect(combo, qOverload<int>(&QComboBox::activated), self, [self, combo] {
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void SyncTypeDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return QStyledItemDelegate::setEditorData(editor, index);
    combo->setCurrentIndex(combo->findData(index.data(StoreMatrixModel::SyncTypeRole).toInt()));
}

void SyncTypeDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return QStyledItemDelegate::setModelData(editor, model, index);
    if (combo->currentData().toInt() != index.data(StoreMatrixModel::SyncTypeRole).toInt())
        model->setData(index, combo->currentData(), Qt::EditRole);
}

void SyncTypeDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                            const QModelIndex& index) const
{
    Q_UNUSED(index)
    editor->setGeometry(option.rect);
}

} // namespace syncsites::ui
