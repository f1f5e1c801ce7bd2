#include "SiteStoresModel.h"

#include "SyncTypeStyle.h"

namespace syncsites::ui {

SiteStoresModel::SiteStoresModel(QObject* parent) : QAbstractTableModel(parent) {}

void SiteStoresModel::setStores(const QVector<StoreOnSite>& stores)
{
    beginResetModel();
    m_stores = stores;
    endResetModel();
}

int SiteStoresModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_stores.size());
}

int SiteStoresModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SiteStoresModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const StoreOnSite& store = m_stores[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return store.code;
        case NameColumn:
            return store.name;
        case SyncTypeColumn:
            return SyncTypeStyle::label(store.type);
        default:
            break;
        }
        break;
    case Qt::BackgroundRole:
        if (index.column() == SyncTypeColumn)
            return SyncTypeStyle::background(store.type);
        break;
    case Qt::ForegroundRole:
        if (index.column() == SyncTypeColumn)
            return SyncTypeStyle::foreground(store.type);
        break;
    case Qt::ToolTipRole:
        return SyncTypeStyle::explanation(store.type);
    default:
        break;
    }
    return QVariant();
}

QVariant SiteStoresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Store");
    case SyncTypeColumn:
        return tr("Sync type here");
    default:
        break;
    }
    return QVariant();
}

} // namespace syncsites::ui
