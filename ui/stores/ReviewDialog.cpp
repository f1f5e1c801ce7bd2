#include "ReviewDialog.h"

#include "StoresIcons.h"
#include "SyncTypeStyle.h"

#include "ui_ReviewDialog.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

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

ReviewDialog::ReviewDialog(QWidget* parent) : QDialog(parent), m_ui(std::make_unique<Ui::ReviewDialog>())
{
    m_ui->setupUi(this);
    m_ui->reviewActions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->reviewViolations->hide();
    m_ui->reviewConflict->hide();

    // The dialog's own buttons, in the button box (a form cannot place them there): last in the tab order.
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setAccessibleName(tr("Apply the changes to the network"));
    m_apply->setDefault(true);
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeReviewButton"));
    m_ui->buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    m_ui->buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_apply, &QPushButton::clicked, this, &ReviewDialog::applyRequested);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->rebaseButton, &QPushButton::clicked, this, &ReviewDialog::rebaseRequested);
    connect(m_ui->discardConflictButton, &QPushButton::clicked, this, &ReviewDialog::discardRequested);
}

ReviewDialog::~ReviewDialog() = default;

QString ReviewDialog::actionKey(const VisibilityAction& a)
{
    return QStringLiteral("%1|%2|%3").arg(int(a.kind)).arg(a.store, a.site);
}

QTreeWidgetItem* ReviewDialog::group(VisibilityAction::Kind kind)
{
    const int key = int(kind);
    for (int i = 0; i < m_ui->reviewActions->topLevelItemCount(); ++i) {
        if (m_ui->reviewActions->topLevelItem(i)->data(0, Qt::UserRole).toInt() == key)
            return m_ui->reviewActions->topLevelItem(i);
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
    auto* item = new QTreeWidgetItem(m_ui->reviewActions, {title});
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
    m_ui->reviewSummary->setText(summary);
    m_ui->reviewActions->clear();
    m_ui->reviewViolations->clear();
    m_ui->reviewConflict->hide();
    m_ui->reviewActions->show();
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
    m_ui->reviewTotal->setText(actions.isEmpty() ? tr("No site gains or loses data.") : QString());
    m_localValid = violations.isEmpty();
    addViolations(violations, tr("Checked here"));
    m_ui->reviewStatus->setText(tr("Asking the hub for its check and estimates…"));
    updateApply();
}

void ReviewDialog::addViolations(const QVector<Violation>& violations, const QString& source)
{
    for (const Violation& v : violations) {
        // The same rule found here and by the hub is one line.
        bool known = false;
        for (int i = 0; i < m_ui->reviewViolations->count() && !known; ++i) {
            QListWidgetItem* existing = m_ui->reviewViolations->item(i);
            if (existing->data(Qt::UserRole + 1).toString() == QString(v.rule + v.subject + v.message)) {
                existing->setText(tr("%1 (checked here and by the hub): %2").arg(v.rule, v.message));
                known = true;
            }
        }
        if (known)
            continue;
        auto* item = new QListWidgetItem(StoresIcons::warning(), tr("%1 (%2): %3").arg(v.rule, source, v.message),
                                         m_ui->reviewViolations);
        item->setData(Qt::UserRole, v.subject);
        item->setData(Qt::UserRole + 1, QString(v.rule + v.subject + v.message));
    }
    m_ui->reviewViolations->setVisible(m_ui->reviewViolations->count() > 0);
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
    for (int g = 0; g < m_ui->reviewActions->topLevelItemCount(); ++g) {
        QTreeWidgetItem* parent = m_ui->reviewActions->topLevelItem(g);
        for (int i = 0; i < parent->childCount(); ++i) {
            if (parent->child(i)->text(RecordsColumn) == tr("…"))
                parent->child(i)->setText(RecordsColumn, QString());
        }
    }
    if (anyEstimate && total > 0)
        m_ui->reviewTotal->setText(
            tr("About %1 records will be sent to sites that receive a history.").arg(QLocale().toString(total)) +
            (preview.estimateNote.isEmpty() ? QString() : QLatin1Char(' ') + preview.estimateNote));
    if (!m_previewValid)
        m_ui->reviewStatus->setText(tr("The hub would refuse these changes: fix the rules listed, then review again."));
    else if (!m_localValid)
        m_ui->reviewStatus->setText(tr("Fix the rules listed before applying."));
    else
        m_ui->reviewStatus->setText(
            tr("Checked by the hub against revision %1. Apply when ready.").arg(preview.revision));
    updateApply();
}

void ReviewDialog::setPreviewError(const QString& message)
{
    m_previewValid = false;
    m_ui->reviewStatus->setText(tr("The hub could not check the changes: %1").arg(message));
    updateApply();
}

void ReviewDialog::setApplying()
{
    m_busy = true;
    m_ui->reviewStatus->setText(tr("Applying…"));
    updateApply();
}

void ReviewDialog::setApplyError(const QString& message, const QVector<Violation>& violations)
{
    m_busy = false;
    if (!violations.isEmpty()) {
        m_previewValid = false;
        addViolations(violations, tr("the hub"));
    }
    m_ui->reviewStatus->setText(tr("Not applied: %1").arg(message));
    updateApply();
}

void ReviewDialog::showConflict(const QString& message, const QStringList& theirChanges, const QStringList& yourEdits,
                                const QStringList& overlaps)
{
    m_busy = false;
    m_inConflict = true;
    m_ui->reviewActions->hide();
    m_ui->reviewTotal->clear();
    m_ui->reviewViolations->hide();
    QString text =
        tr("<b>Someone else changed the network while you were editing.</b> %1").arg(message.toHtmlEscaped());
    if (!overlaps.isEmpty())
        text += tr("<br>Both of you changed: %1. Re-applying keeps your choice there.")
                    .arg(overlaps.join(QStringLiteral(", ")).toHtmlEscaped());
    m_ui->conflictMessage->setText(text);
    m_ui->conflictTheirChanges->clear();
    m_ui->conflictTheirChanges->addItems(theirChanges.isEmpty() ? QStringList{tr("(no change to stores or sites)")}
                                                                : theirChanges);
    m_ui->conflictYourEdits->clear();
    m_ui->conflictYourEdits->addItems(yourEdits);
    m_ui->reviewConflict->show();
    m_ui->reviewStatus->setText(
        tr("Re-apply your edits on the latest network (then review and apply again), or discard them."));
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
