#include "ItemTableModel.h"

#include <QBrush>
#include <QPalette>

namespace syncsites::ui {

ItemTableModel::ItemTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ItemTableModel::setItems(QVector<ItemRecord> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

void ItemTableModel::update(const ItemRecord& item)
{
    const int at = row(item.code);
    if (at < 0) {
        beginInsertRows(QModelIndex(), m_items.size(), m_items.size());
        m_items.append(item);
        endInsertRows();
        return;
    }
    m_items[at] = item;
    emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
}

int ItemTableModel::row(const QString& code) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).code == code)
            return i;
    }
    return -1;
}

int ItemTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_items.size();
}

int ItemTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return QVariant();
    const ItemRecord& item = m_items.at(index.row());
    if (role == Qt::UserRole)
        return item.code;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CodeColumn:
            return item.code;
        case NameColumn:
            return item.name;
        case UnitColumn:
            return item.unit;
        case PackSizeColumn:
            return item.packSize;
        case ActiveColumn:
            return item.active ? tr("Active") : tr("Inactive");
        case UsedColumn:
            return item.used ? tr("Used") : tr("Not used");
        default:
            return QVariant();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == UsedColumn)
        return item.used ? tr("Stock, shipments or requisitions name this item: it can be deactivated, not deleted.")
                         : tr("No stock, shipment or requisition names this item yet.");
    if (role == Qt::TextAlignmentRole && index.column() == PackSizeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && !item.active)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    return QVariant();
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case UnitColumn:
        return tr("Unit");
    case PackSizeColumn:
        return tr("Pack size");
    case ActiveColumn:
        return tr("Active");
    case UsedColumn:
        return tr("Used");
    default:
        return QVariant();
    }
}

} // namespace syncsites::ui
