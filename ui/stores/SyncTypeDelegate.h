#pragma once

#include <QStyledItemDelegate>

namespace syncsites::ui {

/// Paints a matrix cell (its sync type's colours, a highlight on pending edits, a red corner on violations) and
/// edits it with a combo box of the four sync types. Keyboard: F2 or typing opens the combo; Enter commits.
class SyncTypeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
};

} // namespace syncsites::ui
