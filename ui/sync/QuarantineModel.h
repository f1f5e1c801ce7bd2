#pragma once

#include "SyncLog.h"

#include <QAbstractTableModel>
#include <QVector>

namespace syncsites::ui {

/// The replica's quarantine as a table, oldest first: the records the hub refused or that could not be integrated
/// here, with the reason and how often they were retried.
class QuarantineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TableColumn,
        RecordColumn,
        ReasonColumn,
        SinceColumn,
        RetriesColumn,
        ColumnCount,
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1, ///< qint64, the quarantine entry's id
        ReasonCodeRole,                 ///< the stable reason code ("store_not_active", ...)
    };

    explicit QuarantineModel(QObject* parent = nullptr);

    void setEntries(const QVector<QuarantineEntry>& entries);
    const QVector<QuarantineEntry>& entries() const { return m_entries; }
    const QuarantineEntry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<QuarantineEntry> m_entries;
};

} // namespace syncsites::ui
