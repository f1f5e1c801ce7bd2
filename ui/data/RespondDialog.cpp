#include "RespondDialog.h"

#include "RequisitionListModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace syncsites::ui {

RespondDialog::RespondDialog(const QString& storeCode, const QVector<RequisitionToAnswer>& requisitions,
                             QWidget* parent)
    : QDialog(parent), m_model(new RequisitionListModel(this)), m_intro(new QLabel(this)), m_view(new QTableView(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("respondDialog"));
    setWindowTitle(tr("Answer a requisition to %1").arg(storeCode));
    resize(620, 320);
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_intro->setText(
        requisitions.isEmpty()
            ? tr("No request to %1 is waiting for an answer. Requests from other sites arrive when this site syncs.")
                  .arg(storeCode)
            : tr("Answering a request finalises its response from %1: each line supplies what was requested. The "
                 "requesting site sees its request finalised after both sites have synced.")
                  .arg(storeCode));
    m_model->setRequisitions(requisitions);
    m_view->setObjectName(QStringLiteral("requisitions"));
    m_view->setAccessibleName(tr("Requisitions waiting for an answer"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Finalise"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RespondDialog::updateOk);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (!requisitionId().isEmpty())
            accept();
    });
    if (!requisitions.isEmpty())
        m_view->selectRow(0);
    updateOk();
}

QString RespondDialog::requisitionId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(RequisitionListModel::RequisitionIdRole).toString();
}

bool RespondDialog::selectRequisition(const QString& id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const RequisitionToAnswer& requisition = m_model->requisitions().at(row);
        if (requisition.id == id || requisition.requestId == id) {
            m_view->selectRow(row);
            return true;
        }
    }
    return false;
}

void RespondDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!requisitionId().isEmpty());
}

} // namespace syncsites::ui
