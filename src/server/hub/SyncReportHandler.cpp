#include "SyncReportHandler.h"

#include "HubRepository.h"
#include "HubState.h"
#include "SiteSession.h"

#include <QCoreApplication>

namespace syncsites::server {

HttpResponse SyncReportHandler::handle(const HttpRequest& request)
{
    auto auth = SiteSession::authenticate(m_hub, request);
    if (auto* refused = std::get_if<HttpResponse>(&auth))
        return *refused;
    const SiteSession& session = std::get<SiteSession>(auth);
    const Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return HttpResponse::fromError(400, body.error());

    SyncReport report;
    report.siteId = session.siteId;
    report.startedAt = QDateTime::fromString(body->value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
    report.finishedAt = QDateTime::fromString(body->value(QStringLiteral("finished_at")).toString(), Qt::ISODateWithMs);
    report.outcome = body->value(QStringLiteral("outcome")).toString();
    static const QStringList outcomes{QStringLiteral("success"), QStringLiteral("partial"), QStringLiteral("failed"),
                                      QStringLiteral("cancelled")};
    if (!report.startedAt.isValid() || !report.finishedAt.isValid() || !outcomes.contains(report.outcome))
        return HttpResponse::error(400, QStringLiteral("invalid_field"),
                                   QCoreApplication::translate("SyncReportHandler",
                                                               "A report needs started_at and finished_at (ISO 8601) "
                                                               "and an outcome: success, partial, failed or "
                                                               "cancelled."));
    const QJsonObject error = body->value(QStringLiteral("error")).toObject();
    report.errorCode = error.value(QStringLiteral("code")).toString();
    report.errorMessage = error.value(QStringLiteral("message")).toString();
    report.pushed = body->value(QStringLiteral("pushed")).toInteger();
    report.pulled = body->value(QStringLiteral("pulled")).toInteger();
    report.rejected = body->value(QStringLiteral("rejected")).toInteger();
    report.waiting = body->value(QStringLiteral("waiting")).toInteger();
    report.durationMs = report.startedAt.msecsTo(report.finishedAt);
    report.appVersion = body->value(QStringLiteral("app_version")).toString();
    report.protocolVersion = body->value(QStringLiteral("protocol_version")).toInt();
    report.details = body->value(QStringLiteral("links")).isArray()
                         ? QJsonObject{{QStringLiteral("links"), body->value(QStringLiteral("links"))}}
                         : QJsonObject();
    const Result<qint64> id = HubRepository(m_hub.database()).addReport(report);
    if (!id)
        return HttpResponse::fromError(503, id.error());
    return HttpResponse::json(QJsonObject{{QStringLiteral("id"), *id}}, 201);
}

} // namespace syncsites::server
