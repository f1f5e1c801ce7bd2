#pragma once

#include "AuditEntry.h"

#include <QAbstractTableModel>
#include <QVector>

namespace syncsites::ui {

/// The hub's audit log, newest first, one row per entry: when, who, action, subject, and the details summarised
/// in a line (the full JSON in the tooltip). Pages of entries are appended as they load.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        ActionColumn,
        SubjectColumn,
        DetailsColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void clear();
    void append(const QVector<AuditEntry>& entries);
    /// The id of the oldest entry loaded (the `before` of the next page), 0 when none.
    qint64 oldestId() const { return m_entries.isEmpty() ? 0 : m_entries.last().id; }

    /// A line for people: "revision 3 → 4; 2 actions; stores changed: S01, S02".
    static QString summarise(const QJsonObject& details);
    /// An audit action id ("store.sync_type") in words ("Sync type changed"); unknown ids as they are.
    static QString actionText(const QString& action);
    /// A key of an entry's details ("pack_size") in words ("pack size").
    static QString fieldText(const QString& key);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<AuditEntry> m_entries;
};

} // namespace syncsites::ui
