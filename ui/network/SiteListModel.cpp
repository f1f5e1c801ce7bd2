#include "SiteListModel.h"

namespace syncsites::ui {

SiteListModel::SiteListModel(QObject* parent) : QAbstractTableModel(parent) {}

void SiteListModel::setTopology(const Topology& topology)
{
    beginResetModel();
    m_topology = topology;
    QHash<QString, int> rowOf;
    m_counts = QVector<Row>(m_topology.sites().size());
    for (int i = 0; i < m_topology.sites().size(); ++i)
        rowOf.insert(m_topology.sites()[i].name, i);
    const Site* central = m_topology.central();
    for (const Store& store : m_topology.stores()) {
        if (const auto it = rowOf.constFind(store.home); it != rowOf.constEnd()) {
            ++m_counts[*it].active;
            ++m_counts[*it].visible;
        }
        for (auto v = store.visibility.constBegin(); v != store.visibility.constEnd(); ++v) {
            if (const auto it = rowOf.constFind(v.key()); it != rowOf.constEnd() && v.value() != SyncType::None)
                ++m_counts[*it].visible;
        }
        // Every store not at home on the central server is a Collector there.
        if (central && store.home != central->name && !store.visibility.contains(central->name))
            ++m_counts[rowOf.value(central->name)].visible;
    }
    endResetModel();
}

int SiteListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_topology.sites().size());
}

int SiteListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SiteListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Site& site = m_topology.sites()[index.row()];
    if (role == SiteNameRole)
        return site.name;
    if (role == Qt::ToolTipRole && index.column() == KindColumn)
        return site.holdsData() ? tr("Keeps its own database and syncs with its hub.")
                                : tr("Keeps no data: works directly on its server.");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return site.name;
    case KindColumn:
        return tr(siteKindInfo(site.kind).displayName);
    case LinksColumn: {
        if (!site.server.isEmpty())
            return tr("client of %1").arg(site.server);
        QStringList parts;
        if (site.info().hubOf)
            parts.append(tr("hub of %1").arg(categoryId(*site.info().hubOf)));
        for (auto it = site.links.constBegin(); it != site.links.constEnd(); ++it)
            parts.append(tr("%1 → %2").arg(categoryId(it.key()), it.value()));
        return parts.join(QStringLiteral("; "));
    }
    case ActiveStoresColumn:
        return site.holdsData() ? QVariant(m_counts[index.row()].active) : QVariant();
    case VisibleStoresColumn:
        return site.holdsData() ? QVariant(m_counts[index.row()].visible) : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SiteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Site");
    case KindColumn:
        return tr("Kind");
    case LinksColumn:
        return tr("Syncs with");
    case ActiveStoresColumn:
        return tr("Active stores");
    case VisibleStoresColumn:
        return tr("Visible stores");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace syncsites::ui
