#include "DataPage.h"

#include "AdjustStockDialog.h"
#include "DataPageActions.h"
#include "DataStoreListModel.h"
#include "LocalSite.h"
#include "ReceiveDialog.h"
#include "RecordTableModel.h"
#include "RecordWords.h"
#include "SyncTypeStyle.h"
#include "TableSchema.h"
#include "TransferDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace syncsites::ui {

namespace {

const QLatin1String kStockLine("stock_line");

} // namespace

DataPage::DataPage(QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_noData(new QLabel(this)), m_siteLabel(new QLabel(this)),
      m_storePicker(new QComboBox(this)), m_tablePicker(new QComboBox(this)), m_filter(new QLineEdit(this)),
      m_filterDelay(new QTimer(this)), m_banner(new QLabel(this)), m_view(new QTableView(this)),
      m_status(new QLabel(this)), m_message(new QLabel(this)), m_adjust(new QPushButton(tr("&Adjust stock…"), this)),
      m_transfer(new QPushButton(tr("New &transfer…"), this)),
      m_receive(new QPushButton(tr("&Receive shipment…"), this)), m_more(new DataPageActions(this)),
      m_storeModel(new DataStoreListModel(this)), m_records(new RecordTableModel(this))
{
    setObjectName(QStringLiteral("dataPage"));

    m_noData->setObjectName(QStringLiteral("noData"));
    m_noData->setText(tr("<h3>No local data</h3><p>This app has no replica of its own: it works as a client of a "
                         "server, or as a console of the central hub. Records are kept on the server.</p>"));
    m_noData->setWordWrap(true);
    m_noData->setAlignment(Qt::AlignCenter);

    m_siteLabel->setObjectName(QStringLiteral("siteLabel"));
    m_storePicker->setObjectName(QStringLiteral("storePicker"));
    m_storePicker->setAccessibleName(tr("Store"));
    m_storePicker->setModel(m_storeModel);
    m_storePicker->setMinimumContentsLength(28);
    m_storePicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tablePicker->setObjectName(QStringLiteral("tablePicker"));
    m_tablePicker->setAccessibleName(tr("Table"));
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setAccessibleName(tr("Filter records"));
    m_filter->setPlaceholderText(tr("Filter: item, batch, status…"));
    m_filter->setClearButtonEnabled(true);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);

    m_banner->setObjectName(QStringLiteral("dataBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->hide();

    m_view->setObjectName(QStringLiteral("records"));
    m_view->setAccessibleName(tr("Records"));
    m_view->setModel(m_records);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_status->setObjectName(QStringLiteral("recordCount"));
    m_message->setObjectName(QStringLiteral("dataMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_adjust->setObjectName(QStringLiteral("adjustStock"));
    m_adjust->setAccessibleName(tr("Adjust stock"));
    m_transfer->setObjectName(QStringLiteral("newTransfer"));
    m_transfer->setAccessibleName(tr("New transfer"));
    m_receive->setObjectName(QStringLiteral("receiveShipment"));
    m_receive->setAccessibleName(tr("Receive shipment"));

    auto* pickers = new QHBoxLayout;
    auto* storeLabel = new QLabel(tr("&Store:"), this);
    storeLabel->setBuddy(m_storePicker);
    auto* tableLabel = new QLabel(tr("Ta&ble:"), this);
    tableLabel->setBuddy(m_tablePicker);
    pickers->addWidget(storeLabel);
    pickers->addWidget(m_storePicker, 2);
    pickers->addWidget(tableLabel);
    pickers->addWidget(m_tablePicker, 1);
    pickers->addWidget(m_filter, 2);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_adjust);
    actions->addWidget(m_transfer);
    actions->addWidget(m_receive);

    auto* browser = new QWidget(this);
    auto* layout = new QVBoxLayout(browser);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("<h2>Data</h2>"), browser);
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_siteLabel);
    layout->addLayout(header);
    layout->addLayout(pickers);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    layout->addWidget(m_more);

    m_stack->addWidget(m_noData);
    m_stack->addWidget(browser);
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(m_stack);

    connect(m_storePicker, &QComboBox::currentIndexChanged, this, [this] {
        m_message->hide();
        loadTables();
        countShipments();
        applyQuery();
    });
    connect(m_tablePicker, &QComboBox::currentIndexChanged, this, [this] {
        m_message->hide();
        applyQuery();
    });
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &DataPage::applyQuery);
    connect(m_records, &RecordTableModel::totalCountChanged, this, [this] {
        if (m_fitColumns) {
            m_fitColumns = false; // once per query, not at each reload under the user's column widths
            m_view->resizeColumnsToContents();
        }
        updateStatus();
    });
    connect(m_records, &QAbstractItemModel::rowsInserted, this, &DataPage::updateStatus);
    connect(m_records, &QAbstractItemModel::modelReset, this, &DataPage::updateActions);
    connect(m_records, &RecordTableModel::loadFailed, this,
            [this](const QString& message) { showError(Error(QStringLiteral("load_failed"), message)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DataPage::updateActions);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_adjust->isEnabled())
            adjustStock();
    });
    connect(m_adjust, &QPushButton::clicked, this, &DataPage::adjustStock);
    connect(m_transfer, &QPushButton::clicked, this, &DataPage::newTransfer);
    connect(m_receive, &QPushButton::clicked, this, &DataPage::receiveShipment);
    connect(m_more, &DataPageActions::succeeded, this, [this](const QString& message) {
        m_records->reload();
        countShipments();
        showResult(message);
        emit recordsChanged();
    });
    connect(m_more, &DataPageActions::failed, this, &DataPage::showError);
    connect(m_more, &DataPageActions::busyChanged, this, &DataPage::updateActions);

    setSite(nullptr);
}

