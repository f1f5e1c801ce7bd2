#pragma once

#include "ReplicaViews.h"

#include <QAbstractTableModel>
#include <QVector>

namespace syncsites::ui {

/// The inbound shipments of a store waiting to be received (status shipped), for the Receive dialog.
class ShipmentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        From,
        Shipped,
        Lines,
        Packs,
        Id,
        ColumnCount
    };
    static constexpr int ShipmentIdRole = Qt::UserRole + 1;

    explicit ShipmentListModel(QObject* parent = nullptr);

    void setShipments(const QVector<ShipmentToReceive>& shipments);
    const QVector<ShipmentToReceive>& shipments() const { return m_shipments; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<ShipmentToReceive> m_shipments;
};

} // namespace syncsites::ui
