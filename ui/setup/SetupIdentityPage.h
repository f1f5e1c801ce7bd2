#pragma once

#include "AppMode.h"
#include "SignedInUser.h"

#include <QWizardPage>

#include <memory>

namespace syncsites {
class HubApiClient;
}

namespace syncsites::ui {

namespace Ui {
class SetupIdentityPage;
}

/// The set-up wizard's last page: a standalone site's name, secret and data file, or the user's credentials (a
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

    bool validatePage() override;

private:
    void signIn();

    HubApiClient& m_api;
    const std::unique_ptr<Ui::SetupIdentityPage> m_ui;
    AppMode m_mode = AppMode::Standalone;
    bool m_checked = false;
    SignedInUser m_user;
};

} // namespace syncsites::ui
