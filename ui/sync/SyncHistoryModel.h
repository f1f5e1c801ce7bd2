#pragma once

#include "SyncLog.h"

#include <QAbstractTableModel>
#include <QVector>

namespace syncsites::ui {

/// The replica's sync log as a table, newest session first: when, outcome, duration, records sent, received and
/// refused, and the engine's message.
class SyncHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        OutcomeColumn,
        DurationColumn,
        PushedColumn,
        PulledColumn,
        RejectedColumn,
        MessageColumn,
        ColumnCount,
    };
    enum Role
    {
        SessionIdRole = Qt::UserRole + 1, ///< qint64
        OutcomeIdRole,                    ///< "success", "partial", "failed", "cancelled", "running"
        SortRole,                         ///< the raw value of the cell (dates, numbers), for sorting
    };

    explicit SyncHistoryModel(QObject* parent = nullptr);

    /// Replaces the rows; `sessions` newest first, as SyncStateRepository::sessions() returns them.
    void setSessions(const QVector<SyncLogEntry>& sessions);
    const SyncLogEntry& session(int row) const { return m_sessions.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<SyncLogEntry> m_sessions;
};

} // namespace syncsites::ui
