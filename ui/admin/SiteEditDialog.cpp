#include "SiteEditDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace syncsites::ui {

SiteEditDialog::SiteEditDialog(const QVector<AdminSite>& sites, const AdminSite* editing, QWidget* parent)
    : QDialog(parent), m_sites(sites), m_adding(editing == nullptr), m_name(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_server(new QComboBox(this)), m_url(new QLineEdit(this)), m_hint(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(m_adding ? tr("Add a site") : tr("Edit %1").arg(editing->name));
    m_name->setObjectName(QStringLiteral("name"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_server->setObjectName(QStringLiteral("server"));
    m_url->setObjectName(QStringLiteral("url"));
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    m_name->setPlaceholderText(tr("e.g. Lira Health Centre"));
    m_url->setPlaceholderText(tr("e.g. https://north.example.org:8443 (optional)"));
    for (const SiteKindInfo& k : allSiteKinds())
        m_kind->addItem(QString::fromUtf8(k.displayName), QString(k.id));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&URL:"), m_url);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_adding ? tr("&Add") : tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (editing) {
        m_name->setText(editing->name);
        m_name->setReadOnly(true);
        m_name->setToolTip(tr("A site's name cannot change: sites and their data are known by it."));
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SiteEditDialog::kindChanged);
    connect(m_name, &QLineEdit::textChanged, this, &SiteEditDialog::validate);
    connect(m_server, &QComboBox::currentIndexChanged, this, &SiteEditDialog::validate);
    connect(m_url, &QLineEdit::textChanged, this, &SiteEditDialog::validate);
    setKind(editing ? editing->kind : SiteKind::MsupplySingleUser);
    kindChanged();
    if (editing) {
        setServer(editing->server);
        m_url->setText(editing->url);
    }
    validate();
    resize(480, sizeHint().height());
}

QString SiteEditDialog::name() const
{
    return m_name->text().trimmed();
}

HubSitesClient::SiteFields SiteEditDialog::fields() const
{
    HubSitesClient::SiteFields f;
    f.kind = siteKindFromId(m_kind->currentData().toString()).value_or(SiteKind::MsupplySingleUser);
    f.server = m_server->isEnabled() ? m_server->currentData().toString() : QString();
    f.url = m_url->isEnabled() ? m_url->text().trimmed() : QString();
    return f;
}

void SiteEditDialog::setName(const QString& name)
{
    if (m_adding)
        m_name->setText(name);
}

void SiteEditDialog::setKind(SiteKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(siteKindId(kind)));
}

void SiteEditDialog::setServer(const QString& server)
{
    m_server->setCurrentIndex(std::max(0, m_server->findData(server)));
}

void SiteEditDialog::setUrl(const QString& url)
{
    m_url->setText(url);
}

void SiteEditDialog::kindChanged()
{
    const SiteKindInfo& info = siteKindInfo(fields().kind);
    const QString before = m_server->currentData().toString();
    m_server->clear();
    if (!info.holdsData) {
        for (const AdminSite& s : std::as_const(m_sites)) {
            if (info.clientServers.contains(s.kind) && s.name != name())
                m_server->addItem(s.name, s.name);
        }
    }
    m_server->setEnabled(!info.holdsData);
    if (!before.isEmpty())
        setServer(before);
    m_url->setEnabled(info.servesClients || info.hubOf.has_value());
    validate();
}

void SiteEditDialog::validate()
{
    const SiteKindInfo& info = siteKindInfo(fields().kind);
    QString problem;
    if (name().isEmpty())
        problem = tr("Give the site a name.");
    else if (m_adding &&
             std::any_of(m_sites.cbegin(), m_sites.cend(), [this](const AdminSite& s) { return s.name == name(); }))
        problem = tr("There is already a site named \"%1\".").arg(name());
    else if (!info.holdsData && m_server->count() == 0)
        problem = tr("A %1 works on a server, and the network has none it may attach to.")
                      .arg(QString::fromUtf8(info.displayName));
    else if (m_url->isEnabled() && !m_url->text().trimmed().isEmpty()) {
        const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            problem = tr("The URL must be a web address such as https://server.example.org:8443.");
    }
    if (problem.isEmpty()) {
        const QString kind = QString::fromUtf8(info.displayName);
        if (!info.holdsData)
            m_hint->setText(tr("A %1 keeps no data: its users work on the server chosen above.").arg(kind));
        else if (m_adding)
            m_hint->setText(tr("A %1 keeps its own data. Once added it gets a secret, shown once, to enter in its "
                               "Settings.")
                                .arg(kind));
        else
            m_hint->setText(tr("The hub checks the network's rules before it saves the change."));
    } else {
        m_hint->setText(problem);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace syncsites::ui
