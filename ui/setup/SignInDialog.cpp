#include "SignInDialog.h"

#include "HubApiClient.h"
#include "ui_SignInDialog.h"

#include <QLayout>
#include <QPushButton>

namespace syncsites::ui {

SignInDialog::SignInDialog(HubApiClient& api, OfflineCheck offline, QWidget* parent)
    : QDialog(parent), m_api(api), m_offline(std::move(offline)), m_ui(std::make_unique<Ui::SignInDialog>())
{
    m_ui->setupUi(this);
    m_ui->server->setText(tr("Server: %1").arg(api.server().toDisplayString()));
    m_ui->server->setForegroundRole(QPalette::PlaceholderText);
    m_ui->signInProblem->hide();

    // The dialog's own buttons, in the button box (a form cannot place them there): created after the form's
    // fields, so they follow them in the tab order.
    m_signIn = new QPushButton(tr("Sign in"), this);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_offlineButton = new QPushButton(tr("Sign in offline"), this);
    m_offlineButton->setObjectName(QStringLiteral("signInOfflineButton"));
    m_offlineButton->setToolTip(tr("Check the password against the accounts this site received with its last "
                                   "sync, without the server."));
    m_ui->buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    m_ui->buttons->addButton(m_offlineButton, QDialogButtonBox::ActionRole);
    m_ui->buttons->addButton(QDialogButtonBox::Cancel);
    m_offlineButton->hide(); // until the server turns out to be unreachable (after addButton, which shows it)

    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(m_offlineButton, &QPushButton::clicked, this, &SignInDialog::signInOffline);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setUsername(const QString& username)
{
    m_ui->username->setText(username);
    if (!username.isEmpty())
        m_ui->password->setFocus();
}

void SignInDialog::signInWith(const QString& username, const QString& password)
{
    m_ui->username->setText(username);
    m_ui->password->setText(password);
    signIn();
}

void SignInDialog::signIn()
{
    const QString username = m_ui->username->text().trimmed();
    if (username.isEmpty() || m_ui->password->text().isEmpty()) {
        showProblem(tr("Enter your user name and password."));
        return;
    }
    setBusy(true);
    m_api.signIn(username, m_ui->password->text(), this, [this](Result<SignedInUser> user) {
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
    const Result<SignedInUser> user = m_offline(m_ui->username->text().trimmed(), m_ui->password->text());
    if (!user) {
        showProblem(user.error().message);
        return;
    }
    m_user = *user;
    accept();
}

void SignInDialog::showProblem(const QString& text)
{
    m_ui->signInProblem->setText(text);
    m_ui->signInProblem->setVisible(!text.isEmpty());
    // A dialog does not grow by itself for a word-wrapped label's height at its width: without this the end of
    // the message (where it says to sign in offline) is cut off.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void SignInDialog::setBusy(bool busy)
{
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
    if (busy)
        showProblem(QString());
}

} // namespace syncsites::ui
