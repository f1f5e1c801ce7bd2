#pragma once

#include "SiteStatusList.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QVector>

namespace syncsites::ui {

/// Every site's sync state as the hub reported it, one row per site. Keeps, per row, what filtering and sorting
/// need precomputed (a lowercase search key, the age of the last success in seconds), so that a proxy over
/// 10,000 rows answers a keystroke without allocating.
class SiteStatusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        LastSuccessColumn,
        AgeColumn,
        HealthColumn,
        WaitingColumn,
        LastErrorColumn,
        AppVersionColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< numbers for ages, counts and dates; text otherwise
        ExportRole,                  ///< the value a CSV file gets (ISO dates, plain numbers)
        SiteNameRole,
        HealthRole, ///< int(SyncHealth)
        KindRole,   ///< int(SiteKind)
        HealthColourRole,
    };

    /// One site, with its precomputed keys.
    struct Row
    {
        SiteStatus status;
        QString kindName;
        QString searchKey;       ///< lowercase name, kind, server, error and version
        qint64 ageSeconds = -1;  ///< of the last success at the hub's clock; -1: never
        qint64 successEpoch = 0; ///< seconds since the epoch; 0: never
    };

    explicit SiteStatusModel(QObject* parent = nullptr);

    /// Replaces every row; ages count from the list's server time.
    void setStatuses(const SiteStatusList& list);
    const SiteStatusList& statuses() const { return m_list; }
    const Row& row(int row) const { return m_rows.at(row); }
    int rowOf(const QString& site) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "45 s", "12 min", "3 h", "2 d"; "never" for -1.
    static QString formatAge(qint64 seconds);
    /// False for hubs and clients: they never sync on their own, so last success, age and health do not apply.
    static bool syncsItself(const SiteStatus& status);

private:
    QVariant displayData(const Row& r, int column) const;
    QVariant sortData(const Row& r, int column) const;

    SiteStatusList m_list;
    QVector<Row> m_rows;
    QIcon m_healthIcons[5];
};

} // namespace syncsites::ui