void DataPage::setSite(syncsites::LocalSite* site)
{
    m_site = site;
    m_records->setSite(nullptr);
    m_message->hide();
    m_stack->setCurrentIndex(site == nullptr ? 0 : 1);
    m_records->setSite(site);
    m_more->setSite(site);
    reload();
}

void DataPage::reload()
{
    if (m_site == nullptr) {
        m_stores = ReplicaStores();
        m_storeModel->setStores({});
        updateActions();
        return;
    }
    m_site->stores().then(this, [this](Result<ReplicaStores> stores) {
        if (m_site == nullptr)
            return;
        // Before the first sync there are no stores, only central tables: once stores arrive, show stock lines.
        const bool hadStores = currentStore() != nullptr;
        const QString table = hadStores ? currentTable() : QString(kStockLine);
        const QSignalBlocker storeBlocker(m_storePicker);
        const QSignalBlocker tableBlocker(m_tablePicker);
        showStores(stores);
        loadTables();
        if (const int index = m_tablePicker->findData(table); index >= 0)
            m_tablePicker->setCurrentIndex(index);
        countShipments();
        applyQuery();
    });
}

void DataPage::showStores(const Result<ReplicaStores>& stores)
{
    const QString previous = currentStore() != nullptr ? currentStore()->code : QString();
    if (!stores) {
        m_stores = ReplicaStores();
        showError(stores.error());
    } else {
        m_stores = *stores;
    }
    m_siteLabel->setText(m_stores.siteName.isEmpty() ? QString() : tr("Site: <b>%1</b>").arg(m_stores.siteName));
    m_storeModel->setStores(m_stores.browsable);
    int row = m_storeModel->rowOf(previous);
    for (int r = 0; row < 0 && r < m_storeModel->rowCount(); ++r) {
        if (m_storeModel->store(r) != nullptr)
            row = r;
    }
    m_storePicker->setCurrentIndex(row);
}

