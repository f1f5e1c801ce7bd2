#include "AssetDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace syncsites::ui {

AssetDialog::AssetDialog(const QString& storeCode, QWidget* parent)
    : QDialog(parent), m_code(new QLineEdit(this)), m_type(new QComboBox(this)), m_serial(new QLineEdit(this)),
      m_manufacturer(new QLineEdit(this)), m_installedKnown(new QCheckBox(tr("&Known:"), this)),
      m_installedOn(new QDateEdit(QDate::currentDate(), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("assetDialog"));
    setWindowTitle(tr("New asset in %1").arg(storeCode));
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setAccessibleName(tr("Asset code"));
    m_code->setPlaceholderText(tr("e.g. FRIDGE-01"));
    m_type->setObjectName(QStringLiteral("assetType"));
    m_type->setAccessibleName(tr("Asset type"));
    m_type->setEditable(true);
    // Shown in the user's language, stored by their English names; a type typed in is stored as typed.
    for (const char* type : {QT_TR_NOOP("refrigerator"), QT_TR_NOOP("freezer"), QT_TR_NOOP("ice-lined refrigerator"),
                             QT_TR_NOOP("solar refrigerator"), QT_TR_NOOP("cold box"), QT_TR_NOOP("vaccine carrier")})
        m_type->addItem(tr(type), QString::fromLatin1(type));
    m_serial->setObjectName(QStringLiteral("serial"));
    m_serial->setAccessibleName(tr("Serial number"));
    m_manufacturer->setObjectName(QStringLiteral("manufacturer"));
    m_manufacturer->setAccessibleName(tr("Manufacturer"));
    m_installedKnown->setObjectName(QStringLiteral("installedKnown"));
    m_installedOn->setObjectName(QStringLiteral("installedOn"));
    m_installedOn->setAccessibleName(tr("Installed on"));
    m_installedOn->setCalendarPopup(true);
    m_installedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_installedOn->setEnabled(false);

    auto* form = new QFormLayout;
    const auto row = [&](const QString& label, QWidget* field) {
        auto* text = new QLabel(label, this);
        text->setBuddy(field);
        form->addRow(text, field);
    };
    row(tr("&Code:"), m_code);
    row(tr("&Type:"), m_type);
    row(tr("&Serial number:"), m_serial);
    row(tr("&Manufacturer:"), m_manufacturer);
    auto* installed = new QHBoxLayout;
    installed->addWidget(m_installedKnown);
    installed->addWidget(m_installedOn, 1);
    form->addRow(tr("Installed on:"), installed);
    auto* hint = new QLabel(
        tr("The asset belongs to %1. It is sent to the cold-chain hub at the next sync.").arg(storeCode), this);
    hint->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add asset"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_installedKnown, &QCheckBox::toggled, m_installedOn, &QWidget::setEnabled);
    connect(m_code, &QLineEdit::textChanged, this, &AssetDialog::updateOk);
    connect(m_type, &QComboBox::currentTextChanged, this, &AssetDialog::updateOk);
    updateOk();
}

QJsonObject AssetDialog::record() const
{
    const int listed = m_type->findText(m_type->currentText());
    const QString type = listed >= 0 ? m_type->itemData(listed).toString() : m_type->currentText().trimmed();
    QJsonObject asset{{QStringLiteral("code"), m_code->text().trimmed()}, {QStringLiteral("asset_type"), type}};
    if (const QString serial = m_serial->text().trimmed(); !serial.isEmpty())
        asset.insert(QStringLiteral("serial"), serial);
    if (const QString manufacturer = m_manufacturer->text().trimmed(); !manufacturer.isEmpty())
        asset.insert(QStringLiteral("manufacturer"), manufacturer);
    if (m_installedKnown->isChecked())
        asset.insert(QStringLiteral("installed_on"), m_installedOn->date().toString(Qt::ISODate));
    return asset;
}

void AssetDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_code->text().trimmed().isEmpty() && !m_type->currentText().trimmed().isEmpty());
}

} // namespace syncsites::ui
