#include "UsersTab.h"

#include "MessageLine.h"
#include "OneTimeSecretDialog.h"
#include "UserEditDialog.h"
#include "UserTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace syncsites::ui {

UsersTab::UsersTab(HubApiClient& api, QWidget* parent)
    : QWidget(parent), m_api(api), m_users(api), m_model(new UserTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)), m_message(new MessageLine(this)),
      m_add(new QPushButton(tr("&Add user…"), this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_reset(new QPushButton(tr("Reset &password…"), this)), m_toggle(new QPushButton(tr("&Disable…"), this)),
      m_reload(new QPushButton(tr("Re&load"), this))
{
    setObjectName(QStringLiteral("usersTab"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setAccessibleName(tr("User accounts"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UserTableModel::UsernameColumn, Qt::AscendingOrder);
    m_table->setFocusPolicy(Qt::StrongFocus);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(UserTableModel::SitesColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(UserTableModel::UsernameColumn, 140);
    m_table->setColumnWidth(UserTableModel::FullNameColumn, 200);
    m_table->setColumnWidth(UserTableModel::RoleColumn, 120);
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_edit->isEnabled())
            editUser();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UsersTab::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UsersTab::updateButtons);

    m_message->setObjectName(QStringLiteral("usersMessage"));

    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_edit->setObjectName(QStringLiteral("editUserButton"));
    m_edit->setToolTip(tr("Change the full name, role and sites of the selected user (Enter)"));
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_reset->setToolTip(tr("Give the selected user a new random password, shown once"));
    m_toggle->setObjectName(QStringLiteral("toggleUserButton"));
    m_reload->setObjectName(QStringLiteral("reloadUsersButton"));
    connect(m_add, &QPushButton::clicked, this, &UsersTab::addUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersTab::editUser);
    connect(m_reset, &QPushButton::clicked, this, &UsersTab::resetPassword);
    connect(m_toggle, &QPushButton::clicked, this, &UsersTab::toggleActive);
    connect(m_reload, &QPushButton::clicked, this, &UsersTab::reload);

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_add);
    tools->addWidget(m_edit);
    tools->addWidget(m_reset);
    tools->addWidget(m_toggle);
    tools->addStretch();
    tools->addWidget(m_reload);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);
    updateButtons();
}

QString UsersTab::generatePassword()
{
    // No 0/O, 1/l/I: read aloud or copied by hand, it must not be mistaken.
    static const QString alphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
    QString out;
    for (int i = 0; i < 16; ++i)
        out.append(alphabet.at(static_cast<int>(QRandomGenerator::system()->bounded(alphabet.size()))));
    return out;
}

void UsersTab::reload()
{
    begin();
    m_users.list(this, [this](Result<QVector<UserRecord>> users) {
        end();
        if (!users) {
            showError(describe(users.error(), QString()));
            return;
        }
        const QString selected = selectedUsername();
        m_model->setUsers(std::move(*users));
        select(selected.isEmpty() && m_model->rowCount() > 0 ? m_proxy->index(0, 0).data(Qt::UserRole).toString()
                                                             : selected);
        updateButtons();
    });
    begin();
    m_api.fetchTopology(this, [this](Result<RevisedTopology> topology) {
        end();
        if (!topology) {
            showError(tr("The list of sites could not be loaded: %1").arg(topology.error().message));
            return;
        }
        m_siteNames.clear();
        for (const Site& site : topology->topology.sites())
            m_siteNames.append(site.name);
        m_siteNames.sort(Qt::CaseInsensitive);
    });
}

QString UsersTab::selectedUsername() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(Qt::UserRole).toString() : QString();
}

void UsersTab::select(const QString& username)
{
    const int row = m_model->row(username);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void UsersTab::addUser()
{
    auto* dialog = new UserEditDialog(UserEditDialog::Mode::Add, m_siteNames, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserEditDialog::submitted, this, [this, dialog] {
        const UserRecord user = dialog->user();
        dialog->setBusy(true);
        begin();
        QPointer<UserEditDialog> guard(dialog);
        m_users.add(user, QString(), this, [this, guard, user](Result<AddedUser> added) {
            end();
            if (guard)
                guard->setBusy(false);
            if (!added) {
                if (guard)
                    guard->showError(describe(added.error(), user.username));
                else
                    showError(describe(added.error(), user.username));
                return;
            }
            if (guard)
                guard->accept();
            m_model->update(added->user);
            select(added->user.username);
            showInfo(tr("Added the user %1.").arg(added->user.username));
            emit usersChanged();
            if (!added->generatedPassword.isEmpty())
                showSecret(tr("Password of %1").arg(added->user.username),
                           tr("The hub made this password for %1. Give it to them: they sign in with the user name "
                              "%1 and this password.")
                               .arg(added->user.username),
                           added->generatedPassword);
        });
    });
    dialog->open();
}

void UsersTab::editUser()
{
    const QString username = selectedUsername();
    const int row = m_model->row(username);
    if (row < 0)
        return;
    const UserRecord before = m_model->user(row);
    auto* dialog = new UserEditDialog(UserEditDialog::Mode::Edit, m_siteNames, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUser(before);
    connect(dialog, &UserEditDialog::submitted, this, [this, dialog, before] {
        const UserRecord after = dialog->user();
        HubUsersClient::Changes changes;
        if (after.fullName != before.fullName)
            changes.fullName = after.fullName;
        if (after.role != before.role)
            changes.role = after.role;
        if (after.sites != before.sites)
            changes.sites = after.sites;
        if (changes.toJson().isEmpty()) {
            dialog->accept();
            return;
        }
        dialog->setBusy(true);
        begin();
        QPointer<UserEditDialog> guard(dialog);
        m_users.edit(before.username, changes, this, [this, guard, before](Result<UserRecord> user) {
            end();
            if (guard)
                guard->setBusy(false);
            if (!user) {
                if (guard)
                    guard->showError(describe(user.error(), before.username));
                else
                    showError(describe(user.error(), before.username));
                return;
            }
            if (guard)
                guard->accept();
            m_model->update(*user);
            showInfo(tr("Saved the changes to %1.").arg(user->username));
            emit usersChanged();
        });
    });
    dialog->open();
}

void UsersTab::resetPassword()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    auto* ask = new QMessageBox(QMessageBox::Question, tr("Reset password"),
                                tr("Give %1 a new random password? The present one stops working at once, and %1 is "
                                   "signed out everywhere.")
                                    .arg(username),
                                QMessageBox::NoButton, this);
    ask->setObjectName(QStringLiteral("confirmResetPassword"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* yes = ask->addButton(tr("&Reset password"), QMessageBox::AcceptRole);
    ask->addButton(tr("&Cancel"), QMessageBox::RejectRole);
    ask->setDefaultButton(yes);
    connect(yes, &QPushButton::clicked, this, [this, username] {
        const QString password = generatePassword();
        HubUsersClient::Changes changes;
        changes.password = password;
        sendEdit(
            username, changes, tr("Reset the password of %1.").arg(username), [this, password](const UserRecord& user) {
                showSecret(tr("New password of %1").arg(user.username),
                           tr("%1 now signs in with this password. Give it to them.").arg(user.username), password);
            });
    });
    ask->open();
}

void UsersTab::toggleActive()
{
    const QString username = selectedUsername();
    const int row = m_model->row(username);
    if (row < 0)
        return;
    HubUsersClient::Changes changes;
    if (!m_model->user(row).active) {
        changes.active = true;
        sendEdit(username, changes, tr("Enabled the account of %1: they can sign in again.").arg(username));
        return;
    }
    auto* ask = new QMessageBox(QMessageBox::Question, tr("Disable account"),
                                tr("Disable the account of %1? They are signed out everywhere and cannot sign in "
                                   "until it is enabled again. Nothing they did is deleted.")
                                    .arg(username),
                                QMessageBox::NoButton, this);
    ask->setObjectName(QStringLiteral("confirmDisableUser"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* yes = ask->addButton(tr("&Disable"), QMessageBox::AcceptRole);
    ask->addButton(tr("&Cancel"), QMessageBox::RejectRole);
    ask->setDefaultButton(yes);
    connect(yes, &QPushButton::clicked, this, [this, username] {
        HubUsersClient::Changes changes;
        changes.active = false;
        sendEdit(username, changes, tr("Disabled the account of %1.").arg(username));
    });
    ask->open();
}

void UsersTab::sendEdit(const QString& username, const HubUsersClient::Changes& changes, const QString& doneText,
                        const std::function<void(const UserRecord&)>& after)
{
    begin();
    m_users.edit(username, changes, this, [this, username, doneText, after](Result<UserRecord> user) {
        end();
        if (!user) {
            showError(describe(user.error(), username));
            return;
        }
        m_model->update(*user);
        showInfo(doneText);
        emit usersChanged();
        if (after)
            after(*user);
    });
}

void UsersTab::showSecret(const QString& title, const QString& explanation, const QString& secret)
{
    auto* dialog = new OneTimeSecretDialog(title, explanation, secret, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void UsersTab::begin()
{
    ++m_running;
    updateButtons();
}

void UsersTab::end()
{
    --m_running;
    updateButtons();
}

void UsersTab::updateButtons()
{
    const bool idle = m_running == 0;
    const int row = m_model->row(selectedUsername());
    const bool selected = row >= 0;
    m_add->setEnabled(idle);
    m_reload->setEnabled(idle);
    m_edit->setEnabled(idle && selected);
    m_reset->setEnabled(idle && selected);
    m_toggle->setEnabled(idle && selected);
    const bool active = !selected || m_model->user(row).active;
    m_toggle->setText(active ? tr("&Disable…") : tr("E&nable"));
    m_toggle->setToolTip(active ? tr("Disable the selected account: the person can no longer sign in")
                                : tr("Enable the selected account again"));
}

void UsersTab::showInfo(const QString& text)
{
    m_message->showInfo(text);
}

void UsersTab::showError(const QString& text)
{
    m_message->showError(tr("Not done: %1").arg(text));
}

QString UsersTab::describe(const Error& error, const QString& username) const
{
    if (error.code == QLatin1String("last_administrator"))
        return tr("%1 is the last active administrator; make another user an administrator first, so that someone "
                  "can still manage the network, then change or disable this account.")
            .arg(username);
    if (error.code == QLatin1String("already_exists"))
        return tr("There is already a user named %1. Choose another user name, or change that account.").arg(username);
    if (error.code == QLatin1String("forbidden"))
        return tr("Only administrators may manage users. Sign in as an administrator.");
    return error.message;
}

} // namespace syncsites::ui
