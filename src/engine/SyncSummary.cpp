#include "SyncSummary.h"

#include <QJsonArray>

namespace syncsites {

QJsonObject SyncSummary::toJson() const
{
    QJsonArray linkArray;
    for (const LinkSummary& link : links)
        linkArray.append(QJsonObject{{QStringLiteral("category"), categoryId(link.category)},
                                     {QStringLiteral("hub"), link.hub},
                                     {QStringLiteral("pushed"), link.pushed},
                                     {QStringLiteral("pulled"), link.pulled},
                                     {QStringLiteral("rejected"), link.rejected},
                                     {QStringLiteral("duration_ms"), link.durationMs}});
    QJsonObject json{{QStringLiteral("session"), sessionId},
                     {QStringLiteral("outcome"), syncOutcomeId(outcome)},
                     {QStringLiteral("pushed"), pushed},
                     {QStringLiteral("pulled"), pulled},
                     {QStringLiteral("rejected"), rejected},
                     {QStringLiteral("waiting"), waiting},
                     {QStringLiteral("transfers_written"), transfersWritten},
                     {QStringLiteral("duration_ms"), durationMs},
                     {QStringLiteral("links"), linkArray}};
    if (failure)
        json.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), failure->kindId()},
                                                         {QStringLiteral("code"), failure->code},
                                                         {QStringLiteral("message"), failure->message},
                                                         {QStringLiteral("remedy"), failure->remedy},
                                                         {QStringLiteral("detail"), failure->detail}});
    return json;
}

} // namespace syncsites
