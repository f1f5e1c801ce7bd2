#include "DataPageActions.h"

#include "AssetDialog.h"
#include "LocalSite.h"
#include "RequisitionDialog.h"
#include "RespondDialog.h"
#include "TableSchema.h"
#include "TemperatureLogDialog.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>

namespace syncsites::ui {

namespace {

const QLatin1String kAsset("asset");

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

} // namespace

DataPageActions::DataPageActions(QWidget* parent)
    : QWidget(parent), m_request(new QPushButton(tr("Re&quest stock\u2026"), this)),
      m_answer(new QPushButton(tr("Ans&wer requisition\u2026"), this)),
      m_addAsset(new QPushButton(tr("Add ass&et\u2026"), this)),
      m_addLog(new QPushButton(tr("Add temperature &log\u2026"), this)),
      m_delete(new QPushButton(tr("&Delete\u2026"), this))
{
    setObjectName(QStringLiteral("dataPageActions"));
    m_request->setObjectName(QStringLiteral("requestStock"));
    m_request->setAccessibleName(tr("Request stock"));
    m_answer->setObjectName(QStringLiteral("answerRequisition"));
    m_answer->setAccessibleName(tr("Answer requisition"));
    m_addAsset->setObjectName(QStringLiteral("addAsset"));
    m_addAsset->setAccessibleName(tr("Add asset"));
    m_addLog->setObjectName(QStringLiteral("addTemperatureLog"));
    m_addLog->setAccessibleName(tr("Add temperature log"));
    m_delete->setObjectName(QStringLiteral("deleteRecord"));
    m_delete->setAccessibleName(tr("Delete the selected record"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    layout->addWidget(m_request);
    layout->addWidget(m_answer);
    layout->addWidget(m_addAsset);
    layout->addWidget(m_addLog);
    layout->addWidget(m_delete);

    connect(m_request, &QPushButton::clicked, this, &DataPageActions::requestStock);
    connect(m_answer, &QPushButton::clicked, this, &DataPageActions::answerRequisition);
    connect(m_addAsset, &QPushButton::clicked, this, &DataPageActions::addAsset);
    connect(m_addLog, &QPushButton::clicked, this, &DataPageActions::addTemperatureLog);
    connect(m_delete, &QPushButton::clicked, this, &DataPageActions::deleteSelected);
    updateButtons();
}

void DataPageActions::setSite(syncsites::LocalSite* site)
{
    m_site = site;
    m_waiting = 0;
    updateButtons();
}

void DataPageActions::setContext(const Context& context)
{
    const bool otherStore =
        (context.store ? context.store->code : QString()) != (m_context.store ? m_context.store->code : QString());
    m_context = context;
    if (otherStore)
        m_waiting = 0;
    updateButtons();
}

void DataPageActions::countWaiting()
{
    m_waiting = 0;
    updateButtons();
    if (m_site == nullptr || !m_context.store || m_context.store->type != SyncType::Active)
        return;
    const QString code = m_context.store->code;
    m_site->requisitionsToAnswer(code).then(this, [this, code](Result<QVector<RequisitionToAnswer>> waiting) {
        if (waiting && m_context.store && m_context.store->code == code) {
            m_waiting = int(waiting->size());
            updateButtons();
        }
    });
}

void DataPageActions::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    updateButtons();
    emit busyChanged(busy);
}

void DataPageActions::updateButtons()
{
    const bool writable = m_site != nullptr && m_context.store && m_context.writable;
    const bool can = writable && !m_busy;
    const TableSchema* schema = TableSchema::find(m_context.table);
    const bool storeTable = schema != nullptr && schema->hasStore();
    const bool selected = !m_context.selected.isEmpty();
    m_request->setEnabled(can);
    m_answer->setEnabled(can);
    m_addAsset->setVisible(m_context.stores.carriesOms);
    m_addLog->setVisible(m_context.stores.carriesOms);
    m_addAsset->setEnabled(can);
    m_addLog->setEnabled(can);
    m_delete->setEnabled(can && storeTable && selected);
    m_answer->setText(writable && m_waiting > 0 ? tr("Ans&wer requisition (%1)\u2026").arg(m_waiting)
                                                : tr("Ans&wer requisition\u2026"));

    const QString why = m_context.whyNotWritable;
    const bool readOnly = !why.isEmpty();
    m_request->setToolTip(readOnly ? why : tr("Ask another store visible here for stock."));
    m_answer->setToolTip(readOnly ? why : tr("Finalise the answer to a request that arrived for this store."));
    m_addAsset->setToolTip(readOnly ? why : tr("Record cold-chain equipment (a refrigerator, say) of this store."));
    m_addLog->setToolTip(readOnly ? why : tr("Record a temperature reading of one of this store's assets."));
    m_delete->setToolTip(readOnly      ? why
                         : !storeTable ? tr("Central data is changed only on the central server, by an "
                                            "administrator.")
                         : !selected   ? tr("Select the record to delete.")
                                       : tr("Delete the selected record; the delete is sent at the next sync."));
}

void DataPageActions::finish(const Result<QString>& message)
{
    setBusy(false);
    if (!message)
        return emit failed(message.error());
    emit succeeded(*message); // the page reloads its records and counts what waits again
}

void DataPageActions::requestStock()
{
    if (m_site == nullptr || !m_context.store)
        return;
    const QString from = m_context.store->code;
    setBusy(true);
    m_site->itemStock(from).then(this, [this, from](Result<QVector<ItemStock>> items) {
        setBusy(false);
        if (!items)
            return emit failed(items.error());
        auto* dialog = new RequisitionDialog(from, m_context.stores.partners, *items, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, from] {
            const QString to = dialog->supplierCode();
            const QString item = dialog->itemCode();
            const double packs = dialog->packs();
            setBusy(true);
            m_site->createRequisition(from, to, item, packs)
                .then(this, [this, from, to, item, packs](Result<QString> sent) {
                    if (!sent)
                        return finish(sent.error());
                    finish(tr("Requested %1 packs of %2 for %3 from %4 (requisition %5). It is sent at the next "
                              "sync; the request is finalised here once %4 has answered it.")
                               .arg(number(packs), item, from, to, *sent));
                });
        });
        dialog->open();
    });
}

void DataPageActions::answerRequisition()
{
    if (m_site == nullptr || !m_context.store)
        return;
    const QString storeCode = m_context.store->code;
    setBusy(true);
    m_site->requisitionsToAnswer(storeCode).then(this, [this, storeCode](Result<QVector<RequisitionToAnswer>> waiting) {
        setBusy(false);
        if (!waiting)
            return emit failed(waiting.error());
        m_waiting = int(waiting->size());
        updateButtons();
        auto* dialog = new RespondDialog(storeCode, *waiting, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, storeCode] {
            const QString id = dialog->requisitionId();
            if (id.isEmpty())
                return;
            setBusy(true);
            m_site->respond(id).then(this, [this, storeCode](Result<QString> answered) {
                if (!answered)
                    return finish(answered.error());
                finish(tr("Finalised response %1 from %2: it supplies what was requested. The requesting site "
                          "sees its request finalised after both sites have synced.")
                           .arg(*answered, storeCode));
            });
        });
        dialog->open();
    });
}

