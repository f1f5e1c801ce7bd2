#pragma once

#include "Result.h"
#include "SiteKind.h"
#include "SyncHealth.h"

#include <QDateTime>
#include <QJsonObject>

namespace syncsites {

/// One site's sync state as the hub reports it (GET /api/v1/status/sites, schema SiteStatus). Counts are -1 when
/// the hub has none (never synced, or a client or hub role).
struct SiteStatus
{
    QString name;
    SiteKind kind = SiteKind::MsupplySingleUser;
    QString role;   ///< "site" (syncs itself), "client" (of `server`), "hub"
    QString server; ///< role client: its server
    SyncHealth health = SyncHealth::NeverSynced;
    QDateTime lastAttempt; ///< invalid when never
    QDateTime lastSuccess; ///< invalid when never
    QString lastOutcome;   ///< success, partial, failed, cancelled, or empty
    qint64 lastDurationMs = -1;
    qint64 pushed = -1;
    qint64 pulled = -1;
    qint64 rejected = -1;
    qint64 waiting = -1; ///< records the site had not yet sent at its last report
    QString errorCode;   ///< of the last session, empty when it succeeded
    QString errorMessage;
    QString appVersion;
    int protocolVersion = 0;

    /// Parses one element of `sites`; a missing required field or an unknown kind is an error naming it.
    static Result<SiteStatus> fromJson(const QJsonObject& json);
};

} // namespace syncsites
