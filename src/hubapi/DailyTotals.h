#pragma once

#include <QDate>

namespace syncsites {

/// One day of GET /api/v1/status/summary `per_day`: sessions by outcome and records moved.
struct DailyTotals
{
    QDate date;
    int success = 0;
    int partial = 0;
    int failed = 0;
    int cancelled = 0;
    qint64 pushed = 0;
    qint64 pulled = 0;
    qint64 rejected = 0;

    int sessions() const { return success + partial + failed + cancelled; }
};

} // namespace syncsites
