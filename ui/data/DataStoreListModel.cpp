#include "DataStoreListModel.h"

#include "SyncTypeStyle.h"

#include <QFont>
#include <QPainter>
#include <QPixmap>

namespace syncsites::ui {

QIcon DataStoreListModel::swatch(SyncType type)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(SyncTypeStyle::background(type));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 3, 3);
    return QIcon(pixmap);
}

DataStoreListModel::DataStoreListModel(QObject* parent) : QAbstractListModel(parent) {}

void DataStoreListModel::setStores(const QVector<BrowsableStore>& stores)
{
    beginResetModel();
    m_stores = stores;
    m_rows.clear();
    SyncType group = SyncType::None;
    for (int i = 0; i < m_stores.size(); ++i) {
        if (m_stores.at(i).type != group) {
            group = m_stores.at(i).type;
            m_rows.append(Row{group, -1});
        }
        m_rows.append(Row{SyncType::None, i});
    }
    endResetModel();
}

int DataStoreListModel::rowOf(const QString& code) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const int index = m_rows.at(row).store;
        if (index >= 0 && m_stores.at(index).code == code)
            return row;
    }
    return -1;
}

const BrowsableStore* DataStoreListModel::store(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).store < 0)
        return nullptr;
    return &m_stores.at(m_rows.at(row).store);
}

int DataStoreListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DataStoreListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row& row = m_rows.at(index.row());
    if (row.store < 0) {
        switch (role) {
        case Qt::DisplayRole:
            return row.heading == SyncType::Active ? tr("Active on this site: edited here")
                                                   : tr("Collector copies: read-only");
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case Qt::ToolTipRole:
            return SyncTypeStyle::explanation(row.heading);
        case HeadingRole:
            return true;
        case CodeRole:
            return QString();
        case SyncTypeRole:
            return int(row.heading);
        default:
            return QVariant();
        }
    }
    const BrowsableStore& store = m_stores.at(row.store);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 – %2").arg(store.code, store.name);
    case Qt::DecorationRole:
        return swatch(store.type);
    case Qt::ToolTipRole:
        return tr("%1 (home site: %2)").arg(SyncTypeStyle::explanation(store.type), store.home);
    case Qt::AccessibleDescriptionRole:
        return SyncTypeStyle::label(store.type);
    case CodeRole:
        return store.code;
    case SyncTypeRole:
        return int(store.type);
    case HeadingRole:
        return false;
    default:
        break;
    }
    return QVariant();
}

Qt::ItemFlags DataStoreListModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (m_rows.at(index.row()).store < 0)
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace syncsites::ui
