#include "SetupIdentityPage.h"

#include "HubApiClient.h"
#include "HubSetUpClient.h"
#include "SetupWizard.h"
#include "SiteKind.h"
#include "ui_SetupIdentityPage.h"

#include <QCoreApplication>
#include <QSignalBlocker>

namespace syncsites::ui {

SetupIdentityPage::SetupIdentityPage(HubApiClient& api, const QString& defaultReplicaPath, QWidget* parent)
    : QWizardPage(parent), m_api(api), m_setUp(std::make_unique<HubSetUpClient>(api)),
      m_ui(std::make_unique<Ui::SetupIdentityPage>())
{
    m_ui->setupUi(this);
    m_ui->replicaPath->setText(defaultReplicaPath);
    for (QLineEdit* edit : {m_ui->siteSecret, m_ui->wizardUsername, m_ui->wizardPassword})
        connect(edit, &QLineEdit::textChanged, this, [this] { m_checked = false; });
    connect(m_ui->siteName, &QComboBox::currentTextChanged, this, [this] { m_checked = false; });
}

SetupIdentityPage::~SetupIdentityPage() = default;

void SetupIdentityPage::setMode(AppMode mode)
{
    m_mode = mode;
    const bool standalone = mode == AppMode::Standalone;
    m_ui->form->setRowVisible(m_ui->siteName, mode != AppMode::Console);
    m_ui->form->setRowVisible(m_ui->siteSecret, standalone);
    m_ui->form->setRowVisible(m_ui->replicaPath, standalone);
    m_ui->form->setRowVisible(m_ui->wizardUsername, !standalone);
    m_ui->form->setRowVisible(m_ui->wizardPassword, !standalone);
    if (standalone) {
        setTitle(tr("Which site is this computer?"));
        setSubTitle(tr("The site's name and secret as the network administrator set them up. The first sync "
                       "brings the site's data; it can take a while on a slow link."));
    } else {
        setTitle(tr("Who are you?"));
        setSubTitle(tr("Your user name and password on the server. They are checked now."));
    }
}

QString SetupIdentityPage::siteName() const
{
    return m_ui->siteName->currentText().trimmed();
}

QString SetupIdentityPage::siteSecret() const
{
    return m_ui->siteSecret->text();
}

QString SetupIdentityPage::replicaPath() const
{
    return m_ui->replicaPath->text().trimmed();
}

QString SetupIdentityPage::result() const
{
    return m_ui->identityResult->text();
}

void SetupIdentityPage::initializePage()
{
    listSites();
}

void SetupIdentityPage::listSites()
{
    if (m_mode == AppMode::Console)
        return;
    const bool wantData = m_mode == AppMode::Standalone;
    m_setUp->sites(this, [this, wantData](Result<QVector<HubSetUpClient::Site>> sites) {
        if (!sites)
            return; // the name can still be typed; the check below explains what is wrong
        const QString typed = m_ui->siteName->currentText();
        const QSignalBlocker quiet(m_ui->siteName);
        m_ui->siteName->clear();
        for (const HubSetUpClient::Site& s : *sites) {
            if (s.holdsData != wantData)
                continue;
            m_ui->siteName->addItem(s.name);
            m_ui->siteName->setItemData(m_ui->siteName->count() - 1,
                                        QCoreApplication::translate("SiteKind", siteKindInfo(s.kind).displayName),
                                        Qt::ToolTipRole);
        }
        m_ui->siteName->setCurrentIndex(-1);
        m_ui->siteName->setEditText(typed);
        if (m_ui->siteName->count() == 0 && wantData)
            SetupWizard::showResult(m_ui->identityResult,
                                    tr("The server lists no site waiting to be set up. Type the site's name, or ask "
                                       "the administrator to add the site (or to release it, if this computer "
                                       "replaces another)."),
                                    true);
    });
}

bool SetupIdentityPage::validatePage()
{
    if (m_checked)
        return true;
    if (m_mode == AppMode::Standalone) {
        if (siteName().isEmpty() || siteSecret().isEmpty() || replicaPath().isEmpty()) {
            SetupWizard::showResult(m_ui->identityResult,
                                    tr("Enter the site's name, its secret and where to keep its data."), false);
            return false;
        }
        checkSecret();
        return false;
    }
    signIn();
    return false;
}

void SetupIdentityPage::checkSecret()
{
    SetupWizard::showResult(m_ui->identityResult, tr("Checking the site's secret…"), true);
    m_setUp->checkSecret(siteName(), siteSecret(), this, [this](Result<HubSetUpClient::Site> site) {
        if (!site) {
            SetupWizard::showResult(m_ui->identityResult, site.error().message, false);
            return;
        }
        m_checked = true;
        SetupWizard::showResult(
            m_ui->identityResult,
            tr("The secret is right: %1 (%2).")
                .arg(site->name, QCoreApplication::translate("SiteKind", siteKindInfo(site->kind).displayName)),
            true);
        if (wizard() && wizard()->currentPage() == this)
            wizard()->accept(); // the last page: finishes the wizard
    });
}

void SetupIdentityPage::signIn()
{
    const QString username = m_ui->wizardUsername->text().trimmed();
    if (username.isEmpty() || m_ui->wizardPassword->text().isEmpty()) {
        SetupWizard::showResult(m_ui->identityResult, tr("Enter your user name and password."), false);
        return;
    }
    if (m_mode == AppMode::Client && siteName().isEmpty()) {
        SetupWizard::showResult(m_ui->identityResult, tr("Enter the name of this client site."), false);
        return;
    }
    SetupWizard::showResult(m_ui->identityResult, tr("Signing in…"), true);
    m_api.signIn(username, m_ui->wizardPassword->text(), this, [this](Result<SignedInUser> user) {
        if (!user) {
            SetupWizard::showResult(m_ui->identityResult, user.error().message, false);
            return;
        }
        m_user = *user;
        m_checked = true;
        SetupWizard::showResult(m_ui->identityResult,
                                tr("Signed in as %1 (%2).").arg(user->fullName, userRoleLabel(user->role)), true);
        if (wizard() && wizard()->currentPage() == this)
            wizard()->accept(); // the last page: finishes the wizard
    });
}

} // namespace syncsites::ui
