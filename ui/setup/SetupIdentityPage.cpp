#include "SetupIdentityPage.h"

#include "HubApiClient.h"
#include "HubSetUpClient.h"
#include "SecretToggle.h"
#include "SetupWizard.h"
#include "SiteKind.h"
#include "ui_SetupIdentityPage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QSignalBlocker>

namespace syncsites::ui {

SetupIdentityPage::SetupIdentityPage(HubApiClient& api, const QString& defaultReplicaPath, QWidget* parent)
    : QWizardPage(parent), m_api(api), m_setUp(std::make_unique<HubSetUpClient>(api)),
      m_ui(std::make_unique<Ui::SetupIdentityPage>())
{
    m_ui->setupUi(this);
    m_ui->replicaPath->setText(defaultReplicaPath);
    new SecretToggle(m_ui->siteSecret);
    new SecretToggle(m_ui->wizardPassword);
    m_chooseFile = [](QWidget* parent, const QString& caption, const QString& current, const QString& filter) {
        // An existing file is a site's data being set up again, not one to overwrite: no "replace it?" question.
        return QFileDialog::getSaveFileName(parent, caption, current, filter, nullptr,
                                            QFileDialog::DontConfirmOverwrite);
    };
    connect(m_ui->browseReplica, &QPushButton::clicked, this, &SetupIdentityPage::browseReplica);
    for (QLineEdit* edit : {m_ui->siteSecret, m_ui->wizardUsername, m_ui->wizardPassword})
        connect(edit, &QLineEdit::textChanged, this, &SetupIdentityPage::forgetCheck);
    connect(m_ui->siteName, &QComboBox::currentTextChanged, this, &SetupIdentityPage::forgetCheck);
}

SetupIdentityPage::~SetupIdentityPage() = default;

void SetupIdentityPage::setMode(AppMode mode)
{
    m_mode = mode;
    const bool standalone = mode == AppMode::Standalone;
    m_ui->form->setRowVisible(m_ui->siteName, mode != AppMode::Console);
    m_ui->form->setRowVisible(m_ui->siteSecret, standalone);
    m_ui->form->setRowVisible(m_ui->replicaRow, standalone);
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

void SetupIdentityPage::prefill(const QString& siteName, const QString& replicaPath, const QString& username)
{
    m_ui->siteName->setEditText(siteName);
    if (!replicaPath.isEmpty())
        m_ui->replicaPath->setText(replicaPath);
    m_ui->wizardUsername->setText(username);
}

void SetupIdentityPage::initializePage()
{
    // Back to the server page and here again: the server or the mode may have changed since the last check.
    forgetCheck();
    listSites();
}

void SetupIdentityPage::forgetCheck()
{
    // "Signed in" or "The secret is right" under other credentials would be a lie; a failure, a wrong blame.
    m_checked = false;
    ++m_attempt;
    SetupWizard::showResult(m_ui->identityResult, QString(), true);
}

void SetupIdentityPage::browseReplica()
{
    const QString file = m_chooseFile(this, tr("Where to keep the site's data"), replicaPath(),
                                      tr("SyncSites data (*.sqlite);;All files (*)"));
    if (!file.isEmpty())
        m_ui->replicaPath->setText(QDir::toNativeSeparators(file));
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
    m_setUp->checkSecret(
        siteName(), siteSecret(), this, [this, attempt = m_attempt](Result<HubSetUpClient::Site> site) {
            if (attempt != m_attempt)
                return; // the form changed while the server was asked: the answer is about something else
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
    m_api.signIn(username, m_ui->wizardPassword->text(), this, [this, attempt = m_attempt](Result<SignedInUser> user) {
        if (attempt != m_attempt)
            return; // the form changed while the server was asked: the answer is about something else
        if (!user) {
            SetupWizard::showResult(m_ui->identityResult, user.error().message, false);
            return;
        }
        if (m_mode == AppMode::Console && user->role == UserRole::FieldStaff) {
            // The console shows and changes the whole network; the server would refuse field staff most of what it
            // asks. Say so now, with what to choose instead, rather than set up a console that cannot work.
            m_api.signOut();
            // The modes by their labels on the first page (SetupModePage.ui), translated as they are there.
            const char* const modePage = "syncsites::ui::SetupModePage";
            SetupWizard::showResult(
                m_ui->identityResult,
                tr("The console is for administrators and supervisors. Field staff use SyncSites at a site: go back "
                   "and choose \"%1\" or \"%2\", or sign in as an administrator or a supervisor.")
                    .arg(QCoreApplication::translate(modePage, "A site with its own data (standalone)"),
                         QCoreApplication::translate(modePage, "A client of a server")),
                false);
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
