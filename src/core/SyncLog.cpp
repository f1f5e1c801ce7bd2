#include "SyncLog.h"

namespace syncsites {

QString syncOutcomeId(SyncOutcome outcome)
{
    switch (outcome) {
    case SyncOutcome::Running:
        return QStringLiteral("running");
    case SyncOutcome::Success:
        return QStringLiteral("success");
    case SyncOutcome::Partial:
        return QStringLiteral("partial");
    case SyncOutcome::Failed:
        return QStringLiteral("failed");
    case SyncOutcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

std::optional<SyncOutcome> syncOutcomeFromId(QStringView id)
{
    for (SyncOutcome outcome : allSyncOutcomes()) {
        if (id == syncOutcomeId(outcome))
            return outcome;
    }
    return std::nullopt;
}

const QVector<SyncOutcome>& allSyncOutcomes()
{
    static const QVector<SyncOutcome> all{SyncOutcome::Running, SyncOutcome::Success, SyncOutcome::Partial,
                                          SyncOutcome::Failed, SyncOutcome::Cancelled};
    return all;
}

QStringList finishedSyncOutcomeIds()
{
    static const QStringList ids = [] {
        QStringList list;
        for (SyncOutcome outcome : allSyncOutcomes()) {
            if (outcome != SyncOutcome::Running)
                list << syncOutcomeId(outcome);
        }
        return list;
    }();
    return ids;
}

QJsonObject QuarantineEntry::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("table"), tableName},
                       {QStringLiteral("record_id"), recordId},
                       {QStringLiteral("store_id"), storeId.isEmpty() ? QJsonValue() : QJsonValue(storeId)},
                       {QStringLiteral("reason_code"), reasonCode},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("session"), sessionId ? QJsonValue(*sessionId) : QJsonValue()},
                       {QStringLiteral("quarantined_at"),
                        quarantinedAt.isValid() ? QJsonValue(quarantinedAt.toString(Qt::ISODateWithMs)) : QJsonValue()},
                       {QStringLiteral("retry_count"), retryCount},
                       {QStringLiteral("payload"), payload}};
}

QString syncStageId(SyncStage stage)
{
    switch (stage) {
    case SyncStage::Handshake:
        return QStringLiteral("handshake");
    case SyncStage::Push:
        return QStringLiteral("push");
    case SyncStage::Pull:
        return QStringLiteral("pull");
    case SyncStage::Transfers:
        return QStringLiteral("transfers");
    case SyncStage::Report:
        return QStringLiteral("report");
    }
    return QString();
}

std::optional<SyncStage> syncStageFromId(QStringView id)
{
    for (SyncStage stage :
         {SyncStage::Handshake, SyncStage::Push, SyncStage::Pull, SyncStage::Transfers, SyncStage::Report}) {
        if (id == syncStageId(stage))
            return stage;
    }
    return std::nullopt;
}

} // namespace syncsites
