// The shell window on its own (no hub): it opens within the screen's available geometry (maximised on a 1024x600
// netbook), comes back where it was (geometry, last page, splitter sizes) from AppSettings, and Tab leaves every
// table, list and tree of its pages and of dialogs for the next control while arrows move inside; closing it hides
// it while the app keeps syncing in the tray.
#include "AppSettings.h"
#include "MainWindow.h"
#include "StoresPage.h"

#include <QApplication>
#include <QDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QVBoxLayout>

using namespace syncsites;
using namespace syncsites::ui;

namespace {

/// A page as the app's are made: a field, a splitter of a table and a list, a button.
QWidget* makePage(const QString& name)
{
    auto* page = new QWidget;
    page->setObjectName(name);
    auto* field = new QLineEdit(page);
    field->setObjectName(QStringLiteral("field"));
    auto* model = new QStandardItemModel(4, 3, page);
    for (int row = 0; row < 4; ++row) {
        for (int column = 0; column < 3; ++column)
            model->setItem(row, column, new QStandardItem(QStringLiteral("%1,%2").arg(row).arg(column)));
    }
    auto* table = new QTableView;
    table->setObjectName(QStringLiteral("table"));
    table->setModel(model);
    auto* side = new QTreeView;
    side->setObjectName(QStringLiteral("side"));
    side->setModel(model);
    auto* splitter = new QSplitter(Qt::Horizontal, page);
    splitter->addWidget(table);
    splitter->addWidget(side);
    auto* button = new QPushButton(QStringLiteral("&Next"), page);
    button->setObjectName(QStringLiteral("button"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(field);
    layout->addWidget(splitter, 1);
    layout->addWidget(button);
    return page;
}

QList<int> splitterSizes(MainWindow& window, const QString& page)
{
    return window.findChild<QWidget*>(page)->findChild<QSplitter*>()->sizes();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    // A netbook's 1024x600 (or a laptop's 1366x768 under a panel): the preferred 1280x800 does not fit, so the
    // window is maximised, its normal geometry inside the screen too. A large screen: 1280x800, centred.
    void opensWithinTheAvailableGeometry()
    {
        const QRect netbook(0, 0, 1024, 600);
        MainWindow small;
        small.placeWithin(netbook);
        QVERIFY(small.windowState().testFlag(Qt::WindowMaximized));
        QVERIFY2(netbook.contains(small.normalGeometry()),
                 qPrintable(QStringLiteral("%1x%2").arg(small.width()).arg(small.height())));

        const QRect laptop(0, 0, 1366, 740);
        MainWindow medium;
        medium.placeWithin(laptop);
        QVERIFY(medium.windowState().testFlag(Qt::WindowMaximized));
        QVERIFY(laptop.contains(medium.normalGeometry()));

        const QRect desktop(1920, 0, 1920, 1040); // a second monitor, right of the first
        MainWindow large;
        large.placeWithin(desktop);
        QVERIFY(!large.windowState().testFlag(Qt::WindowMaximized));
        QCOMPARE(large.size(), MainWindow::preferredSize());
        QVERIFY(desktop.contains(large.geometry()));
        QVERIFY(qAbs(large.geometry().center().x() - desktop.center().x()) <= 1);
    }

    // Closing saves geometry, last page and splitter sizes; the next window restores them. A saved geometry that
    // does not fit the screen now (a smaller one) is not restored: the window is placed within it instead.
    void remembersGeometryPageAndSplitters()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        const QRect screen(0, 0, 1920, 1040);
        const QRect saved(40, 50, 700, 520); // within the offscreen platform's screen, which restoreGeometry checks
        QList<int> sizes;
        {
            AppSettings settings(ini);
            MainWindow window;
            window.rememberIn(&settings, screen);
            window.addPage(QStringLiteral("one"), makePage(QStringLiteral("pageOne")), QStringLiteral("One"),
                           QStringLiteral("network"));
            window.addPage(QStringLiteral("two"), makePage(QStringLiteral("pageTwo")), QStringLiteral("Two"),
                           QStringLiteral("sync"));
            QVERIFY(!window.showRememberedPage()); // nothing remembered yet
            window.setGeometry(saved);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // Page one's splitter moved; then page two shown (page one's splitter hidden) when the window closes.
            auto* splitter = window.findChild<QWidget*>(QStringLiteral("pageOne"))->findChild<QSplitter*>();
            QTRY_VERIFY(splitter->width() > 300);
            const int total = splitter->sizes().at(0) + splitter->sizes().at(1);
            splitter->setSizes({total / 4, total - total / 4});
            sizes = splitter->sizes();
            QVERIFY(window.showPage(QStringLiteral("two")));
            QVERIFY(window.close());
        }
        {
            AppSettings settings(ini);
            QCOMPARE(settings.value(AppSettings::Key::LastPage).toString(), QStringLiteral("two"));
            MainWindow window;
            window.rememberIn(&settings, screen);
            QCOMPARE(window.geometry(), saved);
            QVERIFY(!window.windowState().testFlag(Qt::WindowMaximized));
            window.addPage(QStringLiteral("one"), makePage(QStringLiteral("pageOne")), QStringLiteral("One"),
                           QStringLiteral("network"));
            window.addPage(QStringLiteral("two"), makePage(QStringLiteral("pageTwo")), QStringLiteral("Two"),
                           QStringLiteral("sync"));
            QCOMPARE(window.currentPage(), QStringLiteral("one"));
            QVERIFY(window.showRememberedPage());
            QCOMPARE(window.currentPage(), QStringLiteral("two"));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.showPage(QStringLiteral("one")));
            QTRY_COMPARE(splitterSizes(window, QStringLiteral("pageOne")), sizes);
            // Moved again, and hidden again when the window closes: the new sizes are kept, not the restored ones.
            auto* splitter = window.findChild<QWidget*>(QStringLiteral("pageOne"))->findChild<QSplitter*>();
            const int total = sizes.at(0) + sizes.at(1);
            splitter->setSizes({total / 2, total - total / 2});
            sizes = splitter->sizes();
            QVERIFY(window.showPage(QStringLiteral("two")));
            QVERIFY(window.close());
        }
        {
            AppSettings settings(ini);
            QVariantList saved;
            for (int size : sizes)
                saved.append(size);
            QCOMPARE(settings.value(AppSettings::Key::WindowSplitters).toMap().value(QStringLiteral("one/0")), saved);
        }
        {
            // The same settings on a netbook: the saved 700x520 at (40,50) does not fit 640x480.
            AppSettings settings(ini);
            MainWindow window;
            const QRect netbook(0, 0, 640, 480);
            window.rememberIn(&settings, netbook);
            QVERIFY(window.windowState().testFlag(Qt::WindowMaximized));
            QVERIFY(netbook.contains(window.normalGeometry()));
        }
    }

    // Tab leaves a table (and a tree) for the next control; arrows still move inside. For the app's real pages
    // (the Stores page's list and matrix) and for a dialog's view made after the window.
    void tabLeavesTables()
    {
        MainWindow window;
        window.addPage(QStringLiteral("one"), makePage(QStringLiteral("pageOne")), QStringLiteral("One"),
                       QStringLiteral("network"));
        auto* stores = new StoresPage;
        window.addPage(QStringLiteral("stores"), stores, QStringLiteral("Stores"), QStringLiteral("stores"));
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        auto* page = window.findChild<QWidget*>(QStringLiteral("pageOne"));
        auto* table = page->findChild<QTableView*>(QStringLiteral("table"));
        auto* side = page->findChild<QTreeView*>(QStringLiteral("side"));
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Right); // arrows move inside
        QCOMPARE(table->currentIndex(), table->model()->index(0, 1));
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex(), table->model()->index(1, 1));
        QTest::keyClick(table, Qt::Key_Tab); // Tab leaves, the current cell stays
        QVERIFY2(!table->hasFocus(), QApplication::focusWidget()->metaObject()->className());
        QCOMPARE(QApplication::focusWidget(), side);
        QCOMPARE(table->currentIndex(), table->model()->index(1, 1));
        QTest::keyClick(side, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("button"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), side);

