#include "StoresAdminTab.h"

#include "AdminErrorText.h"
#include "MessageLine.h"
#include "ReviewDialog.h"
#include "StoreEditDialog.h"
#include "TopologyValidator.h"
#include "VisibilityPlanner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace syncsites::ui {

StoresAdminTab::StoresAdminTab(HubApiClient& api, QWidget* parent)
    : QWidget(parent), m_api(api), m_sites(api), m_model(new QStandardItemModel(0, 3, this)),
      m_view(new QTableView(this)), m_message(new MessageLine(this)), m_add(new QPushButton(tr("&Add store…"), this)),
      m_rename(new QPushButton(tr("Re&name…"), this)), m_move(new QPushButton(tr("&Move home…"), this)),
      m_retire(new QPushButton(tr("R&etire…"), this)), m_refresh(new QPushButton(tr("Reloa&d"), this))
{
    m_add->setObjectName(QStringLiteral("addStore"));
    m_rename->setObjectName(QStringLiteral("renameStore"));
    m_move->setObjectName(QStringLiteral("moveHome"));
    m_retire->setObjectName(QStringLiteral("retireStore"));
    m_refresh->setObjectName(QStringLiteral("refreshStores"));
    m_message->setObjectName(QStringLiteral("storesMessage"));
    m_move->setToolTip(tr("Make the selected store Active on another site (the hand-over), after a review of what "
                          "each site receives or drops."));
    m_retire->setToolTip(tr("Remove the selected store from the network, after a review of what each site drops."));

    m_model->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Home site")});
    m_view->setObjectName(QStringLiteral("storesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(0, 140);
    m_view->setColumnWidth(1, 320);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_rename, m_move, m_retire})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(m_add, &QPushButton::clicked, this, &StoresAdminTab::addStore);
    connect(m_rename, &QPushButton::clicked, this, &StoresAdminTab::renameStore);
    connect(m_move, &QPushButton::clicked, this, &StoresAdminTab::moveHome);
    connect(m_retire, &QPushButton::clicked, this, &StoresAdminTab::retireStore);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        showMessage(QString(), false);
        reload();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StoresAdminTab::updateButtons);
    updateButtons();
}

void StoresAdminTab::reload()
{
    setBusy(true);
    const int generation = ++m_generation;
    m_api.fetchTopology(this, [this, generation](Result<RevisedTopology> latest) {
        setBusy(false);
        if (generation != m_generation)
            return;
        if (!latest) {
            showMessage(tr("The stores could not be loaded: %1").arg(latest.error().message), true);
        } else {
            m_latest = *latest;
            m_loaded = true;
            fill();
        }
        emit loaded();
    });
}

void StoresAdminTab::fill()
{
    const QString before = selectedCode();
    m_model->removeRows(0, m_model->rowCount());
    for (const Store& s : m_latest.topology.stores()) {
        QList<QStandardItem*> row{new QStandardItem(s.code), new QStandardItem(s.name), new QStandardItem(s.home)};
        row.first()->setData(s.code, Qt::UserRole);
        m_model->appendRow(row);
    }
    m_model->sort(0);
    if (!before.isEmpty())
        selectStore(before);
    updateButtons();
}

QString StoresAdminTab::message() const
{
    return m_message->text();
}

bool StoresAdminTab::selectStore(const QString& code)
{
    const QList<QStandardItem*> found = m_model->findItems(code, Qt::MatchExactly, 0);
    if (found.isEmpty())
        return false;
    m_view->selectRow(found.first()->row());
    m_view->scrollTo(found.first()->index());
    return true;
}

QString StoresAdminTab::selectedCode() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(Qt::UserRole).toString();
}

void StoresAdminTab::addStore()
{
    auto* dialog = new StoreEditDialog(StoreEditDialog::Mode::Add, m_latest.topology, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString code = dialog->code();
        showMessage(QString(), false);
        setBusy(true);
        m_sites.addStore(m_latest.revision, code, dialog->name(), dialog->home(), this,
                         [this, code, home = dialog->home()](Result<EditResult> result) {
                             edited(tr("The store %1 was added, Active on %2.").arg(code, home),
                                    tr("Adding the store %1 failed").arg(code), result);
                         });
    });
    dialog->open();
}

void StoresAdminTab::renameStore()
{
    const Store* store = m_latest.topology.store(selectedCode());
    if (!store)
        return;
    auto* dialog = new StoreEditDialog(StoreEditDialog::Mode::Rename, m_latest.topology, store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString code = dialog->code();
        const QString name = dialog->name();
        showMessage(QString(), false);
        setBusy(true);
        m_sites.renameStore(m_latest.revision, code, name, this, [this, code, name](Result<EditResult> result) {
            edited(tr("The store %1 is now called %2.").arg(code, name), tr("Renaming the store %1 failed").arg(code),
                   result);
        });
    });
    dialog->open();
}

