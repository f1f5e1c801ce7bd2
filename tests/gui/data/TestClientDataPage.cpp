// The Data page of a client computer: a client site's stores read through its server's data API, against a real
// hub on loopback.
#include "AdjustStockDialog.h"
#include "ClientDataPage.h"
#include "HubApiClient.h"
#include "HubDataActionsClient.h"
#include "HubTestHarness.h"
#include "JsonRecordsModel.h"
#include "ReceiveDialog.h"
#include "RecordStore.h"
#include "RequisitionDialog.h"
#include "RespondDialog.h"
#include "StableId.h"
#include "TransferDialog.h"
#include "TransferIds.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTest>

using namespace syncsites;
using namespace syncsites::test;

class TestClientDataPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        HubHarnessOptions options;
        options.records = 3000;
        Result<std::unique_ptr<HubTestHarness>> hub = HubTestHarness::start(options);
        QVERIFY2(hub, qPrintable(hub.error().message));
        m_hub = std::move(hub).value();
    }

    void cleanupTestCase() { m_hub.reset(); }

    void browsesTheClientsStoresPageByPage()
    {
        // Central Front Desk is an msupply_client of this hub (National Medical Stores); administrators may work
        // through any client.
        HubApiClient api;
        QVERIFY(signIn(api, QStringLiteral("admin")));
        ui::ClientDataPage page(api, QStringLiteral("Central Front Desk"));
        QAbstractItemModelTester tester(page.records(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1100, 700);
        page.show();
        page.reload();
        auto* stores = page.findChild<QComboBox*>(QStringLiteral("clientStorePicker"));
        auto* pageProblem = page.findChild<QLabel*>(QStringLiteral("clientDataProblem"));
        QTRY_VERIFY2_WITH_TIMEOUT(stores->count() > 0, qPrintable(pageProblem->text()), 10000);
        auto* tables = page.findChild<QComboBox*>(QStringLiteral("clientTablePicker"));
        QCOMPARE(tables->currentData().toString(), QStringLiteral("stock_line"));

        // Some store of the client has stock lines: its first page shows, and "Load more" goes on in id order.
        int withRows = -1;
        for (int i = 0; i < stores->count() && withRows < 0; ++i) {
            stores->setCurrentIndex(i);
            QTest::qWait(0);
            if (QTest::qWaitFor([&] { return page.records()->rowCount() > 0; }, 3000))
                withRows = i;
        }
        QVERIFY2(withRows >= 0, "no store of the client holds stock lines");
        const int firstPage = page.records()->rowCount();
        QVERIFY(firstPage <= 200);
        auto* more = page.findChild<QPushButton*>(QStringLiteral("clientLoadMore"));
        if (firstPage == 200) {
            QVERIFY(more->isEnabled());
            more->click();
            QTRY_VERIFY_WITH_TIMEOUT(page.records()->rowCount() > 200, 10000);
        } else {
            QVERIFY(!more->isEnabled());
        }
        QSet<QString> ids;
        QString previous;
        for (int row = 0; row < page.records()->rowCount(); ++row) {
            const QString id = page.records()->record(row).value(QStringLiteral("id")).toString();
            QVERIFY(!ids.contains(id));
            QVERIFY(previous < id);
            ids.insert(id);
            previous = id;
        }
        QCOMPARE(page.records()->columns().last(), QStringLiteral("id"));
        QVERIFY(page.records()->columns().contains(QStringLiteral("available_packs")));

        // A client the user does not work at (the desk clerk works at Southern Dispensary Desk): the hub refuses,
        // and the page says so.
        HubApiClient clerk;
        QVERIFY(signIn(clerk, QStringLiteral("deskclerk")));
        ui::ClientDataPage other(clerk, QStringLiteral("Central Front Desk"));
        other.show();
        other.reload();
        auto* problem = other.findChild<QLabel*>(QStringLiteral("clientDataProblem"));
        QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 10000);
        QVERIFY(!problem->text().isEmpty());
        if (!qEnvironmentVariableIsEmpty("SYNCSITES_SCREENSHOT_DIR"))
            page.grab().save(qEnvironmentVariable("SYNCSITES_SCREENSHOT_DIR") +
                             QStringLiteral("/client-data-page.png"));
    }

    void readOnlyStoresHaveTheirActionsDisabled()
    {
        HubApiClient api;
        QVERIFY(signIn(api, QStringLiteral("admin")));
        ui::ClientDataPage page(api, QStringLiteral("Central Front Desk"));
        page.resize(1024, 600);
        page.show();
        page.reload();
        auto* stores = page.findChild<QComboBox*>(QStringLiteral("clientStorePicker"));
        QTRY_VERIFY_WITH_TIMEOUT(stores->count() > 0, 10000);
        const QStringList actions{QStringLiteral("clientNewTransfer"), QStringLiteral("clientReceiveShipment"),
                                  QStringLiteral("clientRequestStock"), QStringLiteral("clientAnswerRequisition")};
        // SEF-PHA is a Collector copy on the central: read only, and the buttons say why.
        choose(stores, QStringLiteral("SEF-PHA"));
        for (const QString& name : actions) {
            auto* button = page.findChild<QPushButton*>(name);
            QVERIFY2(button, qPrintable(name));
            QVERIFY2(!button->isEnabled(), qPrintable(name));
            QVERIFY2(button->toolTip().contains(QStringLiteral("Collector")) &&
                         button->toolTip().contains(QStringLiteral("Sefa District Hospital")),
                     qPrintable(button->toolTip()));
        }
        auto* adjust = page.findChild<QPushButton*>(QStringLiteral("clientAdjustStock"));
        QTRY_VERIFY_WITH_TIMEOUT(page.records()->rowCount() > 0, 10000);
        page.findChild<QTableView*>(QStringLiteral("clientRecordView"))->selectRow(0);
        QVERIFY(!adjust->isEnabled());
        QVERIFY(adjust->toolTip().contains(QStringLiteral("Collector")));
        // CWS is Active on the central: the same buttons work there.
        choose(stores, QStringLiteral("CWS"));
        for (const QString& name : actions)
            QVERIFY2(page.findChild<QPushButton*>(name)->isEnabled(), qPrintable(name));

        // A supervisor working at the desk reads CWS and changes nothing: the buttons are off there too.
        RecordStore records(m_hub->database());
        const QString userId = StableId::user(QStringLiteral("desksuper"));
        QVERIFY(records.upsert(u"user_account", QJsonObject{{QStringLiteral("id"), userId},
                                                            {QStringLiteral("username"), QStringLiteral("desksuper")},
                                                            {QStringLiteral("password_hash"), QStringLiteral("unused")},
                                                            {QStringLiteral("role"), QStringLiteral("supervisor")},
                                                            {QStringLiteral("full_name"), QStringLiteral("Desk Super")},
                                                            {QStringLiteral("active"), true}}));
        QVERIFY(records.upsert(
            u"user_site",
            QJsonObject{{QStringLiteral("id"), StableId::of(QStringLiteral("user_site"), userId)},
                        {QStringLiteral("user_id"), userId},
                        {QStringLiteral("site_id"), StableId::site(QStringLiteral("Central Front Desk"))}}));
        HubApiClient supervisorApi;
        supervisorApi.setServer(QUrl(m_hub->url()));
        supervisorApi.setToken(m_hub->server()
                                   .state()
                                   .tokens()
                                   .issue(TokenSubject::User, QStringLiteral("desksuper"), std::chrono::hours(1))
                                   .token);
        ui::ClientDataPage supervised(supervisorApi, QStringLiteral("Central Front Desk"));
        supervised.show();
        supervised.reload();
        auto* theirStores = supervised.findChild<QComboBox*>(QStringLiteral("clientStorePicker"));
        QTRY_VERIFY_WITH_TIMEOUT(theirStores->count() > 0, 10000);
        choose(theirStores, QStringLiteral("CWS"));
        for (const QString& name : actions) {
            auto* button = supervised.findChild<QPushButton*>(name);
            QVERIFY2(!button->isEnabled(), qPrintable(name));
            QVERIFY2(button->toolTip().contains(QStringLiteral("reads data only")), qPrintable(button->toolTip()));
        }
    }

    void adjustsStockThroughTheServer()
    {
        HubApiClient api;
        QVERIFY(signIn(api, QStringLiteral("admin")));
        ui::ClientDataPage page(api, QStringLiteral("Central Front Desk"));
        page.resize(1024, 600);
        page.show();
        page.reload();
        auto* stores = page.findChild<QComboBox*>(QStringLiteral("clientStorePicker"));
        QTRY_VERIFY_WITH_TIMEOUT(stores->count() > 0, 10000);
        choose(stores, QStringLiteral("CWS"));
        QTRY_VERIFY_WITH_TIMEOUT(page.records()->rowCount() > 0, 10000);
        auto* view = page.findChild<QTableView*>(QStringLiteral("clientRecordView"));
        auto* adjust = page.findChild<QPushButton*>(QStringLiteral("clientAdjustStock"));
        QVERIFY(!adjust->isEnabled()); // nothing selected yet
        view->selectRow(0);
        QVERIFY(adjust->isEnabled());
        const QJsonObject line = page.records()->record(0);
        const QString id = line.value(QStringLiteral("id")).toString();
        const double packs = line.value(QStringLiteral("available_packs")).toDouble() + 3;
        adjust->click();
        auto* dialog = page.findChild<ui::AdjustStockDialog*>();
        QVERIFY(dialog);
        dialog->findChild<QDoubleSpinBox*>(QStringLiteral("newPacks"))->setValue(packs);
        dialog->findChild<QLineEdit*>(QStringLiteral("reason"))->setText(QStringLiteral("recount"));
        dialog->accept();
        auto* result = page.findChild<QLabel*>(QStringLiteral("clientDataResult"));
        auto* problem = page.findChild<QLabel*>(QStringLiteral("clientDataProblem"));
        QTRY_VERIFY2_WITH_TIMEOUT(result->isVisible(), qPrintable(problem->text()), 10000);
        QVERIFY2(result->text().contains(QStringLiteral("CWS")), qPrintable(result->text()));
        const Result<std::optional<QJsonObject>> stored = RecordStore(m_hub->database()).get(u"stock_line", id);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((**stored).value(QStringLiteral("available_packs")).toDouble(), packs);
        QVERIFY((**stored).value(QStringLiteral("note")).toString().contains(QStringLiteral("recount")));
        // The page read the store again: the row shows the new packs.
        QTRY_VERIFY_WITH_TIMEOUT(
            rowOf(page, id) >= 0 &&
                page.records()->record(rowOf(page, id)).value(QStringLiteral("available_packs")).toDouble() == packs,
            10000);
    }

    void shipsAndShowsARefusalInWords()
    {
        HubApiClient api;
        QVERIFY(signIn(api, QStringLiteral("admin")));
        ui::ClientDataPage page(api, QStringLiteral("Central Front Desk"));
        page.resize(1024, 600);
        page.show();
        page.reload();
        auto* stores = page.findChild<QComboBox*>(QStringLiteral("clientStorePicker"));
        QTRY_VERIFY_WITH_TIMEOUT(stores->count() > 0, 10000);
        choose(stores, QStringLiteral("CWS"));
        const QString item = itemInStock(QStringLiteral("CWS"));
        QVERIFY2(!item.isEmpty(), "CWS should hold stock of some item");
        auto* transfer = page.findChild<QPushButton*>(QStringLiteral("clientNewTransfer"));
        auto* result = page.findChild<QLabel*>(QStringLiteral("clientDataResult"));
        auto* problem = page.findChild<QLabel*>(QStringLiteral("clientDataProblem"));

        const auto ship = [&](double packs) -> bool {
            transfer->click();
            if (!QTest::qWaitFor([&] { return page.findChild<ui::TransferDialog*>() != nullptr; }, 10000))
                return false;
            auto* dialog = page.findChild<ui::TransferDialog*>();
            auto* partner = dialog->findChild<QComboBox*>(QStringLiteral("partner"));
            auto* items = dialog->findChild<QComboBox*>(QStringLiteral("item"));
            partner->setCurrentIndex(partner->findData(QStringLiteral("CPH")));
            items->setCurrentIndex(items->findData(item));
            dialog->findChild<QDoubleSpinBox*>(QStringLiteral("packs"))->setValue(packs);
            if (!dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled())
                return false;
            dialog->accept();
            return true;
        };
        const QString cws = StableId::store(QStringLiteral("CWS"));
        const int before = shipmentsTo(cws, QStringLiteral("CPH"));
        QVERIFY(ship(1));
        QVERIFY(!transfer->isEnabled()); // waits for the server
        QTRY_VERIFY2_WITH_TIMEOUT(result->isVisible(), qPrintable(problem->text()), 10000);
        QVERIFY2(result->text().contains(QStringLiteral("Shipped 1 packs")), qPrintable(result->text()));
        QCOMPARE(shipmentsTo(cws, QStringLiteral("CPH")), before + 1);
        QTRY_VERIFY_WITH_TIMEOUT(transfer->isEnabled(), 10000);

        // More than any batch holds: StoreActions' refusal, in its words, and nothing shipped.
        QVERIFY(ship(1e8));
        QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 10000);
        QVERIFY2(problem->text().startsWith(QStringLiteral("Not done:")) &&
                     problem->text().contains(QStringLiteral("Ship fewer packs")),
                 qPrintable(problem->text()));
        QVERIFY(!result->isVisible());
        QCOMPARE(shipmentsTo(cws, QStringLiteral("CPH")), before + 1);
        QTRY_VERIFY_WITH_TIMEOUT(transfer->isEnabled(), 10000);
    }

    void receivesRequestsAndAnswersThroughTheServer()
    {
        HubApiClient api;
        QVERIFY(signIn(api, QStringLiteral("admin")));
        ui::ClientDataPage page(api, QStringLiteral("Central Front Desk"));
        page.resize(1024, 600);
        page.show();
        page.reload();
        auto* stores = page.findChild<QComboBox*>(QStringLiteral("clientStorePicker"));
        QTRY_VERIFY_WITH_TIMEOUT(stores->count() > 0, 10000);
        auto* result = page.findChild<QLabel*>(QStringLiteral("clientDataResult"));
        auto* problem = page.findChild<QLabel*>(QStringLiteral("clientDataProblem"));

        // A shipment CWS -> CPH made elsewhere (through the API) waits in CPH: the button counts it.
        HubDataActionsClient actions(api);
        const QString item = itemInStock(QStringLiteral("CWS"));
        std::optional<Result<QString>> shipped;
        actions.transfer(QStringLiteral("Central Front Desk"), QStringLiteral("CWS"), QStringLiteral("CPH"), item, 1,
                         this, [&](Result<QString> id) { shipped = id; });
        QTRY_VERIFY_WITH_TIMEOUT(shipped.has_value(), 10000);
        QVERIFY2(shipped->ok(), qPrintable(shipped->ok() ? QString() : shipped->error().message));
        const QString inbound = TransferIds::inboundInvoice(**shipped);
        choose(stores, QStringLiteral("CPH"));
        auto* receive = page.findChild<QPushButton*>(QStringLiteral("clientReceiveShipment"));
        QTRY_VERIFY_WITH_TIMEOUT(receive->text().contains(QLatin1Char('(')), 10000);
        receive->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<ui::ReceiveDialog*>() != nullptr, 10000);
        auto* receiving = page.findChild<ui::ReceiveDialog*>();
        QVERIFY(receiving->selectShipment(inbound));
        receiving->accept();
        QTRY_VERIFY2_WITH_TIMEOUT(result->isVisible(), qPrintable(problem->text()), 10000);
        QVERIFY2(result->text().contains(inbound), qPrintable(result->text()));
        QCOMPARE(RecordStore(m_hub->database()).get(u"invoice", inbound)->value().value(QStringLiteral("status")),
                 QJsonValue(QStringLiteral("delivered")));

        // CPH requests from CWS; the hub answers with a draft response at once, which CWS then finalises.
        auto* request = page.findChild<QPushButton*>(QStringLiteral("clientRequestStock"));
        QTRY_VERIFY_WITH_TIMEOUT(request->isEnabled(), 10000);
        request->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<ui::RequisitionDialog*>() != nullptr, 10000);
        auto* requesting = page.findChild<ui::RequisitionDialog*>();
        auto* supplier = requesting->findChild<QComboBox*>(QStringLiteral("supplier"));
        supplier->setCurrentIndex(supplier->findData(QStringLiteral("CWS")));
        auto* items = requesting->findChild<QComboBox*>(QStringLiteral("item"));
        items->setCurrentIndex(items->findData(item));
        requesting->findChild<QDoubleSpinBox*>(QStringLiteral("packs"))->setValue(6);
        requesting->accept();
        QTRY_VERIFY2_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Requested 6 packs")),
                                  qPrintable(problem->text()), 10000);

        choose(stores, QStringLiteral("CWS"));
        auto* answer = page.findChild<QPushButton*>(QStringLiteral("clientAnswerRequisition"));
        QTRY_VERIFY_WITH_TIMEOUT(answer->text().contains(QLatin1Char('(')), 10000);
        answer->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<ui::RespondDialog*>() != nullptr, 10000);
        auto* responding = page.findChild<ui::RespondDialog*>();
        QVERIFY(!responding->requisitionId().isEmpty());
        const QString responseId = responding->requisitionId();
        responding->accept();
        QTRY_VERIFY2_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Finalised response")),
                                  qPrintable(problem->text()), 10000);
        QCOMPARE(
            RecordStore(m_hub->database()).get(u"requisition", responseId)->value().value(QStringLiteral("status")),
            QJsonValue(QStringLiteral("finalised")));
        // An mSupply Client works with no asset data: those buttons are not offered.
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("clientAddAsset"))->isVisible());
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("clientAddTemperatureLog"))->isVisible());
    }

