#include "ClientDataPage.h"

#include "AdjustStockDialog.h"
#include "AssetDialog.h"
#include "HubApiClient.h"
#include "JsonRecordsModel.h"
#include "ReceiveDialog.h"
#include "RecordWords.h"
#include "ReplicaViews.h"
#include "RequisitionDialog.h"
#include "RespondDialog.h"
#include "SyncType.h"
#include "SyncTypeStyle.h"
#include "TableSchema.h"
#include "TemperatureLogDialog.h"
#include "TransferDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace syncsites::ui {

namespace {

constexpr int kPageSize = 200;
const QLatin1String kStockLine("stock_line");

QString packsText(double packs)
{
    return QString::number(packs, 'g', 15);
}

// The answer of GET /api/v1/data/actions as the values the dialogs of the Data page take.
QVector<BrowsableStore> partnersOf(const QJsonObject& options)
{
    QVector<BrowsableStore> partners;
    for (const QJsonValue& v : options.value(QLatin1String("partners")).toArray()) {
        const QJsonObject p = v.toObject();
        partners.append({p.value(QLatin1String("code")).toString(), p.value(QLatin1String("name")).toString(),
                         p.value(QLatin1String("home")).toString(),
                         syncTypeFromId(p.value(QLatin1String("sync_type")).toString()).value_or(SyncType::None)});
    }
    return partners;
}

QVector<ItemStock> itemsOf(const QJsonObject& options)
{
    QVector<ItemStock> items;
    for (const QJsonValue& v : options.value(QLatin1String("items")).toArray()) {
        const QJsonObject i = v.toObject();
        items.append({i.value(QLatin1String("code")).toString(), i.value(QLatin1String("name")).toString(),
                      i.value(QLatin1String("available_packs")).toDouble(),
                      i.value(QLatin1String("largest_batch")).toDouble()});
    }
    return items;
}

QVector<ShipmentToReceive> shipmentsOf(const QJsonObject& options)
{
    QVector<ShipmentToReceive> shipments;
    for (const QJsonValue& v : options.value(QLatin1String("shipments_to_receive")).toArray()) {
        const QJsonObject s = v.toObject();
        shipments.append({s.value(QLatin1String("id")).toString(), s.value(QLatin1String("partner_code")).toString(),
                          s.value(QLatin1String("partner_name")).toString(),
                          s.value(QLatin1String("shipped_at")).toString(), s.value(QLatin1String("lines")).toInt(),
                          s.value(QLatin1String("packs")).toDouble()});
    }
    return shipments;
}

QVector<RequisitionToAnswer> requisitionsOf(const QJsonObject& options)
{
    QVector<RequisitionToAnswer> requisitions;
    for (const QJsonValue& v : options.value(QLatin1String("requisitions_to_answer")).toArray()) {
        const QJsonObject r = v.toObject();
        requisitions.append({r.value(QLatin1String("id")).toString(), r.value(QLatin1String("request_id")).toString(),
                             r.value(QLatin1String("requester_code")).toString(),
                             r.value(QLatin1String("requester_name")).toString(),
                             r.value(QLatin1String("sent_at")).toString(), r.value(QLatin1String("lines")).toInt(),
                             r.value(QLatin1String("packs")).toDouble()});
    }
    return requisitions;
}

} // namespace

