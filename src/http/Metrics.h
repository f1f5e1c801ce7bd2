#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QVector>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace syncsites {

/// A registry of counters, gauges and histograms, rendered in the Prometheus text exposition format 0.0.4.
///
/// Threading: every method is thread-safe. counter(), gauge() and histogram() take a lock to find or create
/// the series; updating a series is lock-free (atomics), so hot paths may keep the returned reference.
/// Ownership: the registry owns every series; references stay valid for the registry's lifetime.
/// Errors: asking for a name already registered with another type, or an invalid metric or label name, is a
/// programming error: it is logged (syncsites.server.http) and a detached series is returned that works
/// but is never rendered.
///
/// Names follow Prometheus practice: `syncsites_<what>_<unit>`, counters end in `_total`, durations are
/// seconds. Keep label values to small fixed sets (route names, status codes), never ids or paths.
class Metrics
{
public:
    using Labels = QList<QPair<QString, QString>>;

    class Counter
    {
    public:
        /// Adds `by` (negative values are ignored: a counter only goes up).
        void increment(double by = 1.0);
        double value() const { return m_value.load(std::memory_order_relaxed); }

    private:
        std::atomic<double> m_value{0.0};
    };

    class Gauge
    {
    public:
        void set(double value) { m_value.store(value, std::memory_order_relaxed); }
        void add(double delta);
        double value() const { return m_value.load(std::memory_order_relaxed); }

    private:
        std::atomic<double> m_value{0.0};
    };

    class Histogram
    {
    public:
        explicit Histogram(QVector<double> upperBounds);
        void observe(double value);
        quint64 count() const { return m_count.load(std::memory_order_relaxed); }
        double sum() const { return m_sum.load(std::memory_order_relaxed); }
        const QVector<double>& upperBounds() const { return m_bounds; }
        /// Cumulative counts per upper bound (Prometheus `le` semantics), then the +Inf bucket.
        QVector<quint64> cumulativeCounts() const;

    private:
        QVector<double> m_bounds;
        std::unique_ptr<std::atomic<quint64>[]> m_buckets; // one per bound, plus +Inf
        std::atomic<quint64> m_count{0};
        std::atomic<double> m_sum{0.0};
    };

    Metrics();
    ~Metrics();
    Metrics(const Metrics&) = delete;
    Metrics& operator=(const Metrics&) = delete;

    /// The series `name{labels}`, created at zero on first use. `help` is kept from the first registration.
    Counter& counter(const QString& name, const QString& help, const Labels& labels = {});
    Gauge& gauge(const QString& name, const QString& help, const Labels& labels = {});
    /// `upperBounds` ascending; they are fixed by the first registration of the name.
    Histogram& histogram(const QString& name, const QString& help, const Labels& labels = {},
                         const QVector<double>& upperBounds = latencyBuckets());

    /// Seconds, from 1 ms to 10 s: suits HTTP requests and database work.
    static QVector<double> latencyBuckets();

    /// Families sorted by name, series by label values; `# HELP` and `# TYPE` once per family.
    QByteArray renderPrometheus() const;
    /// The Content-Type of renderPrometheus().
    static QByteArray contentType() { return QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"); }

    /// A number as Prometheus writes it: shortest round-trip form, `+Inf`, `-Inf`, `NaN`.
    static QByteArray formatValue(double value);
    /// A label value with `\`, `"` and newlines escaped.
    static QByteArray escapeLabelValue(const QString& value);

private:
    enum class Type
    {
        Counter,
        Gauge,
        Histogram,
    };
    struct Series;
    struct Family;

    Series* findOrCreate(Type type, const QString& name, const QString& help, const Labels& labels,
                         const QVector<double>& upperBounds);
    Series* orphan(Type type, const QVector<double>& upperBounds);

    mutable std::mutex m_mutex;
    std::map<QString, std::unique_ptr<Family>> m_families;
    std::vector<std::unique_ptr<Series>> m_orphans;
};

} // namespace syncsites
