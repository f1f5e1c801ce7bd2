#pragma once

#include "Result.h"
#include "Violation.h"
#include "VisibilityAction.h"

#include <QJsonObject>
#include <QVector>
#include <optional>

namespace syncsites {

/// What replacing the network would do (POST /api/v1/admin/topology/preview): the rules it breaks and, per store
/// and site, the backfills, purges and hand-overs it causes with the hub's estimate of the records that move.
struct TopologyPreview
{
    struct Action
    {
        VisibilityAction action;
        std::optional<qint64> recordsEstimate; ///< changes logged for the store's data; none when unknown
    };

    qint64 revision = 0; ///< the hub's revision the preview was computed against
    bool valid = false;
    QVector<Violation> violations;
    QVector<Action> actions;
    QString estimateNote; ///< the hub's words on what the estimate counts

    static Result<TopologyPreview> fromJson(const QJsonObject& json);
};

} // namespace syncsites
