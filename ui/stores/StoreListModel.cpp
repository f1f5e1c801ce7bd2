#include "StoreListModel.h"

#include "StoreMatrixModel.h"
#include "StoresIcons.h"

#include <QFont>

namespace syncsites::ui {

StoreListModel::StoreListModel(StoreMatrixModel* matrix, QObject* parent)
    : QAbstractTableModel(parent), m_matrix(matrix)
{
    connect(m_matrix, &QAbstractItemModel::modelAboutToBeReset, this, &StoreListModel::beginResetModel);
    connect(m_matrix, &QAbstractItemModel::modelReset, this, &StoreListModel::endResetModel);
    connect(m_matrix, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                emit dataChanged(index(topLeft.row(), 0), index(bottomRight.row(), ColumnCount - 1));
            });
}

int StoreListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_matrix->rowCount();
}

int StoreListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoreListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QModelIndex store = m_matrix->index(index.row(), 0);
    switch (role) {
    case StoreMatrixModel::StoreCodeRole:
    case StoreMatrixModel::StoreNameRole:
    case StoreMatrixModel::HomeSiteRole:
    case StoreMatrixModel::PendingRole:
    case StoreMatrixModel::ViolationsRole:
        return store.data(role);
    default:
        break;
    }
    const bool pending = store.data(StoreMatrixModel::PendingRole).toBool();
    const QStringList problems = store.data(StoreMatrixModel::ViolationsRole).toStringList();
    switch (index.column()) {
    case CodeColumn:
        if (role == Qt::DisplayRole)
            return store.data(StoreMatrixModel::StoreCodeRole);
        if (role == Qt::DecorationRole && !problems.isEmpty())
            return StoresIcons::warning();
        break;
    case NameColumn:
        if (role == Qt::DisplayRole)
            return store.data(StoreMatrixModel::StoreNameRole);
        break;
    case HomeColumn:
        if (role == Qt::DisplayRole)
            return store.data(StoreMatrixModel::HomeSiteRole);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole) {
            QStringList parts;
            if (pending)
                parts.append(tr("edited"));
            if (!problems.isEmpty())
                parts.append(tr("%n problem(s)", nullptr, int(problems.size())));
            return parts.join(QStringLiteral(", "));
        }
        if (role == Qt::ForegroundRole && !problems.isEmpty())
            return StoresIcons::violationColor();
        break;
    default:
        break;
    }
    if (role == Qt::ToolTipRole && !problems.isEmpty())
        return problems.join(QLatin1Char('\n'));
    if (role == Qt::FontRole && pending) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant StoreListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case HomeColumn:
        return tr("Home site");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace syncsites::ui
