#include "StoresPage.h"

#include "AuditModel.h"
#include "AuditPanel.h"
#include "FlowLayout.h"
#include "HubApiClient.h"
#include "ReviewDialog.h"
#include "SetSyncTypeCommand.h"
#include "StoreFilterProxyModel.h"
#include "StoreListModel.h"
#include "StoreMatrixModel.h"
#include "StoresIcons.h"
#include "SyncTypeDelegate.h"
#include "SyncTypeStyle.h"
#include "TopologyChanges.h"
#include "TopologyValidator.h"
#include "VisibilityPlanner.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace syncsites::ui {

namespace {

QLabel* legendChip(SyncType type, QWidget* parent)
{
    auto* chip = new QLabel(SyncTypeStyle::label(type), parent);
    chip->setToolTip(SyncTypeStyle::explanation(type));
    chip->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 2px 8px; }")
                            .arg(SyncTypeStyle::background(type).name(), SyncTypeStyle::foreground(type).name()));
    return chip;
}

QVector<Violation> violationsFromDetails(const QVariant& details)
{
    QVector<Violation> out;
    const QVariantList list = details.toMap().value(QStringLiteral("violations")).toList();
    for (const QVariant& v : list) {
        const QVariantMap m = v.toMap();
        out.append({m.value(QStringLiteral("rule")).toString(), m.value(QStringLiteral("subject")).toString(),
                    m.value(QStringLiteral("message")).toString()});
    }
    return out;
}

} // namespace

