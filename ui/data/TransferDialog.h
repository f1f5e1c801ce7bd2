#pragma once

#include "ReplicaBrowser.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;

namespace syncsites::ui {

/// Asks where to ship, what and how much: a partner store visible on this site (any sync type, marked with it), an
/// item of the catalogue (with what the shipping store holds of it) and a number of packs. Opened with open(); the
/// page ships on accepted() through StoreActions::createTransfer.
class TransferDialog : public QDialog
{
    Q_OBJECT

public:
    TransferDialog(const QString& fromCode, const QVector<BrowsableStore>& partners, const QVector<ItemStock>& items,
                   QWidget* parent = nullptr);

    QString partnerCode() const;
    QString itemCode() const;
    double packs() const;

private:
    void updateItem();

    QVector<ItemStock> m_items;
    QComboBox* m_partner;
    QComboBox* m_item;
    QDoubleSpinBox* m_packs;
    QLabel* m_stock;
    QDialogButtonBox* m_buttons;
};

} // namespace syncsites::ui