void DataPage::loadTables()
{
    const QString previous = currentTable();
    const QSignalBlocker blocker(m_tablePicker);
    m_tablePicker->clear();
    const bool haveStore = currentStore() != nullptr;
    for (const bool central : {false, true}) {
        if (central && m_tablePicker->count() > 0)
            m_tablePicker->insertSeparator(m_tablePicker->count());
        for (const TableSchema& table : TableSchema::all()) {
            const TableScope scope = table.table().scope;
            if (scope == TableScope::CentralSecret || scope == TableScope::UserAccount || table.hasStore() == central)
                continue;
            if (!central && !haveStore)
                continue;
            if (table.table().category == Category::Oms && !m_stores.carriesOms)
                continue;
            const QString name = table.name();
            m_tablePicker->addItem(central ? tr("%1 (central, read-only)").arg(RecordWords::tableTitle(name))
                                           : RecordWords::tableTitle(name),
                                   name);
        }
    }
    int index = m_tablePicker->findData(previous.isEmpty() ? QString(kStockLine) : previous);
    m_tablePicker->setCurrentIndex(index >= 0 ? index : 0);
}

const BrowsableStore* DataPage::currentStore() const
{
    return m_storeModel->store(m_storePicker->currentIndex());
}

QString DataPage::currentTable() const
{
    return m_tablePicker->currentData().toString();
}

bool DataPage::centralTable() const
{
    const TableSchema* schema = TableSchema::find(currentTable());
    return schema != nullptr && !schema->hasStore();
}

void DataPage::applyQuery()
{
    m_filterDelay->stop();
    const BrowsableStore* store = currentStore();
    RecordQuery query;
    query.table = currentTable();
    query.storeCode = store != nullptr ? store->code : QString();
    query.filter = m_filter->text();
    if (query.table.isEmpty() || (!centralTable() && store == nullptr))
        query = RecordQuery();
    m_fitColumns = true;
    m_records->setQuery(query);
    updateBanner();
    updateActions();
    updateStatus();
}

void DataPage::updateBanner()
{
    const BrowsableStore* store = currentStore();
    QString text;
    SyncType type = SyncType::None;
    if (m_site != nullptr && m_storeModel->rowCount() == 0) {
        text = tr("No store keeps its data on %1: none is Active or Collector here. Central tables can still be "
                  "browsed.")
                   .arg(m_stores.siteName);
    } else if (centralTable()) {
        text = tr("%1 are central data: they are changed only on the central server, by an administrator, and "
                  "arrive here by sync.")
                   .arg(RecordWords::tableTitle(currentTable()));
    } else if (store != nullptr && store->type == SyncType::Collector) {
        type = SyncType::Collector;
        text = tr("%1 is a Collector copy on this site: it is edited at %2, and changes arrive by sync.")
                   .arg(store->code, store->home);
    }
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
    const QColor accent = type == SyncType::None ? palette().color(QPalette::Mid) : SyncTypeStyle::background(type);
    m_banner->setStyleSheet(QStringLiteral("QLabel#dataBanner { background: palette(alternate-base); color: "
                                           "palette(text); border-left: 5px solid %1; padding: 6px 10px; }")
                                .arg(accent.name()));
}

void DataPage::setEditable(bool editable, const QString& whyNot)
{
    m_editable = editable;
    m_whyNotEditable = whyNot;
    updateActions();
}

