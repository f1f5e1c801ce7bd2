#pragma once

#include <QColor>
#include <QString>

#include <optional>

namespace syncsites {

/// A site's sync health as the hub judges it (status API `health`), worst last.
enum class SyncHealth
{
    NeverSynced, ///< no session reported yet
    Synced,      ///< a success within its interval (plus the hub's grace)
    Late,        ///< the last success is older than late_after_seconds
    Stale,       ///< the last success is older than stale_after_seconds (a day by default)
    Failing,     ///< the last session failed
};

QString syncHealthId(SyncHealth health); ///< "never_synced", "synced", "late", "stale", "failing"
std::optional<SyncHealth> syncHealthFromId(QStringView id);
QString syncHealthLabel(SyncHealth health); ///< translated: "Never synced", "Synced", ...
/// The colour every page uses for a health (readable on light and dark palettes).
QColor syncHealthColor(SyncHealth health);
/// All five, best first.
constexpr SyncHealth allSyncHealths[] = {SyncHealth::Synced, SyncHealth::Late, SyncHealth::Stale, SyncHealth::Failing,
                                         SyncHealth::NeverSynced};

} // namespace syncsites
