#pragma once

#include "DataCategory.h"
#include "SyncFailure.h"
#include "SyncStateRepository.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace syncsites {

/// Where a running session is: one stage of one link.
struct SyncProgress
{
    qint64 sessionId = 0;
    QString link; ///< "core", "oms", or empty for the session's own stages (handshake, transfers, report)
    SyncStage stage = SyncStage::Handshake;
    qint64 done = 0;
    qint64 total = -1; ///< -1: not known yet
    double recordsPerSecond = 0;
    double secondsLeft = -1; ///< -1: not known
};

/// What one link moved in a session.
struct LinkSummary
{
    Category category = Category::Core;
    QString hub;
    qint64 pushed = 0;
    qint64 pulled = 0;
    qint64 rejected = 0;
    qint64 durationMs = 0;
};

/// The outcome of one session.
struct SyncSummary
{
    qint64 sessionId = 0;
    SyncOutcome outcome = SyncOutcome::Running;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 pushed = 0;
    qint64 pulled = 0;
    qint64 rejected = 0; ///< refused by the hub, or not integrated here: in the quarantine
    qint64 waiting = 0;  ///< local changes still to push after the session
    qint64 transfersWritten = 0;
    qint64 durationMs = 0;
    QVector<LinkSummary> links;
    std::optional<SyncFailure> failure; ///< why it failed (or was cancelled), or what was rejected

    /// {pushed, pulled, rejected, waiting, duration_ms, outcome, links: [{category, hub, pushed, pulled, rejected,
    /// duration_ms}], error: {kind, code, message, remedy, detail}}: the shape `syncsites-cli sync --json` prints.
    QJsonObject toJson() const;
};

} // namespace syncsites
