#pragma once

#include "ReplicaViews.h"
#include "TableSchema.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QVector>

#include <functional>

namespace syncsites {
class LocalSite;
}

namespace syncsites::ui {

/// The records of one table of a replica (all of a central table, or one store's), ordered by id, read a page at a
/// time from the LocalSite as the view scrolls (canFetchMore/fetchMore), so a table of 100,000 rows costs only what is
/// shown. Pages are read on the site's database thread: rows arrive after setQuery() or fetchMore() returns
/// (totalCountChanged() after the first page, pageLoaded() after each later one). Columns are the table's schema
/// columns, the id last, the store column left out when the rows are one store's. Ids of stores, items and sites are
/// shown by code or name (the id in the tooltip).
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        RecordIdRole = Qt::UserRole + 1, ///< the row's record id, on every column
        RawValueRole,                    ///< the cell's value as stored (a QVariant of the JSON value)
    };

    static constexpr int pageSize = 200;

    explicit RecordTableModel(QObject* parent = nullptr);

    /// The site whose replica to read (null: no rows). Does not take ownership.
    void setSite(LocalSite* site);
    /// Shows the rows `query` selects, from the first page.
    void setQuery(const RecordQuery& query);
    /// Reads the same query again (after a sync or a local edit), from the first page.
    void reload();

    const RecordQuery& query() const { return m_query; }
    /// How many rows the query matches (the rows loaded so far may be fewer); -1 when unknown.
    qint64 totalCount() const { return m_total; }
    /// The record shown in `row`, with every column of the table.
    QJsonObject record(int row) const;
    /// The column showing a field, or -1.
    int columnOf(QStringView field) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    /// Reading failed; `message` says why in words a user can act on.
    void loadFailed(const QString& message);
    /// The first page arrived: the number of matching rows was read again (-1: unknown, no rows).
    void totalCountChanged(qint64 total);
    /// A later page arrived (fetchMore).
    void pageLoaded();

private:
    void resetRows();
    void endNotifying(const std::function<void()>& end);
    QString display(const ColumnSchema& column, const QJsonValue& value) const;

    LocalSite* m_site = nullptr;
    RecordQuery m_query;
    QVector<const ColumnSchema*> m_columns;
    QVector<QJsonObject> m_rows;
    QHash<QString, QString> m_labels;
    qint64 m_total = -1;
    bool m_complete = true;
    bool m_notifying = false;
    bool m_loading = false;   ///< a page is being read
    quint64 m_generation = 0; ///< counts queries, so that an answer to an older one is dropped
};

} // namespace syncsites::ui