StoresPage::StoresPage(QWidget* parent)
    : QWidget(parent), m_model(new StoreMatrixModel(this)), m_listModel(new StoreListModel(m_model, this)),
      m_matrixProxy(new StoreFilterProxyModel(this)), m_listProxy(new StoreFilterProxyModel(this)),
      m_undoStack(new QUndoStack(this)), m_banner(new QLabel(this)), m_message(new QLabel(this)),
      m_filter(new QLineEdit(this)), m_pending(new QLabel(this)), m_undo(new QToolButton(this)),
      m_redo(new QToolButton(this)), m_discard(new QPushButton(tr("Discard"), this)),
      m_reload(new QPushButton(tr("Reload"), this)), m_review(new QPushButton(tr("Review and apply…"), this)),
      m_tabs(new QTabWidget(this)), m_list(new QTableView(this)), m_matrix(new QTableView(this)),
      m_violationTitle(new QLabel(this)), m_violationList(new QListWidget(this)), m_audit(new AuditPanel(this))
{
    setObjectName(QStringLiteral("storesPage"));
    m_model->setUndoStack(m_undoStack);
    m_matrixProxy->setSourceModel(m_model);
    m_listProxy->setSourceModel(m_listModel);

    auto* title = new QLabel(tr("<h2>Stores and sync types</h2>"), this);
    m_banner->setObjectName(QStringLiteral("storesBanner"));
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::AlternateBase);
    m_banner->setContentsMargins(8, 6, 8, 6);
    m_message->setObjectName(QStringLiteral("storesMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_filter->setObjectName(QStringLiteral("storeFilter"));
    m_filter->setAccessibleName(tr("Filter stores by code, name or home site"));
    m_filter->setPlaceholderText(tr("Filter by code, name or home site"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(200);
    m_filter->setMaximumWidth(280);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_listProxy->setText(text);
        m_matrixProxy->setText(text);
    });

    // Own actions (not createUndoAction): the buttons keep a short label; the step goes in the tooltip.
    auto* undo = new QAction(tr("Undo"), this);
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    undo->setShortcutContext(Qt::WindowShortcut); // only the visible page's actions are live
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, undo,
            [undo](const QString& text) { undo->setToolTip(tr("Undo: %1 (Ctrl+Z)").arg(text)); });
    auto* redo = new QAction(tr("Redo"), this);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setShortcutContext(Qt::WindowShortcut); // only the visible page's actions are live
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::redoTextChanged, redo,
            [redo](const QString& text) { redo->setToolTip(tr("Redo: %1 (Ctrl+Shift+Z)").arg(text)); });
    addAction(undo);
    addAction(redo);
    m_undo->setDefaultAction(undo);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setAccessibleName(tr("Undo the last edit"));
    m_undo->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_redo->setDefaultAction(redo);
    m_redo->setObjectName(QStringLiteral("redoButton"));
    m_redo->setAccessibleName(tr("Redo the edit undone"));
    m_redo->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_discard->setAccessibleName(tr("Discard all pending edits"));
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_reload->setAccessibleName(tr("Load the network from the hub again"));
    m_review->setObjectName(QStringLiteral("reviewButton"));
    m_review->setAccessibleName(tr("Review the pending edits and apply them"));
    m_pending->setObjectName(QStringLiteral("pendingLabel"));
    m_pending->setAutoFillBackground(true);
    m_pending->setBackgroundRole(QPalette::Highlight);
    m_pending->setForegroundRole(QPalette::HighlightedText);
    m_pending->setContentsMargins(6, 2, 6, 2);
    connect(m_discard, &QPushButton::clicked, this, &StoresPage::discardEdits);
    connect(m_reload, &QPushButton::clicked, this, &StoresPage::reload);
    connect(m_review, &QPushButton::clicked, this, &StoresPage::startReview);

    // The legend beside the title; the filter and the actions in one row on a wide window, the actions (with
    // "Review and apply…") wrapped under the filter on a narrow one: the page fits a 1024x600 screen.
    auto* heading = new QHBoxLayout;
    heading->addWidget(title);
    heading->addStretch();
    for (SyncType type : {SyncType::Active, SyncType::Collector, SyncType::Transfer})
        heading->addWidget(legendChip(type, this));
    auto* actions = new QWidget(this);
    actions->setObjectName(QStringLiteral("storesActions"));
    auto* actionRow = new QHBoxLayout(actions);
    actionRow->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : std::initializer_list<QWidget*>{m_pending, m_undo, m_redo, m_discard, m_reload, m_review})
        actionRow->addWidget(w);
    auto* tools = new FlowLayout(nullptr, 12, 4);
    tools->addWidget(m_filter);
    tools->addWidget(actions);
    tools->setAlignment(actions, Qt::AlignRight);

    auto* matrixTab = new QWidget(m_tabs);
    buildMatrixTab(matrixTab);
    m_tabs->setObjectName(QStringLiteral("storesTabs"));
    m_tabs->addTab(matrixTab, tr("Sync types"));
    m_tabs->addTab(m_audit, tr("Audit log"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_audit && m_audit->model()->rowCount() == 0)
            m_audit->refresh();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_message);
    layout->addLayout(tools);
    layout->addWidget(m_tabs, 1);

    connect(m_model, &StoreMatrixModel::storeChanged, this, [this] { revalidate(); });
    connect(m_undoStack, &QUndoStack::indexChanged, this, &StoresPage::updatePending);
    updateMode();
    revalidate();
}

StoresPage::~StoresPage()
{
    // Closing the window may still commit an open editor or move the focus; nothing may reach this page then.
    m_undoStack->disconnect(this);
    m_model->disconnect(this);
    m_matrix->selectionModel()->disconnect(this);
    m_list->selectionModel()->disconnect(this);
}

