#include "SitesTab.h"

#include "AdminErrorText.h"
#include "MessageLine.h"
#include "SiteEditDialog.h"
#include "SiteSecretDialog.h"
#include "SiteTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace syncsites::ui {

SitesTab::SitesTab(HubApiClient& api, QWidget* parent)
    : QWidget(parent), m_sites(api), m_model(new SiteTableModel(this)), m_view(new QTableView(this)),
      m_message(new MessageLine(this)), m_add(new QPushButton(tr("&Add site…"), this)),
      m_edit(new QPushButton(tr("&Edit site…"), this)), m_remove(new QPushButton(tr("Re&move site…"), this)),
      m_secret(new QPushButton(tr("New &secret…"), this)),
      m_release(new QPushButton(tr("Re&lease installation…"), this)), m_refresh(new QPushButton(tr("Reloa&d"), this))
{
    m_add->setObjectName(QStringLiteral("addSite"));
    m_edit->setObjectName(QStringLiteral("editSite"));
    m_remove->setObjectName(QStringLiteral("removeSite"));
    m_secret->setObjectName(QStringLiteral("newSecret"));
    m_release->setObjectName(QStringLiteral("releaseBinding"));
    m_refresh->setObjectName(QStringLiteral("refreshSites"));
    m_message->setObjectName(QStringLiteral("sitesMessage"));
    m_secret->setToolTip(tr("Give the selected site a new secret: its old one stops working and its sessions end."));
    m_release->setToolTip(tr("Let another computer sync as the selected site (after a replacement or a "
                             "reinstallation)."));

    m_view->setObjectName(QStringLiteral("sitesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(SiteTableModel::Name, 180);
    m_view->setColumnWidth(SiteTableModel::Kind, 150);
    m_view->setColumnWidth(SiteTableModel::Server, 110);
    m_view->setColumnWidth(SiteTableModel::Url, 90);
    m_view->setColumnWidth(SiteTableModel::Installation, 100);
    m_view->setColumnWidth(SiteTableModel::LastContact, 120);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_remove, m_secret, m_release})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(m_add, &QPushButton::clicked, this, &SitesTab::addSite);
    connect(m_edit, &QPushButton::clicked, this, &SitesTab::editSite);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_edit->isEnabled())
            editSite();
    });
    connect(m_remove, &QPushButton::clicked, this, &SitesTab::removeSite);
    connect(m_secret, &QPushButton::clicked, this, &SitesTab::newSecret);
    connect(m_release, &QPushButton::clicked, this, &SitesTab::releaseBinding);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        showMessage(QString(), false);
        reload();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SitesTab::updateButtons);
    updateButtons();
}

void SitesTab::reload()
{
    setBusy(true);
    const int generation = ++m_generation;
    const QString before = selected() ? selected()->name : QString();
    m_sites.list(this, [this, generation, before](Result<AdminSiteList> list) {
        setBusy(false);
        if (generation != m_generation)
            return;
        if (!list) {
            showMessage(tr("The sites could not be loaded: %1").arg(list.error().message), true);
        } else {
            m_revision = list->revision;
            m_model->setSites(list->sites);
            if (!before.isEmpty())
                selectSite(before);
            updateButtons();
        }
        emit loaded();
    });
}

QString SitesTab::message() const
{
    return m_message->text();
}

bool SitesTab::selectSite(const QString& name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

const AdminSite* SitesTab::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->site(rows.first().row());
}

void SitesTab::addSite()
{
    auto* dialog = new SiteEditDialog(m_model->sites(), nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->name();
        const HubSitesClient::SiteFields fields = dialog->fields();
        showMessage(QString(), false);
        setBusy(true);
        m_sites.addSite(m_revision, name, fields, this, [this, name](Result<EditResult> result) {
            if (result) {
                for (auto it = result->newSiteSecrets.constBegin(); it != result->newSiteSecrets.constEnd(); ++it)
                    showSecret(it.key(), it.value(), true);
            }
            edited(tr("%1 was added to the network.").arg(name), tr("Adding %1 failed").arg(name), result);
        });
    });
    dialog->open();
}

void SitesTab::editSite()
{
    const AdminSite* site = selected();
    if (!site)
        return;
    auto* dialog = new SiteEditDialog(m_model->sites(), site, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->name();
        const HubSitesClient::SiteFields fields = dialog->fields();
        showMessage(QString(), false);
        setBusy(true);
        m_sites.editSite(m_revision, name, fields, this, [this, name](Result<EditResult> result) {
            edited(result && result->unchanged ? tr("%1 was not changed: nothing differed.").arg(name)
                                               : tr("%1 was changed.").arg(name),
                   tr("Changing %1 failed").arg(name), result);
        });
    });
    dialog->open();
}

