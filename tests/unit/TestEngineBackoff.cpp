// Backoff: attempt n waits a jittered time in [d/2, d], d = base * 2^n capped at max; the server's Retry-After
// wins when it asks for longer; the same seed gives the same delays.

#include "Backoff.h"
#include "TestSupport.h"

#include <QSet>
#include <QTest>

#include <climits>

using namespace syncsites;
using namespace std::chrono_literals;

class TestEngineBackoff : public QObject
{
    Q_OBJECT

private slots:
    void delaysStayWithinTheirBounds_data();
    void delaysStayWithinTheirBounds();
    void delaysGrowUntilTheCap();
    void hugeAndNegativeAttemptsAreSafe();
    void retryAfterWinsWhenLonger();
    void sameSeedSameDelays();
    void jitterSpreadsTheDelays();
};

void TestEngineBackoff::delaysStayWithinTheirBounds_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("low");
    QTest::addColumn<qint64>("high");
    // base 100 ms, max 10 s
    QTest::newRow("first") << 0 << qint64(50) << qint64(100);
    QTest::newRow("second") << 1 << qint64(100) << qint64(200);
    QTest::newRow("fifth") << 4 << qint64(800) << qint64(1600);
    QTest::newRow("seventh") << 6 << qint64(3200) << qint64(6400);
    QTest::newRow("capped") << 7 << qint64(5000) << qint64(10000);
    QTest::newRow("far beyond the cap") << 15 << qint64(5000) << qint64(10000);
}

void TestEngineBackoff::delaysStayWithinTheirBounds()
{
    QFETCH(int, attempt);
    QFETCH(qint64, low);
    QFETCH(qint64, high);
    Backoff backoff(100ms, 10000ms, test::testSeed("TestEngineBackoff"));
    qint64 smallest = LLONG_MAX;
    qint64 largest = 0;
    for (int i = 0; i < 2000; ++i) {
        const qint64 d = backoff.delay(attempt).count();
        smallest = std::min(smallest, d);
        largest = std::max(largest, d);
    }
    QVERIFY2(smallest >= low, qPrintable(QStringLiteral("smallest %1 < %2").arg(smallest).arg(low)));
    QVERIFY2(largest <= high, qPrintable(QStringLiteral("largest %1 > %2").arg(largest).arg(high)));
    // The jitter uses the whole range, not one point of it.
    QVERIFY(largest - smallest > (high - low) / 2);
}

void TestEngineBackoff::delaysGrowUntilTheCap()
{
    Backoff backoff(500ms, 30000ms, 7);
    qint64 previousHigh = 0;
    for (int attempt = 0; attempt < 12; ++attempt) {
        qint64 low = LLONG_MAX;
        qint64 high = 0;
        for (int i = 0; i < 500; ++i) {
            const qint64 d = backoff.delay(attempt).count();
            low = std::min(low, d);
            high = std::max(high, d);
        }
        const qint64 full = std::min<qint64>(30000, 500LL << attempt);
        QVERIFY2(low >= full / 2 && high <= full,
                 qPrintable(QStringLiteral("attempt %1: [%2, %3], expected within [%4, %5]")
                                .arg(attempt)
                                .arg(low)
                                .arg(high)
                                .arg(full / 2)
                                .arg(full)));
        // Growth: below the cap, the shortest wait of this attempt is at least the longest of the one before.
        if ((500LL << attempt) <= 30000)
            QVERIFY2(low >= previousHigh, qPrintable(QStringLiteral("attempt %1").arg(attempt)));
        previousHigh = high;
    }
}

void TestEngineBackoff::hugeAndNegativeAttemptsAreSafe()
{
    Backoff backoff(1000ms, 60000ms, 3);
    for (int attempt : {30, 63, 64, 1000, INT_MAX}) {
        const qint64 d = backoff.delay(attempt).count();
        QVERIFY2(d >= 30000 && d <= 60000, qPrintable(QStringLiteral("attempt %1: %2").arg(attempt).arg(d)));
    }
    for (int attempt : {-1, INT_MIN}) {
        const qint64 d = backoff.delay(attempt).count();
        QVERIFY2(d >= 500 && d <= 1000, qPrintable(QStringLiteral("attempt %1: %2").arg(attempt).arg(d)));
    }
}

void TestEngineBackoff::retryAfterWinsWhenLonger()
{
    Backoff backoff(100ms, 2000ms, 11);
    // The server asks for longer than the backoff would wait: its wish wins, even beyond the cap.
    QCOMPARE(backoff.delay(0, 5), 5000ms);
    QCOMPARE(backoff.delay(20, 60), 60000ms);
    // The backoff is already longer than the server asks: the backoff wins.
    for (int i = 0; i < 100; ++i) {
        const auto d = backoff.delay(10, 1);
        QVERIFY(d >= 1000ms && d <= 2000ms);
    }
    // 0 (no Retry-After) changes nothing.
    for (int i = 0; i < 100; ++i) {
        const auto d = backoff.delay(0, 0);
        QVERIFY(d >= 50ms && d <= 100ms);
    }
}

void TestEngineBackoff::sameSeedSameDelays()
{
    const std::uint64_t seed = test::testSeed("TestEngineBackoff::sameSeedSameDelays");
    Backoff a(250ms, 20000ms, seed);
    Backoff b(250ms, 20000ms, seed);
    Backoff other(250ms, 20000ms, seed + 1);
    bool differs = false;
    for (int i = 0; i < 200; ++i) {
        const int attempt = i % 9;
        const auto da = a.delay(attempt, i % 13 == 0 ? 3 : 0);
        QCOMPARE(b.delay(attempt, i % 13 == 0 ? 3 : 0), da);
        differs = differs || other.delay(attempt, i % 13 == 0 ? 3 : 0) != da;
    }
    QVERIFY2(differs, "another seed gave the very same 200 delays");
}

void TestEngineBackoff::jitterSpreadsTheDelays()
{
    // Sites failing together must not retry in step: many delays of one attempt are spread, not one value.
    Backoff backoff(1000ms, 30000ms, 99);
    QSet<qint64> seen;
    for (int i = 0; i < 100; ++i)
        seen.insert(backoff.delay(3).count());
    QVERIFY2(seen.size() > 50, qPrintable(QString::number(seen.size())));
}

QTEST_GUILESS_MAIN(TestEngineBackoff)
#include "TestEngineBackoff.moc"
