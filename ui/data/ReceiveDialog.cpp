#include "ReceiveDialog.h"

#include "ShipmentListModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace syncsites::ui {

ReceiveDialog::ReceiveDialog(const QString& storeCode, const QVector<ShipmentToReceive>& shipments, QWidget* parent)
    : QDialog(parent), m_model(new ShipmentListModel(this)), m_view(new QTableView(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("receiveDialog"));
    setWindowTitle(tr("Receive a shipment in %1").arg(storeCode));
    resize(620, 320);

    m_model->setShipments(shipments);
    m_view->setObjectName(QStringLiteral("shipments"));
    m_view->setAccessibleName(tr("Shipments waiting to be received"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Receive"));

    auto* intro = new QLabel(
        shipments.isEmpty()
            ? tr("No shipment to %1 is waiting. Shipments from other sites arrive when this site syncs.").arg(storeCode)
            : tr("Receiving a shipment marks it delivered and adds its packs to the stock of %1. The "
                 "sending site sees it delivered after both sites have synced.")
                  .arg(storeCode),
        this);
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReceiveDialog::updateOk);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (!shipmentId().isEmpty())
            accept();
    });
    if (!shipments.isEmpty())
        m_view->selectRow(0);
    updateOk();
}

QString ReceiveDialog::shipmentId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ShipmentListModel::ShipmentIdRole).toString();
}

bool ReceiveDialog::selectShipment(const QString& id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->shipments().at(row).id == id) {
            m_view->selectRow(row);
            return true;
        }
    }
    return false;
}

void ReceiveDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!shipmentId().isEmpty());
}

} // namespace syncsites::ui
