#include "OutcomeStyle.h"

#include "SyncHealth.h"

namespace syncsites::ui {

QStringList OutcomeStyle::outcomes()
{
    return {QStringLiteral("success"), QStringLiteral("partial"), QStringLiteral("failed"),
            QStringLiteral("cancelled")};
}

QColor OutcomeStyle::color(const QString& outcome)
{
    if (outcome == QLatin1String("success"))
        return syncHealthColor(SyncHealth::Synced);
    if (outcome == QLatin1String("partial"))
        return syncHealthColor(SyncHealth::Late);
    if (outcome == QLatin1String("failed"))
        return syncHealthColor(SyncHealth::Failing);
    return syncHealthColor(SyncHealth::NeverSynced);
}

} // namespace syncsites::ui
