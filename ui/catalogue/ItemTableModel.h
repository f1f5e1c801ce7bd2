#pragma once

#include "ItemRecord.h"

#include <QAbstractTableModel>
#include <QVector>

namespace syncsites::ui {

/// The network's items, one row each (code, name, unit, pack size, active, used), as the Items tab shows them.
/// Qt::UserRole gives a row's code.
class ItemTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        UnitColumn,
        PackSizeColumn,
        ActiveColumn,
        UsedColumn,
        ColumnCount
    };

    explicit ItemTableModel(QObject* parent = nullptr);

    void setItems(QVector<ItemRecord> items);
    /// Replaces the item of the same code, or appends it.
    void update(const ItemRecord& item);
    const QVector<ItemRecord>& items() const { return m_items; }
    /// -1 when there is none.
    int row(const QString& code) const;
    ItemRecord item(int row) const { return m_items.value(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<ItemRecord> m_items;
};

} // namespace syncsites::ui
