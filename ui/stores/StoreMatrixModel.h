#pragma once

#include "Topology.h"

#include <QAbstractTableModel>

namespace syncsites::ui {

/// Stores (rows) by data-holding sites (columns); each cell is the store's sync type on that site.
/// The first column is the store itself. Read-only for now.
class StoreMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        SyncTypeRole = Qt::UserRole + 1, ///< int(SyncType) of a cell
        StoreCodeRole,
        SiteNameRole, ///< horizontal header: the site's name (the display text may be wrapped)
    };

    explicit StoreMatrixModel(QObject* parent = nullptr);

    void setTopology(const Topology& topology);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Topology m_topology;
    QStringList m_siteColumns; ///< names of the data-holding sites, in topology order
};

} // namespace syncsites::ui
