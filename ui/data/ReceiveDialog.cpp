#include "ReceiveDialog.h"

#include "ShipmentListModel.h"
#include "ui_ReceiveDialog.h"

#include <QItemSelectionModel>
#include <QPushButton>

namespace syncsites::ui {

ReceiveDialog::ReceiveDialog(const QString& storeCode, const QVector<ShipmentToReceive>& shipments, QWidget* parent)
    : QDialog(parent), m_model(new ShipmentListModel(this)), m_ui(std::make_unique<Ui::ReceiveDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(windowTitle().arg(storeCode));
    m_ui->intro->setText(
        shipments.isEmpty()
            ? tr("No shipment to %1 is waiting. Shipments from other sites arrive when this site syncs.").arg(storeCode)
            : tr("Receiving a shipment marks it delivered and adds its packs to the stock of %1. The "
                 "sending site sees it delivered after both sites have synced.")
                  .arg(storeCode));
    m_model->setShipments(shipments);
    m_ui->shipments->setModel(m_model);
    m_ui->shipments->resizeColumnsToContents();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Receive"));

    connect(m_ui->shipments->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReceiveDialog::updateOk);
    connect(m_ui->shipments, &QTableView::doubleClicked, this, [this] {
        if (!shipmentId().isEmpty())
            accept();
    });
    if (!shipments.isEmpty())
        m_ui->shipments->selectRow(0);
    updateOk();
}

ReceiveDialog::~ReceiveDialog() = default;

QString ReceiveDialog::shipmentId() const
{
    const QModelIndexList rows = m_ui->shipments->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ShipmentListModel::ShipmentIdRole).toString();
}

bool ReceiveDialog::selectShipment(const QString& id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->shipments().at(row).id == id) {
            m_ui->shipments->selectRow(row);
            return true;
        }
    }
    return false;
}

void ReceiveDialog::updateOk()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!shipmentId().isEmpty());
}

} // namespace syncsites::ui