void DataPage::updateActions()
{
    const BrowsableStore* store = currentStore();
    const bool writable = m_editable && m_site != nullptr && store != nullptr && store->type == SyncType::Active;
    const bool active = writable && !m_more->busy();
    const bool stockLine = currentTable() == kStockLine;
    const bool rowSelected = m_view->selectionModel()->hasSelection();
    m_adjust->setEnabled(active && stockLine && rowSelected);
    m_transfer->setEnabled(active);
    m_receive->setEnabled(active);
    m_receive->setText(writable && m_shipmentsWaiting > 0 ? tr("&Receive shipment (%1)…").arg(m_shipmentsWaiting)
                                                          : tr("&Receive shipment…"));
    const QString readOnly = !m_editable && store != nullptr ? m_whyNotEditable
                             : store != nullptr && !writable
                                 ? tr("%1 is read-only here: it is edited at %2.").arg(store->code, store->home)
                                 : QString();
    m_adjust->setToolTip(!readOnly.isEmpty() ? readOnly
                         : !stockLine        ? tr("Choose the Stock lines table and select a line to adjust.")
                         : !rowSelected      ? tr("Select the stock line to adjust.")
                                             : tr("Change the available packs of the selected stock line."));
    m_transfer->setToolTip(!readOnly.isEmpty() ? readOnly
                                               : tr("Ship stock from this store to another store visible here."));
    m_receive->setToolTip(!readOnly.isEmpty() ? readOnly : tr("Receive a shipment that has arrived for this store."));

    DataPageActions::Context context;
    context.stores = m_stores;
    if (store != nullptr)
        context.store = *store;
    context.table = currentTable();
    if (const QModelIndexList rows = m_view->selectionModel()->selectedRows(); !rows.isEmpty()) {
        context.selected = m_records->record(rows.first().row());
        context.selectedLabel = selectedLabel();
    }
    context.writable = writable;
    context.whyNotWritable = readOnly;
    m_more->setContext(context);
}

QString DataPage::selectedLabel() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return QString();
    const int row = rows.first().row();
    QStringList shown;
    for (const char* field : {"code", "item_id", "batch", "asset_id", "logged_at", "type", "status"}) {
        const int column = m_records->columnOf(QString::fromLatin1(field));
        const QString text = column >= 0 ? m_records->index(row, column).data().toString() : QString();
        if (!text.isEmpty() && shown.size() < 3)
            shown << text;
    }
    if (shown.isEmpty())
        shown << m_records->record(row).value(QLatin1String("id")).toString();
    return tr("%1 (%2)").arg(shown.join(QLatin1String(", ")), RecordWords::tableTitle(currentTable()));
}

void DataPage::updateStatus()
{
    const qint64 total = m_records->totalCount();
    if (m_site == nullptr || total < 0) {
        m_status->clear();
        return;
    }
    const QLocale locale;
    m_status->setText(m_records->rowCount() < total
                          ? tr("%1 records (%2 loaded; scroll for more)")
                                .arg(locale.toString(total), locale.toString(m_records->rowCount()))
                      : total == 1 ? tr("1 record")
                                   : tr("%1 records").arg(locale.toString(total)));
}

void DataPage::countShipments()
{
    m_shipmentsWaiting = 0;
    const BrowsableStore* store = currentStore();
    if (m_site != nullptr && store != nullptr && store->type == SyncType::Active) {
        const QString code = store->code;
        m_site->shipmentsToReceive(code).then(this, [this, code](Result<QVector<ShipmentToReceive>> waiting) {
            const BrowsableStore* now = currentStore();
            if (waiting && now != nullptr && now->code == code) {
                m_shipmentsWaiting = int(waiting->size());
                updateActions();
            }
        });
    }
    updateActions();
    m_more->countWaiting();
}

