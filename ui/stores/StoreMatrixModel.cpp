#include "StoreMatrixModel.h"

#include "SyncTypeStyle.h"

namespace syncsites::ui {

StoreMatrixModel::StoreMatrixModel(QObject* parent) : QAbstractTableModel(parent) {}

void StoreMatrixModel::setTopology(const Topology& topology)
{
    beginResetModel();
    m_topology = topology;
    m_siteColumns.clear();
    for (const Site& site : m_topology.sites()) {
        if (site.holdsData())
            m_siteColumns.append(site.name);
    }
    endResetModel();
}

int StoreMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_topology.stores().size());
}

int StoreMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_siteColumns.size()) + 1;
}

QVariant StoreMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store& store = m_topology.stores()[index.row()];
    if (role == StoreCodeRole)
        return store.code;
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return tr("%1 (%2)").arg(store.name, store.code);
        if (role == Qt::ToolTipRole)
            return tr("Home site: %1").arg(store.home);
        return {};
    }
    const SyncType type = m_topology.syncType(store.code, m_siteColumns[index.column() - 1]);
    switch (role) {
    case Qt::DisplayRole:
        return SyncTypeStyle::label(type);
    case SyncTypeRole:
        return int(type);
    case Qt::BackgroundRole:
        return type == SyncType::None ? QVariant() : QVariant(SyncTypeStyle::background(type));
    case Qt::ForegroundRole:
        return type == SyncType::None ? QVariant() : QVariant(SyncTypeStyle::foreground(type));
    case Qt::ToolTipRole:
        return SyncTypeStyle::explanation(type);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant StoreMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SiteNameRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return role == SiteNameRole ? QVariant() : QVariant(tr("Store"));
    if (section < 1 || section > m_siteColumns.size())
        return {};
    const QString& name = m_siteColumns[section - 1];
    if (role == SiteNameRole)
        return name;
    if (role == Qt::DisplayRole) {
        // Site names are long and columns many: two lines keep the columns narrow and the names whole.
        const int middle = name.indexOf(QLatin1Char(' '), name.size() / 2 - 2);
        return middle > 0 ? QString(name.left(middle) + QLatin1Char('\n') + name.mid(middle + 1)) : name;
    }
    if (role == Qt::ToolTipRole) {
        const Site* site = m_topology.site(name);
        return site ? tr("%1 — %2").arg(name, tr(siteKindInfo(site->kind).displayName)) : name;
    }
    return name;
}

} // namespace syncsites::ui
