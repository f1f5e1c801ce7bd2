#include "QuarantineModel.h"

#include <QLocale>

namespace syncsites::ui {

QuarantineModel::QuarantineModel(QObject* parent) : QAbstractTableModel(parent) {}

void QuarantineModel::setEntries(const QVector<QuarantineEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int QuarantineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int QuarantineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuarantineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const QuarantineEntry& e = m_entries.at(index.row());
    switch (role) {
    case EntryIdRole:
        return e.id;
    case ReasonCodeRole:
        return e.reasonCode;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TableColumn:
            return e.tableName;
        case RecordColumn:
            return e.recordId;
        case ReasonColumn:
            return e.reason.isEmpty() ? e.reasonCode : e.reason;
        case SinceColumn:
            return QLocale().toString(e.quarantinedAt.toLocalTime(), QLocale::ShortFormat);
        case RetriesColumn:
            return e.retryCount;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn)
            return tr("%1 (%2)").arg(e.reason, e.reasonCode);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RetriesColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant QuarantineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TableColumn:
        return tr("Table");
    case RecordColumn:
        return tr("Record");
    case ReasonColumn:
        return tr("Reason");
    case SinceColumn:
        return tr("Since");
    case RetriesColumn:
        return tr("Retries");
    }
    return QVariant();
}

} // namespace syncsites::ui
