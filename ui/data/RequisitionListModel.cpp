#include "RequisitionListModel.h"

#include <QDateTime>

namespace syncsites::ui {

RequisitionListModel::RequisitionListModel(QObject* parent) : QAbstractTableModel(parent) {}

void RequisitionListModel::setRequisitions(const QVector<RequisitionToAnswer>& requisitions)
{
    beginResetModel();
    m_requisitions = requisitions;
    endResetModel();
}

int RequisitionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_requisitions.size());
}

int RequisitionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant RequisitionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const RequisitionToAnswer& requisition = m_requisitions.at(index.row());
    if (role == RequisitionIdRole)
        return requisition.id;
    if (role == Qt::TextAlignmentRole && (index.column() == Lines || index.column() == Packs))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == From)
        return requisition.requesterName;
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (Column(index.column())) {
    case From:
        return requisition.requesterCode.isEmpty() ? tr("(unknown store)") : requisition.requesterCode;
    case Sent: {
        const QDateTime at = QDateTime::fromString(requisition.sentAt, Qt::ISODateWithMs);
        return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : requisition.sentAt;
    }
    case Lines:
        return requisition.lines;
    case Packs:
        return QString::number(requisition.packs, 'g', 15);
    case Id:
        return requisition.requestId;
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant RequisitionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case From:
        return tr("Requested by");
    case Sent:
        return tr("Sent");
    case Lines:
        return tr("Lines");
    case Packs:
        return tr("Packs requested");
    case Id:
        return tr("Request id");
    case ColumnCount:
        break;
    }
    return QVariant();
}

} // namespace syncsites::ui
