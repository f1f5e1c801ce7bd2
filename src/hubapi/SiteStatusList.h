#pragma once

#include "SiteStatus.h"

#include <QVector>

namespace syncsites {

/// The hub's thresholds for judging health (status API `thresholds`).
struct HealthThresholds
{
    int syncIntervalSeconds = 0;
    int lateAfterSeconds = 0;
    int staleAfterSeconds = 0;
};

/// GET /api/v1/status/sites: every site the signed-in user may see, with the hub's clock and thresholds.
struct SiteStatusList
{
    QDateTime serverTime;
    HealthThresholds thresholds;
    QVector<SiteStatus> sites;

    static Result<SiteStatusList> fromJson(const QJsonObject& json);
};

} // namespace syncsites
