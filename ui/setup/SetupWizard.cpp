#include "SetupWizard.h"

#include "CertificateFileField.h"

#include "HubApi.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace syncsites::ui {

namespace {

QLabel* explanation(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setIndent(24);
    return label;
}

} // namespace

SetupWizard::SetupWizard(HubApi& api, const QString& defaultReplicaPath, QWidget* parent) : QWizard(parent), m_api(api)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up SyncSites"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(ModePage, makeModePage());
    setPage(ServerPage, makeServerPage());
    setPage(IdentityPage, makeIdentityPage());
    m_replica->setText(defaultReplicaPath);
    setMinimumSize(620, 460);
}

QWizardPage* SetupWizard::makeModePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("How does this computer work with the network?"));
    page->setSubTitle(tr("You can change this later by setting the app up again."));
    m_modes = new QButtonGroup(page);
    auto* layout = new QVBoxLayout(page);
    const struct
    {
        AppMode mode;
        QString title;
        QString text;
    } modes[] = {
        {AppMode::Standalone, tr("A site with its own data (standalone)"),
         tr("This computer keeps a copy of its stores' data and syncs it with the server. Work goes on when the "
            "network is down. You need the site's name and secret from the network administrator.")},
        {AppMode::Client, tr("A client of a server"),
         tr("This computer works directly on a server's data and keeps none of its own (mSupply client, Open "
            "mSupply desktop). It needs the server to be reachable.")},
        {AppMode::Console, tr("A console for the whole network"),
         tr("Administrators and supervisors: configure the network and its stores, and watch every site's sync "
            "health on the central server.")},
    };
    for (const auto& m : modes) {
        auto* button = new QRadioButton(m.title, page);
        button->setObjectName(QStringLiteral("mode_") + appModeId(m.mode));
        button->setAccessibleName(m.title);
        m_modes->addButton(button, int(m.mode));
        layout->addWidget(button);
        layout->addWidget(explanation(m.text, page));
        layout->addSpacing(8);
    }
    m_modes->button(int(AppMode::Standalone))->setChecked(true);
    layout->addStretch();
    return page;
}

