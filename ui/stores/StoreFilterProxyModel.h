#pragma once

#include <QSortFilterProxyModel>

namespace syncsites::ui {

/// Keeps the rows whose store code, name or home site contains the filter text (case-insensitive). Works over the
/// StoreMatrixModel and the StoreListModel alike (it reads their store roles).
class StoreFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
};

} // namespace syncsites::ui
