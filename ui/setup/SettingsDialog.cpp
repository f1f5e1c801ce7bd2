#include "SettingsDialog.h"

#include "CertificateFileField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace syncsites::ui {

SettingsDialog::SettingsDialog(const Values& values, QWidget* parent)
    : QDialog(parent), m_server(new QLineEdit(values.serverUrl, this)),
      m_caFile(new CertificateFileField(values.caCertificateFile, tr("The system's authorities"), this)),
      m_proxy(new QLineEdit(values.proxyUrl, this)), m_interval(new QComboBox(this)), m_language(new QComboBox(this)),
      m_theme(new QComboBox(this)), m_problem(new QLabel(this)), m_initial(values)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_server->setObjectName(QStringLiteral("settingsServer"));
    m_server->setAccessibleName(tr("Server address"));
    m_proxy->setAccessibleName(tr("Proxy"));
    m_proxy->setPlaceholderText(tr("No proxy, e.g. http://proxy:3128"));

    m_interval->setObjectName(QStringLiteral("settingsInterval"));
    m_interval->setAccessibleName(tr("Automatic sync"));
    const QList<QPair<int, QString>> intervals{{0, tr("Off (sync by hand)")},
                                               {300, tr("Every 5 minutes")},
                                               {900, tr("Every 15 minutes")},
                                               {1800, tr("Every 30 minutes")},
                                               {3600, tr("Every hour")}};
    for (const auto& [seconds, label] : intervals)
        m_interval->addItem(label, seconds);
    if (m_interval->findData(values.intervalSeconds) < 0 && values.intervalSeconds > 0)
        m_interval->addItem(tr("Every %n minute(s)", nullptr, values.intervalSeconds / 60), values.intervalSeconds);
    m_interval->setCurrentIndex(std::max(0, m_interval->findData(values.intervalSeconds)));

    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    // The translations built into the app (translations/*.ts, embedded under :/i18n).
    const QStringList built = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("syncsites_*.qm")});
    for (const QString& file : built) {
        const QString code = file.mid(10).chopped(3);
        m_language->addItem(QLocale(code).nativeLanguageName(), code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(values.language)));

    m_theme->setObjectName(QStringLiteral("settingsTheme"));
    m_theme->setAccessibleName(tr("Appearance"));
    m_theme->addItem(tr("As the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(values.theme)));

    auto* form = new QFormLayout;
    form->addRow(tr("Server &address"), m_server);
    form->addRow(tr("&Certificate authority"), m_caFile);
    form->addRow(tr("&Proxy"), m_proxy);
    form->addRow(tr("Automatic &sync"), m_interval);
    form->setRowVisible(m_interval, values.intervalSeconds >= 0);
    form->addRow(tr("&Language"), m_language);
    form->addRow(tr("Appearance"), m_theme);
    if (!values.secretBackend.isEmpty()) {
        auto* where = new QLabel(values.secretBackend == QLatin1String("keychain")
                                     ? tr("The site's secret is kept in the system keychain.")
                                     : tr("No system keychain runs here: the site's secret is kept in a file only "
                                          "you can read."),
                                 this);
        where->setWordWrap(true);
        form->addRow(tr("Secret"), where);
    }
    auto* note = new QLabel(tr("A new language applies when the app starts again."), this);
    note->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #d63a3a;"));
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QUrl url = QUrl::fromUserInput(m_server->text().trimmed());
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            m_problem->setText(tr("The server address must begin with https:// or http://."));
            m_problem->show();
            return;
        }
        const QString proxy = m_proxy->text().trimmed();
        if (!proxy.isEmpty() && !QUrl(proxy).isValid()) {
            m_problem->setText(tr("The proxy must be an address such as http://proxy:3128."));
            m_problem->show();
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

SettingsDialog::Values SettingsDialog::values() const
{
    Values v = m_initial;
    v.serverUrl = QUrl::fromUserInput(m_server->text().trimmed()).toString();
    v.caCertificateFile = m_caFile->path();
    v.proxyUrl = m_proxy->text().trimmed();
    if (m_initial.intervalSeconds >= 0)
        v.intervalSeconds = m_interval->currentData().toInt();
    v.language = m_language->currentData().toString();
    v.theme = m_theme->currentData().toString();
    return v;
}

} // namespace syncsites::ui
