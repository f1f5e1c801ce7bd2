#include "TopologyFileTab.h"

#include "AdminErrorText.h"
#include "HubApiClient.h"
#include "MessageLine.h"
#include "ReviewDialog.h"
#include "SyncTypeStyle.h"
#include "TopologyJson.h"
#include "TopologyValidator.h"
#include "VisibilityPlanner.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace syncsites::ui {

namespace {

constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

QString fileFilter()
{
    return TopologyFileTab::tr("Topology files (*.json);;All files (*)");
}

// One consequence of the import, in words.
QString describe(const VisibilityAction& a)
{
    switch (a.kind) {
    case VisibilityAction::Kind::Backfill:
        return TopologyFileTab::tr("%1 gets the data of store %2 (%3).")
            .arg(a.site, a.store, SyncTypeStyle::label(a.after));
    case VisibilityAction::Kind::Purge:
        return TopologyFileTab::tr("%1 drops the data of store %2 (it was %3 there).")
            .arg(a.site, a.store, SyncTypeStyle::label(a.before));
    case VisibilityAction::Kind::HandOver:
        return TopologyFileTab::tr("Store %1 moves home from %2 to %3; changes %2 has not sent yet are refused.")
            .arg(a.store, a.fromSite, a.site);
    }
    return {};
}

} // namespace

TopologyFileTab::TopologyFileTab(HubApiClient& api, QWidget* parent)
    : QWidget(parent), m_api(api), m_summary(new QLabel(this)),
      m_export(new QPushButton(tr("&Export to a file…"), this)), m_import(new QPushButton(tr("&Import a file…"), this)),
      m_report(new QListWidget(this)), m_message(new MessageLine(this))
{
    auto* intro = new QLabel(tr("The whole network as one file (sites, their links, stores and where each store is "
                                "Active, Collector or Transfer). Export it to keep a copy or edit it; importing a "
                                "file checks it first and shows what it would change before anything is applied."),
                             this);
    intro->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("topologyFileMessage"));
    m_report->setObjectName(QStringLiteral("topologyFileReport"));
    m_report->setAccessibleName(tr("Import report"));
    m_report->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("exportTopology"));
    m_import->setObjectName(QStringLiteral("importTopology"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_import);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_message);
    layout->addStretch();
    m_report->hide(); // until a file is imported

    connect(m_export, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Export the network"), QStringLiteral("topology.json"), fileFilter());
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("json"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, &TopologyFileTab::exportTo);
        dialog->open();
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Import a network"), QString(), fileFilter());
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, &TopologyFileTab::importFrom);
        dialog->open();
    });
}

void TopologyFileTab::reload()
{
    setBusy(true);
    m_api.fetchTopology(this, [this](Result<RevisedTopology> topology) {
        setBusy(false);
        if (!topology) {
            m_summary->setText(QString());
            return showMessage(tr("The network could not be read: %1").arg(topology.error().message), true);
        }
        m_latest = *topology;
        m_loaded = true;
        m_summary->setText(tr("The hub's network: %n site(s), ", nullptr, int(m_latest.topology.sites().size())) +
                           tr("%n store(s) ", nullptr, int(m_latest.topology.stores().size())) +
                           tr("(revision %1).").arg(m_latest.revision));
    });
}

void TopologyFileTab::exportTo(const QString& path)
{
    setBusy(true);
    showMessage(tr("Reading the network…"), false);
    m_api.fetchTopology(this, [this, path](Result<RevisedTopology> topology) {
        setBusy(false);
        if (!topology)
            return showMessage(tr("Not exported: %1").arg(topology.error().message), true);
        m_latest = *topology;
        m_loaded = true;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(TopologyJson::serialize(topology->topology)) < 0 ||
            !file.commit())
            return showMessage(tr("Not exported: %1 could not be written (%2). Choose another folder.")
                                   .arg(QFileInfo(path).fileName(), file.errorString()),
                               true);
        showMessage(tr("Exported the network (revision %1) to %2.").arg(topology->revision).arg(path), false);
    });
}

