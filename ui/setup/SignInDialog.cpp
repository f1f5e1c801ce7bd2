#include "SignInDialog.h"

#include "HubApi.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace syncsites::ui {

SignInDialog::SignInDialog(HubApi& api, OfflineCheck offline, QWidget* parent)
    : QDialog(parent), m_api(api), m_offline(std::move(offline)), m_username(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_server(new QLabel(this)), m_problem(new QLabel(this)),
      m_signIn(new QPushButton(tr("Sign in"), this)), m_offlineButton(new QPushButton(tr("Sign in offline"), this))
{
    setWindowTitle(tr("Sign in to SyncSites"));
    setObjectName(QStringLiteral("signInDialog"));
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setAccessibleName(tr("User name"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_server->setText(tr("Server: %1").arg(api.server().toDisplayString()));
    m_server->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setObjectName(QStringLiteral("signInProblem"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Sign-in problem"));
    m_problem->hide();
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_offlineButton->setObjectName(QStringLiteral("signInOfflineButton"));
    m_offlineButton->setToolTip(tr("Check the password against the accounts this site received with its last "
                                   "sync, without the server."));

    auto* form = new QFormLayout;
    form->addRow(tr("&User name"), m_username);
    form->addRow(tr("&Password"), m_password);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_offlineButton, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_offlineButton->hide(); // until the server turns out to be unreachable (after addButton, which shows it)
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_server);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(m_offlineButton, &QPushButton::clicked, this, &SignInDialog::signInOffline);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SignInDialog::setUsername(const QString& username)
{
    m_username->setText(username);
    if (!username.isEmpty())
        m_password->setFocus();
}

void SignInDialog::signInWith(const QString& username, const QString& password)
{
    m_username->setText(username);
    m_password->setText(password);
    signIn();
}

void SignInDialog::signIn()
{
    if (m_username->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showProblem(tr("Enter your user name and password."));
        return;
    }
    setBusy(true);
    m_api.signIn(m_username->text().trimmed(), m_password->text(), this, [this](Result<SignedInUser> user) {
        setBusy(false);
        if (user) {
            m_user = *user;
            accept();
            return;
        }
        const QString code = user.error().code;
        const bool unreachable = code == QLatin1String("no_network") || code == QLatin1String("server_unreachable") ||
                                 code == QLatin1String("timeout");
        m_offlineButton->setVisible(unreachable && m_offline);
        QString text = user.error().message;
        if (unreachable && m_offline)
            text += QLatin1Char(' ') + tr("You can sign in offline to work with this site's data until the server "
                                          "is back.");
        showProblem(text);
    });
}

void SignInDialog::signInOffline()
{
    if (!m_offline)
        return;
    const Result<SignedInUser> user = m_offline(m_username->text().trimmed(), m_password->text());
    if (!user) {
        showProblem(user.error().message);
        return;
    }
    m_user = *user;
    accept();
}

void SignInDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
    if (busy)
        showProblem(QString());
}

} // namespace syncsites::ui