ClientDataPage::ClientDataPage(HubApiClient& api, QString clientSite, QWidget* parent)
    : QWidget(parent), m_api(api), m_actions(api), m_client(std::move(clientSite)), m_store(new QComboBox(this)),
      m_table(new QComboBox(this)), m_heading(new QLabel(this)), m_banner(new QLabel(this)), m_status(new QLabel(this)),
      m_problem(new QLabel(this)), m_result(new QLabel(this)), m_view(new QTableView(this)),
      m_more(new QPushButton(tr("Load &more"), this)), m_adjust(new QPushButton(tr("&Adjust stock\u2026"), this)),
      m_transfer(new QPushButton(tr("New &transfer\u2026"), this)),
      m_receive(new QPushButton(tr("&Receive shipment\u2026"), this)),
      m_request(new QPushButton(tr("Re&quest stock\u2026"), this)),
      m_answer(new QPushButton(tr("Ans&wer requisition\u2026"), this)),
      m_addAsset(new QPushButton(tr("Add ass&et\u2026"), this)),
      m_addLog(new QPushButton(tr("Add temperature &log\u2026"), this)), m_records(new JsonRecordsModel(this))
{
    setObjectName(QStringLiteral("clientDataPage"));
    m_heading->setText(tr("<h2>Data</h2>"));
    m_store->setObjectName(QStringLiteral("clientStorePicker"));
    m_store->setAccessibleName(tr("Store"));
    m_table->setObjectName(QStringLiteral("clientTablePicker"));
    m_table->setAccessibleName(tr("Table"));
    for (const TableSchema& table : TableSchema::all())
        if (table.hasStore())
            m_table->addItem(RecordWords::tableTitle(table.name()), QString(table.name()));
    m_banner->setObjectName(QStringLiteral("clientDataBanner"));
    m_banner->setWordWrap(true);
    m_banner->setText(tr("%1 keeps no data of its own: these records are read and changed through its server, a page "
                         "at a time. The server's Active stores can be changed here; Collector stores are read-only "
                         "copies, changed at their home site.")
                          .arg(m_client));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); padding: 6px 10px; }"));
    m_problem->setObjectName(QStringLiteral("clientDataProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("color: #d63a3a;"));
    m_problem->hide();
    m_result->setObjectName(QStringLiteral("clientDataResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_view->setObjectName(QStringLiteral("clientRecordView"));
    m_view->setAccessibleName(tr("Records"));
    m_view->setModel(m_records);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false); // ids stay on one line, elided
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_more->setObjectName(QStringLiteral("clientLoadMore"));
    m_more->setEnabled(false);
    const struct
    {
        QPushButton* button;
        const char* name;
        const char* accessible;
    } buttons[] = {
        {m_adjust, "clientAdjustStock", QT_TR_NOOP("Adjust stock")},
        {m_transfer, "clientNewTransfer", QT_TR_NOOP("New transfer")},
        {m_receive, "clientReceiveShipment", QT_TR_NOOP("Receive shipment")},
        {m_request, "clientRequestStock", QT_TR_NOOP("Request stock")},
        {m_answer, "clientAnswerRequisition", QT_TR_NOOP("Answer requisition")},
        {m_addAsset, "clientAddAsset", QT_TR_NOOP("Add asset")},
        {m_addLog, "clientAddTemperatureLog", QT_TR_NOOP("Add temperature log")},
    };
    for (const auto& b : buttons) {
        b.button->setObjectName(QLatin1String(b.name));
        b.button->setAccessibleName(tr(b.accessible));
    }

    auto* pickers = new QHBoxLayout;
    pickers->addWidget(new QLabel(tr("Store:"), this));
    pickers->addWidget(m_store, 2);
    pickers->addWidget(new QLabel(tr("Table:"), this));
    pickers->addWidget(m_table, 1);
    auto* actions = new QHBoxLayout;
    for (const auto& b : buttons)
        actions->addWidget(b.button);
    actions->addStretch();
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_more);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(pickers);
    layout->addWidget(m_banner);
    layout->addWidget(m_problem);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_result);
    layout->addLayout(actions);
    layout->addLayout(bottom);

    connect(m_store, &QComboBox::currentIndexChanged, this, [this] {
        m_result->hide();
        loadPage(true);
    });
    connect(m_table, &QComboBox::currentIndexChanged, this, [this] {
        m_result->hide();
        loadPage(true);
    });
    connect(m_more, &QPushButton::clicked, this, [this] { loadPage(false); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ClientDataPage::updateActions);
    connect(m_records, &QAbstractItemModel::modelReset, this, &ClientDataPage::updateActions);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_adjust->isEnabled())
            adjustStock();
    });
    connect(m_adjust, &QPushButton::clicked, this, &ClientDataPage::adjustStock);
    connect(m_transfer, &QPushButton::clicked, this, &ClientDataPage::newTransfer);
    connect(m_receive, &QPushButton::clicked, this, &ClientDataPage::receiveShipment);
    connect(m_request, &QPushButton::clicked, this, &ClientDataPage::newRequisition);
    connect(m_answer, &QPushButton::clicked, this, &ClientDataPage::answerRequisition);
    connect(m_addAsset, &QPushButton::clicked, this, &ClientDataPage::addAsset);
    connect(m_addLog, &QPushButton::clicked, this, &ClientDataPage::addTemperatureLog);
    const int stockLine = m_table->findData(QString(kStockLine));
    m_table->setCurrentIndex(stockLine >= 0 ? stockLine : 0);
    updateActions();
}

