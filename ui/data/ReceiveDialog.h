#pragma once

#include "ReplicaBrowser.h"

#include <QDialog>

class QDialogButtonBox;
class QTableView;

namespace syncsites::ui {

class ShipmentListModel;

/// Lists a store's inbound shipments that have arrived (status shipped) and asks which one to receive. Opened with
/// open(); the page receives on accepted() through StoreActions::receive.
class ReceiveDialog : public QDialog
{
    Q_OBJECT

public:
    ReceiveDialog(const QString& storeCode, const QVector<ShipmentToReceive>& shipments, QWidget* parent = nullptr);

    /// The selected shipment's (inbound invoice's) id, or empty.
    QString shipmentId() const;
    /// Selects the shipment with this id; false when it is not listed.
    bool selectShipment(const QString& id);

private:
    void updateOk();

    ShipmentListModel* m_model;
    QTableView* m_view;
    QDialogButtonBox* m_buttons;
};

} // namespace syncsites::ui
