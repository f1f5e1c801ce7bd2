#include "SyncStageModel.h"

#include "SyncText.h"

namespace syncsites::ui {

SyncStageModel::SyncStageModel(QObject* parent) : QAbstractTableModel(parent) {}

void SyncStageModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void SyncStageModel::update(const SyncProgress& progress)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        if (row.progress.stage == progress.stage && row.progress.link == progress.link) {
            row.progress = progress;
            row.state = Row::State::Running;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return;
        }
    }
    // A new stage: the ones before it are done.
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].state == Row::State::Running) {
            m_rows[i].state = Row::State::Done;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
    const int at = int(m_rows.size());
    beginInsertRows(QModelIndex(), at, at);
    m_rows.append(Row{progress, Row::State::Running});
    endInsertRows();
}

void SyncStageModel::finish(bool completed)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        if (row.state != Row::State::Running)
            continue;
        row.state = completed ? Row::State::Done : Row::State::Stopped;
        if (completed && row.progress.total < 0)
            row.progress.total = row.progress.done;
        row.progress.secondsLeft = -1;
        emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

int SyncStageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SyncStageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncStageModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row& row = m_rows.at(index.row());
    const SyncProgress& p = row.progress;
    switch (role) {
    case StageIdRole:
        return syncStageId(p.stage);
    case LinkRole:
        return p.link;
    case DoneRole:
        return p.done;
    case TotalRole:
        return p.total;
    case FinishedRole:
        return row.state != Row::State::Running;
    case Qt::DisplayRole:
        switch (index.column()) {
        case StageColumn:
            return SyncText::stage(p.stage, p.link);
        case ProgressColumn:
            return SyncText::progress(p);
        case StatusColumn:
            switch (row.state) {
            case Row::State::Running:
                return tr("In progress");
            case Row::State::Done:
                return tr("Done");
            case Row::State::Stopped:
                return tr("Stopped");
            }
        }
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant SyncStageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StageColumn:
        return tr("Stage");
    case ProgressColumn:
        return tr("Progress");
    case StatusColumn:
        return tr("Status");
    }
    return QVariant();
}

} // namespace syncsites::ui
