#include "Metrics.h"

#include "HttpLog.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace syncsites {

namespace {

void atomicAdd(std::atomic<double>& target, double delta)
{
    double current = target.load(std::memory_order_relaxed);
    while (!target.compare_exchange_weak(current, current + delta, std::memory_order_relaxed)) {
    }
}

bool isValidName(const QString& name, bool allowColon)
{
    if (name.isEmpty())
        return false;
    for (int i = 0; i < name.size(); ++i) {
        const char16_t u = name.at(i).unicode();
        const bool letter =
            (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'_' || (allowColon && u == u':');
        const bool digit = u >= u'0' && u <= u'9';
        if (!(letter || (i > 0 && digit)))
            return false;
    }
    return true;
}

QByteArray escapeHelp(const QString& help)
{
    QByteArray out;
    const QByteArray utf8 = help.toUtf8();
    for (const char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

const char* typeName(int type)
{
    switch (type) {
    case 0:
        return "counter";
    case 1:
        return "gauge";
    default:
        return "histogram";
    }
}

} // namespace

struct Metrics::Series
{
    QByteArray labelText; // `a="x",b="y"`, empty without labels
    std::unique_ptr<Counter> counter;
    std::unique_ptr<Gauge> gauge;
    std::unique_ptr<Histogram> histogram;
};

struct Metrics::Family
{
    Type type = Type::Counter;
    QString help;
    QVector<double> upperBounds;
    std::map<QByteArray, std::unique_ptr<Series>> series; // by labelText: a stable rendering order
};

void Metrics::Counter::increment(double by)
{
    if (by > 0.0)
        atomicAdd(m_value, by);
}

void Metrics::Gauge::add(double delta)
{
    atomicAdd(m_value, delta);
}

Metrics::Histogram::Histogram(QVector<double> upperBounds)
    : m_bounds(std::move(upperBounds)), m_buckets(new std::atomic<quint64>[m_bounds.size() + 1])
{
    for (int i = 0; i <= m_bounds.size(); ++i)
        m_buckets[i].store(0, std::memory_order_relaxed);
}

void Metrics::Histogram::observe(double value)
{
    const auto it = std::lower_bound(m_bounds.cbegin(), m_bounds.cend(), value);
    const auto index = static_cast<std::size_t>(it - m_bounds.cbegin());
    m_buckets[index].fetch_add(1, std::memory_order_relaxed);
    atomicAdd(m_sum, value);
    m_count.fetch_add(1, std::memory_order_relaxed);
}

QVector<quint64> Metrics::Histogram::cumulativeCounts() const
{
    QVector<quint64> counts;
    counts.reserve(m_bounds.size() + 1);
    quint64 running = 0;
    for (int i = 0; i <= m_bounds.size(); ++i) {
        running += m_buckets[i].load(std::memory_order_relaxed);
        counts.append(running);
    }
    return counts;
}

Metrics::Metrics() = default;
Metrics::~Metrics() = default;

QVector<double> Metrics::latencyBuckets()
{
    return {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0};
}

QByteArray Metrics::formatValue(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QByteArray(buffer, static_cast<qsizetype>(result.ptr - buffer));
}

QByteArray Metrics::escapeLabelValue(const QString& value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

Metrics::Counter& Metrics::counter(const QString& name, const QString& help, const Labels& labels)
{
    return *findOrCreate(Type::Counter, name, help, labels, {})->counter;
}

Metrics::Gauge& Metrics::gauge(const QString& name, const QString& help, const Labels& labels)
{
    return *findOrCreate(Type::Gauge, name, help, labels, {})->gauge;
}

Metrics::Histogram& Metrics::histogram(const QString& name, const QString& help, const Labels& labels,
                                       const QVector<double>& upperBounds)
{
    return *findOrCreate(Type::Histogram, name, help, labels, upperBounds)->histogram;
}

Metrics::Series* Metrics::orphan(Type type, const QVector<double>& upperBounds)
{
    auto series = std::make_unique<Series>();
    switch (type) {
    case Type::Counter:
        series->counter = std::make_unique<Counter>();
        break;
    case Type::Gauge:
        series->gauge = std::make_unique<Gauge>();
        break;
    case Type::Histogram:
        series->histogram = std::make_unique<Histogram>(upperBounds);
        break;
    }
    m_orphans.push_back(std::move(series));
    return m_orphans.back().get();
}

Metrics::Series* Metrics::findOrCreate(Type type, const QString& name, const QString& help, const Labels& labels,
                                       const QVector<double>& upperBounds)
{
    QByteArray labelText;
    for (const auto& label : labels) {
        if (!labelText.isEmpty())
            labelText += ',';
        labelText += label.first.toUtf8() + "=\"" + escapeLabelValue(label.second) + '"';
    }

    std::lock_guard<std::mutex> lock(m_mutex);
    auto familyIt = m_families.find(name);
    if (familyIt == m_families.end()) {
        bool valid = isValidName(name, true);
        for (const auto& label : labels) {
            valid = valid && isValidName(label.first, false) && !label.first.startsWith(QLatin1String("__")) &&
                    !(type == Type::Histogram && label.first == QLatin1String("le"));
        }
        QVector<double> bounds = upperBounds;
        std::sort(bounds.begin(), bounds.end());
        bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
        if (!bounds.isEmpty() && std::isinf(bounds.last()))
            bounds.removeLast(); // +Inf is always there
        if (!valid) {
            qCWarning(lcHttp).noquote() << "metrics: invalid metric or label name for" << name
                                        << "; the series is not exported";
            return orphan(type, bounds);
        }
        auto family = std::make_unique<Family>();
        family->type = type;
        family->help = help;
        family->upperBounds = bounds;
        familyIt = m_families.emplace(name, std::move(family)).first;
    }
    Family& family = *familyIt->second;
    if (family.type != type) {
        qCWarning(lcHttp).noquote() << "metrics:" << name << "is registered as a" << typeName(int(family.type))
                                    << "and was asked for as a" << typeName(int(type)) << "; not exported";
        return orphan(type, upperBounds);
    }
    auto seriesIt = family.series.find(labelText);
    if (seriesIt != family.series.end())
        return seriesIt->second.get();

    auto series = std::make_unique<Series>();
    series->labelText = labelText;
    switch (type) {
    case Type::Counter:
        series->counter = std::make_unique<Counter>();
        break;
    case Type::Gauge:
        series->gauge = std::make_unique<Gauge>();
        break;
    case Type::Histogram:
        series->histogram = std::make_unique<Histogram>(family.upperBounds);
        break;
    }
    return family.series.emplace(labelText, std::move(series)).first->second.get();
}

QByteArray Metrics::renderPrometheus() const
{
    QByteArray out;
    std::lock_guard<std::mutex> lock(m_mutex);
    for (const auto& [name, family] : m_families) {
        const QByteArray metric = name.toUtf8();
        out += "# HELP " + metric + ' ' + escapeHelp(family->help) + '\n';
        out += "# TYPE " + metric + ' ' + typeName(int(family->type)) + '\n';
        for (const auto& [labelText, series] : family->series) {
            const QByteArray braces = labelText.isEmpty() ? QByteArray() : '{' + labelText + '}';
            if (series->counter) {
                out += metric + braces + ' ' + formatValue(series->counter->value()) + '\n';
            } else if (series->gauge) {
                out += metric + braces + ' ' + formatValue(series->gauge->value()) + '\n';
            } else {
                const Histogram& h = *series->histogram;
                const QVector<quint64> counts = h.cumulativeCounts();
                const QByteArray prefix = labelText.isEmpty() ? QByteArray() : labelText + ',';
                for (int i = 0; i < counts.size(); ++i) {
                    const QByteArray le =
                        i < h.upperBounds().size() ? formatValue(h.upperBounds().at(i)) : QByteArrayLiteral("+Inf");
                    out +=
                        metric + "_bucket{" + prefix + "le=\"" + le + "\"} " + QByteArray::number(counts.at(i)) + '\n';
                }
                out += metric + "_sum" + braces + ' ' + formatValue(h.sum()) + '\n';
                // _count equals the +Inf bucket, read once so that the two always agree.
                out += metric + "_count" + braces + ' ' + QByteArray::number(counts.last()) + '\n';
            }
        }
    }
    return out;
}

} // namespace syncsites
