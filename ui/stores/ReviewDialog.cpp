#include "ReviewDialog.h"

#include "StoresIcons.h"
#include "SyncTypeStyle.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace syncsites::ui {

namespace {

enum ActionColumn
{
    StoreColumn,
    SiteColumn,
    ChangeColumn,
    RecordsColumn,
};

QString typeText(SyncType type)
{
    return type == SyncType::None ? QCoreApplication::translate("ReviewDialog", "not visible")
                                  : SyncTypeStyle::label(type);
}

} // namespace

ReviewDialog::ReviewDialog(QWidget* parent)
    : QDialog(parent), m_summary(new QLabel(this)), m_actions(new QTreeWidget(this)), m_total(new QLabel(this)),
      m_violations(new QListWidget(this)), m_status(new QLabel(this)), m_conflict(new QWidget(this)),
      m_conflictMessage(new QLabel(m_conflict)), m_theirs(new QListWidget(m_conflict)),
      m_yours(new QListWidget(m_conflict)), m_apply(new QPushButton(tr("Apply"), this)),
      m_rebase(new QPushButton(tr("Re-apply my edits on the latest"), m_conflict)),
      m_discard(new QPushButton(tr("Discard my edits"), m_conflict)), m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("Review and apply sync type changes"));
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);

    m_actions->setObjectName(QStringLiteral("reviewActions"));
    m_actions->setAccessibleName(tr("What the changes will do"));
    m_actions->setHeaderLabels({tr("Store"), tr("Site"), tr("Change"), tr("Records (about)")});
    m_actions->setRootIsDecorated(true);
    m_actions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_total->setObjectName(QStringLiteral("reviewTotal"));
    m_total->setWordWrap(true);

    m_violations->setObjectName(QStringLiteral("reviewViolations"));
    m_violations->setAccessibleName(tr("Rules the changes break"));
    m_violations->setWordWrap(true);
    m_violations->setMaximumHeight(110);
    m_violations->hide();
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setWordWrap(true);

    m_conflict->setObjectName(QStringLiteral("reviewConflict"));
    m_conflictMessage->setWordWrap(true);
    m_theirs->setObjectName(QStringLiteral("conflictTheirChanges"));
    m_theirs->setWordWrap(true);
    m_theirs->setAccessibleName(tr("Changes made by others since you loaded the network"));
    m_yours->setObjectName(QStringLiteral("conflictYourEdits"));
    m_yours->setWordWrap(true);
    m_yours->setAccessibleName(tr("Your pending edits"));
    m_rebase->setObjectName(QStringLiteral("rebaseButton"));
    m_rebase->setAccessibleName(tr("Re-apply my edits on the latest network"));
    m_discard->setObjectName(QStringLiteral("discardConflictButton"));
    m_discard->setAccessibleName(tr("Discard my edits and keep the latest network"));
    auto* lists = new QHBoxLayout;
    auto* theirsBox = new QVBoxLayout;
    theirsBox->addWidget(new QLabel(tr("<b>Their changes</b> (since you loaded)"), m_conflict));
    theirsBox->addWidget(m_theirs);
    auto* yoursBox = new QVBoxLayout;
    yoursBox->addWidget(new QLabel(tr("<b>Your edits</b>"), m_conflict));
    yoursBox->addWidget(m_yours);
    lists->addLayout(theirsBox);
    lists->addLayout(yoursBox);
    auto* conflictButtons = new QHBoxLayout;
    conflictButtons->addStretch();
    conflictButtons->addWidget(m_discard);
    conflictButtons->addWidget(m_rebase);
    auto* conflictLayout = new QVBoxLayout(m_conflict);
    conflictLayout->setContentsMargins(0, 0, 0, 0);
    conflictLayout->addWidget(m_conflictMessage);
    conflictLayout->addLayout(lists);
    conflictLayout->addLayout(conflictButtons);
    m_conflict->hide();

    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setAccessibleName(tr("Apply the changes to the network"));
    m_apply->setDefault(true);
    m_close->setObjectName(QStringLiteral("closeReviewButton"));
    auto* box = new QDialogButtonBox(this);
    box->addButton(m_apply, QDialogButtonBox::AcceptRole);
    box->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_apply, &QPushButton::clicked, this, &ReviewDialog::applyRequested);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_rebase, &QPushButton::clicked, this, &ReviewDialog::rebaseRequested);
    connect(m_discard, &QPushButton::clicked, this, &ReviewDialog::discardRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_actions, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_violations);
    layout->addWidget(m_conflict, 1);
    layout->addWidget(m_status);
    layout->addWidget(box);
    resize(760, 520);
}

