#pragma once

#include "ReplicaViews.h"

#include <QAbstractTableModel>
#include <QVector>

namespace syncsites::ui {

/// The requests addressed to a store that wait for an answer, for the Respond dialog.
class RequisitionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        From,
        Sent,
        Lines,
        Packs,
        Id,
        ColumnCount
    };
    static constexpr int RequisitionIdRole = Qt::UserRole + 1; ///< what LocalSite::respond takes

    explicit RequisitionListModel(QObject* parent = nullptr);

    void setRequisitions(const QVector<RequisitionToAnswer>& requisitions);
    const QVector<RequisitionToAnswer>& requisitions() const { return m_requisitions; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<RequisitionToAnswer> m_requisitions;
};

} // namespace syncsites::ui
