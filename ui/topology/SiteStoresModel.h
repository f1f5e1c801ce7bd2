#pragma once

#include "StoresBySite.h"

#include <QAbstractTableModel>

namespace syncsites::ui {

/// The stores visible on one site, with their sync type there (the side panel's store list).
class SiteStoresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        SyncTypeColumn,
        ColumnCount
    };

    explicit SiteStoresModel(QObject* parent = nullptr);

    void setStores(const QVector<StoreOnSite>& stores);
    const QVector<StoreOnSite>& stores() const { return m_stores; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<StoreOnSite> m_stores;
};

} // namespace syncsites::ui
