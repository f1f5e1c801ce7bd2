#include "RequisitionDialog.h"

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

RequisitionDialog::RequisitionDialog(const QString& fromCode, const QVector<BrowsableStore>& partners,
                                     const QVector<ItemStock>& items, QWidget* parent)
    : QDialog(parent), m_items(items), m_supplier(new QComboBox(this)), m_item(new QComboBox(this)),
      m_stockHint(new QLabel(this)), m_packs(new QDoubleSpinBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("requisitionDialog"));
    setWindowTitle(tr("Request stock for %1").arg(fromCode));
    m_supplier->setObjectName(QStringLiteral("supplier"));
    m_supplier->setAccessibleName(tr("Store to request from"));
    for (const BrowsableStore& store : partners) {
        if (store.code == fromCode)
            continue;
        m_supplier->addItem(DataStoreListModel::swatch(store.type),
                            tr("%1 – %2 (%3 here)").arg(store.code, store.name, SyncTypeStyle::label(store.type)),
                            store.code);
        m_supplier->setItemData(m_supplier->count() - 1, SyncTypeStyle::explanation(store.type), Qt::ToolTipRole);
    }
    m_item->setObjectName(QStringLiteral("item"));
    m_item->setAccessibleName(tr("Item to request"));
    for (const ItemStock& item : std::as_const(m_items))
        m_item->addItem(tr("%1 – %2").arg(item.code, item.name), item.code);
    m_stockHint->setObjectName(QStringLiteral("stockHint"));
    m_stockHint->setWordWrap(true);
    m_packs->setObjectName(QStringLiteral("packs"));
    m_packs->setAccessibleName(tr("Packs to request"));
    m_packs->setDecimals(2);
    m_packs->setMaximum(1e9);
    m_packs->setValue(1);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* supplierLabel = new QLabel(tr("Request &from:"), this);
    supplierLabel->setBuddy(m_supplier);
    auto* itemLabel = new QLabel(tr("&Item:"), this);
    itemLabel->setBuddy(m_item);
    auto* packsLabel = new QLabel(tr("&Packs:"), this);
    packsLabel->setBuddy(m_packs);
    form->addRow(supplierLabel, m_supplier);
    form->addRow(itemLabel, m_item);
    form->addRow(QString(), m_stockHint);
    form->addRow(packsLabel, m_packs);
    auto* hint = new QLabel(tr("The request leaves %1 now, with status sent. The supplying store's site answers it "
                               "after both sites have synced; the request is finalised here when it does.")
                                .arg(fromCode),
                            this);
    hint->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send request"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_item, &QComboBox::currentIndexChanged, this, &RequisitionDialog::update);
    connect(m_supplier, &QComboBox::currentIndexChanged, this, &RequisitionDialog::update);
    connect(m_packs, &QDoubleSpinBox::valueChanged, this, &RequisitionDialog::update);
    update();
}

QString RequisitionDialog::supplierCode() const
{
    return m_supplier->currentData().toString();
}

QString RequisitionDialog::itemCode() const
{
    return m_item->currentData().toString();
}

double RequisitionDialog::packs() const
{
    return m_packs->value();
}

void RequisitionDialog::update()
{
    const int index = m_item->currentIndex();
    if (index >= 0 && index < m_items.size()) {
        const ItemStock& item = m_items.at(index);
        m_stockHint->setText(tr("In stock here now: %1 packs.").arg(QString::number(item.availablePacks, 'g', 15)));
    } else {
        m_stockHint->clear();
    }
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!supplierCode().isEmpty() && !itemCode().isEmpty() && packs() > 0);
}

} // namespace syncsites::ui
