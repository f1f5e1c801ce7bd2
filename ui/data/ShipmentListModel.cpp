#include "ShipmentListModel.h"

#include <QDateTime>

namespace syncsites::ui {

ShipmentListModel::ShipmentListModel(QObject* parent) : QAbstractTableModel(parent) {}

void ShipmentListModel::setShipments(const QVector<ShipmentToReceive>& shipments)
{
    beginResetModel();
    m_shipments = shipments;
    endResetModel();
}

int ShipmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shipments.size());
}

int ShipmentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant ShipmentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ShipmentToReceive& shipment = m_shipments.at(index.row());
    if (role == ShipmentIdRole)
        return shipment.id;
    if (role == Qt::TextAlignmentRole && (index.column() == Lines || index.column() == Packs))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == From)
        return shipment.partnerName;
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (Column(index.column())) {
    case From:
        return shipment.partnerCode.isEmpty() ? tr("(unknown store)") : shipment.partnerCode;
    case Shipped: {
        const QDateTime at = QDateTime::fromString(shipment.shippedAt, Qt::ISODateWithMs);
        return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : shipment.shippedAt;
    }
    case Lines:
        return shipment.lines;
    case Packs:
        return QString::number(shipment.packs, 'g', 15);
    case Id:
        return shipment.id;
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant ShipmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case From:
        return tr("From store");
    case Shipped:
        return tr("Shipped");
    case Lines:
        return tr("Lines");
    case Packs:
        return tr("Packs");
    case Id:
        return tr("Shipment id");
    case ColumnCount:
        break;
    }
    return QVariant();
}

} // namespace syncsites::ui
