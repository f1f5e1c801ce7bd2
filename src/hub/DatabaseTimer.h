#pragma once

#include "Metrics.h"

#include <QElapsedTimer>
#include <QLatin1String>

namespace syncsites {

/// Times a handler's database work into the histogram syncsites_db_seconds{operation} (RAII: from construction to
/// destruction). `operation` is one of a small fixed set of names (status_sites, data_write, ...), never an id.
///
/// Threading: one instance on one thread; the histogram itself is thread-safe.
class DatabaseTimer
{
public:
    DatabaseTimer(Metrics& metrics, QLatin1String operation)
        : m_histogram(
              metrics.histogram(QStringLiteral("syncsites_db_seconds"),
                                QStringLiteral("Time the hub's status and data handlers spend in the database."),
                                {{QStringLiteral("operation"), QString(operation)}}))
    {
        m_timer.start();
    }
    ~DatabaseTimer() { m_histogram.observe(double(m_timer.nsecsElapsed()) / 1e9); }
    DatabaseTimer(const DatabaseTimer&) = delete;
    DatabaseTimer& operator=(const DatabaseTimer&) = delete;

private:
    Metrics::Histogram& m_histogram;
    QElapsedTimer m_timer;
};

} // namespace syncsites
