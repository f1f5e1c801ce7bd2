#include "Metrics.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <thread>
#include <vector>

using namespace syncsites;

class TestHttpMetrics : public QObject
{
    Q_OBJECT

private slots:
    void renderExactly()
    {
        Metrics metrics;
        metrics.counter(QStringLiteral("syncsites_records_pushed_total"), QStringLiteral("Records received."))
            .increment(3);
        auto& failures =
            metrics.counter(QStringLiteral("syncsites_auth_failures_total"), QStringLiteral("Failed authentications."),
                            {{QStringLiteral("kind"), QStringLiteral("site")}});
        failures.increment();
        failures.increment();
        metrics
            .counter(QStringLiteral("syncsites_auth_failures_total"), QStringLiteral("ignored: first help wins"),
                     {{QStringLiteral("kind"), QStringLiteral("user")}})
            .increment();
        metrics.gauge(QStringLiteral("syncsites_sessions_active"), QStringLiteral("Sessions.")).set(4);
        auto& db = metrics.histogram(QStringLiteral("syncsites_db_seconds"), QStringLiteral("Database time."),
                                     {{QStringLiteral("op"), QStringLiteral("pull")}}, {0.01, 0.1, 1});
        db.observe(0.005);
        db.observe(0.01); // on a bound: counted in that bucket (le means <=)
        db.observe(0.5);
        db.observe(7);

        const QByteArray expected = "# HELP syncsites_auth_failures_total Failed authentications.\n"
                                    "# TYPE syncsites_auth_failures_total counter\n"
                                    "syncsites_auth_failures_total{kind=\"site\"} 2\n"
                                    "syncsites_auth_failures_total{kind=\"user\"} 1\n"
                                    "# HELP syncsites_db_seconds Database time.\n"
                                    "# TYPE syncsites_db_seconds histogram\n"
                                    "syncsites_db_seconds_bucket{op=\"pull\",le=\"0.01\"} 2\n"
                                    "syncsites_db_seconds_bucket{op=\"pull\",le=\"0.1\"} 2\n"
                                    "syncsites_db_seconds_bucket{op=\"pull\",le=\"1\"} 3\n"
                                    "syncsites_db_seconds_bucket{op=\"pull\",le=\"+Inf\"} 4\n"
                                    "syncsites_db_seconds_sum{op=\"pull\"} 7.515\n"
                                    "syncsites_db_seconds_count{op=\"pull\"} 4\n"
                                    "# HELP syncsites_records_pushed_total Records received.\n"
                                    "# TYPE syncsites_records_pushed_total counter\n"
                                    "syncsites_records_pushed_total 3\n"
                                    "# HELP syncsites_sessions_active Sessions.\n"
                                    "# TYPE syncsites_sessions_active gauge\n"
                                    "syncsites_sessions_active 4\n";
        QCOMPARE(metrics.renderPrometheus(), expected);
    }

    void sameSeriesSameObject()
    {
        Metrics metrics;
        auto& a = metrics.counter(QStringLiteral("x_total"), QStringLiteral("x"),
                                  {{QStringLiteral("a"), QStringLiteral("1")}});
        auto& b = metrics.counter(QStringLiteral("x_total"), QStringLiteral("x"),
                                  {{QStringLiteral("a"), QStringLiteral("1")}});
        QCOMPARE(&a, &b);
        a.increment(-5); // ignored
        QCOMPARE(b.value(), 0.0);
        auto& gauge = metrics.gauge(QStringLiteral("g"), QStringLiteral("g"));
        gauge.add(2.5);
        gauge.add(-1);
        QCOMPARE(gauge.value(), 1.5);
    }

    void labelEscaping()
    {
        Metrics metrics;
        metrics
            .counter(QStringLiteral("e_total"), QStringLiteral("Help with \\ and\nnewline."),
                     {{QStringLiteral("v"), QStringLiteral("a\"b\\c\nd")}})
            .increment();
        const QByteArray text = metrics.renderPrometheus();
        QVERIFY2(text.contains("# HELP e_total Help with \\\\ and\\nnewline.\n"), text.constData());
        QVERIFY2(text.contains("e_total{v=\"a\\\"b\\\\c\\nd\"} 1\n"), text.constData());
    }

    void formatValue_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("zero") << 0.0 << QByteArray("0");
        QTest::newRow("integer") << 1600.0 << QByteArray("1600");
        QTest::newRow("fraction") << 0.1 << QByteArray("0.1");
        QTest::newRow("negative") << -2.5 << QByteArray("-2.5");
        QTest::newRow("large") << 1e21 << QByteArray("1e+21");
        QTest::newRow("+Inf") << std::numeric_limits<double>::infinity() << QByteArray("+Inf");
        QTest::newRow("-Inf") << -std::numeric_limits<double>::infinity() << QByteArray("-Inf");
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << QByteArray("NaN");
    }

    void formatValue()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        QCOMPARE(Metrics::formatValue(value), text);
    }

    void misuseIsDetachedNotFatal()
    {
        Metrics metrics;
        metrics.counter(QStringLiteral("thing"), QStringLiteral("a counter")).increment();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("thing is registered as a counter")));
        metrics.gauge(QStringLiteral("thing"), QStringLiteral("now a gauge")).set(9); // works, not exported
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("invalid metric or label name")));
        metrics.counter(QStringLiteral("bad-name"), QStringLiteral("x")).increment();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("invalid metric or label name")));
        metrics.histogram(QStringLiteral("h"), QStringLiteral("x"), {{QStringLiteral("le"), QStringLiteral("1")}})
            .observe(1);
        const QByteArray text = metrics.renderPrometheus();
        QCOMPARE(text, QByteArray("# HELP thing a counter\n# TYPE thing counter\nthing 1\n"));
    }

    void concurrentUpdates()
    {
        Metrics metrics;
        constexpr int threads = 8;
        constexpr int perThread = 20000;
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&metrics, t] {
                const Metrics::Labels labels{{QStringLiteral("thread"), QString::number(t % 2)}};
                for (int i = 0; i < perThread; ++i) {
                    metrics.counter(QStringLiteral("c_total"), QStringLiteral("c"), labels).increment();
                    metrics.histogram(QStringLiteral("h_seconds"), QStringLiteral("h")).observe(0.002);
                    if (i % 1000 == 0)
                        metrics.renderPrometheus();
                }
            });
        }
        for (auto& w : workers)
            w.join();
        const QByteArray text = metrics.renderPrometheus();
        QVERIFY(text.contains("c_total{thread=\"0\"} 80000\n"));
        QVERIFY(text.contains("c_total{thread=\"1\"} 80000\n"));
        QVERIFY(text.contains("h_seconds_count 160000\n"));
        QVERIFY(text.contains("h_seconds_bucket{le=\"0.001\"} 0\n"));
        QVERIFY(text.contains("h_seconds_bucket{le=\"0.0025\"} 160000\n"));
    }
};

QTEST_GUILESS_MAIN(TestHttpMetrics)
#include "TestHttpMetrics.moc"
