#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>

namespace syncsites {

/// One entry of the hub's audit log (GET /api/v1/admin/audit): who changed what, when.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString username;
    QString action;  ///< e.g. topology.replace, store.sync_type, site.add, user.update
    QString subject; ///< what it acted on (a store code, a site name, a user)
    QJsonObject details;

    static Result<AuditEntry> fromJson(const QJsonObject& json);
};

} // namespace syncsites
