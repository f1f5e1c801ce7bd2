#include "DemoNetwork.h"
#include "MainWindow.h"

#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace syncsites;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void navigationSwitchesPages()
    {
        ui::MainWindow window;
        window.setNetwork(DemoNetwork::generate().topology, QStringLiteral("test"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* sites = window.findChild<QTableView*>(QStringLiteral("siteTable"));
        auto* matrix = window.findChild<QTableView*>(QStringLiteral("storeMatrix"));
        QVERIFY(sites && matrix);
        QVERIFY(sites->isVisible());
        QVERIFY(!matrix->isVisible());

        // Ctrl+2 shows the stores page.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(matrix->isVisible());
        QVERIFY(!sites->isVisible());
        QCOMPARE(matrix->model()->rowCount(), 40);

        // Clicking the first navigation entry goes back.
        auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(nav);
        const QRect first = nav->visualItemRect(nav->item(0));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, first.center());
        QTRY_VERIFY(sites->isVisible());
    }

    void filterNarrowsTheSiteList()
    {
        ui::MainWindow window;
        window.setNetwork(DemoNetwork::generate().topology, QStringLiteral("test"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* sites = window.findChild<QTableView*>(QStringLiteral("siteTable"));
        auto* filter = window.findChild<QLineEdit*>();
        QVERIFY(sites && filter);
        QTest::keyClicks(filter, QStringLiteral("health centre"));
        QTRY_COMPARE(sites->model()->rowCount(), 8);
        filter->clear();
        QTRY_COMPARE(sites->model()->rowCount(), 18);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
