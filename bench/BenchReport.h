#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace syncsites::bench {

/// Prints one line per measurement, `name  measured  baseline  ratio  (median of R runs: a, b, c)`, and keeps the
/// targets missed for `--check`.
class BenchReport
{
public:
    /// A rate measured against a baseline rate: ratio = baseline / measured, the median of the runs' ratios (each run
    /// is paired with the baseline measured after it), at most `maxRatio`.
    void rate(const QString& name, const QString& unit, const QVector<double>& measured,
              const QVector<double>& baseline, double maxRatio);
    /// A figure without a baseline; `max` > 0: a target it must not exceed.
    void figure(const QString& name, const QString& unit, const QVector<double>& values, double max = 0);
    /// A count that must be zero (errors): missed otherwise.
    void zero(const QString& name, qint64 value);
    /// A free line (setup, bytes, memory).
    void note(const QString& text);

    const QStringList& missed() const { return m_missed; }

    static double median(QVector<double> values);
    /// The nearest-rank percentile (0 < p <= 100).
    static double percentile(QVector<double> values, double p);
    static QString number(double value);

private:
    void print(const QString& line);
    QStringList m_missed;
};

} // namespace syncsites::bench