void ClientDataPage::reload()
{
    m_api.fetchDataStores(m_client, this, [this](Result<QJsonObject> answer) {
        if (!answer) {
            showProblem(answer.error().message);
            return;
        }
        showProblem(QString());
        const QString previous = m_store->currentData().toString();
        m_stores.clear();
        {
            const QSignalBlocker blocker(m_store);
            m_store->clear();
            for (const QJsonValue& v : answer->value(QLatin1String("stores")).toArray()) {
                const QJsonObject store = v.toObject();
                if (store.value(QLatin1String("access")).toString() == QLatin1String("none"))
                    continue; // a transfer partner: not browsable
                const QString code = store.value(QLatin1String("code")).toString();
                m_stores.insert(code, store);
                const SyncType type =
                    syncTypeFromId(store.value(QLatin1String("sync_type")).toString()).value_or(SyncType::None);
                m_store->addItem(tr("%1 – %2 (%3, home %4)")
                                     .arg(code, store.value(QLatin1String("name")).toString(),
                                          SyncTypeStyle::label(type), store.value(QLatin1String("home")).toString()),
                                 code);
            }
            const int index = m_store->findData(previous);
            m_store->setCurrentIndex(index >= 0 ? index : 0);
        }
        m_heading->setText(
            tr("<h2>Data</h2>%1, through the server %2")
                .arg(m_client.toHtmlEscaped(), answer->value(QLatin1String("server")).toString().toHtmlEscaped()));
        loadPage(true);
    });
}

void ClientDataPage::loadPage(bool first)
{
    const QString store = m_store->currentData().toString();
    const QString table = m_table->currentData().toString();
    const int generation = first ? ++m_generation : m_generation;
    if (first) {
        m_records->setTable(table);
        m_nextAfter.clear();
    }
    m_more->setEnabled(false);
    if (first)
        refreshWaiting();
    updateActions();
    if (store.isEmpty() || table.isEmpty()) {
        m_status->setText(tr("No store of %1 can be browsed.").arg(m_client));
        return;
    }
    m_status->setText(tr("Reading…"));
    m_api.fetchData(m_client, table, store, first ? QString() : m_nextAfter, kPageSize, this,
                    [this, generation](Result<QJsonObject> answer) {
                        if (generation != m_generation)
                            return; // the person chose another store or table meanwhile
                        if (!answer) {
                            showProblem(answer.error().message);
                            m_status->clear();
                            return;
                        }
                        showProblem(QString());
                        QVector<QJsonObject> rows;
                        for (const QJsonValue& v : answer->value(QLatin1String("records")).toArray())
                            rows.append(v.toObject());
                        m_records->appendRecords(rows);
                        m_nextAfter = answer->value(QLatin1String("next_after")).toString();
                        m_more->setEnabled(!m_nextAfter.isEmpty());
                        const int shown = m_records->rowCount();
                        const QString count = shown == 1 ? tr("1 record") : tr("%1 records").arg(shown);
                        m_status->setText(m_nextAfter.isEmpty() ? tr("%1, all shown").arg(count)
                                                                : tr("%1 shown; more on the server").arg(count));
                    });
}

