#include "AuditModel.h"
#include "HubApiClient.h"
#include "HubTestHarness.h"
#include "ReviewDialog.h"
#include "StoreMatrixModel.h"
#include "StoresPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace syncsites;
using namespace syncsites::ui;
using syncsites::test::HubTestHarness;

namespace {

const QString kCentral = QStringLiteral("National Medical Stores");

struct Cell
{
    QString store;
    QString site;
};

// A store not homed on the central server and a data-holding site (not the central, not its home) where it is not
// visible; `skip` cells are passed over (their store too), so tests can pick cells of different stores.
Cell invisibleCell(const Topology& t, const QStringList& skipStores = {})
{
    for (const Store& st : t.stores()) {
        if (st.home == kCentral || skipStores.contains(st.code))
            continue;
        for (const Site& s : t.sites()) {
            if (s.holdsData() && s.kind != SiteKind::MsupplyCentral && t.syncType(st.code, s.name) == SyncType::None)
                return {st.code, s.name};
        }
    }
    return {};
}

} // namespace

class TestStoresPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HubTestHarness> m_hub;

    bool signIn(HubApiClient& api, const QString& user)
    {
        api.setServer(QUrl(m_hub->url()));
        bool done = false;
        bool ok = false;
        api.signIn(user, m_hub->password(user), this, [&](Result<SignedInUser> result) {
            done = true;
            ok = result.ok();
        });
        return QTest::qWaitFor([&] { return done; }, 20000) && ok;
    }

    RevisedTopology fetch(HubApiClient& api)
    {
        bool done = false;
        RevisedTopology out;
        api.fetchTopology(this, [&](Result<RevisedTopology> result) {
            done = true;
            if (result)
                out = *result;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qWarning("fetchTopology did not answer");
        return out;
    }

    // The page signed in as `user`, loaded from the hub and shown.
    std::unique_ptr<StoresPage> openPage(HubApiClient& api, const QString& user, bool editable)
    {
        if (!signIn(api, user))
            return nullptr;
        auto page = std::make_unique<StoresPage>();
        page->resize(1180, 720);
        page->setHubApi(&api);
        page->setEditable(editable);
        page->reload();
        page->show();
        auto* model = page->findChild<StoreMatrixModel*>();
        if (!QTest::qWaitFor([&] { return model->rowCount() > 0; }, 20000))
            return nullptr;
        return page;
    }

    static QModelIndex viewIndex(StoresPage& page, const Cell& cell)
    {
        auto* view = page.findChild<QTableView*>(QStringLiteral("storeMatrix"));
        auto* model = page.findChild<StoreMatrixModel*>();
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(view->model());
        return proxy->mapFromSource(model->index(model->row(cell.store), model->column(cell.site) + 1));
    }

    // Edits a cell as a person does with the keyboard: select it, F2, pick in the combo, Enter.
    static bool editCell(StoresPage& page, const Cell& cell, SyncType type)
    {
        auto* view = page.findChild<QTableView*>(QStringLiteral("storeMatrix"));
        const QModelIndex index = viewIndex(page, cell);
        if (!index.isValid())
            return false;
        view->setCurrentIndex(index);
        view->scrollTo(index);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F2);
        auto* combo = view->findChild<QComboBox*>(QStringLiteral("syncTypeEditor"));
        if (!combo) {
            qWarning("no editor for %s on %s (flags %d)", qPrintable(cell.store), qPrintable(cell.site),
                     int(index.flags()));
            return false;
        }
        combo->setCurrentIndex(combo->findData(int(type)));
        QTest::keyClick(combo, Qt::Key_Return); // the delegate commits on Enter, queued
        return QTest::qWaitFor([&] { return SyncType(index.data(StoreMatrixModel::SyncTypeRole).toInt()) == type; },
                               5000);
    }

    static SyncType cellType(StoresPage& page, const Cell& cell)
    {
        return SyncType(viewIndex(page, cell).data(StoreMatrixModel::SyncTypeRole).toInt());
    }

    static void click(StoresPage& page, const char* name)
    {
        auto* button = page.findChild<QAbstractButton*>(QString::fromLatin1(name));
        QVERIFY2(button, name);
        QVERIFY2(button->isEnabled(), name);
        button->click();
    }

    static ReviewDialog* openReview(StoresPage& page)
    {
        auto* button = page.findChild<QAbstractButton*>(QStringLiteral("reviewButton"));
        if (!button || !button->isEnabled())
            return nullptr;
        button->click();
        auto* dialog = page.findChild<ReviewDialog*>();
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }

    static void screenshot(QWidget& widget, const QString& file)
    {
        const QString dir = qEnvironmentVariable("SYNCSITES_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(widget.grab().save(QDir(dir).filePath(file)));
    }

private slots:
    void init()
    {
        Result<std::unique_ptr<HubTestHarness>> hub = HubTestHarness::start();
        QVERIFY2(hub.ok(), qPrintable(hub.error().message));
        m_hub = std::move(hub).value();
    }

    void cleanup() { m_hub.reset(); }

    void applyChangesTheHubsTopology()
    {
        HubApiClient api;
        std::unique_ptr<StoresPage> page = openPage(api, QStringLiteral("admin"), true);
        QVERIFY(page);
        const RevisedTopology before = fetch(api);
        const Cell cell = invisibleCell(before.topology);
        QVERIFY(!cell.store.isEmpty());

        QVERIFY(editCell(*page, cell, SyncType::Collector));
        QVERIFY(page->hasPendingEdits());
        QVERIFY(viewIndex(*page, cell).data(StoreMatrixModel::PendingRole).toBool());
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("pendingLabel"))->text().contains(QLatin1Char('1')));

        ReviewDialog* dialog = openReview(*page);
        QVERIFY(dialog);
        // The local plan names the backfill at once; the hub's estimate follows.
        auto* actions = dialog->findChild<QTreeWidget*>(QStringLiteral("reviewActions"));
        const QList<QTreeWidgetItem*> rows = actions->findItems(cell.store, Qt::MatchExactly | Qt::MatchRecursive, 0);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()->text(1), cell.site);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isApplyEnabled(), 20000);
        QVERIFY(!rows.first()->text(3).isEmpty());

        QSignalSpy applied(page.get(), &StoresPage::topologyApplied);
        dialog->findChild<QAbstractButton*>(QStringLiteral("applyButton"))->click();
        QVERIFY(applied.wait(20000));
        const auto revised = applied.first().first().value<RevisedTopology>();
        QVERIFY(revised.revision > before.revision);
        QVERIFY(!page->hasPendingEdits());
        QVERIFY(!page->findChild<QAbstractButton*>(QStringLiteral("undoButton"))->isEnabled());
        QVERIFY(!dialog->isVisible());

        // A second look at the hub has it.
        HubApiClient other;
        QVERIFY(signIn(other, QStringLiteral("admin")));
        const RevisedTopology after = fetch(other);
        QCOMPARE(after.revision, revised.revision);
        QCOMPARE(after.topology.syncType(cell.store, cell.site), SyncType::Collector);

        // The audit log shows the change, newest first.
        auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("storesTabs"));
        tabs->setCurrentIndex(1);
        auto* audit = page->findChild<AuditModel*>();
        QTRY_VERIFY_WITH_TIMEOUT(audit->rowCount() > 0, 20000);
        QCOMPARE(audit->index(0, AuditModel::WhoColumn).data().toString(), QStringLiteral("admin"));
        // In words, not the API's ids and keys (the id stays in the tooltip).
        QCOMPARE(audit->index(0, AuditModel::ActionColumn).data().toString(),
                 QStringLiteral("Network replaced from a file"));
        QCOMPARE(audit->index(0, AuditModel::ActionColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("topology.import"));
        const QString details = audit->index(0, AuditModel::DetailsColumn).data().toString();
        QVERIFY2(details.startsWith(QStringLiteral("revision ")), qPrintable(details));
        for (const char* apiWord : {"_", "from revision", "sites_changed", "true", "false"})
            QVERIFY2(!details.contains(QLatin1String(apiWord)), qPrintable(details));
    }

    void brokenEditIsFlaggedAndCannotBeApplied()
    {
        HubApiClient api;
        std::unique_ptr<StoresPage> page = openPage(api, QStringLiteral("admin"), true);
        QVERIFY(page);
        const Topology topology = page->findChild<StoreMatrixModel*>()->topology();
        const Cell fine = invisibleCell(topology);
        const Cell other = invisibleCell(topology, {fine.store});
        QVERIFY(editCell(*page, fine, SyncType::Transfer));
        auto* list = page->findChild<QListWidget*>(QStringLiteral("violationList"));
        QCOMPARE(list->count(), 0);

        // Transfer on the central server breaks R6: it holds every store it is not home to as Collector.
        const Cell broken{other.store, kCentral};
        QVERIFY(editCell(*page, broken, SyncType::Transfer));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("R6")));
        QVERIFY(!viewIndex(*page, broken).data(StoreMatrixModel::ViolationsRole).toStringList().isEmpty());
        QVERIFY(viewIndex(*page, broken).data(Qt::ToolTipRole).toString().contains(QStringLiteral("R6")));

        // Clicking the violation goes to its cell.
        auto* view = page->findChild<QTableView*>(QStringLiteral("storeMatrix"));
        view->setCurrentIndex(viewIndex(*page, fine));
        list->itemClicked(list->item(0));
        QCOMPARE(view->currentIndex(), viewIndex(*page, broken));
        screenshot(*page, QStringLiteral("stores-page.png"));

        ReviewDialog* dialog = openReview(*page);
        QVERIFY(dialog);
        auto* violations = dialog->findChild<QListWidget*>(QStringLiteral("reviewViolations"));
        QCOMPARE(violations->count(), 1);
        // The hub's check finds it too (one line says both); Apply stays disabled.
        QTRY_VERIFY_WITH_TIMEOUT(violations->item(0)->text().contains(QStringLiteral("by the hub")), 20000);
        QCOMPARE(violations->count(), 1);
        QVERIFY(!dialog->isApplyEnabled());
        screenshot(*dialog, QStringLiteral("stores-review.png"));
        dialog->reject();

        // Fixing it (undo) clears the marker.
        click(*page, "undoButton");
        QCOMPARE(list->count(), 0);
        QVERIFY(page->hasPendingEdits());
    }

    void undoAndRedoRestoreTheCells()
    {
        HubApiClient api;
        std::unique_ptr<StoresPage> page = openPage(api, QStringLiteral("admin"), true);
        QVERIFY(page);
        const Topology topology = page->findChild<StoreMatrixModel*>()->topology();
        const Cell a = invisibleCell(topology);
        const Cell b = invisibleCell(topology, {a.store});
        const Cell oldHome{b.store, topology.store(b.store)->home};
        QVERIFY(editCell(*page, a, SyncType::Transfer));
        // Active on b moves the store's home: the old home becomes Collector.
        QVERIFY(editCell(*page, b, SyncType::Active));
        QCOMPARE(cellType(*page, oldHome), SyncType::Collector);

        click(*page, "undoButton");
        QCOMPARE(cellType(*page, b), SyncType::None);
        QCOMPARE(cellType(*page, oldHome), SyncType::Active);
        QCOMPARE(cellType(*page, a), SyncType::Transfer);
        click(*page, "undoButton");
        QCOMPARE(cellType(*page, a), SyncType::None);
        QVERIFY(!page->hasPendingEdits());

        // Redo with the keyboard (Ctrl+Shift+Z), then undo again (Ctrl+Z).
        page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
        auto* view = page->findChild<QTableView*>(QStringLiteral("storeMatrix"));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(cellType(*page, a), SyncType::Transfer);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(cellType(*page, b), SyncType::Active);
        QCOMPARE(cellType(*page, oldHome), SyncType::Collector);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(cellType(*page, oldHome), SyncType::Active);

        // Discard drops what is left.
        click(*page, "discardButton");
        QVERIFY(!page->hasPendingEdits());
        QCOMPARE(cellType(*page, a), SyncType::None);
    }

    // Before pending edits would be dropped (sign out, quit, set up again) the page asks: Cancel and Review keep
    // every edit and answer "do not go on"; Discard drops them and answers "go on"; with no edits, no question.
    void droppingPendingEditsAsksFirst()
    {
        HubApiClient api;
        std::unique_ptr<StoresPage> page = openPage(api, QStringLiteral("admin"), true);
        QVERIFY(page);
        QStringList asked;
        QString answer;
        QTimer answering;
        answering.setInterval(20);
        connect(&answering, &QTimer::timeout, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("pendingEditsBox"))
                return;
            asked << box->text();
            box->findChild<QAbstractButton*>(answer)->click();
        });
        answering.start();

        QVERIFY(page->mayDropPendingEdits()); // nothing pending: no question
        QVERIFY(asked.isEmpty());

        const Cell cell = invisibleCell(page->findChild<StoreMatrixModel*>()->topology());
        QVERIFY(editCell(*page, cell, SyncType::Collector));
        // The count of pending edits shows whole (the actions' row grows with it, or wraps under the filter).
        auto* pending = page->findChild<QLabel*>(QStringLiteral("pendingLabel"));
        QTRY_VERIFY(pending->width() >= pending->sizeHint().width());
        page->resize(700, 600);
        QTRY_VERIFY(pending->width() >= pending->sizeHint().width());
        QTRY_VERIFY(page->rect().contains(QRect(pending->mapTo(page.get(), QPoint(0, 0)), pending->size())));
        auto* review = page->findChild<QWidget*>(QStringLiteral("reviewButton"));
        QTRY_VERIFY(page->rect().contains(QRect(review->mapTo(page.get(), QPoint(0, 0)), review->size())));

        answer = QStringLiteral("pendingCancelButton");
        QVERIFY(!page->mayDropPendingEdits());
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QLatin1String("1 sync-type change")), qPrintable(asked.first()));
        QVERIFY(page->hasPendingEdits());
        QCOMPARE(cellType(*page, cell), SyncType::Collector);

        answer = QStringLiteral("pendingReviewButton");
        QSignalSpy reviewRequested(page.get(), &StoresPage::reviewRequested);
        QVERIFY(!page->mayDropPendingEdits());
        QCOMPARE(asked.size(), 2);
        QCOMPARE(reviewRequested.size(), 1);
        auto* dialog = page->findChild<ReviewDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        dialog->reject();
        QVERIFY(page->hasPendingEdits());

        answer = QStringLiteral("pendingDiscardButton");
        QVERIFY(page->mayDropPendingEdits());
        QCOMPARE(asked.size(), 3);
        QVERIFY(!page->hasPendingEdits());
        QCOMPARE(cellType(*page, cell), SyncType::None);
    }

    void conflictIsShownAndEditsReappliedOnTheLatest()
    {
        HubApiClient api;
        std::unique_ptr<StoresPage> page = openPage(api, QStringLiteral("admin"), true);
        QVERIFY(page);
        const Topology loaded = page->findChild<StoreMatrixModel*>()->topology();
        const Cell mine = invisibleCell(loaded);
        const Cell theirs = invisibleCell(loaded, {mine.store});

        // Someone else changes the network after the page loaded it.
        HubApiClient other;
        QVERIFY(signIn(other, QStringLiteral("admin")));
        RevisedTopology latest = fetch(other);
        latest.topology.setSyncType(theirs.store, theirs.site, SyncType::Transfer);
        bool replaced = false;
        other.replaceTopology(latest.revision, latest.topology, this, [&](Result<qint64> r) { replaced = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(replaced, 20000);

        QVERIFY(editCell(*page, mine, SyncType::Collector));
        ReviewDialog* dialog = openReview(*page);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isApplyEnabled(), 20000);
        QSignalSpy applied(page.get(), &StoresPage::topologyApplied);
        dialog->findChild<QAbstractButton*>(QStringLiteral("applyButton"))->click();

        // 409: both sides are shown.
        auto* conflict = dialog->findChild<QWidget*>(QStringLiteral("reviewConflict"));
        QTRY_VERIFY_WITH_TIMEOUT(conflict->isVisibleTo(dialog), 20000);
        QVERIFY(applied.isEmpty());
        QVERIFY(!dialog->isApplyEnabled());
        auto* theirList = dialog->findChild<QListWidget*>(QStringLiteral("conflictTheirChanges"));
        auto* yourList = dialog->findChild<QListWidget*>(QStringLiteral("conflictYourEdits"));
        QCOMPARE(theirList->count(), 1);
        QVERIFY(theirList->item(0)->text().contains(theirs.store));
        QCOMPARE(yourList->count(), 1);
        QVERIFY(yourList->item(0)->text().contains(mine.store));
        QVERIFY(page->hasPendingEdits());
        screenshot(*dialog, QStringLiteral("stores-conflict.png"));

        // Re-apply on the latest: their change is in the matrix, mine still pending, and applying succeeds.
        dialog->findChild<QAbstractButton*>(QStringLiteral("rebaseButton"))->click();
        QCOMPARE(cellType(*page, theirs), SyncType::Transfer);
        QCOMPARE(cellType(*page, mine), SyncType::Collector);
        QVERIFY(viewIndex(*page, mine).data(StoreMatrixModel::PendingRole).toBool());
        QVERIFY(!viewIndex(*page, theirs).data(StoreMatrixModel::PendingRole).toBool());
        QVERIFY(!conflict->isVisibleTo(dialog));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isApplyEnabled(), 20000);
        dialog->findChild<QAbstractButton*>(QStringLiteral("applyButton"))->click();
        QVERIFY(applied.wait(20000));

        const RevisedTopology now = fetch(other);
        QCOMPARE(now.topology.syncType(mine.store, mine.site), SyncType::Collector);
        QCOMPARE(now.topology.syncType(theirs.store, theirs.site), SyncType::Transfer);
    }

    void supervisorAndOfflineAreReadOnly()
    {
        HubApiClient api;
        std::unique_ptr<StoresPage> page = openPage(api, QStringLiteral("supervisor"), false);
        QVERIFY(page);
        auto* model = page->findChild<StoreMatrixModel*>();
        const Cell cell = invisibleCell(model->topology());
        const QModelIndex index = viewIndex(*page, cell);
        QVERIFY(!(index.flags() & Qt::ItemIsEditable));
        auto* view = page->findChild<QTableView*>(QStringLiteral("storeMatrix"));
        QVERIFY(!view->model()->setData(index, int(SyncType::Collector)));
        view->setCurrentIndex(index);
        QTest::keyClick(view, Qt::Key_F2);
        QVERIFY(!view->findChild<QComboBox*>(QStringLiteral("syncTypeEditor")));
        QVERIFY(!page->hasPendingEdits());
        QVERIFY(page->findChild<QAbstractButton*>(QStringLiteral("reviewButton"))->isHidden());
        const QString banner = page->findChild<QLabel*>(QStringLiteral("storesBanner"))->text();
        QVERIFY2(banner.contains(QStringLiteral("administrators")), qPrintable(banner));

        // Editable, but with no hub: still read-only, and says so.
        StoresPage offline;
        offline.setEditable(true);
        offline.setTopology(m_hub->network().topology);
        auto* offlineModel = offline.findChild<StoreMatrixModel*>();
        QVERIFY(offlineModel->rowCount() > 0);
        QVERIFY(!offlineModel->isEditable());
        const QString why = offline.findChild<QLabel*>(QStringLiteral("storesBanner"))->text();
        QVERIFY2(why.contains(QStringLiteral("hub")), qPrintable(why));
        QVERIFY(offline.findChild<QAbstractButton*>(QStringLiteral("reloadButton"))->isHidden());
    }
};

QTEST_MAIN(TestStoresPage)
#include "TestStoresPage.moc"
