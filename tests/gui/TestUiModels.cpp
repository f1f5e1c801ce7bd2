#include "DemoNetwork.h"
#include "SiteListModel.h"
#include "StoreMatrixModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace syncsites;
using namespace syncsites::ui;

class TestUiModels : public QObject
{
    Q_OBJECT

private slots:
    void siteListModel_passesTesterAndCountsStores()
    {
        SiteListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const DemoNetwork net = DemoNetwork::generate();
        model.setTopology(net.topology);
        QCOMPARE(model.rowCount(), net.topology.sites().size());

        // The central server sees every store: its own as Active, all others as Collector.
        const QModelIndexList central = model.match(model.index(0, SiteListModel::NameColumn), Qt::DisplayRole,
                                                    QStringLiteral("National Medical Stores"), 1, Qt::MatchExactly);
        QCOMPARE(central.size(), 1);
        const int row = central.first().row();
        QCOMPARE(model.index(row, SiteListModel::VisibleStoresColumn).data().toInt(), net.topology.stores().size());
        QCOMPARE(model.index(row, SiteListModel::ActiveStoresColumn).data().toInt(),
                 net.topology.activeStores(QStringLiteral("National Medical Stores")).size());

        // Clients hold no stores: the count cells are empty.
        const QModelIndexList desk = model.match(model.index(0, SiteListModel::NameColumn), Qt::DisplayRole,
                                                 QStringLiteral("Central Front Desk"), 1, Qt::MatchExactly);
        QCOMPARE(desk.size(), 1);
        QVERIFY(!model.index(desk.first().row(), SiteListModel::ActiveStoresColumn).data().isValid());
        QCOMPARE(model.index(desk.first().row(), SiteListModel::LinksColumn).data().toString(),
                 QStringLiteral("client of National Medical Stores"));
    }

    void storeMatrixModel_cellsAreEffectiveSyncTypes()
    {
        StoreMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const DemoNetwork net = DemoNetwork::generate();
        model.setTopology(net.topology);
        QCOMPARE(model.rowCount(), net.topology.stores().size());

        int dataSites = 0;
        for (const Site& s : net.topology.sites())
            dataSites += s.holdsData() ? 1 : 0;
        QCOMPARE(model.columnCount(), dataSites + 1);

        // Every cell agrees with Topology::syncType, and every store is Active in exactly one column.
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString code = model.index(r, 0).data(StoreMatrixModel::StoreCodeRole).toString();
            int active = 0;
            for (int c = 1; c < model.columnCount(); ++c) {
                const QString site = model.headerData(c, Qt::Horizontal, StoreMatrixModel::SiteNameRole).toString();
                QCOMPARE(model.headerData(c, Qt::Horizontal).toString().replace(QLatin1Char('\n'), QLatin1Char(' ')),
                         site);
                const auto type = SyncType(model.index(r, c).data(StoreMatrixModel::SyncTypeRole).toInt());
                QCOMPARE(type, net.topology.syncType(code, site));
                active += type == SyncType::Active ? 1 : 0;
            }
            QCOMPARE(active, 1);
        }
    }
};

QTEST_MAIN(TestUiModels)
#include "TestUiModels.moc"
