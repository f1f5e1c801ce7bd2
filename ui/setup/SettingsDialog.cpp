#include "SettingsDialog.h"

#include "SecretToggle.h"
#include "ui_SettingsDialog.h"

#include <QDir>
#include <QLocale>
#include <QPushButton>
#include <QUrl>

namespace syncsites::ui {

SettingsDialog::SettingsDialog(const Values& values, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_initial(values)
{
    m_ui->setupUi(this);
    m_ui->settingsServer->setText(values.serverUrl);
    m_ui->caFileField->edit()->setText(values.caCertificateFile);
    m_ui->caFileField->edit()->setPlaceholderText(tr("The system's authorities"));
    m_ui->proxy->setText(values.proxyUrl);

    const QList<QPair<int, QString>> intervals{{0, tr("Off (sync by hand)")},
                                               {300, tr("Every 5 minutes")},
                                               {900, tr("Every 15 minutes")},
                                               {1800, tr("Every 30 minutes")},
                                               {3600, tr("Every hour")}};
    for (const auto& [seconds, label] : intervals)
        m_ui->settingsInterval->addItem(label, seconds);
    if (m_ui->settingsInterval->findData(values.intervalSeconds) < 0 && values.intervalSeconds > 0)
        m_ui->settingsInterval->addItem(tr("Every %n minute(s)", nullptr, values.intervalSeconds / 60),
                                        values.intervalSeconds);
    m_ui->settingsInterval->setCurrentIndex(std::max(0, m_ui->settingsInterval->findData(values.intervalSeconds)));
    m_ui->form->setRowVisible(m_ui->settingsInterval, values.intervalSeconds >= 0);

    m_ui->language->addItem(tr("As the system"), QString());
    m_ui->language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    // The translations built into the app (translations/*.ts, embedded under :/i18n).
    const QStringList built = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("syncsites_*.qm")});
    for (const QString& file : built) {
        const QString code = file.mid(10).chopped(3);
        if (m_ui->language->findData(code) < 0) // English's file holds only its plural forms
            m_ui->language->addItem(QLocale(code).nativeLanguageName(), code);
    }
    m_ui->language->setCurrentIndex(std::max(0, m_ui->language->findData(values.language)));

    m_ui->settingsTheme->addItem(tr("As the system"), QStringLiteral("system"));
    m_ui->settingsTheme->addItem(tr("Light"), QStringLiteral("light"));
    m_ui->settingsTheme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_ui->settingsTheme->setCurrentIndex(std::max(0, m_ui->settingsTheme->findData(values.theme)));

    m_ui->closeToTray->setChecked(values.closeToTray);
    m_ui->form->setRowVisible(m_ui->closeToTray, values.trayAvailable);

    m_ui->secret->setText(values.secretBackend == QLatin1String("keychain")
                              ? tr("The site's secret is kept in the system keychain.")
                              : tr("No system keychain runs here: the site's secret is kept in a file only "
                                   "you can read."));
    m_ui->form->setRowVisible(m_ui->secret, !values.secretBackend.isEmpty());
    m_ui->form->setRowVisible(m_ui->newSecret, !values.secretBackend.isEmpty());
    new SecretToggle(m_ui->newSecret);
    m_ui->note->setForegroundRole(QPalette::PlaceholderText);
    m_ui->problem->hide();

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::check);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::check()
{
    const QUrl url = QUrl::fromUserInput(m_ui->settingsServer->text().trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        m_ui->problem->setText(tr("The server address must begin with https:// or http://."));
        m_ui->problem->show();
        return;
    }
    const QString proxy = m_ui->proxy->text().trimmed();
    if (!proxy.isEmpty() && !QUrl(proxy).isValid()) {
        m_ui->problem->setText(tr("The proxy must be an address such as http://proxy:3128."));
        m_ui->problem->show();
        return;
    }
    accept();
}

SettingsDialog::Values SettingsDialog::values() const
{
    Values v = m_initial;
    v.serverUrl = QUrl::fromUserInput(m_ui->settingsServer->text().trimmed()).toString();
    v.caCertificateFile = m_ui->caFileField->path();
    v.proxyUrl = m_ui->proxy->text().trimmed();
    if (m_initial.intervalSeconds >= 0)
        v.intervalSeconds = m_ui->settingsInterval->currentData().toInt();
    v.language = m_ui->language->currentData().toString();
    v.theme = m_ui->settingsTheme->currentData().toString();
    v.newSecret = m_ui->newSecret->text().trimmed();
    v.closeToTray = m_ui->closeToTray->isChecked();
    return v;
}

} // namespace syncsites::ui
