#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>

namespace syncsites {

/// One entry of the hub's audit log: who changed what, when. Stored by the hub (HubRepository::auditLog), sent by
/// GET /api/v1/admin/audit and read back by the desktop app (HubApiClient::fetchAudit).
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString username;
    QString action;  ///< e.g. topology.replace, store.sync_type, site.add, user.update
    QString subject; ///< what it acted on (a store code, a site name, a user)
    QJsonObject details;

    /// {id, at, username, action, subject, details}, as the audit endpoint sends it.
    QJsonObject toJson() const;
    /// Reads what toJson() wrote; a missing or malformed field is a `bad_response` naming it.
    static Result<AuditEntry> fromJson(const QJsonObject& json);
};

} // namespace syncsites
