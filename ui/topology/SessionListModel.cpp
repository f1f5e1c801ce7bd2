#include "SessionListModel.h"

#include "OutcomeText.h"
#include "SyncFailure.h"
#include "SyncHealth.h"
#include "Theme.h"

#include <QLocale>

namespace syncsites::ui {

SessionListModel::SessionListModel(QObject* parent) : QAbstractTableModel(parent) {}

void SessionListModel::setSessions(const QVector<SessionRecord>& sessions)
{
    beginResetModel();
    m_sessions = sessions;
    endResetModel();
}

int SessionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionListModel::outcomeLabel(const QString& outcome)
{
    // "Succeeded" here, "Success" elsewhere: tests/gui/topology/TestTopologyHub.cpp asserts this word.
    if (outcome == QLatin1String("success"))
        return tr("Succeeded");
    return OutcomeText::label(outcome);
}

QVariant SessionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const SessionRecord& session = m_sessions[index.row()];
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case FinishedColumn:
            return locale.toString(session.finishedAt.toLocalTime(), QLocale::ShortFormat);
        case OutcomeColumn:
            return outcomeLabel(session.outcome);
        case DurationColumn:
            return tr("%1 s").arg(locale.toString(session.durationMs / 1000.0, 'f', 1));
        case PushedColumn:
            return locale.toString(session.pushed);
        case PulledColumn:
            return locale.toString(session.pulled);
        case RejectedColumn:
            return locale.toString(session.rejected);
        case ErrorColumn: // what happened at that site, in words for whoever reads it here
            return session.errorMessage.isEmpty() && session.errorCode.isEmpty()
                       ? QString()
                       : SyncFailure::seenFromElsewhere(session.errorCode, session.errorMessage);
        default:
            break;
        }
    } else if (role == Qt::ForegroundRole && index.column() == OutcomeColumn) {
        if (session.outcome == QLatin1String("failed"))
            return Theme::healthTextColor(SyncHealth::Failing); // text: the shade that reads at 4.5:1
        if (session.outcome == QLatin1String("partial"))
            return Theme::healthTextColor(SyncHealth::Late);
    } else if (role == Qt::ToolTipRole && index.column() == ErrorColumn && !session.errorMessage.isEmpty()) {
        return QString(session.errorCode + QLatin1String(": ") + session.errorMessage);
    } else if (role == Qt::TextAlignmentRole && index.column() >= DurationColumn && index.column() <= RejectedColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return QVariant();
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FinishedColumn:
        return tr("Finished");
    case OutcomeColumn:
        return tr("Outcome");
    case DurationColumn:
        return tr("Duration");
    case PushedColumn:
        return tr("Sent");
    case PulledColumn:
        return tr("Received");
    case RejectedColumn:
        return tr("Rejected");
    case ErrorColumn:
        return tr("Error");
    default:
        break;
    }
    return QVariant();
}

} // namespace syncsites::ui