void StoresPage::buildMatrixTab(QWidget* tab)
{
    // Two lines of header text: site names are wrapped to keep 1,000 columns narrow.
    const int headerHeight = fontMetrics().height() * 2 + 12;
    m_list->setObjectName(QStringLiteral("storeList"));
    m_list->setAccessibleName(tr("Stores"));
    m_list->setModel(m_listProxy);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setFixedHeight(headerHeight);
    m_list->horizontalHeader()->setStretchLastSection(true);

    m_matrix->setObjectName(QStringLiteral("storeMatrix"));
    m_matrix->setAccessibleName(tr("Store sync types by site"));
    m_matrix->setModel(m_matrixProxy);
    m_matrix->setItemDelegate(new SyncTypeDelegate(m_matrix));
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                              QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_matrix->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_matrix->verticalHeader()->hide();
    m_matrix->horizontalHeader()->setFixedHeight(headerHeight);
    m_matrix->horizontalHeader()->setDefaultSectionSize(118);
    m_matrix->horizontalHeader()->setMinimumSectionSize(60);
    // Both views show the same rows: one row height, one scroll position.
    for (QTableView* view : {m_list, m_matrix}) {
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    }
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, m_matrix->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_matrix->verticalScrollBar(), &QScrollBar::valueChanged, m_list->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StoresPage::syncListToMatrix);
    connect(m_matrix->selectionModel(), &QItemSelectionModel::currentChanged, this, &StoresPage::syncMatrixToList);

    auto* splitter = new QSplitter(Qt::Horizontal, tab);
    splitter->addWidget(m_list);
    splitter->addWidget(m_matrix);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({440, 720});

    m_violationTitle->setObjectName(QStringLiteral("violationTitle"));
    m_violationList->setObjectName(QStringLiteral("violationList"));
    m_violationList->setAccessibleName(tr("Broken rules; activate one to go to its cell"));
    m_violationList->setWordWrap(true);
    m_violationList->setMaximumHeight(96);
    connect(m_violationList, &QListWidget::itemClicked, this, &StoresPage::jumpTo);
    connect(m_violationList, &QListWidget::itemActivated, this, &StoresPage::jumpTo);

    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_violationTitle);
    layout->addWidget(m_violationList);
}

void StoresPage::fitListColumns()
{
    // The view measures only the rows it shows (and a sample), so this stays quick for 10,000 stores.
    m_list->resizeColumnsToContents();
    m_list->setColumnWidth(StoreListModel::CodeColumn, m_list->columnWidth(StoreListModel::CodeColumn) + 22);
    m_list->setColumnWidth(StoreListModel::NameColumn, qMin(m_list->columnWidth(StoreListModel::NameColumn), 190));
}

void StoresPage::setHubApi(HubApiClient* api)
{
    m_api = api;
    ++m_generation;
    m_audit->setHubApi(api);
    if (!api)
        m_fromHub = false;
    updateMode();
}

void StoresPage::setEditable(bool editable)
{
    m_editable = editable;
    updateMode();
}

void StoresPage::setTopology(const Topology& topology)
{
    m_fromHub = false;
    m_revision = 0;
    m_undoStack->clear();
    m_model->setTopology(topology);
    m_matrix->setColumnHidden(0, true);
    fitListColumns();
    updateMode();
    revalidate();
}

void StoresPage::setRevisedTopology(const RevisedTopology& revised)
{
    m_fromHub = true;
    m_revision = revised.revision;
    m_undoStack->clear();
    m_model->setTopology(revised.topology);
    m_matrix->setColumnHidden(0, true);
    fitListColumns();
    updateMode();
    revalidate();
}

void StoresPage::reload()
{
    if (!m_api) {
        showMessage(tr("Not connected to a hub: there is nothing to reload from."), true);
        return;
    }
    const int generation = ++m_generation;
    showMessage(tr("Loading the network from the hub…"), false);
    m_api->fetchTopology(this, [this, generation](Result<RevisedTopology> latest) {
        if (generation != m_generation)
            return;
        if (!latest)
            return showMessage(tr("Could not load the network: %1").arg(latest.error().message), true);
        if (hasPendingEdits() && m_fromHub && latest->revision != m_revision) {
            const QStringList lost = rebaseOnto(*latest);
            showMessage(lost.isEmpty()
                            ? tr("Loaded revision %1; your pending edits were kept on top of it.").arg(latest->revision)
                            : tr("Loaded revision %1. These edits no longer fit and were dropped: %2")
                                  .arg(latest->revision)
                                  .arg(lost.join(QStringLiteral("; "))),
                        !lost.isEmpty());
        } else if (!hasPendingEdits()) {
            setRevisedTopology(*latest);
            showMessage(QString(), false);
        } else {
            showMessage(tr("The network has not changed on the hub (revision %1).").arg(latest->revision), false);
        }
        if (m_tabs->currentWidget() == m_audit)
            m_audit->refresh();
    });
}