void DataPageActions::addAsset()
{
    if (m_site == nullptr || !m_context.store)
        return;
    const QString storeCode = m_context.store->code;
    auto* dialog = new AssetDialog(storeCode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, storeCode] {
        const QJsonObject asset = dialog->record();
        const QString code = asset.value(QLatin1String("code")).toString();
        const QString type = asset.value(QLatin1String("asset_type")).toString();
        setBusy(true);
        m_site->putRecord(storeCode, QString(kAsset), asset)
            .then(this, [this, storeCode, code, type](Result<PutOutcome> added) {
                if (!added)
                    return finish(added.error());
                finish(tr("Added asset %1 (%2) to %3. It is sent at the next sync.").arg(code, type, storeCode));
            });
    });
    dialog->open();
}

void DataPageActions::addTemperatureLog()
{
    if (m_site == nullptr || !m_context.store)
        return;
    const QString storeCode = m_context.store->code;
    const QString selectedAsset =
        m_context.table == kAsset ? m_context.selected.value(QLatin1String("id")).toString() : QString();
    setBusy(true);
    m_site->listRecords(QString(kAsset), storeCode)
        .then(this, [this, storeCode, selectedAsset](Result<QVector<QJsonObject>> assets) {
            setBusy(false);
            if (!assets)
                return emit failed(assets.error());
            auto* dialog = new TemperatureLogDialog(storeCode, *assets, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            if (!selectedAsset.isEmpty())
                dialog->selectAsset(selectedAsset);
            connect(dialog, &QDialog::accepted, this, [this, dialog, storeCode] {
                const QJsonObject reading = dialog->record();
                const QString asset = dialog->assetCode();
                const double celsius = reading.value(QLatin1String("temperature_c")).toDouble();
                setBusy(true);
                m_site->putRecord(storeCode, QStringLiteral("temperature_log"), reading)
                    .then(this, [this, asset, celsius](Result<PutOutcome> recorded) {
                        if (!recorded)
                            return finish(recorded.error());
                        finish(tr("Recorded %1 °C for asset %2. It is sent at the next sync.")
                                   .arg(number(celsius), asset));
                    });
            });
            dialog->open();
        });
}

void DataPageActions::deleteSelected()
{
    if (m_site == nullptr || !m_context.store || m_context.selected.isEmpty())
        return;
    const QString storeCode = m_context.store->code;
    const QString table = m_context.table;
    const QString id = m_context.selected.value(QLatin1String("id")).toString();
    const QString label = m_context.selectedLabel.isEmpty() ? id : m_context.selectedLabel;
    auto* confirm = new QMessageBox(QMessageBox::Question, tr("Delete a record"),
                                    tr("Delete %1 from %2?").arg(label, storeCode), QMessageBox::NoButton, this);
    confirm->setObjectName(QStringLiteral("confirmDelete"));
    confirm->setInformativeText(tr("What belongs to it (a document's lines, an asset's temperature logs) goes with "
                                   "it. The delete is sent at the next sync and cannot be undone."));
    QPushButton* yes = confirm->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDeleteButton"));
    confirm->setDefaultButton(confirm->addButton(QMessageBox::Cancel));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        confirm, &QMessageBox::buttonClicked, this, [this, yes, storeCode, table, id, label](QAbstractButton* clicked) {
            if (clicked != yes)
                return;
            setBusy(true);
            m_site->deleteRecord(storeCode, table, id)
                .then(this, [this, storeCode, label](Result<DeleteOutcome> deleted) {
                    if (!deleted)
                        return finish(deleted.error());
                    finish(
                        deleted->dependents > 0
                            ? tr("Deleted %1 from %2, with the %n record(s) that belonged to it. The delete is sent at "
                                 "the next sync.",
                                 nullptr, deleted->dependents)
                                  .arg(label, storeCode)
                            : tr("Deleted %1 from %2. The delete is sent at the next sync.").arg(label, storeCode));
                });
        });
    confirm->open();
}

} // namespace syncsites::ui
