#include "AuditModel.h"
#include "DemoNetwork.h"
#include "StoreFilterProxyModel.h"
#include "StoreListModel.h"
#include "StoreMatrixModel.h"
#include "TopologyChanges.h"
#include "TopologyValidator.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace syncsites;
using namespace syncsites::ui;

namespace {

QString nms()
{
    return QStringLiteral("National Medical Stores");
}

// The column of a site in the matrix (data-holding sites only), -1 if absent.
int columnOf(const StoreMatrixModel& model, const QString& site)
{
    const int c = model.column(site);
    return c < 0 ? -1 : c + 1;
}

// A store Active on a site that is neither the central server nor a client, and a data-holding site other than
// its home and the central server where it is not visible.
struct Cell
{
    QString store;
    QString site;
};

Cell invisibleCell(const Topology& t)
{
    for (const Store& st : t.stores()) {
        if (st.home == nms())
            continue;
        for (const Site& s : t.sites()) {
            if (s.holdsData() && s.kind != SiteKind::MsupplyCentral && t.syncType(st.code, s.name) == SyncType::None)
                return {st.code, s.name};
        }
    }
    return {};
}

} // namespace

class TestStoreModels : public QObject
{
    Q_OBJECT

private slots:
    void matrix_editsThroughUndoStackAndMarksPending()
    {
        StoreMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QUndoStack stack;
        model.setUndoStack(&stack);
        const Topology demo = DemoNetwork::generate().topology;
        model.setTopology(demo);
        const Cell cell = invisibleCell(demo);
        QVERIFY(!cell.store.isEmpty());
        const QModelIndex index = model.index(model.row(cell.store), columnOf(model, cell.site));

        // Read-only: no edit.
        QVERIFY(!(model.flags(index) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(index, int(SyncType::Collector)));

        model.setEditable(true);
        QVERIFY(model.flags(index) & Qt::ItemIsEditable);
        QSignalSpy changed(&model, &StoreMatrixModel::storeChanged);
        QVERIFY(model.setData(index, int(SyncType::Collector)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(SyncType(index.data(StoreMatrixModel::SyncTypeRole).toInt()), SyncType::Collector);
        QVERIFY(index.data(StoreMatrixModel::PendingRole).toBool());
        QVERIFY(model.index(index.row(), 0).data(StoreMatrixModel::PendingRole).toBool());
        QCOMPARE(model.pendingCellCount(), 1);
        QCOMPARE(model.topology().syncType(cell.store, cell.site), SyncType::Collector);
        QCOMPARE(model.baseTopology().syncType(cell.store, cell.site), SyncType::None);

        // The same value again is no edit.
        QVERIFY(!model.setData(index, int(SyncType::Collector)));
        QCOMPARE(stack.count(), 1);

        stack.undo();
        QCOMPARE(SyncType(index.data(StoreMatrixModel::SyncTypeRole).toInt()), SyncType::None);
        QCOMPARE(model.pendingCellCount(), 0);
        stack.redo();
        QCOMPARE(model.pendingCellCount(), 1);

        // Home cells are not editable; Active elsewhere moves the home and leaves Collector behind.
        const int row = index.row();
        const QString oldHome = model.topology().store(cell.store)->home;
        const QModelIndex home = model.index(row, columnOf(model, oldHome));
        QVERIFY(home.data(StoreMatrixModel::HomeCellRole).toBool());
        QVERIFY(!(model.flags(home) & Qt::ItemIsEditable));
        QVERIFY(model.setData(index, int(SyncType::Active)));
        QCOMPARE(model.topology().store(cell.store)->home, cell.site);
        QCOMPARE(SyncType(home.data(StoreMatrixModel::SyncTypeRole).toInt()), SyncType::Collector);
        QCOMPARE(model.pendingCellCount(), 2);
        stack.undo();
        QCOMPARE(model.topology().store(cell.store)->home, oldHome);
        QCOMPARE(SyncType(home.data(StoreMatrixModel::SyncTypeRole).toInt()), SyncType::Active);
    }

    void matrix_marksTheCellsAViolationNames()
    {
        StoreMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Topology t = DemoNetwork::generate().topology;
        model.setTopology(t);
        model.setEditable(true);
        const Cell cell = invisibleCell(t);
        // Transfer on the central server breaks R6.
        const QModelIndex central = model.index(model.row(cell.store), columnOf(model, nms()));
        QVERIFY(model.setData(central, int(SyncType::Transfer)));
        const QVector<Violation> violations = TopologyValidator::validate(model.topology());
        QCOMPARE(violations.size(), 1);
        QCOMPARE(violations.first().rule, QStringLiteral("R6"));
        model.setViolations(violations);
        QVERIFY(!central.data(StoreMatrixModel::ViolationsRole).toStringList().isEmpty());
        QVERIFY(!model.index(central.row(), 0).data(StoreMatrixModel::ViolationsRole).toStringList().isEmpty());
        QVERIFY(central.data(Qt::ToolTipRole).toString().contains(QStringLiteral("R6")));
        model.setViolations({});
        QVERIFY(central.data(StoreMatrixModel::ViolationsRole).toStringList().isEmpty());
    }

    void listAndProxies_followTheMatrix()
    {
        StoreMatrixModel matrix;
        StoreListModel list(&matrix);
        StoreFilterProxyModel listProxy;
        StoreFilterProxyModel matrixProxy;
        listProxy.setSourceModel(&list);
        matrixProxy.setSourceModel(&matrix);
        QAbstractItemModelTester t1(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&listProxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&matrixProxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Topology demo = DemoNetwork::generate().topology;
        matrix.setTopology(demo);
        QCOMPARE(list.rowCount(), demo.stores().size());
        const Store& first = demo.stores().first();
        QCOMPARE(list.index(0, StoreListModel::CodeColumn).data().toString(), first.code);
        QCOMPARE(list.index(0, StoreListModel::HomeColumn).data().toString(), first.home);

        listProxy.setText(first.code);
        matrixProxy.setText(first.code);
        QVERIFY(listProxy.rowCount() >= 1);
        QCOMPARE(listProxy.rowCount(), matrixProxy.rowCount());
        QVERIFY(listProxy.rowCount() < list.rowCount());
        matrixProxy.setText(QStringLiteral("no store is called this"));
        QCOMPARE(matrixProxy.rowCount(), 0);
        matrixProxy.setText(QString());
        QCOMPARE(matrixProxy.rowCount(), matrix.rowCount());

        matrix.setEditable(true);
        const Cell cell = invisibleCell(demo);
        QVERIFY(
            matrix.setData(matrix.index(matrix.row(cell.store), columnOf(matrix, cell.site)), int(SyncType::Transfer)));
        QCOMPARE(list.index(matrix.row(cell.store), StoreListModel::StatusColumn).data().toString(),
                 QStringLiteral("edited"));
    }

    void auditModel_appendsPagesAndSummarises()
    {
        AuditModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AuditEntry e;
        e.id = 7;
        e.at = QDateTime::currentDateTimeUtc();
        e.username = QStringLiteral("admin");
        e.action = QStringLiteral("topology.import");
        e.details = QJsonObject{{QStringLiteral("from_revision"), 2},
                                {QStringLiteral("revision"), 3},
                                {QStringLiteral("actions"), QJsonArray{1, 2}},
                                {QStringLiteral("changes"),
                                 QJsonObject{{QStringLiteral("stores_changed"), QJsonArray{QStringLiteral("S01")}}}}};
        model.append({e});
        AuditEntry older = e;
        older.id = 5;
        model.append({older});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.oldestId(), 5);
        const QString summary = model.index(0, AuditModel::DetailsColumn).data().toString();
        QVERIFY2(summary.contains(QStringLiteral("2 → 3")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("S01")), qPrintable(summary));
        // Fields in words, not the API's keys ("actions", "stores_changed").
        QVERIFY2(summary.contains(QStringLiteral("data to send or drop at sites: 2")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("stores changed: S01")), qPrintable(summary));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void topologyChanges_namesTheCells()
    {
        const Topology before = DemoNetwork::generate().topology;
        Topology after = before;
        const Cell cell = invisibleCell(before);
        after.setSyncType(cell.store, cell.site, SyncType::Collector);
        const TopologyChanges changes = TopologyChanges::between(before, after);
        QCOMPARE(changes.cells().size(), 1);
        QVERIFY(changes.touches(cell.store, cell.site));
        QCOMPARE(changes.cells().first().after, SyncType::Collector);
        QVERIFY(TopologyChanges::between(before, before).isEmpty());
    }

    void matrix_tenThousandStoresByAThousandSites()
    {
        Topology t;
        Site central;
        central.name = QStringLiteral("Central");
        central.kind = SiteKind::MsupplyCentral;
        t.putSite(central);
        for (int i = 1; i < 1000; ++i) {
            Site s;
            s.name = QStringLiteral("Site %1").arg(i, 4, 10, QLatin1Char('0'));
            s.kind = SiteKind::MsupplySingleUser;
            s.links.insert(Category::Core, central.name);
            t.putSite(s);
        }
        for (int i = 0; i < 10000; ++i) {
            Store st;
            st.code = QStringLiteral("S%1").arg(i, 5, 10, QLatin1Char('0'));
            st.name = QStringLiteral("Store %1").arg(i);
            st.home = t.sites()[1 + i % 999].name;
            st.visibility.insert(t.sites()[1 + (i + 1) % 999].name, SyncType::Collector);
            st.visibility.insert(t.sites()[1 + (i + 7) % 999].name, SyncType::Transfer);
            t.putStore(st);
        }
        StoreMatrixModel model;
        QElapsedTimer timer;
        timer.start();
        model.setTopology(t);
        qInfo("10,000 x 1,000 model reset: %lld ms", timer.elapsed());
        QCOMPARE(model.rowCount(), 10000);
        QCOMPARE(model.columnCount(), 1001);
        timer.restart();
        for (int r : {0, 1, 4999, 9999}) {
            const QString code = model.index(r, 0).data(StoreMatrixModel::StoreCodeRole).toString();
            for (int c = 1; c < model.columnCount(); ++c) {
                const QString site = model.headerData(c, Qt::Horizontal, StoreMatrixModel::SiteNameRole).toString();
                QCOMPARE(SyncType(model.index(r, c).data(StoreMatrixModel::SyncTypeRole).toInt()),
                         t.syncType(code, site));
            }
        }
        qInfo("4,000 cells checked against Topology::syncType: %lld ms", timer.elapsed());
        timer.restart();
        qint64 active = 0;
        for (int r = 0; r < model.rowCount(); r += 7) {
            for (int c = 1; c < model.columnCount(); c += 3)
                active += model.data(model.index(r, c), Qt::DisplayRole).toString().isEmpty() ? 0 : 1;
        }
        qInfo("about 476,000 display lookups: %lld ms (%lld non-empty)", timer.elapsed(), active);
        QVERIFY(active > 0);

        // An edit touches one row.
        model.setEditable(true);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(42, 500), int(SyncType::Collector)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 42);
        QCOMPARE(model.pendingCellCount(), 1);
    }
};

QTEST_MAIN(TestStoreModels)
#include "TestStoreModels.moc"
