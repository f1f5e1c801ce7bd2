#pragma once

#include "SessionRecord.h"

#include <QAbstractTableModel>
#include <QVector>

namespace syncsites::ui {

/// A site's recent sync sessions as the hub reported them, newest first (the side panel's history).
class SessionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FinishedColumn,
        OutcomeColumn,
        DurationColumn,
        PushedColumn,
        PulledColumn,
        RejectedColumn,
        ErrorColumn,
        ColumnCount
    };

    explicit SessionListModel(QObject* parent = nullptr);

    void setSessions(const QVector<SessionRecord>& sessions);
    const QVector<SessionRecord>& sessions() const { return m_sessions; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "success" -> "Succeeded", otherwise OutcomeText's words.
    static QString outcomeLabel(const QString& outcome);

private:
    QVector<SessionRecord> m_sessions;
};

} // namespace syncsites::ui
