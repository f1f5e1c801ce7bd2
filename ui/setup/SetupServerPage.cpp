#include "SetupServerPage.h"

#include "HubApiClient.h"
#include "SetupWizard.h"
#include "ui_SetupServerPage.h"

namespace syncsites::ui {

SetupServerPage::SetupServerPage(HubApiClient& api, QWidget* parent)
    : QWizardPage(parent), m_api(api), m_ui(std::make_unique<Ui::SetupServerPage>())
{
    m_ui->setupUi(this);
    m_ui->caFileField->edit()->setPlaceholderText(tr("Only if the administrator gave you one"));
    connect(m_ui->testConnection, &QPushButton::clicked, this, [this] { test(false); });
    for (QLineEdit* edit : {m_ui->serverUrl, m_ui->caFileField->edit(), m_ui->proxyUrl})
        connect(edit, &QLineEdit::textChanged, this, &SetupServerPage::forgetTest);
}

SetupServerPage::~SetupServerPage() = default;

QString SetupServerPage::serverUrl() const
{
    return QUrl::fromUserInput(m_ui->serverUrl->text().trimmed()).toString();
}

QString SetupServerPage::caCertificateFile() const
{
    return m_ui->caFileField->path();
}

QString SetupServerPage::proxyUrl() const
{
    return m_ui->proxyUrl->text().trimmed();
}

QString SetupServerPage::result() const
{
    return m_ui->serverResult->text();
}

void SetupServerPage::prefill(const QString& serverUrl, const QString& caCertificateFile, const QString& proxyUrl)
{
    m_ui->serverUrl->setText(serverUrl);
    m_ui->caFileField->edit()->setText(caCertificateFile);
    m_ui->proxyUrl->setText(proxyUrl);
}

void SetupServerPage::forgetTest()
{
    // "The server answered" under an address other than the one tested would be a lie, and a failure would blame
    // the new address for the old one's fault.
    m_checked = false;
    ++m_attempt;
    SetupWizard::showResult(m_ui->serverResult, QString(), true);
}

bool SetupServerPage::validatePage()
{
    if (m_checked && m_checkedUrl == m_ui->serverUrl->text().trimmed())
        return true;
    test(true);
    return false;
}

void SetupServerPage::test(bool advanceOnSuccess)
{
    const QString text = m_ui->serverUrl->text().trimmed();
    const QUrl url = QUrl::fromUserInput(text);
    if (text.isEmpty() || !url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty()) {
        SetupWizard::showResult(m_ui->serverResult,
                                tr("Enter the server's address, beginning with https:// or http://."), false);
        return;
    }
    m_api.setServer(url);
    m_api.setCaCertificateFile(caCertificateFile());
    m_api.setProxy(proxyUrl());
    SetupWizard::showResult(m_ui->serverResult, tr("Connecting to %1…").arg(url.toDisplayString()), true);
    m_api.checkServer(this, [this, text, advanceOnSuccess, attempt = m_attempt](Result<QJsonObject> answer) {
        if (attempt != m_attempt)
            return; // the form changed while the server was asked: the answer is about something else
        if (!answer) {
            SetupWizard::showResult(m_ui->serverResult, answer.error().message, false);
            return;
        }
        m_checked = true;
        m_checkedUrl = text;
        SetupWizard::showResult(m_ui->serverResult, tr("The server answered. You can go on."), true);
        if (advanceOnSuccess && wizard() && wizard()->currentPage() == this)
            wizard()->next();
    });
}

} // namespace syncsites::ui
