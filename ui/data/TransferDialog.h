#pragma once

#include "ReplicaViews.h"

#include <QDialog>

#include <memory>

namespace syncsites::ui {

namespace Ui {
class TransferDialog;
}

/// Asks where to ship, what and how much: a partner store visible on this site (any sync type, marked with it), an
/// item of the catalogue (with what the shipping store holds of it) and a number of packs. Opened with open(); the
/// page ships on accepted() through StoreActions::createTransfer. The form is TransferDialog.ui.
class TransferDialog : public QDialog
{
    Q_OBJECT

public:
    TransferDialog(const QString& fromCode, const QVector<BrowsableStore>& partners, const QVector<ItemStock>& items,
                   QWidget* parent = nullptr);
    ~TransferDialog() override;

    QString partnerCode() const;
    QString itemCode() const;
    double packs() const;

private:
    void updateItem();

    QVector<ItemStock> m_items;
    const std::unique_ptr<Ui::TransferDialog> m_ui;
};

} // namespace syncsites::ui