void ClientDataPage::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void ClientDataPage::showResult(const QString& text)
{
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
}

void ClientDataPage::showActionError(const Error& error)
{
    // The server's sentence as StoreActions words it for every site; where it names the cli's flags, say it in the
    // page's terms (as the standalone Data page does).
    QString text = error.message;
    if (error.code == QLatin1String("same_store"))
        text = tr("A store cannot ship to or request from itself. Choose another store.");
    else if (error.code == QLatin1String("unknown_item"))
        text = tr("That item is no longer in the catalogue on the server. Refresh, then try again.");
    showResult(QString());
    showProblem(tr("Not done: %1").arg(text));
}

QString ClientDataPage::currentStore() const
{
    return m_store->currentData().toString();
}

bool ClientDataPage::currentStoreWritable() const
{
    return m_stores.value(currentStore()).value(QLatin1String("access")).toString() == QLatin1String("read_write");
}

void ClientDataPage::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void ClientDataPage::updateActions()
{
    const QString code = currentStore();
    const QJsonObject store = m_stores.value(code);
    const bool writable = currentStoreWritable();
    const bool can = writable && !m_busy;
    const bool stockLine = m_table->currentData().toString() == kStockLine;
    const bool selected = m_view->selectionModel() != nullptr && m_view->selectionModel()->hasSelection();
    m_adjust->setEnabled(can && stockLine && selected);
    for (QPushButton* b : {m_transfer, m_receive, m_request, m_answer, m_addAsset, m_addLog})
        b->setEnabled(can);
    m_addAsset->setVisible(m_openMsupply);
    m_addLog->setVisible(m_openMsupply);
    m_receive->setText(can && m_shipmentsWaiting > 0 ? tr("&Receive shipment (%1)\u2026").arg(m_shipmentsWaiting)
                                                     : tr("&Receive shipment\u2026"));
    m_answer->setText(can && m_requisitionsWaiting > 0 ? tr("Ans&wer requisition (%1)\u2026").arg(m_requisitionsWaiting)
                                                       : tr("Ans&wer requisition\u2026"));

    QString why;
    if (code.isEmpty())
        why = tr("Choose a store first.");
    else if (!writable && store.value(QLatin1String("sync_type")).toString() == QLatin1String("active"))
        why = tr("You may read %1 but not change it: your role reads data only.").arg(code);
    else if (!writable)
        why = tr("%1 is read-only here: it is a Collector copy, edited at %2.")
                  .arg(code, store.value(QLatin1String("home")).toString());
    else if (m_busy)
        why = tr("Waiting for the server…");
    m_adjust->setToolTip(!why.isEmpty() ? why
                         : !stockLine   ? tr("Choose the stock line table and select a line to adjust.")
                         : !selected    ? tr("Select the stock line to adjust.")
                                        : tr("Change the available packs of the selected stock line."));
    m_transfer->setToolTip(!why.isEmpty() ? why : tr("Ship stock from this store to another store of the network."));
    m_receive->setToolTip(!why.isEmpty() ? why : tr("Receive a shipment that has arrived for this store."));
    m_request->setToolTip(!why.isEmpty() ? why : tr("Ask another store of the network for stock."));
    m_answer->setToolTip(!why.isEmpty() ? why : tr("Finalise the answer to a request that arrived for this store."));
    m_addAsset->setToolTip(!why.isEmpty() ? why
                                          : tr("Record cold-chain equipment (a refrigerator, say) of this store."));
    m_addLog->setToolTip(!why.isEmpty() ? why : tr("Record a temperature reading of one of this store's assets."));
}

void ClientDataPage::withOptions(std::function<void(const QString& store, const QJsonObject& options)> then)
{
    const QString store = currentStore();
    if (store.isEmpty() || !currentStoreWritable() || m_busy)
        return;
    setBusy(true);
    showProblem(QString());
    m_actions.options(m_client, store, this, [this, store, then = std::move(then)](Result<QJsonObject> options) {
        setBusy(false);
        if (!options)
            return showActionError(options.error());
        then(store, *options);
    });
}

