#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>

namespace syncsites::ui {

/// The per-link figures of one reported session (SessionRecord::links, as the engine's SyncSummary writes them:
/// category, hub, pushed, pulled, rejected, duration_ms), one row per link. A figure the site did not report is
/// an empty cell.
class LinkFiguresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LinkColumn,
        HubColumn,
        PushedColumn,
        PulledColumn,
        RejectedColumn,
        DurationColumn,
        ColumnCount
    };

    explicit LinkFiguresModel(QObject* parent = nullptr);

    void setLinks(const QJsonArray& links);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "850 ms", "2.5 s", "3 min 20 s".
    static QString formatDuration(qint64 milliseconds);

private:
    QJsonArray m_links;
};

} // namespace syncsites::ui
