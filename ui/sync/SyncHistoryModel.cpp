#include "SyncHistoryModel.h"

#include "SyncText.h"

#include <QIcon>
#include <QLocale>

namespace syncsites::ui {

namespace {

QIcon outcomeIcon(SyncOutcome outcome)
{
    switch (outcome) {
    case SyncOutcome::Success:
        return QIcon(QStringLiteral(":/icons/sync/success.svg"));
    case SyncOutcome::Partial:
        return QIcon(QStringLiteral(":/icons/sync/partial.svg"));
    case SyncOutcome::Failed:
        return QIcon(QStringLiteral(":/icons/sync/failed.svg"));
    case SyncOutcome::Cancelled:
        return QIcon(QStringLiteral(":/icons/sync/cancelled.svg"));
    case SyncOutcome::Running:
        return QIcon(QStringLiteral(":/icons/sync/syncing.svg"));
    }
    return QIcon();
}

qint64 durationMs(const SyncLogEntry& s)
{
    return s.startedAt.isValid() && s.finishedAt.isValid() ? s.startedAt.msecsTo(s.finishedAt) : -1;
}

} // namespace

SyncHistoryModel::SyncHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void SyncHistoryModel::setSessions(const QVector<SyncLogEntry>& sessions)
{
    beginResetModel();
    m_sessions = sessions;
    endResetModel();
}

int SyncHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SyncHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const SyncLogEntry& s = m_sessions.at(index.row());
    switch (role) {
    case SessionIdRole:
        return s.id;
    case OutcomeIdRole:
        return syncOutcomeId(s.outcome);
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(s.startedAt.toLocalTime(), QLocale::ShortFormat);
        case OutcomeColumn:
            return SyncText::outcome(s.outcome);
        case DurationColumn:
            return SyncText::duration(durationMs(s));
        case PushedColumn:
            return SyncText::count(s.pushed);
        case PulledColumn:
            return SyncText::count(s.pulled);
        case RejectedColumn:
            return SyncText::count(s.rejected);
        case MessageColumn:
            return s.errorMessage;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case WhenColumn:
            return s.startedAt;
        case OutcomeColumn:
            return syncOutcomeId(s.outcome);
        case DurationColumn:
            return durationMs(s);
        case PushedColumn:
            return s.pushed;
        case PulledColumn:
            return s.pulled;
        case RejectedColumn:
            return s.rejected;
        case MessageColumn:
            return s.errorMessage;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn && !s.errorMessage.isEmpty())
            return s.errorMessage;
        if (index.column() == WhenColumn)
            return QLocale().toString(s.startedAt.toLocalTime(), QLocale::LongFormat);
        break;
    case Qt::DecorationRole:
        if (index.column() == OutcomeColumn)
            return outcomeIcon(s.outcome);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= DurationColumn && index.column() <= RejectedColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant SyncHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case OutcomeColumn:
        return tr("Outcome");
    case DurationColumn:
        return tr("Duration");
    case PushedColumn:
        return tr("Sent");
    case PulledColumn:
        return tr("Received");
    case RejectedColumn:
        return tr("Refused");
    case MessageColumn:
        return tr("Message");
    }
    return QVariant();
}

} // namespace syncsites::ui
