// The Data page of a client computer: a client site's stores read through its server's data API, against a real
// hub on loopback.
#include "ClientDataPage.h"
#include "HubApiClient.h"
#include "HubTestHarness.h"
#include "JsonRecordsModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSet>
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

private:
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
