#include "UserEditDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace syncsites::ui {

namespace {

// What the hub accepts as a user name (AdminUsersApi).
const QRegularExpression& usernamePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    return pattern;
}

} // namespace

UserEditDialog::UserEditDialog(Mode mode, const QStringList& siteNames, QWidget* parent)
    : QDialog(parent), m_mode(mode), m_username(new QLineEdit(this)), m_fullName(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_siteFilter(new QLineEdit(this)), m_sites(new QListWidget(this)),
      m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_ok(m_buttons->button(QDialogButtonBox::Ok))
{
    setObjectName(QStringLiteral("userEditDialog"));
    setWindowTitle(mode == Mode::Add ? tr("Add a user") : tr("Change a user"));
    setModal(true);

    m_username->setObjectName(QStringLiteral("usernameField"));
    m_username->setValidator(new QRegularExpressionValidator(usernamePattern(), m_username));
    m_username->setPlaceholderText(tr("letters, digits, . _ - @"));
    m_username->setReadOnly(mode == Mode::Edit);
    m_fullName->setObjectName(QStringLiteral("fullNameField"));
    m_role->setObjectName(QStringLiteral("roleField"));
    for (UserRole role : {UserRole::FieldStaff, UserRole::Supervisor, UserRole::Administrator})
        m_role->addItem(userRoleLabel(role), static_cast<int>(role));

    m_siteFilter->setObjectName(QStringLiteral("siteFilter"));
    m_siteFilter->setPlaceholderText(tr("Filter sites"));
    m_siteFilter->setClearButtonEnabled(true);
    m_siteFilter->setAccessibleName(tr("Filter the list of sites"));
    connect(m_siteFilter, &QLineEdit::textChanged, this, &UserEditDialog::filterSites);
    m_sites->setObjectName(QStringLiteral("sitesList"));
    m_sites->setAccessibleName(tr("Sites the person works at"));
    m_sites->setMinimumHeight(120);
    for (const QString& name : siteNames)
        addSite(name, false);

    m_message->setObjectName(QStringLiteral("userEditMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #c62828; font-weight: bold; }"));
    m_message->hide();

    m_ok->setObjectName(QStringLiteral("userEditOk"));
    m_ok->setText(mode == Mode::Add ? tr("&Add user") : tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    connect(m_ok, &QPushButton::clicked, this, [this] {
        if (m_ok->isEnabled())
            emit submitted();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserEditDialog::reject);
    connect(m_username, &QLineEdit::textChanged, this, &UserEditDialog::updateOk);

    auto* form = new QFormLayout;
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&Role:"), m_role);
    auto* sitesLabel = new QLabel(tr("Si&tes the person works at:"), this);
    sitesLabel->setBuddy(m_siteFilter);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(sitesLabel);
    layout->addWidget(m_siteFilter);
    layout->addWidget(m_sites, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(460, 460);
    updateOk();
}

void UserEditDialog::addSite(const QString& name, bool checked)
{
    auto* item = new QListWidgetItem(name, m_sites);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void UserEditDialog::setUser(const UserRecord& user)
{
    m_username->setText(user.username);
    m_fullName->setText(user.fullName);
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(user.role)));
    m_active = user.active;
    for (int i = 0; i < m_sites->count(); ++i)
        m_sites->item(i)->setCheckState(user.sites.contains(m_sites->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    // A site the network no longer names stays listed, so that saving does not drop it unseen.
    for (const QString& site : user.sites) {
        if (m_sites->findItems(site, Qt::MatchExactly).isEmpty())
            addSite(site, true);
    }
    if (m_mode == Mode::Edit)
        m_fullName->setFocus();
    updateOk();
}

UserRecord UserEditDialog::user() const
{
    UserRecord u;
    u.username = m_username->text().trimmed();
    u.fullName = m_fullName->text().trimmed();
    u.role = static_cast<UserRole>(m_role->currentData().toInt());
    for (int i = 0; i < m_sites->count(); ++i) {
        if (m_sites->item(i)->checkState() == Qt::Checked)
            u.sites.append(m_sites->item(i)->text());
    }
    u.sites.sort();
    u.active = m_active;
    return u;
}

void UserEditDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_username->setEnabled(!busy);
    m_fullName->setEnabled(!busy);
    m_role->setEnabled(!busy);
    m_siteFilter->setEnabled(!busy);
    m_sites->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    if (busy)
        m_message->hide();
    updateOk();
}

void UserEditDialog::showError(const QString& message)
{
    m_message->setText(message);
    m_message->show();
}

void UserEditDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void UserEditDialog::updateOk()
{
    m_ok->setEnabled(!m_busy && usernamePattern().match(m_username->text().trimmed()).hasMatch());
}

void UserEditDialog::filterSites(const QString& text)
{
    for (int i = 0; i < m_sites->count(); ++i)
        m_sites->item(i)->setHidden(!m_sites->item(i)->text().contains(text, Qt::CaseInsensitive));
}

} // namespace syncsites::ui
