#pragma once

#include "DailyTotals.h"
#include "Result.h"
#include "SyncHealth.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QVector>

namespace syncsites {

/// GET /api/v1/status/summary: health counts over the sites the user may see and daily totals, oldest day first.
struct StatusSummary
{
    QDateTime serverTime;
    int days = 0;
    int sites = 0;
    QHash<SyncHealth, int> health; ///< every SyncHealth present
    QVector<DailyTotals> perDay;

    static Result<StatusSummary> fromJson(const QJsonObject& json);
};

} // namespace syncsites
