#pragma once

#include "ReplicaViews.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableView;

namespace syncsites::ui {

class RequisitionListModel;

/// Lists the requests addressed to a store that wait for an answer and asks which one to answer: finalising the
/// response supplies what was requested. Opened with open(); the page answers on accepted() through
/// LocalSite::respond.
class RespondDialog : public QDialog
{
    Q_OBJECT

public:
    RespondDialog(const QString& storeCode, const QVector<RequisitionToAnswer>& requisitions,
                  QWidget* parent = nullptr);

    /// The selected requisition's id (what LocalSite::respond takes), or empty.
    QString requisitionId() const;
    /// Selects the requisition whose request or response has this id; false when it is not listed.
    bool selectRequisition(const QString& id);

private:
    void updateOk();

    RequisitionListModel* m_model;
    QLabel* m_intro;
    QTableView* m_view;
    QDialogButtonBox* m_buttons;
};

} // namespace syncsites::ui
