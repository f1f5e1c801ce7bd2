#include "LoginThrottle.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace syncsites;

using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

struct FakeClock
{
    milliseconds now{1000000};
    LoginThrottle::Clock clock()
    {
        return [this] {
            return now;
        };
    }
};

} // namespace

class TestAuthLoginThrottle : public QObject
{
    Q_OBJECT

private slots:
    void publishedSchedule_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("delayMs");
        QTest::newRow("0") << 0 << qint64(0);
        QTest::newRow("4: still free") << 4 << qint64(0);
        QTest::newRow("5: first delay") << 5 << qint64(1000);
        QTest::newRow("6") << 6 << qint64(2000);
        QTest::newRow("7") << 7 << qint64(4000);
        QTest::newRow("12") << 12 << qint64(128000);
        QTest::newRow("13") << 13 << qint64(256000);
        QTest::newRow("14: capped") << 14 << qint64(300000);
        QTest::newRow("100: capped") << 100 << qint64(300000);
        QTest::newRow("a million: capped") << 1000000 << qint64(300000);
    }

    void publishedSchedule()
    {
        QFETCH(int, failures);
        QFETCH(qint64, delayMs);
        QCOMPARE(qint64(LoginThrottle::delayAfter(failures).count()), delayMs);
    }

    void thresholds()
    {
        FakeClock time;
        LoginThrottle throttle(time.clock());
        const QString key = QStringLiteral("north");
        for (int i = 1; i < LoginThrottle::kFreeFailures; ++i) {
            throttle.recordFailure(key);
            QCOMPARE(throttle.retryAfter(key), 0ms);
        }
        throttle.recordFailure(key); // the 5th
        QCOMPARE(throttle.failures(key), 5);
        QCOMPARE(throttle.retryAfter(key), 1000ms);
        time.now += 400ms;
        QCOMPARE(throttle.retryAfter(key), 600ms);
        time.now += 600ms;
        QCOMPARE(throttle.retryAfter(key), 0ms);
        throttle.recordFailure(key); // the 6th, once allowed again
        QCOMPARE(throttle.retryAfter(key), 2000ms);
        // Other keys are not affected.
        QCOMPARE(throttle.retryAfter(QStringLiteral("south")), 0ms);
    }

    void successResets()
    {
        FakeClock time;
        LoginThrottle throttle(time.clock());
        const QString key = QStringLiteral("alice");
        for (int i = 0; i < 8; ++i)
            throttle.recordFailure(key);
        QVERIFY(throttle.retryAfter(key) > 0ms);
        throttle.recordSuccess(key);
        QCOMPARE(throttle.retryAfter(key), 0ms);
        QCOMPARE(throttle.failures(key), 0);
        QCOMPARE(throttle.trackedKeys(), 0);
    }

    void forgottenAfterQuietPeriod()
    {
        FakeClock time;
        LoginThrottle throttle(time.clock());
        const QString key = QStringLiteral("bob");
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure(key);
        time.now += LoginThrottle::kForgetAfter - 1ms;
        QCOMPARE(throttle.failures(key), 4);
        time.now += 1ms;
        QCOMPARE(throttle.failures(key), 0);
        throttle.recordFailure(key); // starts again from one: no delay
        QCOMPARE(throttle.failures(key), 1);
        QCOMPARE(throttle.retryAfter(key), 0ms);
    }

    void lockoutIsBounded()
    {
        // However many wrong attempts, the right secret waits at most kMaxDelay after the last one.
        FakeClock time;
        LoginThrottle throttle(time.clock());
        const QString key = QStringLiteral("target");
        for (int i = 0; i < 200; ++i) {
            throttle.recordFailure(key);
            QVERIFY(throttle.retryAfter(key) <= LoginThrottle::kMaxDelay);
            time.now += throttle.retryAfter(key); // an attacker who waits exactly as told
        }
        QCOMPARE(throttle.retryAfter(key), 0ms);
        throttle.recordFailure(key);
        QCOMPARE(throttle.retryAfter(key), LoginThrottle::kMaxDelay);
        time.now += LoginThrottle::kMaxDelay;
        QCOMPARE(throttle.retryAfter(key), 0ms); // the legitimate holder gets through now
        throttle.recordSuccess(key);
        QCOMPARE(throttle.failures(key), 0);
    }

    void sweepForgetsOldKeys()
    {
        FakeClock time;
        LoginThrottle throttle(time.clock());
        throttle.recordFailure(QStringLiteral("old"));
        time.now += 10min;
        throttle.recordFailure(QStringLiteral("recent"));
        time.now += 6min;
        QCOMPARE(throttle.trackedKeys(), 2);
        QCOMPARE(throttle.sweep(), 1);
        QCOMPARE(throttle.trackedKeys(), 1);
        QCOMPARE(throttle.failures(QStringLiteral("recent")), 1);
    }

    // 16 wrong attempts at once: only the free ones are checked, the rest told to wait, however threads interleave.
    void attemptsAtOnceGetOnlyTheFreeChecks()
    {
        LoginThrottle throttle;
        constexpr int kAttempts = 16;
        std::atomic<int> started{0};
        std::atomic<int> admitted{0};
        std::atomic<int> begun{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < kAttempts; ++i) {
            threads.emplace_back([&] {
                ++started;
                while (started.load() < kAttempts) {
                }
                LoginThrottle::Attempt attempt = throttle.begin(QStringLiteral("user:nurse"));
                ++begun;
                if (attempt.wait().count() > 0)
                    return;
                ++admitted;
                while (begun.load() < kAttempts) // every attempt is decided while these are still being checked
                    std::this_thread::yield();
                attempt.failed();
            });
        }
        for (std::thread& t : threads)
            t.join();
        QCOMPARE(admitted.load(), LoginThrottle::kFreeFailures);
        QCOMPARE(throttle.failures(QStringLiteral("user:nurse")), LoginThrottle::kFreeFailures);
    }

    // An attempt dropped without a verdict (a storage error) counts for nothing and blocks nothing.
    void anAttemptWithoutVerdictCountsForNothing()
    {
        LoginThrottle throttle;
        for (int i = 0; i < 10; ++i) {
            LoginThrottle::Attempt attempt = throttle.begin(QStringLiteral("site:x"));
            QCOMPARE(attempt.wait().count(), 0);
        }
        QCOMPARE(throttle.failures(QStringLiteral("site:x")), 0);
        QCOMPARE(throttle.retryAfter(QStringLiteral("site:x")).count(), 0);
        QCOMPARE(throttle.trackedKeys(), 0); // nothing kept for it either
    }

    // A flood of distinct names fills the table: the oldest is evicted and the next name is still tracked.
    void aFullTableEvictsTheOldest()
    {
        FakeClock time;
        LoginThrottle throttle(time.clock());
        for (int i = 0; i < LoginThrottle::kMaxTrackedKeys; ++i) {
            throttle.recordFailure(QStringLiteral("flood-%1").arg(i));
            if (i == 0)
                time.now += 1s; // flood-0 is the oldest
        }
        QCOMPARE(throttle.trackedKeys(), LoginThrottle::kMaxTrackedKeys);
        throttle.recordFailure(QStringLiteral("site:Kasa"));
        QCOMPARE(throttle.failures(QStringLiteral("site:Kasa")), 1);
        QCOMPARE(throttle.failures(QStringLiteral("flood-0")), 0);
        QCOMPARE(throttle.trackedKeys(), LoginThrottle::kMaxTrackedKeys);
    }

    void keysSeparateSitesUsersAndAddresses()
    {
        LoginThrottle throttle;
        const QString here = LoginThrottle::siteKey(QStringLiteral("Kasa"), QStringLiteral("10.0.0.5"));
        const QString there = LoginThrottle::siteKey(QStringLiteral("Kasa"), QStringLiteral("10.0.0.6"));
        QVERIFY(here != there);
        QVERIFY(here != LoginThrottle::userKey(QStringLiteral("Kasa"), QStringLiteral("10.0.0.5")));
        throttle.recordFailure(here);
        throttle.recordFailure(there);
        throttle.recordFailure(LoginThrottle::siteKey(QStringLiteral("Kasa2"), QStringLiteral("10.0.0.5")));
        QCOMPARE(throttle.forgetSite(QStringLiteral("Kasa")), 2);
        QCOMPARE(throttle.trackedKeys(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAuthLoginThrottle)
#include "TestAuthLoginThrottle.moc"
