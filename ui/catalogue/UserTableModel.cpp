#include "UserTableModel.h"

#include <QBrush>
#include <QPalette>

namespace syncsites::ui {

UserTableModel::UserTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void UserTableModel::setUsers(QVector<UserRecord> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

void UserTableModel::update(const UserRecord& user)
{
    const int at = row(user.username);
    if (at < 0) {
        beginInsertRows(QModelIndex(), m_users.size(), m_users.size());
        m_users.append(user);
        endInsertRows();
        return;
    }
    m_users[at] = user;
    emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
}

int UserTableModel::row(const QString& username) const
{
    for (int i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).username == username)
            return i;
    }
    return -1;
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_users.size();
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return QVariant();
    const UserRecord& u = m_users.at(index.row());
    if (role == Qt::UserRole)
        return u.username;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case UsernameColumn:
            return u.username;
        case FullNameColumn:
            return u.fullName;
        case RoleColumn:
            return userRoleLabel(u.role);
        case SitesColumn:
            return u.sites.join(QStringLiteral(", "));
        case ActiveColumn:
            return u.active ? tr("Active") : tr("Disabled");
        default:
            return QVariant();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == SitesColumn && !u.sites.isEmpty())
        return u.sites.join(QLatin1Char('\n'));
    if (role == Qt::ForegroundRole && !u.active)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    return QVariant();
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UsernameColumn:
        return tr("Username");
    case FullNameColumn:
        return tr("Full name");
    case RoleColumn:
        return tr("Role");
    case SitesColumn:
        return tr("Sites");
    case ActiveColumn:
        return tr("Active");
    default:
        return QVariant();
    }
}

} // namespace syncsites::ui
