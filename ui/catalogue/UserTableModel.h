#pragma once

#include "UserRecord.h"

#include <QAbstractTableModel>
#include <QVector>

namespace syncsites::ui {

/// The network's user accounts, one row each (username, full name, role, sites, active), as the Users tab shows
/// them. Qt::UserRole gives a row's username.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UsernameColumn,
        FullNameColumn,
        RoleColumn,
        SitesColumn,
        ActiveColumn,
        ColumnCount
    };

    explicit UserTableModel(QObject* parent = nullptr);

    void setUsers(QVector<UserRecord> users);
    /// Replaces the account of the same username, or appends it.
    void update(const UserRecord& user);
    const QVector<UserRecord>& users() const { return m_users; }
    /// -1 when there is none.
    int row(const QString& username) const;
    UserRecord user(int row) const { return m_users.value(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<UserRecord> m_users;
};

} // namespace syncsites::ui
