#include "TransferDialog.h"

#include "DataStoreListModel.h"
#include "SyncTypeStyle.h"
#include "ui_TransferDialog.h"

#include <QPushButton>

namespace syncsites::ui {

TransferDialog::TransferDialog(const QString& fromCode, const QVector<BrowsableStore>& partners,
                               const QVector<ItemStock>& items, QWidget* parent)
    : QDialog(parent), m_items(items), m_ui(std::make_unique<Ui::TransferDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(windowTitle().arg(fromCode));
    m_ui->hint->setText(m_ui->hint->text().arg(fromCode));
    for (const BrowsableStore& store : partners) {
        if (store.code == fromCode)
            continue;
        m_ui->partner->addItem(DataStoreListModel::swatch(store.type),
                               tr("%1 – %2 (%3 here)").arg(store.code, store.name, SyncTypeStyle::label(store.type)),
                               store.code);
        m_ui->partner->setItemData(m_ui->partner->count() - 1, SyncTypeStyle::explanation(store.type), Qt::ToolTipRole);
    }
    for (const ItemStock& item : std::as_const(m_items))
        m_ui->item->addItem(tr("%1 – %2").arg(item.code, item.name), item.code);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Ship"));

    connect(m_ui->item, &QComboBox::currentIndexChanged, this, &TransferDialog::updateItem);
    connect(m_ui->packs, &QDoubleSpinBox::valueChanged, this, &TransferDialog::updateItem);
    connect(m_ui->partner, &QComboBox::currentIndexChanged, this, &TransferDialog::updateItem);
    updateItem();
}

TransferDialog::~TransferDialog() = default;

QString TransferDialog::partnerCode() const
{
    return m_ui->partner->currentData().toString();
}

QString TransferDialog::itemCode() const
{
    return m_ui->item->currentData().toString();
}

double TransferDialog::packs() const
{
    return m_ui->packs->value();
}

void TransferDialog::updateItem()
{
    const int index = m_ui->item->currentIndex();
    if (index >= 0 && index < m_items.size()) {
        const ItemStock& item = m_items.at(index);
        m_ui->stockHint->setText(
            item.availablePacks > 0
                ? tr("In stock: %1 packs; the most in one batch: %2.")
                      .arg(QString::number(item.availablePacks, 'g', 15), QString::number(item.largestBatch, 'g', 15))
                : tr("No stock line of this item here: it is shipped untracked."));
    } else {
        m_ui->stockHint->clear();
    }
    m_ui->buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!partnerCode().isEmpty() && !itemCode().isEmpty() && packs() > 0);
}

} // namespace syncsites::ui
