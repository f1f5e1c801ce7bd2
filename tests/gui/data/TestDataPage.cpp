// The Data page over a real site replica: a demo hub with generated records served in-process on loopback, the
// replica of a site holding Active, Collector and Transfer stores initialised and synced against it, and a second
// site that ships to it. Drives the real widgets: the store picker, the read-only Collector, and the three store
// actions, each checked in the replica.

#include "AdjustStockDialog.h"
#include "DataPage.h"
#include "DataStoreListModel.h"
#include "HubTestHarness.h"
#include "LocalSite.h"
#include "ReceiveDialog.h"
#include "RecordStore.h"
#include "RecordTableModel.h"
#include "ReplicaBrowser.h"
#include "ShipmentListModel.h"
#include "SiteReplica.h"
#include "StableId.h"
#include "StoreActions.h"
#include "SyncEngine.h"
#include "TransferDialog.h"
#include "TransferIds.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

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
    QString m_activeStore;    // Active on m_site, with stock lines
    QString m_collectorStore; // Collector on m_site
    QString m_transferStore;  // Transfer on m_site
    QString m_senderStore;    // Active on m_sender, shipping to m_receivingStore
    QString m_receivingStore; // Active on m_site, visible on m_sender
    QString m_inbound;        // the inbound shipment in m_receivingStore, shipped

    std::unique_ptr<DataPage> makePage()
    {
        auto page = std::make_unique<DataPage>();
        page->resize(1100, 640);
        page->setSite(m_pageSite.get());
        settle();
        return page;
    }

    /// Lets the page's work on the site's database thread, and what follows it on this thread, finish.
    void settle()
    {
        for (int round = 0; round < 4; ++round) {
            const QFuture<bool> done = m_pageSite->drained();
            while (!done.isFinished())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            QCoreApplication::processEvents();
        }
    }

    void selectStore(DataPage& page, const QString& code)
    {
        auto* picker = page.findChild<QComboBox*>(QStringLiteral("storePicker"));
        auto* model = qobject_cast<DataStoreListModel*>(picker->model());
        QVERIFY(model != nullptr);
        const int row = model->rowOf(code);
        QVERIFY2(row >= 0, qPrintable(code));
        picker->setCurrentIndex(row);
        settle();
    }

    void selectTable(DataPage& page, const QString& table)
    {
        auto* picker = page.findChild<QComboBox*>(QStringLiteral("tablePicker"));
        const int index = picker->findData(table);
        QVERIFY2(index >= 0, qPrintable(table));
        picker->setCurrentIndex(index);
        settle();
    }

    QJsonObject record(const QString& table, const QString& id)
    {
        RecordStore records(m_site->database());
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
        page->findChild<QLineEdit*>(QStringLiteral("filter"))->setText(batch);
        QTRY_VERIFY(model->query().filter == batch);
        settle();
        QVERIFY(model->totalCount() >= 1 && model->totalCount() <= all);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QJsonObject line = model->record(row);
            bool matches = false;
            for (auto it = line.constBegin(); it != line.constEnd(); ++it)
                matches = matches || it.value().toVariant().toString().contains(batch, Qt::CaseInsensitive);
            QVERIFY(matches);
        }
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