void TopologyFileTab::importFrom(const QString& path)
{
    m_report->clear();
    m_report->show();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return showMessage(tr("%1 could not be read: %2").arg(QFileInfo(path).fileName(), file.errorString()), true);
    if (file.size() > kMaxFileBytes)
        return showMessage(tr("%1 is larger than 16 MB: it is not a topology file.").arg(QFileInfo(path).fileName()),
                           true);
    const Result<Topology> parsed = TopologyJson::parse(file.readAll());
    if (!parsed)
        return showMessage(tr("%1 is not a topology file: %2 Nothing was changed.")
                               .arg(QFileInfo(path).fileName(), parsed.error().message),
                           true);
    const QVector<Violation> violations = TopologyValidator::validate(*parsed);
    if (!violations.isEmpty()) {
        for (const Violation& v : violations)
            m_report->addItem(tr("%1 · %2: %3").arg(v.rule, v.subject, v.message));
        return showMessage(tr("The file breaks %n rule(s) of the network, listed above. Fix them and import it again; "
                              "nothing was changed.",
                              nullptr, int(violations.size())),
                           true);
    }
    // Against the network as it is now: its revision is what the import replaces.
    setBusy(true);
    showMessage(tr("Reading the network…"), false);
    m_api.fetchTopology(this, [this, imported = *parsed, path](Result<RevisedTopology> topology) {
        setBusy(false);
        if (!topology)
            return showMessage(tr("The network could not be read: %1").arg(topology.error().message), true);
        m_latest = *topology;
        m_loaded = true;
        reviewImport(imported, path);
    });
}

void TopologyFileTab::reviewImport(const Topology& imported, const QString& path)
{
    const QVector<VisibilityAction> plan = VisibilityPlanner::plan(m_latest.topology, imported);
    for (const VisibilityAction& action : plan)
        m_report->addItem(describe(action));
    if (m_review)
        m_review->deleteLater();
    m_review = new ReviewDialog(this);
    m_review->setAttribute(Qt::WA_DeleteOnClose);
    m_review->setPlan(tr("<b>Replace the network</b> with %1: %2 sites and %3 stores (now %4 and %5).")
                          .arg(QFileInfo(path).fileName().toHtmlEscaped())
                          .arg(imported.sites().size())
                          .arg(imported.stores().size())
                          .arg(m_latest.topology.sites().size())
                          .arg(m_latest.topology.stores().size()),
                      plan, {});
    connect(m_review, &ReviewDialog::applyRequested, this, [this, imported] { apply(imported); });
    const int generation = ++m_generation;
    m_api.previewTopology(imported, m_review, [this, generation](Result<TopologyPreview> preview) {
        if (generation != m_generation || !m_review)
            return;
        if (!preview)
            return m_review->setPreviewError(preview.error().message);
        m_review->setPreview(*preview);
    });
    showMessage(plan.isEmpty() ? tr("The file changes no store's visibility; review it and apply.")
                               : tr("The file changes what %n store/site pair(s) hold, listed above; review and apply.",
                                    nullptr, int(plan.size())),
                false);
    m_review->open();
}

void TopologyFileTab::apply(const Topology& imported)
{
    if (m_review)
        m_review->setApplying();
    setBusy(true);
    ++m_generation;
    m_api.replaceTopology(m_latest.revision, imported, this, [this](Result<qint64> revision) {
        setBusy(false);
        if (!revision) {
            if (AdminErrorText::isStale(revision.error())) {
                if (m_review)
                    m_review->reject();
                showMessage(tr("Someone changed the network while you reviewed the file; nothing was applied. "
                               "Import the file again to review it against the network as it is now."),
                            true);
                return reload();
            }
            if (m_review)
                m_review->setApplyError(revision.error().message, AdminErrorText::violations(revision.error()));
            return showMessage(AdminErrorText::describe(tr("The network was not replaced"), revision.error()), true);
        }
        if (m_review)
            m_review->accept();
        showMessage(
            tr("The network was replaced (revision %1). Sites get the changes at their next sync.").arg(*revision),
            false);
        emit networkChanged();
        reload();
    });
}

QString TopologyFileTab::message() const
{
    return m_message->text();
}

QStringList TopologyFileTab::report() const
{
    QStringList lines;
    for (int i = 0; i < m_report->count(); ++i)
        lines.append(m_report->item(i)->text());
    return lines;
}

void TopologyFileTab::showMessage(const QString& text, bool error)
{
    m_message->showMessage(text, error);
}

void TopologyFileTab::setBusy(bool busy)
{
    m_export->setEnabled(!busy);
    m_import->setEnabled(!busy);
}

} // namespace syncsites::ui
