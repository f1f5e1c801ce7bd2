#pragma once

#include "SignedInUser.h"

#include <QDialog>

#include <functional>
#include <memory>

class QPushButton;

namespace syncsites {
class HubApiClient;
}

namespace syncsites::ui {

namespace Ui {
class SignInDialog;
}

/// Asks for a user name and password and signs in at the hub. When the hub cannot be reached and an offline
/// check is given (a standalone site with the accounts sync brought), offers to sign in offline instead. The form
/// is SignInDialog.ui.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    using OfflineCheck = std::function<Result<SignedInUser>(const QString& username, const QString& password)>;

    SignInDialog(HubApiClient& api, OfflineCheck offline, QWidget* parent = nullptr);
    ~SignInDialog() override;

    void setUsername(const QString& username);
    /// Fills both fields and signs in (the demo signs its administrator in this way).
    void signInWith(const QString& username, const QString& password);

    const SignedInUser& user() const { return m_user; }

private:
    void signIn();
    void signInOffline();
    void showProblem(const QString& text);
    void setBusy(bool busy);

    HubApiClient& m_api;
    OfflineCheck m_offline;
    const std::unique_ptr<Ui::SignInDialog> m_ui;
    QPushButton* m_signIn;
    QPushButton* m_offlineButton;
    SignedInUser m_user;
};

} // namespace syncsites::ui