QString ReviewDialog::actionKey(const VisibilityAction& a)
{
    return QStringLiteral("%1|%2|%3").arg(int(a.kind)).arg(a.store, a.site);
}

QTreeWidgetItem* ReviewDialog::group(VisibilityAction::Kind kind)
{
    const int key = int(kind);
    for (int i = 0; i < m_actions->topLevelItemCount(); ++i) {
        if (m_actions->topLevelItem(i)->data(0, Qt::UserRole).toInt() == key)
            return m_actions->topLevelItem(i);
    }
    QString title;
    switch (kind) {
    case VisibilityAction::Kind::Backfill:
        title = tr("Sites that will receive a store's whole history");
        break;
    case VisibilityAction::Kind::Purge:
        title = tr("Sites that will drop a store's data");
        break;
    case VisibilityAction::Kind::HandOver:
        title = tr("Stores that change home (the old home's unsent changes go to its quarantine)");
        break;
    }
    auto* item = new QTreeWidgetItem(m_actions, {title});
    item->setData(0, Qt::UserRole, key);
    item->setFirstColumnSpanned(true);
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setExpanded(true);
    return item;
}

void ReviewDialog::setPlan(const QString& summary, const QVector<VisibilityAction>& actions,
                           const QVector<Violation>& violations)
{
    m_summary->setText(summary);
    m_actions->clear();
    m_violations->clear();
    m_conflict->hide();
    m_actions->show();
    m_inConflict = false;
    m_busy = false;
    m_previewValid = false;
    for (const VisibilityAction& a : actions) {
        QString change;
        if (a.kind == VisibilityAction::Kind::HandOver)
            change = tr("home moves from %1").arg(a.fromSite);
        else
            change = tr("%1 → %2").arg(typeText(a.before), typeText(a.after));
        auto* item = new QTreeWidgetItem(group(a.kind), {a.store, a.site, change, tr("…")});
        item->setData(0, Qt::UserRole, actionKey(a));
        item->setTextAlignment(RecordsColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_total->setText(actions.isEmpty() ? tr("No site gains or loses data.") : QString());
    m_localValid = violations.isEmpty();
    addViolations(violations, tr("Checked here"));
    m_status->setText(tr("Asking the hub for its check and estimates…"));
    updateApply();
}

void ReviewDialog::addViolations(const QVector<Violation>& violations, const QString& source)
{
    for (const Violation& v : violations) {
        // The same rule found here and by the hub is one line.
        bool known = false;
        for (int i = 0; i < m_violations->count() && !known; ++i) {
            QListWidgetItem* existing = m_violations->item(i);
            if (existing->data(Qt::UserRole + 1).toString() == QString(v.rule + v.subject + v.message)) {
                existing->setText(tr("%1 (checked here and by the hub): %2").arg(v.rule, v.message));
                known = true;
            }
        }
        if (known)
            continue;
        auto* item =
            new QListWidgetItem(StoresIcons::warning(), tr("%1 (%2): %3").arg(v.rule, source, v.message), m_violations);
        item->setData(Qt::UserRole, v.subject);
        item->setData(Qt::UserRole + 1, QString(v.rule + v.subject + v.message));
    }
    m_violations->setVisible(m_violations->count() > 0);
}

void ReviewDialog::setPreview(const TopologyPreview& preview)
{
    m_previewValid = preview.valid && preview.violations.isEmpty();
    addViolations(preview.violations, tr("the hub"));
    qint64 total = 0;
    bool anyEstimate = false;
    for (const TopologyPreview::Action& hubAction : preview.actions) {
        const QString key = actionKey(hubAction.action);
        QTreeWidgetItem* item = nullptr;
        QTreeWidgetItem* parent = group(hubAction.action.kind);
        for (int i = 0; i < parent->childCount() && !item; ++i) {
            if (parent->child(i)->data(0, Qt::UserRole).toString() == key)
                item = parent->child(i);
        }
        if (!item) {
            // The hub plans something the local planner did not (it knows more, e.g. a store's records).
            const VisibilityAction& a = hubAction.action;
            item = new QTreeWidgetItem(parent,
                                       {a.store, a.site, tr("%1 → %2").arg(typeText(a.before), typeText(a.after))});
            item->setData(0, Qt::UserRole, key);
            item->setTextAlignment(RecordsColumn, Qt::AlignRight | Qt::AlignVCenter);
        }
        if (hubAction.recordsEstimate) {
            anyEstimate = true;
            if (hubAction.action.kind == VisibilityAction::Kind::Backfill)
                total += *hubAction.recordsEstimate;
            item->setText(RecordsColumn, QLocale().toString(*hubAction.recordsEstimate));
        } else {
            item->setText(RecordsColumn, tr("unknown"));
        }
    }
    // Local rows the hub did not confirm keep no estimate.
    for (int g = 0; g < m_actions->topLevelItemCount(); ++g) {
        QTreeWidgetItem* parent = m_actions->topLevelItem(g);
        for (int i = 0; i < parent->childCount(); ++i) {
            if (parent->child(i)->text(RecordsColumn) == tr("…"))
                parent->child(i)->setText(RecordsColumn, QString());
        }
    }
    if (anyEstimate && total > 0)
        m_total->setText(
            tr("About %1 records will be sent to sites that receive a history.").arg(QLocale().toString(total)) +
            (preview.estimateNote.isEmpty() ? QString() : QLatin1Char(' ') + preview.estimateNote));
    if (!m_previewValid)
        m_status->setText(tr("The hub would refuse these changes: fix the rules listed, then review again."));
    else if (!m_localValid)
        m_status->setText(tr("Fix the rules listed before applying."));
    else
        m_status->setText(tr("Checked by the hub against revision %1. Apply when ready.").arg(preview.revision));
    updateApply();
}

void ReviewDialog::setPreviewError(const QString& message)
{
    m_previewValid = false;
    m_status->setText(tr("The hub could not check the changes: %1").arg(message));
    updateApply();
}

void ReviewDialog::setApplying()
{
    m_busy = true;
    m_status->setText(tr("Applying…"));
    updateApply();
}

void ReviewDialog::setApplyError(const QString& message, const QVector<Violation>& violations)
{
    m_busy = false;
    if (!violations.isEmpty()) {
        m_previewValid = false;
        addViolations(violations, tr("the hub"));
    }
    m_status->setText(tr("Not applied: %1").arg(message));
    updateApply();
}

void ReviewDialog::showConflict(const QString& message, const QStringList& theirChanges, const QStringList& yourEdits,
                                const QStringList& overlaps)
{
    m_busy = false;
    m_inConflict = true;
    m_actions->hide();
    m_total->clear();
    m_violations->hide();
    QString text =
        tr("<b>Someone else changed the network while you were editing.</b> %1").arg(message.toHtmlEscaped());
    if (!overlaps.isEmpty())
        text += tr("<br>Both of you changed: %1. Re-applying keeps your choice there.")
                    .arg(overlaps.join(QStringLiteral(", ")).toHtmlEscaped());
    m_conflictMessage->setText(text);
    m_theirs->clear();
    m_theirs->addItems(theirChanges.isEmpty() ? QStringList{tr("(no change to stores or sites)")} : theirChanges);
    m_yours->clear();
    m_yours->addItems(yourEdits);
    m_conflict->show();
    m_status->setText(tr("Re-apply your edits on the latest network (then review and apply again), or discard them."));
    updateApply();
}

bool ReviewDialog::isApplyEnabled() const
{
    return m_apply->isEnabled();
}

void ReviewDialog::updateApply()
{
    m_apply->setEnabled(!m_busy && !m_inConflict && m_localValid && m_previewValid);
}

} // namespace syncsites::ui
