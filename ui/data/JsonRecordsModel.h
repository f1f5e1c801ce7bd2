#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace syncsites::ui {

/// Records as the hub's data API gives them (JSON objects), one row each, in the columns of their table's schema
/// (id last); read-only.
class JsonRecordsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit JsonRecordsModel(QObject* parent = nullptr);

    /// Clears the rows and takes the columns of `table` (docs/schema.md).
    void setTable(const QString& table);
    void appendRecords(const QVector<QJsonObject>& records);
    void clear();
    QJsonObject record(int row) const { return m_records.value(row); }
    QStringList columns() const { return m_columns; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_columns;
    QVector<QJsonObject> m_records;
};

} // namespace syncsites::ui
