#include "AdjustStockDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace syncsites::ui {

AdjustStockDialog::AdjustStockDialog(const QString& storeCode, const QString& description, double availablePacks,
                                     QWidget* parent)
    : QDialog(parent), m_before(availablePacks), m_packs(new QDoubleSpinBox(this)), m_reason(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("adjustStockDialog"));
    setWindowTitle(tr("Adjust stock in %1").arg(storeCode));

    m_packs->setObjectName(QStringLiteral("newPacks"));
    m_packs->setAccessibleName(tr("Available packs after the adjustment"));
    m_packs->setRange(0, 1e9);
    m_packs->setDecimals(2);
    m_packs->setValue(availablePacks);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setAccessibleName(tr("Reason for the adjustment"));
    m_reason->setPlaceholderText(tr("For example: stocktake, 3 packs damaged"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Adjust"));

    auto* form = new QFormLayout;
    form->addRow(tr("Stock line:"), new QLabel(description, this));
    form->addRow(tr("Available now:"), new QLabel(QString::number(availablePacks, 'g', 15), this));
    form->addRow(tr("Available after:"), m_packs);
    form->addRow(tr("Reason:"), m_reason);

    auto* hint = new QLabel(tr("The change is saved here at once and sent to the other sites at the next sync."), this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_packs, &QDoubleSpinBox::valueChanged, this, &AdjustStockDialog::updateOk);
    connect(m_reason, &QLineEdit::textChanged, this, &AdjustStockDialog::updateOk);
    updateOk();
}

double AdjustStockDialog::newPacks() const
{
    return m_packs->value();
}

QString AdjustStockDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString AdjustStockDialog::note() const
{
    return tr("Adjusted from %1 to %2 packs: %3")
        .arg(QString::number(m_before, 'g', 15), QString::number(newPacks(), 'g', 15), reason());
}

void AdjustStockDialog::updateOk()
{
    const bool changed = !qFuzzyCompare(1.0 + newPacks(), 1.0 + m_before);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(changed && !reason().isEmpty());
}

} // namespace syncsites::ui
