#pragma once

#include "ReplicaViews.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;

namespace syncsites::ui {

/// Asks what a store Active here requests, from whom and how much: a supplying store visible on this site (any sync
/// type, marked with it; never the requesting store), an item of the catalogue (with what the requesting store holds
/// of it) and a number of packs. Opened with open(); the page sends the request on accepted() through
/// LocalSite::createRequisition.
class RequisitionDialog : public QDialog
{
    Q_OBJECT

public:
    RequisitionDialog(const QString& fromCode, const QVector<BrowsableStore>& partners, const QVector<ItemStock>& items,
                      QWidget* parent = nullptr);

    QString supplierCode() const;
    QString itemCode() const;
    double packs() const;

private:
    void update();

    QVector<ItemStock> m_items;
    QComboBox* m_supplier;
    QComboBox* m_item;
    QLabel* m_stockHint;
    QDoubleSpinBox* m_packs;
    QDialogButtonBox* m_buttons;
};

} // namespace syncsites::ui
