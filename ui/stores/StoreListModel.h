#pragma once

#include <QAbstractTableModel>

namespace syncsites::ui {

class StoreMatrixModel;

/// The store list beside the matrix: code, name, home site and a status (pending edits, broken rules), one row
/// per row of the StoreMatrixModel it reads (same order), following its changes.
class StoreListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        HomeColumn,
        StatusColumn,
        ColumnCount
    };

    explicit StoreListModel(StoreMatrixModel* matrix, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    StoreMatrixModel* m_matrix;
};

} // namespace syncsites::ui
