#include "ItemImportReportModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace syncsites::ui {

ItemImportReportModel::ItemImportReportModel(QObject* parent) : QAbstractTableModel(parent) {}

void ItemImportReportModel::setReport(const ItemImportReport& report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

QString ItemImportReportModel::outcomeLabel(const QString& outcome)
{
    if (outcome == QLatin1String("created"))
        return tr("created");
    if (outcome == QLatin1String("updated"))
        return tr("updated");
    if (outcome == QLatin1String("unchanged"))
        return tr("unchanged");
    if (outcome == QLatin1String("refused"))
        return tr("refused");
    return outcome;
}

int ItemImportReportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_report.lines.size();
}

int ItemImportReportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemImportReportModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_report.lines.size())
        return QVariant();
    const ItemImportLine& line = m_report.lines.at(index.row());
    const bool refused = line.outcome == QLatin1String("refused");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return line.line;
        case CodeColumn:
            return line.code;
        case OutcomeColumn:
            return outcomeLabel(line.outcome);
        case ReasonColumn:
            return line.reason;
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        return index.column() == ReasonColumn && !line.reason.isEmpty() ? QVariant(line.reason) : QVariant();
    case Qt::ForegroundRole:
        return refused && index.column() == OutcomeColumn ? QVariant(QBrush(QColor(0xc6, 0x28, 0x28))) : QVariant();
    case Qt::FontRole:
        if (refused && index.column() == OutcomeColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return QVariant();
    }
}

QVariant ItemImportReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case CodeColumn:
        return tr("Code");
    case OutcomeColumn:
        return tr("Outcome");
    case ReasonColumn:
        return tr("Reason");
    default:
        return QVariant();
    }
}

} // namespace syncsites::ui
