#include "SyncHealth.h"

#include <QCoreApplication>

namespace syncsites {

QString syncHealthId(SyncHealth health)
{
    switch (health) {
    case SyncHealth::NeverSynced:
        return QStringLiteral("never_synced");
    case SyncHealth::Synced:
        return QStringLiteral("synced");
    case SyncHealth::Late:
        return QStringLiteral("late");
    case SyncHealth::Stale:
        return QStringLiteral("stale");
    case SyncHealth::Failing:
        return QStringLiteral("failing");
    }
    return QString();
}

std::optional<SyncHealth> syncHealthFromId(QStringView id)
{
    for (SyncHealth h : allSyncHealths)
        if (syncHealthId(h) == id)
            return h;
    return std::nullopt;
}

QString syncHealthLabel(SyncHealth health)
{
    switch (health) {
    case SyncHealth::NeverSynced:
        return QCoreApplication::translate("SyncHealth", "Never synced");
    case SyncHealth::Synced:
        return QCoreApplication::translate("SyncHealth", "Synced");
    case SyncHealth::Late:
        return QCoreApplication::translate("SyncHealth", "Late");
    case SyncHealth::Stale:
        return QCoreApplication::translate("SyncHealth", "Stale");
    case SyncHealth::Failing:
        return QCoreApplication::translate("SyncHealth", "Failing");
    }
    return QString();
}

QColor syncHealthColor(SyncHealth health)
{
    // Mid-tone colours that keep their contrast against both a light and a dark window background.
    switch (health) {
    case SyncHealth::NeverSynced:
        return QColor(0x8a, 0x8f, 0x98); // grey
    case SyncHealth::Synced:
        return QColor(0x2e, 0x9e, 0x5b); // green
    case SyncHealth::Late:
        return QColor(0xe0, 0xa1, 0x1b); // amber
    case SyncHealth::Stale:
        return QColor(0xd9, 0x6c, 0x1e); // orange
    case SyncHealth::Failing:
        return QColor(0xd6, 0x3a, 0x3a); // red
    }
    return QColor();
}

} // namespace syncsites