void ClientDataPage::finish(const Result<QString>& done, const std::function<QString(const QString& id)>& result)
{
    setBusy(false);
    if (!done)
        return showActionError(done.error());
    showProblem(QString());
    showResult(result(*done));
    emit recordsChanged();
    reload();
}

void ClientDataPage::adjustStock()
{
    const QString store = currentStore();
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (store.isEmpty() || rows.isEmpty() || !currentStoreWritable() || m_busy)
        return;
    const QJsonObject line = m_records->record(rows.first().row());
    const QString id = line.value(QLatin1String("id")).toString();
    QString description = tr("Stock line %1").arg(id);
    if (const QString batch = line.value(QLatin1String("batch")).toString(); !batch.isEmpty())
        description += tr(", batch %1").arg(batch);
    if (const QString expiry = line.value(QLatin1String("expiry_date")).toString(); !expiry.isEmpty())
        description += tr(", expires %1").arg(expiry);
    auto* dialog =
        new AdjustStockDialog(store, description, line.value(QLatin1String("available_packs")).toDouble(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, store, id, description] {
        const double packs = dialog->newPacks();
        setBusy(true);
        m_actions.adjustStock(m_client, store, id, packs, dialog->note(), this,
                              [this, store, description, packs](Result<QString> done) {
                                  finish(done, [&](const QString&) {
                                      return tr("%1 in %2 now has %3 available packs, on the server.")
                                          .arg(description, store, packsText(packs));
                                  });
                              });
    });
    dialog->open();
}

void ClientDataPage::newTransfer()
{
    withOptions([this](const QString& from, const QJsonObject& options) {
        auto* dialog = new TransferDialog(from, partnersOf(options), itemsOf(options), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, from] {
            const QString to = dialog->partnerCode();
            const QString item = dialog->itemCode();
            const double packs = dialog->packs();
            setBusy(true);
            m_actions.transfer(m_client, from, to, item, packs, this,
                               [this, from, to, item, packs](Result<QString> done) {
                                   finish(done, [&](const QString& id) {
                                       return tr("Shipped %1 packs of %2 from %3 to %4 (outbound shipment %5), on the "
                                                 "server.")
                                           .arg(packsText(packs), item, from, to, id);
                                   });
                               });
        });
        dialog->open();
    });
}

void ClientDataPage::receiveShipment()
{
    withOptions([this](const QString& store, const QJsonObject& options) {
        auto* dialog = new ReceiveDialog(store, shipmentsOf(options), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, store] {
            const QString id = dialog->shipmentId();
            if (id.isEmpty())
                return;
            setBusy(true);
            m_actions.receive(m_client, id, this, [this, store](Result<QString> done) {
                finish(done, [&](const QString& received) {
                    return tr("Received shipment %1 in %2: its packs were added to the store's stock. The sending "
                              "site sees it delivered after it has synced.")
                        .arg(received, store);
                });
            });
        });
        dialog->open();
    });
}

void ClientDataPage::newRequisition()
{
    withOptions([this](const QString& from, const QJsonObject& options) {
        auto* dialog = new RequisitionDialog(from, partnersOf(options), itemsOf(options), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, from] {
            const QString to = dialog->supplierCode();
            const QString item = dialog->itemCode();
            const double packs = dialog->packs();
            setBusy(true);
            m_actions.requisition(m_client, from, to, item, packs, this,
                                  [this, from, to, item, packs](Result<QString> done) {
                                      finish(done, [&](const QString& id) {
                                          return tr("Requested %1 packs of %2 for %3 from %4 (requisition %5), on the "
                                                    "server; it is finalised once %4 has answered it.")
                                              .arg(packsText(packs), item, from, to, id);
                                      });
                                  });
        });
        dialog->open();
    });
}