void SitesTab::removeSite()
{
    const AdminSite* site = selected();
    if (!site)
        return;
    const QString name = site->name;
    showMessage(QString(), false);
    if (!site->activeStores.isEmpty())
        return explainInUse(name, site->activeStores);
    const QString text =
        site->holdsData()
            ? tr("Remove %1 from the network?\n\nIts secret and installation stop working: it can no longer sync. "
                 "The Collector and Transfer copies of stores it held are dropped from the network; sites that "
                 "link to it or work on it must be changed first, or the hub refuses.")
                  .arg(name)
            : tr("Remove %1 from the network?\n\nIts users can no longer work through it.").arg(name);
    confirm(tr("Remove a site"), text, tr("&Remove %1").arg(name), [this, name] {
        setBusy(true);
        m_sites.removeSite(m_revision, name, this, [this, name](Result<EditResult> result) {
            if (!result && result.error().code == QLatin1String("site_in_use")) {
                setBusy(false);
                QStringList stores;
                for (const QVariant& code : result.error().details.toMap().value(QStringLiteral("stores")).toList())
                    stores.append(code.toString());
                explainInUse(name, stores);
                return reload();
            }
            edited(tr("%1 was removed from the network.").arg(name), tr("Removing %1 failed").arg(name), result);
        });
    });
}

void SitesTab::explainInUse(const QString& site, const QStringList& stores)
{
    showMessage(tr("%1 cannot be removed while stores are Active on it: %2. The hub refuses (site in use) until "
                   "each of them is moved home to another site: use Move home on the Stores tab for each, then "
                   "remove %1.")
                    .arg(site, stores.join(QStringLiteral(", "))),
                true);
}

void SitesTab::newSecret()
{
    const AdminSite* site = selected();
    if (!site)
        return;
    const QString name = site->name;
    confirm(tr("New secret"),
            tr("Give %1 a new secret?\n\nIts current secret stops working at once and its sessions end. %1 cannot "
               "sync again until the new secret, shown once, is entered in its Settings.")
                .arg(name),
            tr("&Give a new secret"), [this, name] {
                showMessage(QString(), false);
                setBusy(true);
                m_sites.newSecret(name, this, [this, name](Result<QString> secret) {
                    setBusy(false);
                    if (!secret)
                        return failed(tr("Giving %1 a new secret failed").arg(name), secret.error());
                    showMessage(tr("%1 has a new secret; its old one no longer works.").arg(name), false);
                    showSecret(name, *secret, false);
                });
            });
}

void SitesTab::releaseBinding()
{
    const AdminSite* site = selected();
    if (!site)
        return;
    const QString name = site->name;
    const QString bound = site->installationId.isEmpty()
                              ? tr("%1 is bound to no installation yet.").arg(name)
                              : tr("%1 is bound to the installation %2: only that computer may sync as %1.")
                                    .arg(name, site->installationId);
    confirm(tr("Release the installation"),
            bound + QStringLiteral("\n\n") +
                tr("Once released, another computer may sync as %1: the first one to sync with its secret is bound "
                   "instead, and the current session ends. Do it when its computer was replaced or reinstalled.")
                    .arg(name),
            tr("&Release"), [this, name] {
                showMessage(QString(), false);
                setBusy(true);
                m_sites.releaseBinding(name, this, [this, name](Result<HubSitesClient::Released> released) {
                    setBusy(false);
                    if (!released)
                        return failed(tr("Releasing the installation of %1 failed").arg(name), released.error());
                    showMessage(released->released
                                    ? tr("The installation %1 was released: the next computer to sync as %2 will be "
                                         "bound instead.")
                                          .arg(released->installationId, name)
                                    : tr("%1 was bound to no installation: nothing to release.").arg(name),
                                false);
                    reload();
                });
            });
}

void SitesTab::edited(const QString& done, const QString& what, const Result<EditResult>& result)
{
    setBusy(false);
    if (!result)
        return failed(what, result.error());
    showMessage(done, false);
    if (!result->unchanged)
        emit networkChanged();
    reload();
}

void SitesTab::failed(const QString& what, const Error& error)
{
    if (AdminErrorText::isStale(error)) {
        showMessage(tr("Someone else changed the network meanwhile, so nothing was changed. The list now shows the "
                       "latest network: check it and do your change again."),
                    true);
        emit networkChanged();
        return reload();
    }
    showMessage(AdminErrorText::describe(what, error), true);
}

void SitesTab::confirm(const QString& title, const QString& text, const QString& action, std::function<void()> then)
{
    auto* box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* yes = box->addButton(action, QMessageBox::AcceptRole);
    box->addButton(tr("&Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(qobject_cast<QPushButton*>(box->buttons().constLast()));
    connect(box, &QMessageBox::buttonClicked, this, [yes, then = std::move(then)](QAbstractButton* clicked) {
        if (clicked == yes)
            then();
    });
    box->open();
}

void SitesTab::showSecret(const QString& site, const QString& secret, bool first)
{
    auto* dialog = new SiteSecretDialog(site, secret, first, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SitesTab::setBusy(bool busy)
{
    // Requests may overlap (a reload while an edit runs): busy until the last one answered.
    m_running = std::max(0, m_running + (busy ? 1 : -1));
    updateButtons();
}

void SitesTab::updateButtons()
{
    const AdminSite* site = selected();
    const bool ready = m_running == 0 && m_revision >= 0;
    m_add->setEnabled(ready);
    m_edit->setEnabled(ready && site);
    m_remove->setEnabled(ready && site && site->kind != SiteKind::MsupplyCentral);
    m_secret->setEnabled(ready && site && site->holdsData() && site->kind != SiteKind::MsupplyCentral);
    m_release->setEnabled(ready && site && site->holdsData() && site->kind != SiteKind::MsupplyCentral);
    m_refresh->setEnabled(m_running == 0);
}

void SitesTab::showMessage(const QString& text, bool error)
{
    m_message->showMessage(text, error);
}

} // namespace syncsites::ui
