#pragma once

#include <QMetaType>

namespace syncsites::ui {

/// The sync state the Sync page, the tray icon and the status bar show.
enum class SyncState
{
    Idle,    ///< the last session reached the hub (or was cancelled after one that did)
    Syncing, ///< a session runs
    Failed,  ///< the last session failed for another reason than the network (credentials, server, storage...)
    Offline, ///< the last session could not reach the hub (no network, unreachable, timeout), or none ran yet
};

} // namespace syncsites::ui

Q_DECLARE_METATYPE(syncsites::ui::SyncState)