void StoresAdminTab::moveHome()
{
    const Store* store = m_latest.topology.store(selectedCode());
    if (!store)
        return;
    auto* dialog = new StoreEditDialog(StoreEditDialog::Mode::MoveHome, m_latest.topology, store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Store* current = m_latest.topology.store(dialog->code());
        if (!current)
            return;
        Store moved = *current;
        const QString from = moved.home;
        moved.home = dialog->home();
        moved.visibility.remove(moved.home); // Active there now, not Collector or Transfer
        if (dialog->keepCollectorAtOldHome())
            moved.visibility.insert(from, SyncType::Collector);
        else
            moved.visibility.remove(from);
        Topology edited = m_latest.topology;
        edited.putStore(moved);
        review(edited,
               tr("<b>Move the home of %1 (%2)</b> from %3 to %4: the store becomes Active on %4; %3 %5.")
                   .arg(moved.code.toHtmlEscaped(), moved.name.toHtmlEscaped(), from.toHtmlEscaped(),
                        moved.home.toHtmlEscaped(),
                        dialog->keepCollectorAtOldHome() ? tr("keeps a read-only (Collector) copy")
                                                         : tr("drops its data")),
               tr("The store %1 is now Active on %2.").arg(moved.code, moved.home));
    });
    dialog->open();
}

void StoresAdminTab::retireStore()
{
    const Store* store = m_latest.topology.store(selectedCode());
    if (!store)
        return;
    Topology edited = m_latest.topology;
    edited.removeStore(store->code);
    review(edited,
           tr("<b>Retire the store %1 (%2)</b>, Active on %3: it is removed from the network. No site syncs its data "
              "any more and the sites that held a copy drop it.")
               .arg(store->code.toHtmlEscaped(), store->name.toHtmlEscaped(), store->home.toHtmlEscaped()),
           tr("The store %1 was retired.").arg(store->code));
}

void StoresAdminTab::review(const Topology& edited, const QString& summary, const QString& done)
{
    if (m_review)
        m_review->deleteLater();
    m_review = new ReviewDialog(this);
    m_review->setAttribute(Qt::WA_DeleteOnClose);
    m_review->setPlan(summary, VisibilityPlanner::plan(m_latest.topology, edited), TopologyValidator::validate(edited));
    connect(m_review, &ReviewDialog::applyRequested, this, [this, edited, done] { apply(edited, done); });
    showMessage(QString(), false);
    const int generation = ++m_reviewGeneration;
    m_api.previewTopology(edited, m_review, [this, generation](Result<TopologyPreview> preview) {
        if (generation != m_reviewGeneration || !m_review)
            return;
        if (!preview)
            return m_review->setPreviewError(preview.error().message);
        m_review->setPreview(*preview);
    });
    m_review->open();
}

void StoresAdminTab::apply(const Topology& edited, const QString& done)
{
    if (m_review)
        m_review->setApplying();
    setBusy(true);
    ++m_reviewGeneration; // a preview still to come is of no use now
    m_api.replaceTopology(m_latest.revision, edited, this, [this, done](Result<qint64> revision) {
        setBusy(false);
        if (!revision) {
            if (AdminErrorText::isStale(revision.error())) {
                if (m_review)
                    m_review->reject();
                return staleRevision();
            }
            showMessage(AdminErrorText::describe(tr("The change was refused"), revision.error()), true);
            if (m_review)
                m_review->setApplyError(revision.error().message, AdminErrorText::violations(revision.error()));
            return;
        }
        if (m_review)
            m_review->accept();
        showMessage(tr("%1 (revision %2)").arg(done).arg(*revision), false);
        emit networkChanged();
        reload();
    });
}

void StoresAdminTab::edited(const QString& done, const QString& what, const Result<EditResult>& result)
{
    setBusy(false);
    if (!result)
        return failed(what, result.error());
    showMessage(done, false);
    if (!result->unchanged)
        emit networkChanged();
    reload();
}

void StoresAdminTab::failed(const QString& what, const Error& error)
{
    if (AdminErrorText::isStale(error))
        return staleRevision();
    showMessage(AdminErrorText::describe(what, error), true);
}

void StoresAdminTab::staleRevision()
{
    showMessage(tr("Someone else changed the network meanwhile, so nothing was changed. The list now shows the "
                   "latest network: check it and do your change again."),
                true);
    emit networkChanged();
    reload();
}

void StoresAdminTab::setBusy(bool busy)
{
    // Requests may overlap (a reload while an edit runs): busy until the last one answered.
    m_running = std::max(0, m_running + (busy ? 1 : -1));
    updateButtons();
}

void StoresAdminTab::updateButtons()
{
    const bool ready = m_running == 0 && m_loaded;
    const bool chosen = ready && m_latest.topology.store(selectedCode()) != nullptr;
    m_add->setEnabled(ready);
    m_rename->setEnabled(chosen);
    m_move->setEnabled(chosen);
    m_retire->setEnabled(chosen);
    m_refresh->setEnabled(m_running == 0);
}

void StoresAdminTab::showMessage(const QString& text, bool error)
{
    m_message->showMessage(text, error);
}

} // namespace syncsites::ui