        // The Stores page's views: none takes Tab.
        const QList<QAbstractItemView*> views = stores->findChildren<QAbstractItemView*>();
        QVERIFY(views.size() >= 3); // the list, the matrix, the broken rules
        for (QAbstractItemView* view : views)
            QVERIFY2(!view->tabKeyNavigation(), qPrintable(view->objectName()));
        QVERIFY(window.showPage(QStringLiteral("stores")));
        auto* matrix = stores->findChild<QTableView*>(QStringLiteral("storeMatrix"));
        matrix->setFocus();
        QTRY_VERIFY(matrix->hasFocus());
        QTest::keyClick(matrix, Qt::Key_Tab);
        QVERIFY(!matrix->hasFocus());

        // A dialog's view, made after the window (as the app's dialogs are): Tab leaves it too.
        QDialog dialog(&window);
        auto* tree = new QTreeView(&dialog);
        tree->setModel(table->model());
        auto* ok = new QPushButton(QStringLiteral("&OK"), &dialog);
        auto* layout = new QHBoxLayout(&dialog);
        layout->addWidget(tree);
        layout->addWidget(ok);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(!tree->tabKeyNavigation());
        tree->setFocus();
        tree->setCurrentIndex(tree->model()->index(0, 0));
        QTRY_VERIFY(tree->hasFocus());
        QTest::keyClick(tree, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), ok);
    }

    // 200% on a 1366x768 laptop leaves 683x384: the window stays within it, a page wider or taller than what is
    // left scrolls (nothing cut off, nothing off-screen), and the navigation shows icons only, its pages' names
    // still in tooltips and for screen readers. A wide window brings the names back.
    void smallScreenScrollsPagesAndNarrowsTheNavigation()
    {
        MainWindow window;
        QWidget* page = makePage(QStringLiteral("pageOne"));
        page->setMinimumSize(900, 500);
        window.addPage(QStringLiteral("one"), page, QStringLiteral("One"), QStringLiteral("network"));
        const QRect laptopAt200(0, 0, 683, 384);
        window.placeWithin(laptopAt200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setWindowState(Qt::WindowNoState);
        window.resize(laptopAt200.size());
        QTRY_COMPARE(window.size(), laptopAt200.size()); // the page's 900x500 does not hold the window open
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QTRY_VERIFY(navigation->width() < 100);
        QListWidgetItem* item = navigation->item(0);
        QVERIFY(item->text().isEmpty());
        QCOMPARE(item->toolTip(), QStringLiteral("One"));
        QCOMPARE(item->data(Qt::AccessibleTextRole).toString(), QStringLiteral("One"));
        auto* scroller = window.findChild<QScrollArea*>(QStringLiteral("oneScroller"));
        QVERIFY(scroller);
        QTRY_VERIFY(scroller->horizontalScrollBar()->isVisible());
        QVERIFY(scroller->verticalScrollBar()->isVisible());
        QCOMPARE(page->size(), page->minimumSize()); // whole, to be scrolled to
        // Tab to the last control scrolls it into view.
        auto* button = page->findChild<QPushButton*>(QStringLiteral("button"));
        const auto buttonInView = [&] {
            const QRect where(button->mapTo(scroller->viewport(), QPoint(0, 0)), button->size());
            return where.top() >= 0 && where.bottom() <= scroller->viewport()->height();
        };
        QVERIFY(!buttonInView());
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* side = page->findChild<QTreeView*>(QStringLiteral("side"));
        side->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(side->hasFocus());
        QTest::keyClick(side, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), button);
        QTRY_VERIFY(buttonInView());

        window.resize(1366, 768);
        QTRY_COMPARE(navigation->width(), 180);
        QCOMPARE(item->text(), QStringLiteral("One"));
        QTRY_VERIFY(!scroller->horizontalScrollBar()->isVisible());
        QCOMPARE(window.pageMinimumSize(QStringLiteral("one")).width(), 900 + 180);
    }

    // Close-to-tray: while the app should keep running (a tray icon, the setting on), closing the window hides it,
    // saves its layout and does not ask the close guard (nothing is lost); quit() closes it for good, asking the
    // guard, whose "no" keeps it open. With the setting off, closing closes.
    void closeHidesWhileTheAppKeepsRunning()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window;
        window.rememberIn(&settings, QRect(0, 0, 1920, 1040));
        window.addPage(QStringLiteral("one"), makePage(QStringLiteral("pageOne")), QStringLiteral("One"),
                       QStringLiteral("network"));
        bool keepRunning = true;
        int guardAsked = 0;
        bool guardAllows = false;
        window.setKeepRunningOnClose([&] { return keepRunning; });
        window.setCloseGuard([&] {
            ++guardAsked;
            return guardAllows;
        });
        int hidden = 0;
        connect(&window, &MainWindow::hiddenToBackground, this, [&] { ++hidden; });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QVERIFY(!window.close()); // hidden, not closed
        QVERIFY(window.isHidden());
        QCOMPARE(hidden, 1);
        QCOMPARE(guardAsked, 0);
        QCOMPARE(settings.value(AppSettings::Key::LastPage).toString(), QStringLiteral("one"));

        window.show();
        QVERIFY(!window.quit()); // the guard says no (pending edits kept): still open, not hidden
        QCOMPARE(guardAsked, 1);
        QVERIFY(window.isVisible());
        QCOMPARE(hidden, 1);
        guardAllows = true;
        QVERIFY(window.quit());
        QVERIFY(!window.isVisible());
        QCOMPARE(hidden, 1);

        keepRunning = false; // the setting turned off, or no tray
        window.show();
        QVERIFY(window.close());
        QCOMPARE(hidden, 1);
        QCOMPARE(guardAsked, 3);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