void ClientDataPage::answerRequisition()
{
    withOptions([this](const QString& store, const QJsonObject& options) {
        auto* dialog = new RespondDialog(store, requisitionsOf(options), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, store] {
            const QString id = dialog->requisitionId();
            if (id.isEmpty())
                return;
            setBusy(true);
            m_actions.respond(m_client, id, this, [this, store](Result<QString> done) {
                finish(done, [&](const QString& answered) {
                    return tr("Finalised response %1 from %2: it supplies what was requested. The requesting site "
                              "sees its request finalised after it has synced.")
                        .arg(answered, store);
                });
            });
        });
        dialog->open();
    });
}

void ClientDataPage::refreshWaiting()
{
    m_shipmentsWaiting = 0;
    m_requisitionsWaiting = 0;
    const QString store = currentStore();
    if (store.isEmpty() || !currentStoreWritable())
        return;
    const int generation = m_generation;
    m_actions.options(m_client, store, this, [this, generation](Result<QJsonObject> options) {
        if (!options || generation != m_generation)
            return; // a problem shows when the person acts; an older store's answer is dropped
        m_openMsupply = options->value(QLatin1String("open_msupply")).toBool();
        m_shipmentsWaiting = int(options->value(QLatin1String("shipments_to_receive")).toArray().size());
        m_requisitionsWaiting = int(options->value(QLatin1String("requisitions_to_answer")).toArray().size());
        updateActions();
    });
}

void ClientDataPage::addAsset()
{
    const QString store = currentStore();
    if (store.isEmpty() || !currentStoreWritable() || m_busy)
        return;
    auto* dialog = new AssetDialog(store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, store] {
        const QJsonObject asset = dialog->record();
        const QString code = asset.value(QLatin1String("code")).toString();
        const QString type = asset.value(QLatin1String("asset_type")).toString();
        setBusy(true);
        m_actions.putRecord(m_client, store, QStringLiteral("asset"), asset, this,
                            [this, store, code, type](Result<QString> done) {
                                finish(done, [&](const QString&) {
                                    return tr("Added asset %1 (%2) to %3, on the server.").arg(code, type, store);
                                });
                            });
    });
    dialog->open();
}

void ClientDataPage::addTemperatureLog()
{
    const QString store = currentStore();
    if (store.isEmpty() || !currentStoreWritable() || m_busy)
        return;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const QString selectedAsset = m_table->currentData().toString() == QLatin1String("asset") && !rows.isEmpty()
                                      ? m_records->record(rows.first().row()).value(QLatin1String("id")).toString()
                                      : QString();
    setBusy(true);
    showProblem(QString());
    // The store's assets, as the data API lists them (one page holds the few a store has).
    m_api.fetchData(
        m_client, QStringLiteral("asset"), store, QString(), 5000, this,
        [this, store, selectedAsset](Result<QJsonObject> answer) {
            setBusy(false);
            if (!answer)
                return showActionError(answer.error());
            QVector<QJsonObject> assets;
            for (const QJsonValue& v : answer->value(QLatin1String("records")).toArray())
                assets.append(v.toObject());
            auto* dialog = new TemperatureLogDialog(store, assets, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            if (!selectedAsset.isEmpty())
                dialog->selectAsset(selectedAsset);
            connect(dialog, &QDialog::accepted, this, [this, dialog, store] {
                const QJsonObject reading = dialog->record();
                const QString asset = dialog->assetCode();
                const double celsius = reading.value(QLatin1String("temperature_c")).toDouble();
                setBusy(true);
                m_actions.putRecord(
                    m_client, store, QStringLiteral("temperature_log"), reading, this,
                    [this, asset, celsius](Result<QString> done) {
                        finish(done, [&](const QString&) {
                            return tr("Recorded %1 °C for asset %2, on the server.").arg(packsText(celsius), asset);
                        });
                    });
            });
            dialog->open();
        });
}

} // namespace syncsites::ui
