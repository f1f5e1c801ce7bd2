#include "SyncOverview.h"

#include "SyncFailure.h"

namespace syncsites {

bool SyncOverview::reachedHub(SyncOutcome outcome)
{
    return outcome == SyncOutcome::Success || outcome == SyncOutcome::Partial;
}

bool SyncOverview::isOfflineKind(const QString& kindId)
{
    return kindId == QLatin1String("no_network") || kindId == QLatin1String("server_unreachable") ||
           kindId == QLatin1String("timeout");
}

QString SyncOverview::failureKindOf(const SyncLogEntry& entry)
{
    if (entry.errorCode.isEmpty())
        return QString();
    return SyncFailure::classify(Error(entry.errorCode, entry.errorMessage)).kindId();
}

QJsonArray SyncOverview::quarantineJson(const QVector<QuarantineEntry>& entries)
{
    QJsonArray array;
    for (const QuarantineEntry& entry : entries)
        array.append(entry.toJson());
    return array;
}

} // namespace syncsites
