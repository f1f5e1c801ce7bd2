#pragma once

#include "ReplicaViews.h"

#include <QAbstractListModel>
#include <QIcon>
#include <QVector>

namespace syncsites::ui {

/// The stores whose data a replica holds, for the Data page's store picker: a heading row ("Active on this site",
/// "Collector copies"), then that group's stores, each marked with its sync type's colour. Heading rows cannot be
/// selected.
class DataStoreListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        CodeRole = Qt::UserRole + 1, ///< the store's code; empty on a heading row
        SyncTypeRole,                ///< the store's SyncType on this site (as int)
        HeadingRole,                 ///< true on a heading row
    };

    explicit DataStoreListModel(QObject* parent = nullptr);

    /// The stores, Active ones first (as ReplicaBrowser::stores gives them).
    void setStores(const QVector<BrowsableStore>& stores);

    /// A small rounded square in the sync type's colour, to mark a store wherever it is listed.
    static QIcon swatch(SyncType type);

    /// The row showing a store, or -1.
    int rowOf(const QString& code) const;
    /// The store shown in `row`, or nullptr (a heading or no row).
    const BrowsableStore* store(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Row
    {
        SyncType heading = SyncType::None; ///< a heading row for this type, or None for a store row
        int store = -1;
    };
    QVector<BrowsableStore> m_stores;
    QVector<Row> m_rows;
};

} // namespace syncsites::ui
