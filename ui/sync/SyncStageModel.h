#pragma once

#include "SyncSummary.h"

#include <QAbstractTableModel>
#include <QVector>

namespace syncsites::ui {

/// The stages of the running (or last) session, one row per stage of each link in the order they ran, with their
/// counts, rate and time left, fed by SyncEngine::progressed.
class SyncStageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StageColumn,
        ProgressColumn,
        StatusColumn,
        ColumnCount,
    };
    enum Role
    {
        StageIdRole = Qt::UserRole + 1, ///< "handshake", "push", "pull", "transfers", "report"
        LinkRole,                       ///< "core", "oms" or empty
        DoneRole,                       ///< qint64
        TotalRole,                      ///< qint64, -1 when not known
        FinishedRole,                   ///< bool
    };

    explicit SyncStageModel(QObject* parent = nullptr);

    /// Forgets the stages (a new session starts).
    void clear();
    /// A stage started or moved on; a new stage finishes the ones before it.
    void update(const SyncProgress& progress);
    /// The session ended: with `completed`, every stage is marked done; otherwise the last one is marked stopped.
    void finish(bool completed);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        SyncProgress progress;
        enum class State
        {
            Running,
            Done,
            Stopped,
        } state = State::Running;
    };
    QVector<Row> m_rows;
};

} // namespace syncsites::ui
