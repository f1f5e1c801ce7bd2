#pragma once

#include "AppMode.h"
#include "SignedInUser.h"

#include <QWizardPage>

#include <functional>
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
    /// Asks where to save the site's data file: (parent, caption, the current path, filter) -> the chosen path, empty
    /// when cancelled. QFileDialog::getSaveFileName by default; tests give their own (no native dialog to drive).
    using FileChooser = std::function<QString(QWidget*, const QString&, const QString&, const QString&)>;

    SetupIdentityPage(HubApiClient& api, const QString& defaultReplicaPath, QWidget* parent = nullptr);
    ~SetupIdentityPage() override;

    void setMode(AppMode mode);

    QString siteName() const;
    QString siteSecret() const;
    QString replicaPath() const;
    const SignedInUser& user() const { return m_user; } ///< client and console: who signed in
    QString result() const;                             ///< the last check's result line

    /// Fills the form with the values used last ("Set up again"). Never the secret nor the password: they are
    /// typed again, and checked again.
    void prefill(const QString& siteName, const QString& replicaPath, const QString& username);
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    void initializePage() override;
    bool validatePage() override;

private:
    void signIn();
    /// Standalone: checks the site's secret at the server (without binding this computer), then finishes.
    void checkSecret();
    /// Fills the site list with the server's sites that this mode can be set up as.
    void listSites();
    /// Asks where to keep the site's data (the Browse button).
    void browseReplica();
    /// Something the check depends on changed: its result no longer applies.
    void forgetCheck();

    HubApiClient& m_api;
    const std::unique_ptr<HubSetUpClient> m_setUp;
    const std::unique_ptr<Ui::SetupIdentityPage> m_ui;
    AppMode m_mode = AppMode::Standalone;
    bool m_checked = false;
    int m_attempt = 0; ///< a check's answer counts only while the form is as it was checked
    SignedInUser m_user;
    FileChooser m_chooseFile;
};

} // namespace syncsites::ui