void DataPage::adjustStock()
{
    const BrowsableStore* store = currentStore();
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (m_site == nullptr || store == nullptr || rows.isEmpty())
        return;
    const QJsonObject line = m_records->record(rows.first().row());
    const QString id = line.value(QLatin1String("id")).toString();
    const int itemColumn = m_records->columnOf(u"item_id");
    const QString item = itemColumn >= 0 ? m_records->index(rows.first().row(), itemColumn).data().toString() : id;
    QString description = item;
    if (const QString batch = line.value(QLatin1String("batch")).toString(); !batch.isEmpty())
        description += tr(", batch %1").arg(batch);
    if (const QString expiry = line.value(QLatin1String("expiry_date")).toString(); !expiry.isEmpty())
        description += tr(", expires %1").arg(expiry);
    const QString storeCode = store->code;
    auto* dialog =
        new AdjustStockDialog(storeCode, description, line.value(QLatin1String("available_packs")).toDouble(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, storeCode, id, description] {
        const double packs = dialog->newPacks();
        m_site->adjustStock(storeCode, id, packs, dialog->note())
            .then(this, [this, storeCode, description, packs](Result<PutOutcome> done) {
                if (!done)
                    return showError(done.error());
                m_records->reload();
                showResult(tr("%1 in %2 now has %3 available packs. The change is sent at the next sync.")
                               .arg(description, storeCode, QString::number(packs, 'g', 15)));
                emit recordsChanged();
            });
    });
    dialog->open();
}

void DataPage::newTransfer()
{
    const BrowsableStore* store = currentStore();
    if (m_site == nullptr || store == nullptr)
        return;
    const QString from = store->code;
    m_site->itemStock(from).then(this, [this, from](Result<QVector<ItemStock>> items) {
        if (!items)
            return showError(items.error());
        auto* dialog = new TransferDialog(from, m_stores.partners, *items, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, from] {
            const QString to = dialog->partnerCode();
            const QString item = dialog->itemCode();
            const double packs = dialog->packs();
            m_site->createTransfer(from, to, item, packs)
                .then(this, [this, from, to, item, packs](Result<QString> shipped) {
                    if (!shipped)
                        return showError(shipped.error());
                    m_records->reload();
                    showResult(
                        tr("Shipped %1 packs of %2 from %3 to %4 (outbound shipment %5). It is sent at the next sync.")
                            .arg(QString::number(packs, 'g', 15), item, from, to, *shipped));
                    emit recordsChanged();
                });
        });
        dialog->open();
    });
}

void DataPage::receiveShipment()
{
    const BrowsableStore* store = currentStore();
    if (m_site == nullptr || store == nullptr)
        return;
    const QString storeCode = store->code;
    m_site->shipmentsToReceive(storeCode).then(this, [this, storeCode](Result<QVector<ShipmentToReceive>> waiting) {
        if (!waiting)
            return showError(waiting.error());
        auto* dialog = new ReceiveDialog(storeCode, *waiting, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, storeCode] {
            const QString id = dialog->shipmentId();
            if (id.isEmpty())
                return;
            m_site->receive(id).then(this, [this, storeCode](Result<QString> received) {
                if (!received)
                    return showError(received.error());
                m_records->reload();
                countShipments();
                showResult(tr("Received shipment %1 in %2: its packs were added to the store's stock. The sending "
                              "site sees it delivered after both sites have synced.")
                               .arg(*received, storeCode));
                emit recordsChanged();
            });
        });
        dialog->open();
    });
}

void DataPage::showResult(const QString& message)
{
    m_message->setStyleSheet(QString());
    m_message->setText(message);
    m_message->show();
}

void DataPage::showError(const Error& error)
{
    // StoreActions words its errors for the cli too; say the same in the page's terms where they name cli flags.
    QString text = error.message;
    if (error.code == QLatin1String("unknown_store"))
        text = tr("That store is no longer known on this site. Sync, then try again.");
    else if (error.code == QLatin1String("unknown_item"))
        text = tr("That item is no longer in the catalogue on this site. Sync, then try again.");
    else if (error.code == QLatin1String("same_store"))
        text = tr("A store cannot ship to itself. Choose another store to ship to.");
    else if (error.code == QLatin1String("replica_not_registered"))
        text = tr("This replica is not registered to a site yet. Finish the set-up first.");
    m_message->setStyleSheet(
        QStringLiteral("QLabel#dataMessage { color: %1; font-weight: bold; }").arg(QColor(0xc6, 0x28, 0x28).name()));
    m_message->setText(tr("Not done: %1").arg(text));
    m_message->show();
}

} // namespace syncsites::ui
