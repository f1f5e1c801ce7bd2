#pragma once

#include "ReplicaViews.h"

#include <QDialog>

#include <memory>

namespace syncsites::ui {

namespace Ui {
class ReceiveDialog;
}

class ShipmentListModel;

/// Lists a store's inbound shipments that have arrived (status shipped) and asks which one to receive. Opened with
/// open(); the page receives on accepted() through StoreActions::receive. The form is ReceiveDialog.ui.
class ReceiveDialog : public QDialog
{
    Q_OBJECT

public:
    ReceiveDialog(const QString& storeCode, const QVector<ShipmentToReceive>& shipments, QWidget* parent = nullptr);
    ~ReceiveDialog() override;

    /// The selected shipment's (inbound invoice's) id, or empty.
    QString shipmentId() const;
    /// Selects the shipment with this id; false when it is not listed.
    bool selectShipment(const QString& id);

private:
    void updateOk();

    ShipmentListModel* m_model;
    const std::unique_ptr<Ui::ReceiveDialog> m_ui;
};

} // namespace syncsites::ui
