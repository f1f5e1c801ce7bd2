#pragma once

#include "AppMode.h"
#include "SignedInUser.h"

#include <QWizardPage>

#include <memory>

namespace syncsites {
class HubApiClient;
class HubSetUpClient;
} // namespace syncsites

namespace syncsites::ui {

namespace Ui {
class SetupIdentityPage;
}

/// The set-up wizard's last page: a standalone site's name (chosen from the server's list of sites waiting for
/// set-up, or typed), secret and data file, checked at the server before Finish; or the user's credentials (a
/// client also names its site), checked by signing in. The form is SetupIdentityPage.ui; setMode() shows the rows
/// the mode needs.
class SetupIdentityPage : public QWizardPage
{
    Q_OBJECT

public:
    SetupIdentityPage(HubApiClient& api, const QString& defaultReplicaPath, QWidget* parent = nullptr);
    ~SetupIdentityPage() override;

    void setMode(AppMode mode);

    QString siteName() const;
    QString siteSecret() const;
    QString replicaPath() const;
    const SignedInUser& user() const { return m_user; } ///< client and console: who signed in
    QString result() const;                             ///< the last check's result line

    void initializePage() override;
    bool validatePage() override;

private:
    void signIn();
    /// Standalone: checks the site's secret at the server (without binding this computer), then finishes.
    void checkSecret();
    /// Fills the site list with the server's sites that this mode can be set up as.
    void listSites();

    HubApiClient& m_api;
    const std::unique_ptr<HubSetUpClient> m_setUp;
    const std::unique_ptr<Ui::SetupIdentityPage> m_ui;
    AppMode m_mode = AppMode::Standalone;
    bool m_checked = false;
    SignedInUser m_user;
};

} // namespace syncsites::ui
