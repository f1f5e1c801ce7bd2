#include "OutcomeStyle.h"

#include "SyncHealth.h"
#include "SyncLog.h"

namespace syncsites::ui {

QStringList OutcomeStyle::outcomes()
{
    return finishedSyncOutcomeIds();
}

QColor OutcomeStyle::color(const QString& outcome)
{
    switch (syncOutcomeFromId(outcome).value_or(SyncOutcome::Cancelled)) {
    case SyncOutcome::Success:
        return syncHealthColor(SyncHealth::Synced);
    case SyncOutcome::Partial:
        return syncHealthColor(SyncHealth::Late);
    case SyncOutcome::Failed:
        return syncHealthColor(SyncHealth::Failing);
    case SyncOutcome::Running:
    case SyncOutcome::Cancelled:
        break;
    }
    return syncHealthColor(SyncHealth::NeverSynced);
}

} // namespace syncsites::ui