private:
    static void choose(QComboBox* stores, const QString& code)
    {
        stores->setCurrentIndex(stores->findData(code));
        QTest::qWait(0);
    }

    static int rowOf(ui::ClientDataPage& page, const QString& id)
    {
        for (int row = 0; row < page.records()->rowCount(); ++row)
            if (page.records()->record(row).value(QStringLiteral("id")).toString() == id)
                return row;
        return -1;
    }

    /// The code of an item `store` holds a batch of with at least one pack (not on hold).
    QString itemInStock(const QString& store)
    {
        RecordStore records(m_hub->database());
        const Result<QVector<QJsonObject>> lines = records.list(u"stock_line", QStringList{StableId::store(store)});
        for (const QJsonObject& line : lines.ok() ? *lines : QVector<QJsonObject>()) {
            if (line.value(QStringLiteral("on_hold")).toBool() ||
                line.value(QStringLiteral("available_packs")).toDouble() < 1)
                continue;
            const auto item = records.get(u"item", line.value(QStringLiteral("item_id")).toString());
            if (item && item->has_value())
                return (**item).value(QStringLiteral("code")).toString();
        }
        return QString();
    }

    /// How many outbound shipments store id `from` has made to store `to`, on the hub.
    int shipmentsTo(const QString& from, const QString& to)
    {
        const Result<QVector<QJsonObject>> invoices =
            RecordStore(m_hub->database()).list(u"invoice", QStringList{from});
        int count = 0;
        for (const QJsonObject& i : invoices.ok() ? *invoices : QVector<QJsonObject>())
            count += i.value(QStringLiteral("type")).toString() == QLatin1String("outbound") &&
                     i.value(QStringLiteral("partner_store_id")).toString() == StableId::store(to);
        return count;
    }

    bool signIn(HubApiClient& api, const QString& username)
    {
        api.setServer(QUrl(m_hub->url()));
        std::optional<bool> signedIn;
        api.signIn(username, m_hub->password(username), this,
                   [&signedIn](const Result<SignedInUser>& user) { signedIn = user.ok(); });
        return QTest::qWaitFor([&] { return signedIn.has_value(); }, 10000) && *signedIn;
    }

    std::unique_ptr<HubTestHarness> m_hub;
};

QTEST_MAIN(TestClientDataPage)
#include "TestClientDataPage.moc"
