#include "JsonRecordsModel.h"

#include "RecordWords.h"

#include "TableSchema.h"

namespace syncsites::ui {

JsonRecordsModel::JsonRecordsModel(QObject* parent) : QAbstractTableModel(parent) {}

void JsonRecordsModel::setTable(const QString& table)
{
    beginResetModel();
    m_records.clear();
    m_columns.clear();
    if (const TableSchema* schema = TableSchema::find(table)) {
        for (const ColumnSchema& column : schema->columns())
            if (column.name != QLatin1String("id"))
                m_columns.append(column.name);
        m_columns.append(QStringLiteral("id"));
    }
    endResetModel();
}

void JsonRecordsModel::appendRecords(const QVector<QJsonObject>& records)
{
    if (records.isEmpty())
        return;
    if (m_columns.isEmpty()) { // a table this app does not know: the keys of the first record
        beginResetModel();
        m_columns = records.first().keys();
        endResetModel();
    }
    beginInsertRows(QModelIndex(), int(m_records.size()), int(m_records.size() + records.size() - 1));
    m_records += records;
    endInsertRows();
}

void JsonRecordsModel::clear()
{
    beginResetModel();
    m_records.clear();
    endResetModel();
}

int JsonRecordsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int JsonRecordsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant JsonRecordsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size() || index.column() >= m_columns.size())
        return {};
    const QJsonValue value = m_records.at(index.row()).value(m_columns.at(index.column()));
    if (role == Qt::DisplayRole) {
        if (value.isBool())
            return value.toBool() ? tr("Yes") : tr("No");
        if (value.isDouble())
            return value.toDouble();
        return value.toString();
    }
    if (role == Qt::TextAlignmentRole && value.isDouble())
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant JsonRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return RecordWords::columnHeading(m_columns.at(section));
    if (role == Qt::ToolTipRole)
        return m_columns.at(section); // the database's name
    return {};
}

} // namespace syncsites::ui
