#include "TransferDialog.h"

#include "DataStoreListModel.h"
#include "SyncTypeStyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace syncsites::ui {

TransferDialog::TransferDialog(const QString& fromCode, const QVector<BrowsableStore>& partners,
                               const QVector<ItemStock>& items, QWidget* parent)
    : QDialog(parent), m_items(items), m_partner(new QComboBox(this)), m_item(new QComboBox(this)),
      m_packs(new QDoubleSpinBox(this)), m_stock(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("transferDialog"));
    setWindowTitle(tr("New transfer from %1").arg(fromCode));

    m_partner->setObjectName(QStringLiteral("partner"));
    m_partner->setAccessibleName(tr("Store to ship to"));
    for (const BrowsableStore& store : partners) {
        if (store.code == fromCode)
            continue;
        m_partner->addItem(DataStoreListModel::swatch(store.type),
                           tr("%1 \u2013 %2 (%3 here)").arg(store.code, store.name, SyncTypeStyle::label(store.type)),
                           store.code);
        m_partner->setItemData(m_partner->count() - 1, SyncTypeStyle::explanation(store.type), Qt::ToolTipRole);
    }
    m_item->setObjectName(QStringLiteral("item"));
    m_item->setAccessibleName(tr("Item to ship"));
    for (const ItemStock& item : std::as_const(m_items))
        m_item->addItem(tr("%1 \u2013 %2").arg(item.code, item.name), item.code);
    m_packs->setObjectName(QStringLiteral("packs"));
    m_packs->setAccessibleName(tr("Packs to ship"));
    m_packs->setRange(0, 1e9);
    m_packs->setDecimals(2);
    m_packs->setValue(1);
    m_stock->setObjectName(QStringLiteral("stockHint"));
    m_stock->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Ship"));

    auto* form = new QFormLayout;
    form->addRow(tr("Ship to:"), m_partner);
    form->addRow(tr("Item:"), m_item);
    form->addRow(QString(), m_stock);
    form->addRow(tr("Packs:"), m_packs);
    auto* hint = new QLabel(tr("The shipment leaves %1 now, with status shipped. The receiving store's site gets it "
                               "at its next sync, after this site has synced.")
                                .arg(fromCode),
                            this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_item, &QComboBox::currentIndexChanged, this, &TransferDialog::updateItem);
    connect(m_packs, &QDoubleSpinBox::valueChanged, this, &TransferDialog::updateItem);
    connect(m_partner, &QComboBox::currentIndexChanged, this, &TransferDialog::updateItem);
    updateItem();
}

QString TransferDialog::partnerCode() const
{
    return m_partner->currentData().toString();
}

QString TransferDialog::itemCode() const
{
    return m_item->currentData().toString();
}

double TransferDialog::packs() const
{
    return m_packs->value();
}

void TransferDialog::updateItem()
{
    const int index = m_item->currentIndex();
    if (index >= 0 && index < m_items.size()) {
        const ItemStock& item = m_items.at(index);
        m_stock->setText(item.availablePacks > 0 ? tr("In stock: %1 packs; the most in one batch: %2.")
                                                       .arg(QString::number(item.availablePacks, 'g', 15),
                                                            QString::number(item.largestBatch, 'g', 15))
                                                 : tr("No stock line of this item here: it is shipped untracked."));
    } else {
        m_stock->clear();
    }
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!partnerCode().isEmpty() && !itemCode().isEmpty() && packs() > 0);
}

} // namespace syncsites::ui
