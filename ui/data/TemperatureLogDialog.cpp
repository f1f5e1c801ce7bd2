#include "TemperatureLogDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace syncsites::ui {

TemperatureLogDialog::TemperatureLogDialog(const QString& storeCode, const QVector<QJsonObject>& assets,
                                           QWidget* parent)
    : QDialog(parent), m_asset(new QComboBox(this)), m_loggedAt(new QDateTimeEdit(QDateTime::currentDateTime(), this)),
      m_temperature(new QDoubleSpinBox(this)), m_range(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("temperatureLogDialog"));
    setWindowTitle(tr("Temperature reading in %1").arg(storeCode));
    m_asset->setObjectName(QStringLiteral("asset"));
    m_asset->setAccessibleName(tr("Asset"));
    for (const QJsonObject& asset : assets) {
        const QString code = asset.value(QLatin1String("code")).toString();
        const QString type = asset.value(QLatin1String("asset_type")).toString();
        m_asset->addItem(tr("%1 – %2").arg(code, type), asset.value(QLatin1String("id")).toString());
        m_asset->setItemData(m_asset->count() - 1, code, Qt::UserRole + 1);
    }
    m_loggedAt->setObjectName(QStringLiteral("loggedAt"));
    m_loggedAt->setAccessibleName(tr("Read at"));
    m_loggedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_loggedAt->setCalendarPopup(true);
    m_temperature->setObjectName(QStringLiteral("temperature"));
    m_temperature->setAccessibleName(tr("Temperature in degrees Celsius"));
    m_temperature->setDecimals(1);
    m_temperature->setRange(-90, 90);
    m_temperature->setSuffix(tr(" °C"));
    m_temperature->setValue(5);
    m_range->setObjectName(QStringLiteral("range"));
    m_range->setWordWrap(true);

    auto* form = new QFormLayout;
    const auto row = [&](const QString& label, QWidget* field) {
        auto* text = new QLabel(label, this);
        text->setBuddy(field);
        form->addRow(text, field);
    };
    row(tr("&Asset:"), m_asset);
    row(tr("&Read at:"), m_loggedAt);
    row(tr("&Temperature:"), m_temperature);
    form->addRow(QString(), m_range);
    auto* hint = new QLabel(assets.isEmpty() ? tr("%1 has no asset yet: add one first (Add asset).").arg(storeCode)
                                             : tr("The reading is sent to the cold-chain hub at the next sync."),
                            this);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Re&cord"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_asset, &QComboBox::currentIndexChanged, this, &TemperatureLogDialog::update);
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, &TemperatureLogDialog::update);
    update();
}

bool TemperatureLogDialog::selectAsset(const QString& id)
{
    const int index = m_asset->findData(id);
    if (index >= 0)
        m_asset->setCurrentIndex(index);
    return index >= 0;
}

QString TemperatureLogDialog::assetCode() const
{
    return m_asset->currentData(Qt::UserRole + 1).toString();
}

QJsonObject TemperatureLogDialog::record() const
{
    return {{QStringLiteral("asset_id"), m_asset->currentData().toString()},
            {QStringLiteral("logged_at"), m_loggedAt->dateTime().toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("temperature_c"), m_temperature->value()}};
}

void TemperatureLogDialog::update()
{
    const double celsius = m_temperature->value();
    m_range->setText(celsius < 2 || celsius > 8 ? tr("Outside the 2–8 °C range vaccines are kept in.") : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_asset->currentData().toString().isEmpty());
}

} // namespace syncsites::ui
