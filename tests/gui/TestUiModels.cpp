#include "DemoNetwork.h"
#include "StoreMatrixModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace syncsites;
using namespace syncsites::ui;

class TestUiModels : public QObject
{
    Q_OBJECT

private slots:
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
