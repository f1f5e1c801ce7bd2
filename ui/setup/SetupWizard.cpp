#include "SetupWizard.h"

#include "AppSettings.h"
#include "SetupIdentityPage.h"
#include "SetupModePage.h"
#include "SetupServerPage.h"

#include <QLabel>

namespace syncsites::ui {

SetupWizard::SetupWizard(HubApiClient& api, const QString& defaultReplicaPath, QWidget* parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up SyncSites"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_modePage = new SetupModePage(this);
    setPage(ModePage, m_modePage);
    m_serverPage = new SetupServerPage(api, this);
    setPage(ServerPage, m_serverPage);
    m_identityPage = new SetupIdentityPage(api, defaultReplicaPath, this);
    setPage(IdentityPage, m_identityPage);
    setMinimumSize(620, 460);
}

void SetupWizard::initializePage(int id)
{
    // The mode first: the page lists the sites the mode can be set up as when it is initialised.
    if (id == IdentityPage)
        m_identityPage->setMode(m_modePage->mode());
    QWizard::initializePage(id);
}

void SetupWizard::prefill(const SetupChoice& last)
{
    m_modePage->setMode(last.mode);
    m_serverPage->prefill(last.serverUrl, last.caCertificateFile, last.proxyUrl);
    m_identityPage->prefill(last.siteName, last.replicaPath, last.user.username);
}

SetupChoice SetupWizard::lastUsed(const AppSettings& settings)
{
    SetupChoice last;
    last.mode = settings.mode();
    last.serverUrl = settings.serverUrl();
    last.caCertificateFile = settings.caCertificateFile();
    last.proxyUrl = settings.proxyUrl();
    last.siteName = settings.siteName();
    last.replicaPath = settings.replicaPath();
    last.user.username = settings.lastUsername();
    return last;
}

void SetupWizard::showResult(QLabel* label, const QString& text, bool good)
{
    label->setText(text);
    label->setProperty("good", good);
    label->setStyleSheet(good ? QString() : QStringLiteral("color: #d63a3a;"));
}

QString SetupWizard::testResult() const
{
    return currentId() == ServerPage ? m_serverPage->result() : m_identityPage->result();
}

SetupChoice SetupWizard::choice() const
{
    SetupChoice c;
    c.mode = m_modePage->mode();
    c.serverUrl = m_serverPage->serverUrl();
    c.caCertificateFile = m_serverPage->caCertificateFile();
    c.proxyUrl = m_serverPage->proxyUrl();
    c.siteName = m_identityPage->siteName();
    c.siteSecret = m_identityPage->siteSecret();
    c.replicaPath = m_identityPage->replicaPath();
    c.user = m_identityPage->user();
    return c;
}

} // namespace syncsites::ui
