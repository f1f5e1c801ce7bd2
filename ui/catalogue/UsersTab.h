#pragma once

#include "HubUsersClient.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace syncsites::ui {

class MessageLine;

class UserTableModel;

/// The Users tab of administration: the network's accounts in a table (username, full name, role, sites, active),
/// with Add (the hub generates the password, shown once), Edit (full name, role, sites; Enter on a row), Reset
/// password (a strong random password made here, sent, shown once), and Disable / Enable. Every change goes through
/// HubUsersClient; while a request runs the buttons are disabled, and the hub's refusals (the last active
/// administrator above all) are said in words in the message line.
class UsersTab : public QWidget
{
    Q_OBJECT

public:
    explicit UsersTab(HubApiClient& api, QWidget* parent = nullptr);

    /// Loads the accounts and the network's site names from the hub again.
    void reload();
    /// The username of the row selected, or empty.
    QString selectedUsername() const;
    /// A new random password: 16 characters from letters and digits that cannot be mistaken for one another
    /// (about 92 bits), drawn with QRandomGenerator::system().
    static QString generatePassword();

signals:
    /// An account was added or changed at the hub.
    void usersChanged();

private:
    void addUser();
    void editUser();
    void resetPassword();
    void toggleActive();
    void sendEdit(const QString& username, const HubUsersClient::Changes& changes, const QString& doneText,
                  const std::function<void(const UserRecord&)>& after = {});
    void showSecret(const QString& title, const QString& explanation, const QString& secret);
    void select(const QString& username);
    void begin();
    void end();
    void updateButtons();
    void showInfo(const QString& text);
    void showError(const QString& text);
    /// The hub's error in words for this tab, `username` being the account concerned.
    QString describe(const Error& error, const QString& username) const;

    HubApiClient& m_api;
    HubUsersClient m_users;
    UserTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    MessageLine* m_message;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_reset;
    QPushButton* m_toggle;
    QPushButton* m_reload;
    QStringList m_siteNames;
    int m_running = 0;
};

} // namespace syncsites::ui
