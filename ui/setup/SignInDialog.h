#pragma once

#include "SignedInUser.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace syncsites {
class HubApi;
}

namespace syncsites::ui {

/// Asks for a user name and password and signs in at the hub. When the hub cannot be reached and an offline
/// check is given (a standalone site with the accounts sync brought), offers to sign in offline instead.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    using OfflineCheck = std::function<Result<SignedInUser>(const QString& username, const QString& password)>;

    SignInDialog(HubApi& api, OfflineCheck offline, QWidget* parent = nullptr);

    void setUsername(const QString& username);
    /// Fills both fields and signs in (the demo signs its administrator in this way).
    void signInWith(const QString& username, const QString& password);

    const SignedInUser& user() const { return m_user; }

private:
    void signIn();
    void signInOffline();
    void showProblem(const QString& text);
    void setBusy(bool busy);

    HubApi& m_api;
    OfflineCheck m_offline;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QLabel* m_server;
    QLabel* m_problem;
    QPushButton* m_signIn;
    QPushButton* m_offlineButton;
    SignedInUser m_user;
};

} // namespace syncsites::ui
