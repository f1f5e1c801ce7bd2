#pragma once

#include "UserRecord.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace syncsites::ui {

/// A user's username, full name, role and sites, to add an account or change one (the username then read-only).
/// Its main button emits submitted() rather than closing: the Users tab sends the request and closes the dialog when
/// the hub agreed, or shows the hub's refusal in it (showError) so that nothing typed is lost. While busy it
/// cannot be closed.
class UserEditDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Add,
        Edit
    };

    /// `siteNames`: the network's sites, to choose from.
    UserEditDialog(Mode mode, const QStringList& siteNames, QWidget* parent = nullptr);

    void setUser(const UserRecord& user);
    /// What the fields say now (active as setUser gave it, true for a new account).
    UserRecord user() const;

    /// A request runs: fields and buttons disabled.
    void setBusy(bool busy);
    void showError(const QString& message);

    void reject() override;

signals:
    void submitted();

private:
    void updateOk();
    void filterSites(const QString& text);
    void addSite(const QString& name, bool checked);

    Mode m_mode;
    bool m_busy = false;
    bool m_active = true;
    QLineEdit* m_username;
    QLineEdit* m_fullName;
    QComboBox* m_role;
    QLineEdit* m_siteFilter;
    QListWidget* m_sites;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    QPushButton* m_ok;
};

} // namespace syncsites::ui
