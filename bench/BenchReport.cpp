#include "BenchReport.h"

#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace syncsites::bench {

double BenchReport::median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const int n = int(values.size());
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double BenchReport::percentile(QVector<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const int rank = std::max(1, int(std::ceil(p / 100.0 * double(values.size()))));
    return values[std::min(rank, int(values.size())) - 1];
}

QString BenchReport::number(double value)
{
    if (std::fabs(value) >= 100)
        return QString::number(qint64(std::llround(value)));
    if (std::fabs(value) >= 10)
        return QString::number(value, 'f', 1);
    return QString::number(value, 'f', 2);
}

namespace {

QString list(const QVector<double>& values)
{
    QStringList out;
    for (double v : values)
        out.append(BenchReport::number(v));
    return out.join(QStringLiteral(", "));
}

} // namespace

void BenchReport::rate(const QString& name, const QString& unit, const QVector<double>& measured,
                       const QVector<double>& baseline, double maxRatio)
{
    const double m = median(measured);
    const double b = median(baseline);
    // Each run's baseline is measured right after it, so their ratio cancels most of the shared machine's drift
    // from one run to the next; the ratio is the median of the runs' ratios.
    QVector<double> ratios;
    for (int i = 0; i < std::min(measured.size(), baseline.size()); ++i)
        ratios.append(measured[i] > 0 ? baseline[i] / measured[i] : INFINITY);
    const double ratio = ratios.isEmpty() ? (m > 0 ? b / m : INFINITY) : median(ratios);
    const bool ok = ratio <= maxRatio;
    QString line = QStringLiteral("%1  %2 %3  baseline %4 %3  ratio %5 (target <= %6: %7)  (median of %8 runs: %9; "
                                  "baseline %10; ratios %11)")
                       .arg(name, number(m), unit, number(b), number(ratio), number(maxRatio),
                            ok ? QStringLiteral("ok") : QStringLiteral("MISSED"))
                       .arg(measured.size())
                       .arg(list(measured), list(baseline), list(ratios));
    print(line);
    if (!ok)
        m_missed.append(QStringLiteral("%1: ratio %2 > %3").arg(name, number(ratio), number(maxRatio)));
}

void BenchReport::figure(const QString& name, const QString& unit, const QVector<double>& values, double max)
{
    const double m = median(values);
    const bool ok = max <= 0 || m < max;
    QString line = QStringLiteral("%1  %2 %3  baseline -  ratio -").arg(name, number(m), unit);
    if (max > 0)
        line += QStringLiteral(" (target < %1 %2: %3)")
                    .arg(number(max), unit, ok ? QStringLiteral("ok") : QStringLiteral("MISSED"));
    if (values.size() > 1)
        line += QStringLiteral("  (median of %1 runs: %2)").arg(values.size()).arg(list(values));
    print(line);
    if (!ok)
        m_missed.append(QStringLiteral("%1: %2 %3 >= %4 %3").arg(name, number(m), unit, number(max)));
}

void BenchReport::zero(const QString& name, qint64 value)
{
    const bool ok = value == 0;
    print(QStringLiteral("%1  %2  baseline -  ratio - (target 0: %3)")
              .arg(name)
              .arg(value)
              .arg(ok ? QStringLiteral("ok") : QStringLiteral("MISSED")));
    if (!ok)
        m_missed.append(QStringLiteral("%1: %2, not 0").arg(name).arg(value));
}

void BenchReport::note(const QString& text)
{
    print(QStringLiteral("  # ") + text);
}

void BenchReport::print(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace syncsites::bench