bool StoresPage::hasPendingEdits() const
{
    return m_model->pendingCellCount() > 0;
}

bool StoresPage::mayDropPendingEdits()
{
    if (!hasPendingEdits())
        return true;
    const int cells = m_model->pendingCellCount();
    QMessageBox box(QMessageBox::Warning, tr("Sync-type edits not applied"),
                    tr("%n sync-type change(s) on the Stores page are not applied to the hub yet.", nullptr, cells),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("pendingEditsBox"));
    box.setInformativeText(tr("Review and apply them now, discard them, or cancel to keep them on the page and stay."));
    QPushButton* review = box.addButton(tr("&Review and apply…"), QMessageBox::AcceptRole);
    review->setObjectName(QStringLiteral("pendingReviewButton"));
    QPushButton* discard = box.addButton(tr("&Discard them"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("pendingDiscardButton"));
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("pendingCancelButton"));
    box.setDefaultButton(review);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == discard) {
        discardEdits();
        return true;
    }
    if (box.clickedButton() == review) {
        emit reviewRequested();
        startReview();
    }
    return false;
}

void StoresPage::updateMode()
{
    QString why;
    if (!m_api)
        why = tr("Read-only: not connected to a hub. Sync types are changed on the hub; connect to it to edit them.");
    else if (!m_editable)
        why = tr("Read-only: only administrators can change sync types. You can look at them and at the audit log.");
    else if (!m_fromHub)
        why = tr("Read-only: this is a local copy of the network. Reload it from the hub to edit sync types.");
    const bool editable = why.isEmpty();
    m_banner->setText(editable ? tr("Double-click a cell, or select it and press F2, to change a store's sync type "
                                    "on that site. Nothing changes on the hub until you review and apply.")
                               : why);
    m_banner->setForegroundRole(editable ? QPalette::WindowText : QPalette::WindowText);
    m_model->setEditable(editable);
    m_matrix->setColumnHidden(0, true);
    for (QWidget* w : std::initializer_list<QWidget*>{m_undo, m_redo, m_discard, m_review, m_pending})
        w->setVisible(editable);
    m_reload->setVisible(m_api != nullptr);
    updatePending();
}

void StoresPage::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     problem ? StoresIcons::violationColor() : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
}

void StoresPage::revalidate()
{
    m_violations = TopologyValidator::validate(m_model->topology());
    m_model->setViolations(m_violations);
    m_violationList->clear();
    for (const Violation& v : m_violations) {
        auto* item = new QListWidgetItem(StoresIcons::warning(), tr("%1 — %2").arg(v.rule, v.message), m_violationList);
        item->setData(Qt::UserRole, v.subject);
        item->setToolTip(v.message);
    }
    m_violationTitle->setText(
        m_violations.isEmpty()
            ? tr("No rule is broken.")
            : tr("<b>%n rule(s) broken</b> — click one to go to its cell:", nullptr, int(m_violations.size())));
    m_violationList->setVisible(!m_violations.isEmpty());
    updatePending();
}

void StoresPage::updatePending()
{
    const int cells = m_model->pendingCellCount();
    m_pending->setText(cells == 0 ? tr("No pending edits")
                                  : tr("%n pending change(s)", nullptr, cells) +
                                        tr(" in %n store(s)", nullptr, m_model->pendingStoreCount()));
    m_pending->setBackgroundRole(cells == 0 ? QPalette::Window : QPalette::Highlight);
    m_pending->setForegroundRole(cells == 0 ? QPalette::WindowText : QPalette::HighlightedText);
    const bool editable = m_model->isEditable();
    m_discard->setEnabled(editable && cells > 0);
    m_review->setEnabled(editable && cells > 0);
    m_review->setToolTip(m_violations.isEmpty() ? QString()
                                                : tr("Some rules are broken: the review shows them and will not "
                                                     "apply until they are fixed."));
}

