// The Data page over a real site replica: a demo hub with generated records served in-process on loopback, the
// replica of a site holding Active, Collector and Transfer stores initialised and synced against it, and a second
// site that ships to it. Drives the real widgets: the store picker, the read-only Collector, and the store actions,
// each checked in the replica: adjust, ship, receive; a requisition raised here, answered at the supplying site and
// finalised here after the syncs; an asset and a temperature reading at an Open mSupply site; deletes, allowed and
// refused.

#include "AdjustStockDialog.h"
#include "AssetDialog.h"
#include "DataPage.h"
#include "DataStoreListModel.h"
#include "HubTestHarness.h"
#include "LocalSite.h"
#include "ReceiveDialog.h"
#include "RecordStore.h"
#include "RecordTableModel.h"
#include "ReplicaBrowser.h"
#include "RequisitionDialog.h"
#include "RespondDialog.h"
#include "ShipmentListModel.h"
#include "SiteReplica.h"
#include "StableId.h"
#include "StoreActions.h"
#include "SyncEngine.h"
#include "TemperatureLogDialog.h"
#include "TransferDialog.h"
#include "TransferIds.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <map>

using namespace syncsites;
using namespace syncsites::test;
using namespace syncsites::ui;

namespace {

// The stores of `site` by their sync type there.
QStringList storesOfType(const Topology& topology, const QString& site, SyncType type)
{
    QStringList codes;
    for (const Store& store : topology.stores()) {
        if (topology.syncType(store.code, site) == type)
            codes << store.code;
    }
    codes.sort();
    return codes;
}

void clickOk(QDialog* dialog)
{
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    ok->click();
}

} // namespace

class TestDataPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HubTestHarness> m_hub;
    QTemporaryDir m_dir;
    std::unique_ptr<SiteReplica> m_site;   // the page's replica: Active, Collector and Transfer stores
    std::unique_ptr<SiteReplica> m_sender; // a site that ships to one of m_site's Active stores
    std::unique_ptr<LocalSite> m_pageSite; // m_site's replica as the desktop app opens it, for the page
    Topology m_topology;
    QString m_activeStore;                                    // Active on m_site, with stock lines
    QString m_collectorStore;                                 // Collector on m_site
    QString m_transferStore;                                  // Transfer on m_site
    QString m_senderStore;                                    // Active on m_sender, shipping to m_receivingStore
    QString m_receivingStore;                                 // Active on m_site, visible on m_sender
    QString m_inbound;                                        // the inbound shipment in m_receivingStore, shipped
    std::map<QString, std::unique_ptr<SiteReplica>> m_others; // replicas of other sites, made when a test needs one

    std::unique_ptr<DataPage> makePage(LocalSite* site = nullptr)
    {
        auto page = std::make_unique<DataPage>();
        page->resize(1100, 640);
        page->setSite(site != nullptr ? site : m_pageSite.get());
        settle(site);
        return page;
    }

    /// Lets the page's work on the site's database thread, and what follows it on this thread, finish.
    void settle(LocalSite* site = nullptr)
    {
        for (int round = 0; round < 4; ++round) {
            const QFuture<bool> done = (site != nullptr ? site : m_pageSite.get())->drained();
            while (!done.isFinished())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            QCoreApplication::processEvents();
        }
    }

    void selectStore(DataPage& page, const QString& code, LocalSite* site = nullptr)
    {
        auto* picker = page.findChild<QComboBox*>(QStringLiteral("storePicker"));
        auto* model = qobject_cast<DataStoreListModel*>(picker->model());
        QVERIFY(model != nullptr);
        const int row = model->rowOf(code);
        QVERIFY2(row >= 0, qPrintable(code));
        picker->setCurrentIndex(row);
        settle(site);
    }

    void selectTable(DataPage& page, const QString& table, LocalSite* site = nullptr)
    {
        auto* picker = page.findChild<QComboBox*>(QStringLiteral("tablePicker"));
        const int index = picker->findData(table);
        QVERIFY2(index >= 0, qPrintable(table));
        picker->setCurrentIndex(index);
        settle(site);
    }

    /// Shows only the rows matching `text` (the filter waits for typing to pause).
    void filterBy(DataPage& page, const QString& text, LocalSite* site = nullptr)
    {
        page.findChild<QLineEdit*>(QStringLiteral("filter"))->setText(text);
        auto* model = qobject_cast<RecordTableModel*>(page.findChild<QTableView*>(QStringLiteral("records"))->model());
        QTRY_VERIFY(model->query().filter == text);
        settle(site);
    }

    /// The replica of `site`, made and synced the first time one is asked for; null when that failed.
    SiteReplica* replicaOf(const QString& site)
    {
        if (site == m_site->site())
            return m_site.get();
        if (site == m_sender->site())
            return m_sender.get();
        std::unique_ptr<SiteReplica>& slot = m_others[site];
        if (!slot) {
            auto made = SiteReplica::create(m_dir.filePath(QStringLiteral("other-%1.sqlite").arg(m_others.size())),
                                            site, m_hub->url(), m_hub->secret(site));
            const SyncSummary first = made ? (*made)->sync() : SyncSummary();
            if (!made || first.outcome != SyncOutcome::Success) {
                qWarning() << site << (made ? SiteReplica::describe(first) : made.error().message);
                return nullptr;
            }
            slot = std::move(made).value();
        }
        return slot.get();
    }

    QJsonObject record(const QString& table, const QString& id, Database* database = nullptr)
    {
        RecordStore records(database != nullptr ? *database : m_site->database());
        const auto found = records.get(table, id);
        return found && found->has_value() ? **found : QJsonObject();
    }

