#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace syncsites {

/// One sync session a site reported to the hub (GET /api/v1/status/sites/{name}/sessions, schema SyncSession).
struct SessionRecord
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString outcome; ///< success, partial, failed, cancelled
    qint64 durationMs = 0;
    qint64 pushed = 0;
    qint64 pulled = 0;
    qint64 rejected = 0;
    qint64 waiting = 0;
    QString errorCode; ///< empty on success
    QString errorMessage;
    QString appVersion;
    QJsonArray links; ///< per link figures as the site reported them (category, pushed, pulled, stages...)

    static Result<SessionRecord> fromJson(const QJsonObject& json);
};

} // namespace syncsites