void StoresPage::jumpTo(QListWidgetItem* item)
{
    const QString subject = item->data(Qt::UserRole).toString();
    int row = m_model->row(subject);
    int column = -1;
    if (row >= 0) {
        // The first cell of the store's row that the violation names, or the first site column.
        for (int c = 1; c < m_model->columnCount() && column < 0; ++c) {
            if (!m_model->index(row, c).data(StoreMatrixModel::ViolationsRole).toStringList().isEmpty())
                column = c;
        }
        if (column < 0)
            column = 1;
    } else if (m_model->column(subject) >= 0) {
        column = m_model->column(subject) + 1;
        row = 0;
    }
    if (row < 0 || row >= m_model->rowCount() || column < 0)
        return;
    QModelIndex target = m_matrixProxy->mapFromSource(m_model->index(row, column));
    if (!target.isValid()) {
        m_filter->clear(); // the store was filtered out
        target = m_matrixProxy->mapFromSource(m_model->index(row, column));
    }
    m_tabs->setCurrentIndex(0);
    m_matrix->setCurrentIndex(target);
    m_matrix->scrollTo(target, QAbstractItemView::PositionAtCenter);
    m_matrix->setFocus();
}

void StoresPage::syncListToMatrix()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex source = m_listProxy->mapToSource(current);
    const int column = qMax(1, m_matrix->currentIndex().column());
    const QModelIndex target = m_matrixProxy->mapFromSource(m_model->index(source.row(), column));
    if (target.isValid() && target.row() != m_matrix->currentIndex().row())
        m_matrix->setCurrentIndex(target);
}

void StoresPage::syncMatrixToList()
{
    const QModelIndex current = m_matrix->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex source = m_matrixProxy->mapToSource(current);
    const QModelIndex target = m_listProxy->mapFromSource(m_listModel->index(source.row(), 0));
    if (target.isValid() && target.row() != m_list->currentIndex().row())
        m_list->setCurrentIndex(target);
}

void StoresPage::discardEdits()
{
    m_undoStack->clear();
    m_model->setTopology(m_model->baseTopology());
    m_matrix->setColumnHidden(0, true);
    revalidate();
    showMessage(QString(), false);
}

void StoresPage::startReview()
{
    if (!hasPendingEdits() || !m_model->isEditable())
        return;
    if (!m_reviewDialog) {
        m_reviewDialog = new ReviewDialog(this);
        connect(m_reviewDialog, &ReviewDialog::applyRequested, this, &StoresPage::apply);
        connect(m_reviewDialog, &ReviewDialog::rebaseRequested, this, [this] {
            const QStringList lost = rebaseOnto(m_latest);
            showMessage(lost.isEmpty()
                            ? tr("Your edits were re-applied on revision %1. Review and apply them.").arg(m_revision)
                            : tr("Your edits were re-applied on revision %1, except: %2")
                                  .arg(m_revision)
                                  .arg(lost.join(QStringLiteral("; "))),
                        !lost.isEmpty());
            if (hasPendingEdits())
                startReview();
            else
                m_reviewDialog->reject();
        });
        connect(m_reviewDialog, &ReviewDialog::discardRequested, this, [this] {
            setRevisedTopology(m_latest);
            showMessage(tr("Your edits were discarded; this is the latest network (revision %1).").arg(m_revision),
                        false);
            m_reviewDialog->reject();
        });
    }
    const Topology& base = m_model->baseTopology();
    const Topology& edited = m_model->topology();
    const TopologyChanges changes = TopologyChanges::between(base, edited);
    QStringList lines = changes.describe();
    const int shown = 12;
    if (lines.size() > shown) {
        const int more = int(lines.size()) - shown;
        lines = lines.mid(0, shown);
        lines.append(tr("… and %n more", nullptr, more));
    }
    QStringList escaped;
    for (const QString& line : std::as_const(lines))
        escaped.append(line.toHtmlEscaped());
    const QString summary =
        tr("<b>%n change(s)</b> to the network as loaded (revision %1):", nullptr, int(changes.cells().size()))
            .arg(m_revision) +
        QStringLiteral("<br>") + escaped.join(QStringLiteral("<br>"));
    m_reviewDialog->setPlan(summary, VisibilityPlanner::plan(base, edited), m_violations);
    const int generation = ++m_generation;
    m_api->previewTopology(edited, m_reviewDialog, [this, generation](Result<TopologyPreview> preview) {
        if (generation != m_generation || !m_reviewDialog)
            return;
        if (!preview)
            return m_reviewDialog->setPreviewError(preview.error().message);
        m_reviewDialog->setPreview(*preview);
    });
    m_reviewDialog->open();
}

