#pragma once

#include "DataCategory.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace syncsites {

// The values of a site's local sync state: where its links stand, its session log with each session's stages, its
// quarantine and its store backfills. SyncStateRepository keeps them; the engine, the cli and the Sync page read them.

/// Where one upstream link (one data category) of this site stands.
struct LinkState
{
    Category category = Category::Core;
    QString hubUrl;
    qint64 pullCursor = 0;    ///< the hub's cursor this site has integrated up to
    qint64 pushPosition = 0;  ///< this site's own changelog cursor pushed and acknowledged up to
    bool initialised = false; ///< has pulled to the end once
    QDateTime lastPullAt;
};

enum class SyncOutcome
{
    Running,
    Success,
    Partial,
    Failed,
    Cancelled,
};
QString syncOutcomeId(SyncOutcome outcome); ///< "running", "success", "partial", "failed", "cancelled"
std::optional<SyncOutcome> syncOutcomeFromId(QStringView id);
/// Every outcome, in the order of the enum.
const QVector<SyncOutcome>& allSyncOutcomes();
/// The ids of the outcomes a finished session may have (all but Running): success, partial, failed, cancelled. What
/// a site reports to its hub (wire::reportOutcomes) and the order of the dashboard's stacked charts.
QStringList finishedSyncOutcomeIds();

enum class SyncStage
{
    Handshake,
    Push,
    Pull,
    Transfers,
    Report,
};
QString syncStageId(SyncStage stage);
std::optional<SyncStage> syncStageFromId(QStringView id);

/// One sync session of this site (a row of sync_log).
struct SyncLogEntry
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    SyncOutcome outcome = SyncOutcome::Running;
    QString errorCode;
    QString errorMessage;
    qint64 pushed = 0;
    qint64 pulled = 0;
    qint64 rejected = 0;
};

/// Progress of one stage of one link in a session.
struct SyncStageEntry
{
    qint64 sessionId = 0;
    QString link; ///< the link's category id ("core", "oms")
    SyncStage stage = SyncStage::Handshake;
    qint64 done = 0;
    std::optional<qint64> total;
    QDateTime startedAt;
    QDateTime finishedAt;
};

/// A record this site could not push or integrate, kept for the user to see and retry; never dropped silently.
struct QuarantineEntry
{
    qint64 id = 0;
    QString tableName;
    QString recordId;
    QString storeId;
    QJsonObject payload;
    QString reasonCode;
    QString reason;
    std::optional<qint64> sessionId;
    QDateTime quarantinedAt;
    int retryCount = 0;

    /// {id, table, record_id, store_id, reason_code, reason, session, quarantined_at, retry_count, payload}, as
    /// `syncsites-cli quarantine list --json` and `export` write it (an empty store, session or time as null).
    QJsonObject toJson() const;
};

/// A store history this site is pulling (a backfill after a change of its sync types), and how far it got.
struct BackfillState
{
    Category category = Category::Core;
    QString storeCode;
    qint64 upTo = 0;   ///< the hub's cursor the history goes up to
    qint64 cursor = 0; ///< integrated up to
};

} // namespace syncsites
