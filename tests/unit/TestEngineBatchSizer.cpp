// BatchSizer: the next batch size is the current one scaled by target / measured time, at most doubling or halving
// at once, within [minimum, maximum]; a short batch (the end of a stream) changes nothing; the hub's maximum is
// never exceeded.

#include "BatchSizer.h"

#include <QTest>

using namespace syncsites;

class TestEngineBatchSizer : public QObject
{
    Q_OBJECT

private slots:
    void initialSizeIsClamped_data();
    void initialSizeIsClamped();
    void aimsAtTheTarget_data();
    void aimsAtTheTarget();
    void settlesOnTheLinksThroughput_data();
    void settlesOnTheLinksThroughput();
    void staysWithinMinimumAndMaximum();
    void shortFinalBatchIsIgnored();
    void setMaximumLowersTheSize();
    void hubMaximumBelowTheMinimumWins();
};

void TestEngineBatchSizer::initialSizeIsClamped_data()
{
    QTest::addColumn<int>("initial");
    QTest::addColumn<int>("expected");
    QTest::newRow("within") << 500 << 500;
    QTest::newRow("above the maximum") << 5000 << 1000;
    QTest::newRow("below the minimum") << 10 << 50;
}

void TestEngineBatchSizer::initialSizeIsClamped()
{
    QFETCH(int, initial);
    QFETCH(int, expected);
    QCOMPARE(BatchSizer(initial, 50, 1000).size(), expected);
}

void TestEngineBatchSizer::aimsAtTheTarget_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<int>("expected");
    // target 1000 ms, start 400, within [20, 5000]
    QTest::newRow("on target") << 400 << qint64(1000) << 400;
    QTest::newRow("twice too fast: doubles") << 400 << qint64(500) << 800;
    QTest::newRow("twice too slow: halves") << 400 << qint64(2000) << 200;
    QTest::newRow("a little fast") << 400 << qint64(800) << 500;
    QTest::newRow("a little slow") << 400 << qint64(1250) << 320;
    QTest::newRow("far too fast: at most doubles") << 400 << qint64(10) << 800;
    QTest::newRow("instant: at most doubles") << 400 << qint64(0) << 800;
    QTest::newRow("far too slow: at most halves") << 400 << qint64(60000) << 200;
}

void TestEngineBatchSizer::aimsAtTheTarget()
{
    QFETCH(int, size);
    QFETCH(qint64, elapsedMs);
    QFETCH(int, expected);
    BatchSizer sizer(size, 20, 5000, 1000);
    QCOMPARE(sizer.record(size, elapsedMs), expected);
    QCOMPARE(sizer.size(), expected);
}

void TestEngineBatchSizer::settlesOnTheLinksThroughput_data()
{
    QTest::addColumn<double>("recordsPerMs");
    QTest::addColumn<int>("expected");
    QTest::newRow("cellular") << 0.3 << 300;
    QTest::newRow("office") << 2.5 << 2500;
    QTest::newRow("loopback: the maximum") << 100.0 << 5000;
    QTest::newRow("dial-up: the minimum") << 0.001 << 20;
}

// A link that moves `recordsPerMs`: the size settles where a batch takes about the target time.
void TestEngineBatchSizer::settlesOnTheLinksThroughput()
{
    QFETCH(double, recordsPerMs);
    QFETCH(int, expected);
    BatchSizer sizer(1000, 20, 5000, 1000);
    for (int i = 0; i < 30; ++i)
        sizer.record(sizer.size(), qint64(double(sizer.size()) / recordsPerMs));
    QVERIFY2(qAbs(sizer.size() - expected) <= expected / 50 + 1,
             qPrintable(QStringLiteral("settled on %1, expected about %2").arg(sizer.size()).arg(expected)));
}

void TestEngineBatchSizer::staysWithinMinimumAndMaximum()
{
    BatchSizer sizer(100, 50, 300, 1000);
    for (int i = 0; i < 10; ++i)
        sizer.record(sizer.size(), 1);
    QCOMPARE(sizer.size(), 300);
    for (int i = 0; i < 10; ++i)
        sizer.record(sizer.size(), 100000);
    QCOMPARE(sizer.size(), 50);
}

void TestEngineBatchSizer::shortFinalBatchIsIgnored()
{
    BatchSizer sizer(400, 20, 5000, 1000);
    // The last page of a stream: 30 records in a long time says nothing about the link.
    QCOMPARE(sizer.record(30, 5000), 400);
    QCOMPARE(sizer.record(199, 5000), 400);
    QCOMPARE(sizer.record(0, 0), 400);
    // Half a batch or more counts.
    QCOMPARE(sizer.record(200, 5000), 200);
}

void TestEngineBatchSizer::setMaximumLowersTheSize()
{
    BatchSizer sizer(800, 20, 1000, 1000);
    sizer.setMaximum(300);
    QCOMPARE(sizer.size(), 300);
    sizer.record(300, 1);
    QCOMPARE(sizer.size(), 300);
    sizer.setMaximum(5000);
    QCOMPARE(sizer.size(), 300);
    sizer.record(300, 1);
    QCOMPARE(sizer.size(), 600);
}

// The maximum is the hub's limit (a larger pull is answered 400, a larger push 413); the minimum is only the
// engine's preference. When a hub announces a limit below the engine's minimum, the limit must win, before and
// after the link is measured.
void TestEngineBatchSizer::hubMaximumBelowTheMinimumWins()
{
    BatchSizer pull(1000, 50, 20, 1000);
    QVERIFY2(pull.size() <= 20, qPrintable(QString::number(pull.size())));
    for (const qint64 elapsed : {qint64(1), qint64(1000), qint64(100000)}) {
        pull.record(pull.size(), elapsed);
        QVERIFY2(pull.size() >= 1 && pull.size() <= 20,
                 qPrintable(QStringLiteral("after a batch of %1 ms: %2").arg(elapsed).arg(pull.size())));
    }
    BatchSizer push(500, 20, 1000, 1000);
    push.setMaximum(5);
    QVERIFY2(push.size() >= 1 && push.size() <= 5, qPrintable(QString::number(push.size())));
}

QTEST_GUILESS_MAIN(TestEngineBatchSizer)
#include "TestEngineBatchSizer.moc"
