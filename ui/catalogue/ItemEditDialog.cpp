#include "ItemEditDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace syncsites::ui {

ItemEditDialog::ItemEditDialog(Mode mode, QWidget* parent)
    : QDialog(parent), m_mode(mode), m_code(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_unit(new QLineEdit(this)), m_packSize(new QSpinBox(this)), m_active(new QCheckBox(tr("Acti&ve"), this)),
      m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_ok(m_buttons->button(QDialogButtonBox::Ok))
{
    setObjectName(QStringLiteral("itemEditDialog"));
    setWindowTitle(mode == Mode::Add ? tr("Add an item") : tr("Change an item"));
    setModal(true);

    m_code->setObjectName(QStringLiteral("itemCodeField"));
    m_code->setReadOnly(mode == Mode::Edit);
    m_code->setMaxLength(64);
    if (mode == Mode::Edit)
        m_code->setToolTip(tr("An item's code never changes: sites and records name the item by it."));
    m_name->setObjectName(QStringLiteral("itemNameField"));
    m_unit->setObjectName(QStringLiteral("itemUnitField"));
    m_unit->setPlaceholderText(tr("e.g. tablet, bottle, vial (optional)"));
    m_packSize->setObjectName(QStringLiteral("itemPackSizeField"));
    m_packSize->setRange(1, 1000000);
    m_packSize->setValue(1);
    m_active->setObjectName(QStringLiteral("itemActiveField"));
    m_active->setChecked(true);
    m_active->setToolTip(tr("Inactive items stay in the records that name them but cannot be chosen for new ones."));

    m_message->setObjectName(QStringLiteral("itemEditMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #c62828; font-weight: bold; }"));
    m_message->hide();

    m_ok->setObjectName(QStringLiteral("itemEditOk"));
    m_ok->setText(mode == Mode::Add ? tr("&Add item") : tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    connect(m_ok, &QPushButton::clicked, this, [this] {
        if (m_ok->isEnabled())
            emit submitted();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ItemEditDialog::reject);
    connect(m_code, &QLineEdit::textChanged, this, &ItemEditDialog::updateOk);
    connect(m_name, &QLineEdit::textChanged, this, &ItemEditDialog::updateOk);

    auto* form = new QFormLayout;
    form->addRow(tr("C&ode:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Pack size:"), m_packSize);
    form->addRow(QString(), m_active);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(420, 260);
    updateOk();
}

void ItemEditDialog::setItem(const ItemRecord& item)
{
    m_code->setText(item.code);
    m_name->setText(item.name);
    m_unit->setText(item.unit);
    m_packSize->setValue(item.packSize);
    m_active->setChecked(item.active);
    m_used = item.used;
    if (m_mode == Mode::Edit)
        m_name->setFocus();
    updateOk();
}

ItemRecord ItemEditDialog::item() const
{
    ItemRecord item;
    item.code = m_code->text().trimmed();
    item.name = m_name->text().trimmed();
    item.unit = m_unit->text().trimmed();
    item.packSize = m_packSize->value();
    item.active = m_active->isChecked();
    item.used = m_used;
    return item;
}

void ItemEditDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* w :
         {static_cast<QWidget*>(m_code), static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_unit),
          static_cast<QWidget*>(m_packSize), static_cast<QWidget*>(m_active), static_cast<QWidget*>(m_buttons)})
        w->setEnabled(!busy);
    if (busy)
        m_message->hide();
    updateOk();
}

void ItemEditDialog::showError(const QString& message)
{
    m_message->setText(message);
    m_message->show();
}

void ItemEditDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void ItemEditDialog::updateOk()
{
    m_ok->setEnabled(!m_busy && !m_code->text().trimmed().isEmpty() && !m_name->text().trimmed().isEmpty());
}

} // namespace syncsites::ui
