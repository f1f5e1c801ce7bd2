#pragma once

#include "ClockSkew.h"
#include "ReplicaConfig.h"
#include "SyncLog.h"

#include <QJsonArray>
#include <QVector>

#include <optional>

namespace syncsites {

/// What the Sync page shows of a replica, read in one go (SyncHistory::overview), and the questions about a
/// session that need no database. Plain values: the site layer hands them to the pages.
struct SyncOverview
{
    ReplicaConfig config;
    QVector<SyncLogEntry> sessions;          ///< the latest sessions, newest first
    std::optional<SyncLogEntry> lastSuccess; ///< the latest session that reached the hub (success or partial)
    qint64 waiting = 0;                      ///< local changes not pushed yet, every category
    QVector<QuarantineEntry> quarantine;     ///< oldest first
    std::optional<ClockCheck> clock;         ///< this clock against the server's at the last handshake

    /// Whether a session that reached the hub (success or partial: the data moved, some records may be refused).
    static bool reachedHub(SyncOutcome outcome);
    /// Whether a failure kind ("no_network", "server_unreachable", "timeout") means the hub could not be reached.
    static bool isOfflineKind(const QString& kindId);
    /// The failure kind id of a logged session's error code (empty when the session has no error).
    static QString failureKindOf(const SyncLogEntry& entry);
    /// The quarantine in the shape `syncsites-cli quarantine export` writes (QuarantineEntry::toJson each).
    static QJsonArray quarantineJson(const QVector<QuarantineEntry>& entries);
};

} // namespace syncsites
