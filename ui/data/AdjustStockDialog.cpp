#include "AdjustStockDialog.h"

#include "ui_AdjustStockDialog.h"

#include <QPushButton>

namespace syncsites::ui {

AdjustStockDialog::AdjustStockDialog(const QString& storeCode, const QString& description, double availablePacks,
                                     QWidget* parent)
    : QDialog(parent), m_before(availablePacks), m_ui(std::make_unique<Ui::AdjustStockDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(windowTitle().arg(storeCode));
    m_ui->stockLine->setText(description);
    m_ui->availableNow->setText(QString::number(availablePacks, 'g', 15));
    m_ui->newPacks->setValue(availablePacks);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Adjust"));

    connect(m_ui->newPacks, &QDoubleSpinBox::valueChanged, this, &AdjustStockDialog::updateOk);
    connect(m_ui->reason, &QLineEdit::textChanged, this, &AdjustStockDialog::updateOk);
    updateOk();
}

AdjustStockDialog::~AdjustStockDialog() = default;

double AdjustStockDialog::newPacks() const
{
    return m_ui->newPacks->value();
}

QString AdjustStockDialog::reason() const
{
    return m_ui->reason->text().trimmed();
}

QString AdjustStockDialog::note() const
{
    return tr("Adjusted from %1 to %2 packs: %3")
        .arg(QString::number(m_before, 'g', 15), QString::number(newPacks(), 'g', 15), reason());
}

void AdjustStockDialog::updateOk()
{
    const bool changed = !qFuzzyCompare(1.0 + newPacks(), 1.0 + m_before);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(changed && !reason().isEmpty());
}

} // namespace syncsites::ui
