#include "ProgressBar.h"

#include <cstdio>
#include <unistd.h>

namespace syncsites::cli {

ProgressBar::ProgressBar(QTextStream& stream, QString unit)
    : m_stream(stream), m_unit(std::move(unit)), m_terminal(isatty(fileno(stderr)) == 1)
{
    m_timer.start();
}

void ProgressBar::update(qint64 done, qint64 total)
{
    const qint64 now = m_timer.elapsed();
    if (!m_terminal || (now - m_lastDrawMs < 100 && done < total))
        return;
    m_lastDrawMs = now;
    constexpr int width = 30;
    const double fraction = total > 0 ? double(done) / double(total) : 1.0;
    const int filled = int(fraction * width);
    const double rate = now > 0 ? double(done) * 1000.0 / double(now) : 0.0;
    const double left = rate > 0 ? double(total - done) / rate : 0.0;
    m_stream << '\r' << '[' << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char('.')) << "] "
             << done << '/' << total << ' ' << m_unit << "  " << qint64(rate) << "/s  " << qint64(left) << " s left   ";
    m_stream.flush();
    m_drawn = true;
}

void ProgressBar::finish()
{
    if (m_drawn)
        m_stream << Qt::endl;
}

} // namespace syncsites::cli
