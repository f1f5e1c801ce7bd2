#pragma once

#include "Topology.h"

#include <QAbstractTableModel>

namespace syncsites::ui {

/// The network's sites as a table: name, kind, upstream links, attached server, stores Active and visible.
class SiteListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        LinksColumn,
        ActiveStoresColumn,
        VisibleStoresColumn,
        ColumnCount,
    };
    enum Role
    {
        SiteNameRole = Qt::UserRole + 1,
    };

    explicit SiteListModel(QObject* parent = nullptr);

    void setTopology(const Topology& topology);
    const Topology& topology() const { return m_topology; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int active = 0;
        int visible = 0;
    };

    Topology m_topology;
    QVector<Row> m_counts;
};

} // namespace syncsites::ui