void StoresPage::apply()
{
    if (!m_api || !m_reviewDialog)
        return;
    m_reviewDialog->setApplying();
    const Topology attempted = m_model->topology();
    const int generation = ++m_generation;
    m_api->replaceTopology(m_revision, attempted, this, [this, attempted, generation](Result<qint64> revision) {
        if (generation != m_generation)
            return;
        if (!revision)
            return applyFailed(revision.error(), attempted);
        const RevisedTopology applied{*revision, attempted};
        setRevisedTopology(applied);
        showMessage(tr("Applied: the network is now at revision %1.").arg(*revision), false);
        if (m_reviewDialog)
            m_reviewDialog->accept();
        m_audit->refresh();
        emit topologyApplied(applied);
    });
}

void StoresPage::applyFailed(const Error& error, const Topology& attempted)
{
    Q_UNUSED(attempted)
    if (error.code == QLatin1String("stale_revision")) {
        const QString message = error.message;
        const int generation = ++m_generation;
        m_api->fetchTopology(this, [this, message, generation](Result<RevisedTopology> latest) {
            if (generation != m_generation)
                return;
            if (!latest) {
                if (m_reviewDialog)
                    m_reviewDialog->setApplyError(
                        tr("someone else changed the network, and loading the latest failed: %1")
                            .arg(latest.error().message));
                return;
            }
            showConflict(*latest, message);
        });
        return;
    }
    if (m_reviewDialog)
        m_reviewDialog->setApplyError(error.message, error.code == QLatin1String("topology_invalid")
                                                         ? violationsFromDetails(error.details)
                                                         : QVector<Violation>());
}

void StoresPage::showConflict(const RevisedTopology& latest, const QString& message)
{
    m_latest = latest;
    const Topology& base = m_model->baseTopology();
    const TopologyChanges theirs = TopologyChanges::between(base, latest.topology);
    const TopologyChanges yours = TopologyChanges::between(base, m_model->topology());
    QStringList overlaps;
    for (const TopologyChanges::Cell& c : yours.cells()) {
        if (theirs.touches(c.store, c.site))
            overlaps.append(tr("%1 on %2").arg(c.store, c.site));
    }
    showMessage(tr("Someone else changed the network (now revision %1). Your edits are kept, based on revision %2.")
                    .arg(latest.revision)
                    .arg(m_revision),
                true);
    if (m_reviewDialog)
        m_reviewDialog->showConflict(message, theirs.describe(), yours.describe(), overlaps);
}

QStringList StoresPage::rebaseOnto(const RevisedTopology& latest)
{
    struct CellEdit
    {
        QString store;
        QString site;
        SyncType type;
    };
    QVector<CellEdit> edits;
    for (int i = 0; i < m_undoStack->index(); ++i) {
        if (const auto* cmd = dynamic_cast<const SetSyncTypeCommand*>(m_undoStack->command(i)))
            edits.append({cmd->storeCode(), cmd->site(), cmd->type()});
    }
    m_undoStack->clear();
    m_revision = latest.revision;
    m_fromHub = true;
    m_model->setTopology(latest.topology);
    m_matrix->setColumnHidden(0, true);
    updateMode();
    QStringList lost;
    for (const CellEdit& e : edits) {
        const int row = m_model->row(e.store);
        const int column = m_model->column(e.site);
        if (row < 0 || column < 0) {
            lost.append(tr("%1 on %2").arg(e.store, e.site));
            continue;
        }
        m_model->setData(m_model->index(row, column + 1), int(e.type)); // unchanged cells push nothing
    }
    revalidate();
    return lost;
}

} // namespace syncsites::ui
