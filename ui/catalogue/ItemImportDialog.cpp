#include "ItemImportDialog.h"

#include "ItemImportReportModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace syncsites::ui {

ItemImportDialog::ItemImportDialog(HubItemsClient& items, const QString& csv, const QString& fileName, QWidget* parent)
    : QDialog(parent), m_items(items), m_csv(csv), m_model(new ItemImportReportModel(this)),
      m_summary(new QLabel(this)), m_table(new QTableView(this)), m_message(new QLabel(this)),
      m_apply(new QPushButton(tr("&Apply import"), this)), m_close(new QPushButton(tr("&Close"), this))
{
    setObjectName(QStringLiteral("itemImportDialog"));
    setWindowTitle(tr("Import items from %1").arg(fileName));
    setModal(true);

    auto* file = new QLabel(tr("File: %1").arg(fileName), this);
    file->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("importReport"));
    m_table->setAccessibleName(tr("What each line of the file does"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ItemImportReportModel::ReasonColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(ItemImportReportModel::LineColumn, 60);
    m_table->setColumnWidth(ItemImportReportModel::CodeColumn, 120);
    m_table->setColumnWidth(ItemImportReportModel::OutcomeColumn, 100);

    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #c62828; font-weight: bold; }"));
    m_message->hide();

    m_apply->setObjectName(QStringLiteral("applyImportButton"));
    m_apply->setEnabled(false);
    m_apply->setToolTip(tr("Import the lines that were not refused"));
    m_close->setObjectName(QStringLiteral("closeImportButton"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_apply, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_apply, &QPushButton::clicked, this, &ItemImportDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &ItemImportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(file);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 480);
    m_table->setFocus();
    check();
}

void ItemImportDialog::check()
{
    send(true);
}

void ItemImportDialog::apply()
{
    if (m_checked && !m_done)
        send(false);
}

void ItemImportDialog::send(bool dryRun)
{
    setBusy(true);
    m_message->hide();
    m_summary->setText(dryRun ? tr("Checking the file with the hub (nothing is changed yet)…")
                              : tr("Importing the items…"));
    m_items.import(m_csv, dryRun, this, [this, dryRun](Result<ItemImportReport> report) {
        setBusy(false);
        if (!report) {
            showError(dryRun ? tr("The file could not be checked: %1").arg(report.error().message)
                             : tr("Nothing was imported: %1").arg(report.error().message));
            return;
        }
        if (dryRun)
            m_checked = true;
        else
            m_done = report->applied;
        showReport(*report);
        if (!dryRun && report->applied)
            emit applied();
    });
}

void ItemImportDialog::showReport(const ItemImportReport& report)
{
    m_model->setReport(report);
    m_table->resizeRowsToContents();
    QString text;
    if (!report.applied)
        text = tr("Checked, nothing changed yet. Applying would create %1, update %2, leave %3 unchanged; %4 "
                  "refused.")
                   .arg(report.created)
                   .arg(report.updated)
                   .arg(report.unchanged)
                   .arg(report.refused);
    else
        text = tr("Imported: %1 created, %2 updated, %3 unchanged, %4 refused.")
                   .arg(report.created)
                   .arg(report.updated)
                   .arg(report.unchanged)
                   .arg(report.refused);
    if (report.refused > 0)
        text += QLatin1Char(' ') + (report.applied ? tr("Correct the refused lines in the file and import it again.")
                                                   : tr("Refused lines are left out when you apply."));
    m_summary->setText(text);
    const bool worthApplying = !report.applied && report.created + report.updated > 0;
    m_apply->setEnabled(worthApplying && !m_busy);
    m_apply->setVisible(!report.applied);
    if (!worthApplying)
        m_close->setFocus();
}

void ItemImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_apply->setEnabled(!busy && m_checked && !m_done && m_model->report().created + m_model->report().updated > 0);
    m_close->setEnabled(!busy);
}

void ItemImportDialog::showError(const QString& text)
{
    m_summary->clear();
    m_message->setText(text);
    m_message->show();
}

void ItemImportDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

} // namespace syncsites::ui