QWizardPage* SetupWizard::makeServerPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Which server?"));
    page->setSubTitle(tr("The address the network administrator gave you, for example https://sync.example.org."));
    m_server = new QLineEdit(page);
    m_server->setObjectName(QStringLiteral("serverUrl"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(QStringLiteral("https://"));
    m_caFile = new CertificateFileField(QString(), tr("Only if the administrator gave you one"), page);
    m_proxy = new QLineEdit(page);
    m_proxy->setObjectName(QStringLiteral("proxyUrl"));
    m_proxy->setAccessibleName(tr("Proxy"));
    m_proxy->setPlaceholderText(tr("Only if this network needs one, e.g. http://proxy:3128"));
    auto* test = new QPushButton(tr("&Test the connection"), page);
    test->setObjectName(QStringLiteral("testConnection"));
    m_serverResult = new QLabel(page);
    m_serverResult->setObjectName(QStringLiteral("serverResult"));
    m_serverResult->setWordWrap(true);
    connect(test, &QPushButton::clicked, this, [this] { testServer(false); });
    connect(m_server, &QLineEdit::textChanged, this, [this] { m_serverChecked = false; });
    connect(m_proxy, &QLineEdit::textChanged, this, [this] { m_serverChecked = false; });

    auto* form = new QFormLayout;
    form->addRow(tr("Server &address"), m_server);
    form->addRow(tr("&Certificate authority"), m_caFile);
    form->addRow(tr("&Proxy"), m_proxy);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(test, 0, Qt::AlignLeft);
    layout->addWidget(m_serverResult);
    layout->addStretch();
    return page;
}

QWizardPage* SetupWizard::makeIdentityPage()
{
    auto* page = new QWizardPage(this);
    m_siteName = new QLineEdit(page);
    m_siteName->setObjectName(QStringLiteral("siteName"));
    m_siteName->setAccessibleName(tr("Site name"));
    m_secret = new QLineEdit(page);
    m_secret->setObjectName(QStringLiteral("siteSecret"));
    m_secret->setAccessibleName(tr("Site secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_replica = new QLineEdit(page);
    m_replica->setObjectName(QStringLiteral("replicaPath"));
    m_replica->setAccessibleName(tr("Where to keep the site's data"));
    m_username = new QLineEdit(page);
    m_username->setObjectName(QStringLiteral("wizardUsername"));
    m_username->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("wizardPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_identityResult = new QLabel(page);
    m_identityResult->setObjectName(QStringLiteral("identityResult"));
    m_identityResult->setWordWrap(true);
    for (QLineEdit* edit : {m_siteName, m_secret, m_username, m_password})
        connect(edit, &QLineEdit::textChanged, this, [this] { m_identityChecked = false; });

    auto* form = new QFormLayout;
    form->addRow(tr("&Site name"), m_siteName);
    form->addRow(tr("Site s&ecret"), m_secret);
    form->addRow(tr("&Data file"), m_replica);
    form->addRow(tr("&User name"), m_username);
    form->addRow(tr("&Password"), m_password);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_identityResult);
    layout->addStretch();
    return page;
}

void SetupWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id != IdentityPage)
        return;
    const AppMode mode = selectedMode();
    const bool standalone = mode == AppMode::Standalone;
    QWizardPage* p = page(IdentityPage);
    auto* form = static_cast<QFormLayout*>(static_cast<QVBoxLayout*>(p->layout())->itemAt(0)->layout());
    form->setRowVisible(m_siteName, mode != AppMode::Console);
    form->setRowVisible(m_secret, standalone);
    form->setRowVisible(m_replica, standalone);
    form->setRowVisible(m_username, !standalone);
    form->setRowVisible(m_password, !standalone);
    if (standalone) {
        p->setTitle(tr("Which site is this computer?"));
        p->setSubTitle(tr("The site's name and secret as the network administrator set them up. The first sync "
                          "brings the site's data; it can take a while on a slow link."));
    } else {
        p->setTitle(tr("Who are you?"));
        p->setSubTitle(tr("Your user name and password on the server. They are checked now."));
    }
}

AppMode SetupWizard::selectedMode() const
{
    return AppMode(m_modes->checkedId());
}

bool SetupWizard::validateCurrentPage()
{
    switch (currentId()) {
    case ServerPage:
        if (m_serverChecked && m_checkedUrl == m_server->text().trimmed())
            return true;
        testServer(true);
        return false;
    case IdentityPage:
        if (selectedMode() == AppMode::Standalone) {
            if (m_siteName->text().trimmed().isEmpty() || m_secret->text().isEmpty() ||
                m_replica->text().trimmed().isEmpty()) {
                showResult(m_identityResult, tr("Enter the site's name, its secret and where to keep its data."),
                           false);
                return false;
            }
            return true; // checked by the first sync, which explains any refusal
        }
        if (m_identityChecked)
            return true;
        testIdentity();
        return false;
    default:
        return true;
    }
}

void SetupWizard::testServer(bool advanceOnSuccess)
{
    const QString text = m_server->text().trimmed();
    const QUrl url = QUrl::fromUserInput(text);
    if (text.isEmpty() || !url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty()) {
        showResult(m_serverResult, tr("Enter the server's address, beginning with https:// or http://."), false);
        return;
    }
    m_api.setServer(url);
    m_api.setCaCertificateFile(m_caFile->path());
    m_api.setProxy(m_proxy->text().trimmed());
    showResult(m_serverResult, tr("Connecting to %1…").arg(url.toDisplayString()), true);
    m_api.checkServer(this, [this, text, advanceOnSuccess](Result<QJsonObject> answer) {
        if (!answer) {
            showResult(m_serverResult, answer.error().message, false);
            return;
        }
        m_serverChecked = true;
        m_checkedUrl = text;
        showResult(m_serverResult, tr("The server answered. You can go on."), true);
        if (advanceOnSuccess && currentId() == ServerPage)
            next();
    });
}

void SetupWizard::testIdentity()
{
    if (m_username->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showResult(m_identityResult, tr("Enter your user name and password."), false);
        return;
    }
    if (selectedMode() == AppMode::Client && m_siteName->text().trimmed().isEmpty()) {
        showResult(m_identityResult, tr("Enter the name of this client site."), false);
        return;
    }
    showResult(m_identityResult, tr("Signing in…"), true);
    m_api.signIn(m_username->text().trimmed(), m_password->text(), this, [this](Result<SignedInUser> user) {
        if (!user) {
            showResult(m_identityResult, user.error().message, false);
            return;
        }
        m_user = *user;
        m_identityChecked = true;
        showResult(m_identityResult, tr("Signed in as %1 (%2).").arg(user->fullName, userRoleLabel(user->role)), true);
        if (currentId() == IdentityPage)
            accept(); // the last page: finishes the wizard
    });
}

void SetupWizard::showResult(QLabel* label, const QString& text, bool good)
{
    label->setText(text);
    label->setProperty("good", good);
    label->setStyleSheet(good ? QString() : QStringLiteral("color: #d63a3a;"));
}

QString SetupWizard::testResult() const
{
    return currentId() == ServerPage ? m_serverResult->text() : m_identityResult->text();
}

SetupChoice SetupWizard::choice() const
{
    SetupChoice c;
    c.mode = selectedMode();
    c.serverUrl = QUrl::fromUserInput(m_server->text().trimmed()).toString();
    c.caCertificateFile = m_caFile->path();
    c.proxyUrl = m_proxy->text().trimmed();
    c.siteName = m_siteName->text().trimmed();
    c.siteSecret = m_secret->text();
    c.replicaPath = m_replica->text().trimmed();
    c.user = m_user;
    return c;
}

} // namespace syncsites::ui
