#include "SetupIdentityPage.h"

#include "HubApiClient.h"
#include "SetupWizard.h"
#include "ui_SetupIdentityPage.h"

namespace syncsites::ui {

SetupIdentityPage::SetupIdentityPage(HubApiClient& api, const QString& defaultReplicaPath, QWidget* parent)
    : QWizardPage(parent), m_api(api), m_ui(std::make_unique<Ui::SetupIdentityPage>())
{
    m_ui->setupUi(this);
    m_ui->replicaPath->setText(defaultReplicaPath);
    for (QLineEdit* edit : {m_ui->siteName, m_ui->siteSecret, m_ui->wizardUsername, m_ui->wizardPassword})
        connect(edit, &QLineEdit::textChanged, this, [this] { m_checked = false; });
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
    return m_ui->siteName->text().trimmed();
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

bool SetupIdentityPage::validatePage()
{
    if (m_mode == AppMode::Standalone) {
        if (siteName().isEmpty() || siteSecret().isEmpty() || replicaPath().isEmpty()) {
            SetupWizard::showResult(m_ui->identityResult,
                                    tr("Enter the site's name, its secret and where to keep its data."), false);
            return false;
        }
        return true; // checked by the first sync, which explains any refusal
    }
    if (m_checked)
        return true;
    signIn();
    return false;
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