private slots:
    void initTestCase()
    {
        HubHarnessOptions options;
        options.records = 2000;
        auto hub = HubTestHarness::start(options);
        QVERIFY2(hub.ok(), qPrintable(hub.error().message));
        m_hub = std::move(hub).value();
        m_topology = m_hub->topology();

        // A site with all three types, and a second site holding a store that can ship to one of its Active stores.
        QString siteName;
        for (const QString& name : m_hub->syncingSites()) {
            if (!storesOfType(m_topology, name, SyncType::Active).isEmpty() &&
                !storesOfType(m_topology, name, SyncType::Collector).isEmpty() &&
                !storesOfType(m_topology, name, SyncType::Transfer).isEmpty()) {
                siteName = name;
                break;
            }
        }
        QVERIFY2(!siteName.isEmpty(), "the demo network has a site with Active, Collector and Transfer stores");
        m_collectorStore = storesOfType(m_topology, siteName, SyncType::Collector).first();
        m_transferStore = storesOfType(m_topology, siteName, SyncType::Transfer).first();
        QString senderSite;
        for (const QString& receiving : storesOfType(m_topology, siteName, SyncType::Active)) {
            for (const QString& other : m_hub->syncingSites()) {
                if (other == siteName || m_topology.syncType(receiving, other) == SyncType::None)
                    continue;
                const QStringList senders = storesOfType(m_topology, other, SyncType::Active);
                if (!senders.isEmpty() && senderSite.isEmpty()) {
                    senderSite = other;
                    m_senderStore = senders.first();
                    m_receivingStore = receiving;
                }
            }
        }
        QVERIFY2(!senderSite.isEmpty(), "some site can ship to the chosen site");

        auto site = SiteReplica::create(m_dir.filePath(QStringLiteral("site.sqlite")), siteName, m_hub->url(),
                                        m_hub->secret(siteName));
        QVERIFY2(site.ok(), qPrintable(site.error().message));
        m_site = std::move(site).value();
        auto sender = SiteReplica::create(m_dir.filePath(QStringLiteral("sender.sqlite")), senderSite, m_hub->url(),
                                          m_hub->secret(senderSite));
        QVERIFY2(sender.ok(), qPrintable(sender.error().message));
        m_sender = std::move(sender).value();
        SYNCSITES_SYNC_OK(*m_site);
        SYNCSITES_SYNC_OK(*m_sender);

        // The Active store of the page with the most stock lines.
        qsizetype most = -1;
        for (const QString& code : storesOfType(m_topology, siteName, SyncType::Active)) {
            const auto lines = StoreActions(m_site->database()).listRecords(QStringLiteral("stock_line"), code);
            QVERIFY2(lines.ok(), qPrintable(lines.error().message));
            if (lines->size() > most) {
                most = lines->size();
                m_activeStore = code;
            }
        }
        QVERIFY2(most > 0, "the generated records give the site's Active stores stock lines");

        // A shipment from the sender's site arrives at the page's site as an inbound shipment, status shipped.
        const auto outbound = StoreActions(m_sender->database())
                                  .createTransfer(m_senderStore, m_receivingStore, QStringLiteral("ORS"), 1);
        QVERIFY2(outbound.ok(), qPrintable(outbound.error().message));
        SYNCSITES_SYNC_OK(*m_sender);
        SYNCSITES_SYNC_OK(*m_site);
        m_inbound = TransferIds::inboundInvoice(*outbound);
        auto pageSite = LocalSite::open(m_site->path());
        QVERIFY2(pageSite.ok(), qPrintable(pageSite.error().message));
        m_pageSite = std::move(pageSite).value();
        m_pageSite->engine().setInterval(0); // the tests sync by hand
        QCOMPARE(record(QStringLiteral("invoice"), m_inbound).value(QLatin1String("status")).toString(),
                 QStringLiteral("shipped"));
    }

    void modelsPassTheTester()
    {
        RecordTableModel records;
        QAbstractItemModelTester recordsTester(&records, QAbstractItemModelTester::FailureReportingMode::QtTest);
        records.setSite(m_pageSite.get());
        records.setQuery({QStringLiteral("stock_line"), m_activeStore, QString()});
        settle();
        QVERIFY(records.rowCount() > 0);
        records.setQuery({QStringLiteral("invoice_line"), m_receivingStore, QStringLiteral("ORS")});
        settle();
        records.setQuery({QStringLiteral("item"), QString(), QString()});
        settle();
        QVERIFY(records.rowCount() > 0);
        records.setSite(nullptr);
        QCOMPARE(records.rowCount(), 0);

        DataStoreListModel stores;
        QAbstractItemModelTester storesTester(&stores, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto browsable = ReplicaBrowser(m_site->database()).stores();
        QVERIFY(browsable.ok());
        stores.setStores(browsable->browsable);
        QVERIFY(stores.rowCount() > browsable->browsable.size()); // with the group headings
        QCOMPARE(stores.flags(stores.index(0)), Qt::NoItemFlags);
        stores.setStores({});

        ShipmentListModel shipments;
        QAbstractItemModelTester shipmentsTester(&shipments, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto waiting = ReplicaBrowser(m_site->database()).shipmentsToReceive(m_receivingStore);
        QVERIFY(waiting.ok());
        shipments.setShipments(*waiting);
        QCOMPARE(shipments.rowCount(), int(waiting->size()));
        shipments.setShipments({});
    }

    // A table larger than a page is read a page at a time, in id order, without gaps or repeats.
    void largeTablesArePaged()
    {
        const int extra = RecordTableModel::pageSize + 50;
        StoreActions actions(m_sender->database());
        for (int i = 0; i < extra; ++i) {
            const QJsonObject line{{QStringLiteral("item_id"), StableId::item(QStringLiteral("PARA500"))},
                                   {QStringLiteral("batch"), QStringLiteral("PAGE-%1").arg(i)},
                                   {QStringLiteral("pack_size"), 10},
                                   {QStringLiteral("available_packs"), 5}};
            const auto put = actions.putRecord(m_senderStore, QStringLiteral("stock_line"), line);
            QVERIFY2(put.ok(), qPrintable(put.error().message));
        }
        RecordTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto senderSite = LocalSite::open(m_sender->path());
        QVERIFY2(senderSite.ok(), qPrintable(senderSite.error().message));
        (*senderSite)->engine().setInterval(0);
        const auto settleSender = [&] {
            for (int round = 0; round < 4; ++round) {
                const QFuture<bool> done = (*senderSite)->drained();
                while (!done.isFinished())
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
                QCoreApplication::processEvents();
            }
        };
        model.setSite(senderSite->get());
        model.setQuery({QStringLiteral("stock_line"), m_senderStore, QString()});
        settleSender();
        QVERIFY(model.totalCount() >= extra);
        QCOMPARE(model.rowCount(), RecordTableModel::pageSize);
        QVERIFY(model.canFetchMore(QModelIndex()));
        while (model.canFetchMore(QModelIndex())) {
            model.fetchMore(QModelIndex());
            settleSender();
        }
        QCOMPARE(model.rowCount(), int(model.totalCount()));
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.record(row - 1).value(QLatin1String("id")).toString() <
                    model.record(row).value(QLatin1String("id")).toString());

        // The filter matches the batch, and the item by its code.
        model.setQuery({QStringLiteral("stock_line"), m_senderStore, QStringLiteral("page-%1").arg(extra - 1)});
        settleSender();
        QCOMPARE(model.totalCount(), qint64(1));
        model.setQuery({QStringLiteral("stock_line"), m_senderStore, QStringLiteral("PARA500")});
        settleSender();
        QVERIFY(model.totalCount() >= extra);
        // LIKE's wildcards are taken literally.
        model.setQuery({QStringLiteral("stock_line"), m_senderStore, QStringLiteral("PAGE_1%")});
        settleSender();
        QCOMPARE(model.totalCount(), qint64(0));
    }

    void withoutReplicaThePageSaysSo()
    {
        DataPage page;
        page.setSite(nullptr);
        page.show();
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("noData"))->isVisible());
        QVERIFY(!page.findChild<QTableView*>(QStringLiteral("records"))->isVisible());
    }

    void listsActiveAndCollectorStoresNotTransfer()
    {
        auto page = makePage();
        auto* picker = page->findChild<QComboBox*>(QStringLiteral("storePicker"));
        QStringList active, collector;
        for (int row = 0; row < picker->count(); ++row) {
            const QModelIndex index = picker->model()->index(row, 0);
            if (index.data(DataStoreListModel::HeadingRole).toBool())
                continue;
            const auto type = SyncType(index.data(DataStoreListModel::SyncTypeRole).toInt());
            (type == SyncType::Active ? active : collector) << index.data(DataStoreListModel::CodeRole).toString();
            QVERIFY(type == SyncType::Active || type == SyncType::Collector);
        }
        active.sort();
        collector.sort();
        QCOMPARE(active, storesOfType(m_topology, m_site->site(), SyncType::Active));
        QCOMPARE(collector, storesOfType(m_topology, m_site->site(), SyncType::Collector));
        QVERIFY(!active.contains(m_transferStore) && !collector.contains(m_transferStore));
        // The first store shown is an Active one, its stock lines by default.
        QCOMPARE(SyncType(picker->currentData(DataStoreListModel::SyncTypeRole).toInt()), SyncType::Active);
        QCOMPARE(page->findChild<QComboBox*>(QStringLiteral("tablePicker"))->currentData().toString(),
                 QStringLiteral("stock_line"));
    }

    void collectorStoreIsReadOnly()
    {
        auto page = makePage();
        page->show();
        selectStore(*page, m_collectorStore);
        auto* banner = page->findChild<QLabel*>(QStringLiteral("dataBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(m_collectorStore) &&
                     banner->text().contains(m_topology.store(m_collectorStore)->home) &&
                     banner->text().contains(QLatin1String("Collector")),
                 qPrintable(banner->text()));
        auto* view = page->findChild<QTableView*>(QStringLiteral("records"));
        if (view->model()->rowCount() > 0)
            view->selectRow(0);
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("adjustStock"))->isEnabled());
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("newTransfer"))->isEnabled());
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("receiveShipment"))->isEnabled());

        // Back on an Active store: no banner, the actions are there.
        selectStore(*page, m_activeStore);
        QVERIFY(!banner->isVisible());
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("newTransfer"))->isEnabled());

        // A supervisor (or someone who does not work here): even the Active store is read-only, and says why.
        const QString why = QStringLiteral("Supervisors see every store's data but change none.");
        page->setEditable(false, why);
        for (const char* name : {"adjustStock", "newTransfer", "receiveShipment"}) {
            auto* button = page->findChild<QPushButton*>(QLatin1String(name));
            QVERIFY2(!button->isEnabled(), name);
            QCOMPARE(button->toolTip(), why);
        }
        page->setEditable(true);
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("newTransfer"))->isEnabled());
    }

    void adjustingStockWritesTheReplica()
    {
        auto page = makePage();
        page->show();
        QSignalSpy changed(page.get(), &DataPage::recordsChanged);
        selectStore(*page, m_activeStore);
        selectTable(*page, QStringLiteral("stock_line"));
        auto* view = page->findChild<QTableView*>(QStringLiteral("records"));
        auto* adjust = page->findChild<QPushButton*>(QStringLiteral("adjustStock"));
        QVERIFY(!adjust->isEnabled()); // nothing selected yet
        view->selectRow(0);
        QVERIFY(adjust->isEnabled());
        const QString id = view->model()->index(0, 0).data(RecordTableModel::RecordIdRole).toString();
        const double before =
            record(QStringLiteral("stock_line"), id).value(QLatin1String("available_packs")).toDouble();

        adjust->click();
        settle();

        settle();
        auto* dialog = page->findChild<AdjustStockDialog*>();
        QVERIFY(dialog != nullptr);
        dialog->findChild<QDoubleSpinBox*>(QStringLiteral("newPacks"))->setValue(before + 7);
        QVERIFY(!dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled()); // no reason
        dialog->findChild<QLineEdit*>(QStringLiteral("reason"))->setText(QStringLiteral("stocktake found 7 more"));
        clickOk(dialog);
        settle();

        const QJsonObject after = record(QStringLiteral("stock_line"), id);
        auto* message = page->findChild<QLabel*>(QStringLiteral("dataMessage"));
        QVERIFY2(!message->text().startsWith(QLatin1String("Not done")), qPrintable(message->text()));
        QCOMPARE(after.value(QLatin1String("available_packs")).toDouble(), before + 7);
        QVERIFY2(after.value(QLatin1String("note")).toString().contains(QLatin1String("stocktake found 7 more")),
                 qPrintable(after.value(QLatin1String("note")).toString()));
        QCOMPARE(changed.count(), 1);
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("dataMessage"))->isVisible());
    }

    void transferShipsAnOutboundShipment()
    {
        auto page = makePage();
        page->show();
        QSignalSpy changed(page.get(), &DataPage::recordsChanged);
        selectStore(*page, m_activeStore);
        const auto before = StoreActions(m_site->database()).listRecords(QStringLiteral("invoice"), m_activeStore);
        QVERIFY(before.ok());

        page->findChild<QPushButton*>(QStringLiteral("newTransfer"))->click();
        settle();
        auto* dialog = page->findChild<TransferDialog*>();
        QVERIFY(dialog != nullptr);
        auto* partner = dialog->findChild<QComboBox*>(QStringLiteral("partner"));
        // The partners are the stores visible here, Transfer ones included, never the shipping store itself.
        QVERIFY(partner->findData(m_transferStore) >= 0);
        QVERIFY(partner->findData(m_collectorStore) >= 0);
        QCOMPARE(partner->findData(m_activeStore), -1);
        partner->setCurrentIndex(partner->findData(m_transferStore));
        auto* item = dialog->findChild<QComboBox*>(QStringLiteral("item"));
        item->setCurrentIndex(item->findData(QStringLiteral("ORS")));
        dialog->findChild<QDoubleSpinBox*>(QStringLiteral("packs"))->setValue(1);
        clickOk(dialog);
        settle();

        const auto after = StoreActions(m_site->database()).listRecords(QStringLiteral("invoice"), m_activeStore);
        QVERIFY(after.ok());
        QCOMPARE(after->size(), before->size() + 1);
        QJsonObject shipped;
        for (const QJsonObject& invoice : *after) {
            if (!before->contains(invoice))
                shipped = invoice;
        }
        QCOMPARE(shipped.value(QLatin1String("type")).toString(), QStringLiteral("outbound"));
        QCOMPARE(shipped.value(QLatin1String("status")).toString(), QStringLiteral("shipped"));
        QCOMPARE(shipped.value(QLatin1String("partner_store_id")).toString(), StableId::store(m_transferStore));
        QCOMPARE(changed.count(), 1);
    }

    void refusedActionsSayWhy()
    {
        auto page = makePage();
        page->show();
        QSignalSpy changed(page.get(), &DataPage::recordsChanged);
        selectStore(*page, m_activeStore);
        const auto stock = ReplicaBrowser(m_site->database()).itemStock(m_activeStore);
        QVERIFY(stock.ok());
        QString stocked;
        for (const ItemStock& item : *stock) {
            if (item.availablePacks > 0 && stocked.isEmpty())
                stocked = item.code;
        }
        QVERIFY(!stocked.isEmpty());
        page->findChild<QPushButton*>(QStringLiteral("newTransfer"))->click();
        settle();
        auto* dialog = page->findChild<TransferDialog*>();
        QVERIFY(dialog != nullptr);
        auto* item = dialog->findChild<QComboBox*>(QStringLiteral("item"));
        item->setCurrentIndex(item->findData(stocked));
        dialog->findChild<QDoubleSpinBox*>(QStringLiteral("packs"))->setValue(9e8);
        clickOk(dialog);
        settle();
        auto* message = page->findChild<QLabel*>(QStringLiteral("dataMessage"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("packs available")), qPrintable(message->text()));
        QCOMPARE(changed.count(), 0);
    }

    void receivingAnInboundShipmentDeliversIt()
    {
        auto page = makePage();
        page->show();
        QSignalSpy changed(page.get(), &DataPage::recordsChanged);
        selectStore(*page, m_receivingStore);
        auto* receive = page->findChild<QPushButton*>(QStringLiteral("receiveShipment"));
        QVERIFY2(receive->text().contains(QLatin1String("(")), qPrintable(receive->text())); // shows how many wait
        receive->click();
        settle();
        settle();
        auto* dialog = page->findChild<ReceiveDialog*>();
        QVERIFY(dialog != nullptr);
        QVERIFY(dialog->selectShipment(m_inbound));
        clickOk(dialog);
        settle();
        const QJsonObject inbound = record(QStringLiteral("invoice"), m_inbound);
        QCOMPARE(inbound.value(QLatin1String("status")).toString(), QStringLiteral("delivered"));
        QCOMPARE(changed.count(), 1);
        const auto waiting = ReplicaBrowser(m_site->database()).shipmentsToReceive(m_receivingStore);
        QVERIFY(waiting.ok());
        for (const ShipmentToReceive& shipment : *waiting)
            QVERIFY(shipment.id != m_inbound);
    }

    void filterNarrowsTheRecords()
    {
        auto page = makePage();
        page->show();
        selectStore(*page, m_activeStore);
        selectTable(*page, QStringLiteral("stock_line"));
        auto* view = page->findChild<QTableView*>(QStringLiteral("records"));
        auto* model = qobject_cast<RecordTableModel*>(view->model());
        const qint64 all = model->totalCount();
        QVERIFY(all > 0);
        const QString batch = model->record(0).value(QLatin1String("batch")).toString();
        QVERIFY(!batch.isEmpty());
        filterBy(*page, batch);
        QVERIFY(model->totalCount() >= 1 && model->totalCount() <= all);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QJsonObject line = model->record(row);
            bool matches = false;
            for (auto it = line.constBegin(); it != line.constEnd(); ++it)
                matches = matches || it.value().toVariant().toString().contains(batch, Qt::CaseInsensitive);
            QVERIFY(matches);
        }
    }

    void requisitionIsRaisedAnsweredAndFinalised()
    {
        // A store of another site, visible here: it supplies.
        QString supplierStore;
        for (const Store& store : m_topology.stores()) {
            if (supplierStore.isEmpty() && store.home != m_site->site() && m_hub->syncingSites().contains(store.home) &&
                m_topology.syncType(store.code, m_site->site()) != SyncType::None)
                supplierStore = store.code;
        }
        QVERIFY2(!supplierStore.isEmpty(), "a store of another site is visible on the page's site");
        SiteReplica* supplier = replicaOf(m_topology.store(supplierStore)->home);
        QVERIFY(supplier != nullptr);

        auto page = makePage();
        page->show();
        QSignalSpy siteChanged(m_pageSite.get(), &LocalSite::recordsChanged); // what the Sync page follows
        selectStore(*page, m_activeStore);
        auto* request = page->findChild<QPushButton*>(QStringLiteral("requestStock"));
        QVERIFY(request->isEnabled());
        request->click();
        settle();
        auto* dialog = page->findChild<RequisitionDialog*>();
        QVERIFY(dialog != nullptr);
        auto* from = dialog->findChild<QComboBox*>(QStringLiteral("supplier"));
        QCOMPARE(from->findData(m_activeStore), -1); // never the requesting store itself
        from->setCurrentIndex(from->findData(supplierStore));
        QVERIFY(from->currentIndex() >= 0);
        auto* item = dialog->findChild<QComboBox*>(QStringLiteral("item"));
        item->setCurrentIndex(item->findData(QStringLiteral("ORS")));
        dialog->findChild<QDoubleSpinBox*>(QStringLiteral("packs"))->setValue(3);
        clickOk(dialog);
        settle();
        auto* message = page->findChild<QLabel*>(QStringLiteral("dataMessage"));
        QVERIFY2(!message->text().startsWith(QLatin1String("Not done")), qPrintable(message->text()));
        QCOMPARE(siteChanged.count(), 1);
        QString requestId;
        const auto requisitions =
            StoreActions(m_site->database()).listRecords(QStringLiteral("requisition"), m_activeStore);
        QVERIFY(requisitions.ok());
        for (const QJsonObject& r : *requisitions) {
            if (r.value(QLatin1String("partner_store_id")).toString() == StableId::store(supplierStore) &&
                r.value(QLatin1String("type")).toString() == QLatin1String("request") &&
                r.value(QLatin1String("status")).toString() == QLatin1String("sent") &&
                message->text().contains(r.value(QLatin1String("id")).toString()))
                requestId = r.value(QLatin1String("id")).toString();
        }
        QVERIFY2(!requestId.isEmpty(), qPrintable(message->text()));
        page.reset();

        // It travels: pushed from here, pulled there, where the transfer processor makes its response.
        SYNCSITES_SYNC_OK(*m_site);
        SYNCSITES_SYNC_OK(*supplier);
        const QString responseId = TransferIds::responseRequisition(requestId);
        {
            auto opened = LocalSite::open(supplier->path());
            QVERIFY2(opened.ok(), qPrintable(opened.error().message));
            LocalSite* site = opened->get();
            site->engine().setInterval(0);
            auto answering = makePage(site);
            answering->show();
            selectStore(*answering, supplierStore, site);
            auto* answer = answering->findChild<QPushButton*>(QStringLiteral("answerRequisition"));
            QVERIFY2(answer->isEnabled() && answer->text().contains(QLatin1String("(")), qPrintable(answer->text()));
            answer->click();
            settle(site);
            auto* respond = answering->findChild<RespondDialog*>();
            QVERIFY(respond != nullptr);
            QVERIFY(respond->selectRequisition(requestId));
            QCOMPARE(respond->requisitionId(), responseId);
            clickOk(respond);
            settle(site);
            auto* answered = answering->findChild<QLabel*>(QStringLiteral("dataMessage"));
            QVERIFY2(answered->text().contains(responseId), qPrintable(answered->text()));
            const QJsonObject response = record(QStringLiteral("requisition"), responseId, &supplier->database());
            QCOMPARE(response.value(QLatin1String("status")).toString(), QStringLiteral("finalised"));
            const auto waiting = StoreActions(supplier->database()).requisitionsToAnswer(supplierStore);
            QVERIFY(waiting.ok());
            for (const RequisitionToAnswer& left : *waiting)
                QVERIFY(left.requestId != requestId);
        }

        // Back here after both syncs: the request is finalised, as the page shows it.
        SYNCSITES_SYNC_OK(*supplier);
        SYNCSITES_SYNC_OK(*m_site);
        auto again = makePage();
        again->show();
        selectStore(*again, m_activeStore);
        selectTable(*again, QStringLiteral("requisition"));
        filterBy(*again, requestId);
        auto* model =
            qobject_cast<RecordTableModel*>(again->findChild<QTableView*>(QStringLiteral("records"))->model());
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->record(0).value(QLatin1String("status")).toString(), QStringLiteral("finalised"));
    }

    void assetsAndTemperatureLogsAtAnOpenMsupplySite()
    {
        // Where the site does not sync Open mSupply data, the asset actions are not offered.
        auto plain = makePage();
        selectStore(*plain, m_activeStore);
        QCOMPARE(plain->findChild<QPushButton*>(QStringLiteral("addAsset"))->isVisibleTo(plain.get()),
                 m_topology.site(m_site->site())->carries(Category::Oms));
        plain.reset();
        QString omsSite, omsStore;
        for (const QString& name : m_hub->syncingSites()) {
            const QStringList active = storesOfType(m_topology, name, SyncType::Active);
            if (omsSite.isEmpty() && m_topology.site(name)->carries(Category::Oms) && !active.isEmpty()) {
                omsSite = name;
                omsStore = active.first();
            }
        }
        QVERIFY2(!omsSite.isEmpty(), "the demo network has an Open mSupply site with an Active store");
        SiteReplica* replica = replicaOf(omsSite);
        QVERIFY(replica != nullptr);
        std::unique_ptr<LocalSite> opened;
        LocalSite* site = m_pageSite.get();
        if (replica != m_site.get()) {
            auto open = LocalSite::open(replica->path());
            QVERIFY2(open.ok(), qPrintable(open.error().message));
            opened = std::move(open).value();
            opened->engine().setInterval(0);
            site = opened.get();
        }
        auto page = makePage(site);
        page->show();
        selectStore(*page, omsStore, site);
        auto* addAsset = page->findChild<QPushButton*>(QStringLiteral("addAsset"));
        QVERIFY(addAsset->isVisible() && addAsset->isEnabled());
        addAsset->click();
        settle(site);
        auto* assetDialog = page->findChild<AssetDialog*>();
        QVERIFY(assetDialog != nullptr);
        QVERIFY(!assetDialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled()); // no code
        assetDialog->findChild<QLineEdit*>(QStringLiteral("code"))->setText(QStringLiteral("FRIDGE-T1"));
        assetDialog->findChild<QComboBox*>(QStringLiteral("assetType"))->setCurrentText(QStringLiteral("refrigerator"));
        assetDialog->findChild<QLineEdit*>(QStringLiteral("serial"))->setText(QStringLiteral("SN-42"));
        clickOk(assetDialog);
        settle(site);
        QString assetId;
        const auto assets = StoreActions(replica->database()).listRecords(QStringLiteral("asset"), omsStore);
        QVERIFY(assets.ok());
        for (const QJsonObject& asset : *assets) {
            if (asset.value(QLatin1String("code")).toString() == QLatin1String("FRIDGE-T1")) {
                assetId = asset.value(QLatin1String("id")).toString();
                QCOMPARE(asset.value(QLatin1String("serial")).toString(), QStringLiteral("SN-42"));
                QCOMPARE(asset.value(QLatin1String("asset_type")).toString(), QStringLiteral("refrigerator"));
            }
        }
        QVERIFY2(!assetId.isEmpty(), qPrintable(page->findChild<QLabel*>(QStringLiteral("dataMessage"))->text()));

        // A reading of the asset selected in the Assets table.
        selectTable(*page, QStringLiteral("asset"), site);
        filterBy(*page, QStringLiteral("FRIDGE-T1"), site);
        auto* view = page->findChild<QTableView*>(QStringLiteral("records"));
        QCOMPARE(view->model()->rowCount(), 1);
        view->selectRow(0);
        page->findChild<QPushButton*>(QStringLiteral("addTemperatureLog"))->click();
        settle(site);
        auto* logDialog = page->findChild<TemperatureLogDialog*>();
        QVERIFY(logDialog != nullptr);
        QCOMPARE(logDialog->assetCode(), QStringLiteral("FRIDGE-T1"));
        logDialog->findChild<QDoubleSpinBox*>(QStringLiteral("temperature"))->setValue(9.5);
        QVERIFY(!logDialog->findChild<QLabel*>(QStringLiteral("range"))->text().isEmpty()); // warm for vaccines
        clickOk(logDialog);
        settle(site);
        QString logId;
        const auto logs = StoreActions(replica->database()).listRecords(QStringLiteral("temperature_log"), omsStore);
        QVERIFY(logs.ok());
        for (const QJsonObject& log : *logs) {
            if (log.value(QLatin1String("asset_id")).toString() == assetId) {
                logId = log.value(QLatin1String("id")).toString();
                QCOMPARE(log.value(QLatin1String("temperature_c")).toDouble(), 9.5);
            }
        }
        QVERIFY2(!logId.isEmpty(), qPrintable(page->findChild<QLabel*>(QStringLiteral("dataMessage"))->text()));
        page.reset();
        opened.reset();

        // Both reach the cold-chain hub at the next sync.
        SYNCSITES_SYNC_OK(*replica);
        RecordStore hub(m_hub->database());
        QVERIFY(hub.get(u"asset", assetId)->has_value());
        QVERIFY(hub.get(u"temperature_log", logId)->has_value());
    }

    void deletingSaysWhatGoesAndWhatMayNot()
    {
        auto page = makePage();
        page->show();
        QSignalSpy changed(page.get(), &DataPage::recordsChanged);
        selectStore(*page, m_activeStore);
        selectTable(*page, QStringLiteral("stock_line"));
        auto* view = page->findChild<QTableView*>(QStringLiteral("records"));
        auto* remove = page->findChild<QPushButton*>(QStringLiteral("deleteRecord"));
        QVERIFY(!remove->isEnabled()); // nothing selected
        view->selectRow(0);
        QVERIFY(remove->isEnabled());
        const QString id = view->model()->index(0, 0).data(RecordTableModel::RecordIdRole).toString();
        RecordStore hub(m_hub->database());
        QVERIFY(hub.get(u"stock_line", id)->has_value());
        const auto confirm = [&] { // the page asks first, naming the record's store
            remove->click();
            auto* box = page->findChild<QMessageBox*>(QStringLiteral("confirmDelete"));
            if (box == nullptr || !box->text().contains(m_activeStore))
                return false;
            box->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton"))->click();
            settle();
            return true;
        };
        QVERIFY(confirm());
        auto* message = page->findChild<QLabel*>(QStringLiteral("dataMessage"));
        QVERIFY2(message->text().startsWith(QLatin1String("Deleted")), qPrintable(message->text()));
        QVERIFY(record(QStringLiteral("stock_line"), id).isEmpty());
        QCOMPARE(changed.count(), 1);
        // The delete reaches the hub at the next sync.
        SYNCSITES_SYNC_OK(*m_site);
        QVERIFY(!hub.get(u"stock_line", id)->has_value());

        // A shipment that has left may not be deleted: the page says why, and it stays.
        const auto shipped =
            StoreActions(m_site->database()).createTransfer(m_activeStore, m_transferStore, QStringLiteral("ORS"), 1);
        QVERIFY2(shipped.ok(), qPrintable(shipped.error().message));
        selectTable(*page, QStringLiteral("invoice"));
        filterBy(*page, *shipped);
        QCOMPARE(view->model()->rowCount(), 1);
        view->selectRow(0);
        QVERIFY(confirm());
        QVERIFY2(message->text().startsWith(QLatin1String("Not done")) && message->text().contains(m_transferStore) &&
                     message->text().contains(QLatin1String("shipped")),
                 qPrintable(message->text()));
        QVERIFY(!record(QStringLiteral("invoice"), *shipped).isEmpty());
        QCOMPARE(changed.count(), 1);

        // Central data is not deleted here at all.
        filterBy(*page, QString());
        selectTable(*page, QStringLiteral("item"));
        view->selectRow(0);
        QVERIFY(!remove->isEnabled());
        QVERIFY2(remove->toolTip().contains(QLatin1String("central server")), qPrintable(remove->toolTip()));
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("SYNCSITES_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("SYNCSITES_SCREENSHOT_DIR is not set");
        auto page = makePage();
        page->show();
        selectStore(*page, m_activeStore);
        selectTable(*page, QStringLiteral("stock_line"));
        page->findChild<QTableView*>(QStringLiteral("records"))->selectRow(1);
        QVERIFY(page->grab().save(QDir(dir).filePath(QStringLiteral("data-page.png"))));
        selectStore(*page, m_collectorStore);
        QVERIFY(page->grab().save(QDir(dir).filePath(QStringLiteral("data-page-collector.png"))));
    }
};

QTEST_MAIN(TestDataPage)
#include "TestDataPage.moc"
