#include "SyncReportHandler.h"

#include "HubRepository.h"
#include "HubState.h"
#include "SiteSession.h"
#include "WireMessages.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>

namespace syncsites {

namespace {

Q_LOGGING_CATEGORY(lcReport, "syncsites.server.report", QtInfoMsg)

// Its sentences, in the translation context "SyncReportHandler" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncReportHandler)
};

} // namespace

QString SyncReportHandler::truncationMarker()
{
    return QStringLiteral("\u2026 [truncated]");
}

QString SyncReportHandler::bounded(const QString& text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    const QString marker = truncationMarker();
    qsizetype keep = qMax<qsizetype>(0, maxChars - marker.size());
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + marker;
}

QJsonArray SyncReportHandler::boundedLinks(const QJsonValue& links)
{
    QJsonArray out;
    const QJsonArray in = links.toArray();
    for (const QJsonValue& value : in) {
        if (out.size() >= ReportLimits::maxLinks)
            break;
        const QJsonObject link = value.toObject();
        QJsonObject kept;
        for (auto it = link.constBegin(); it != link.constEnd() && kept.size() < ReportLimits::maxLinkFields; ++it) {
            if (it.key().size() > ReportLimits::maxLinkKeyChars || it.value().isArray() || it.value().isObject())
                continue;
            kept.insert(it.key(), it.value().isString()
                                      ? QJsonValue(bounded(it.value().toString(), ReportLimits::maxLinkTextChars))
                                      : it.value());
        }
        out.append(kept);
    }
    return out;
}

HttpResponse SyncReportHandler::handle(const HttpRequest& request)
{
    // The hub's clock, not the site's, says when a session ended at the latest: the moment its report arrived.
    const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
    auto auth = SiteSession::authenticate(m_hub, request);
    if (auto* refused = std::get_if<HttpResponse>(&auth))
        return *refused;
    const SiteSession& session = std::get<SiteSession>(auth);
    if (request.body.size() > ReportLimits::maxBodyBytes)
        return HttpResponse::error(
            413, QStringLiteral("payload_too_large"),
            Text::tr("A sync report may be at most %1 bytes; this one has %2. Report the session's figures and a short "
                     "error message, not its data.")
                .arg(ReportLimits::maxBodyBytes)
                .arg(request.body.size()),
            QJsonObject{{QStringLiteral("max_bytes"), static_cast<double>(ReportLimits::maxBodyBytes)}});
    const Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return HttpResponse::fromError(400, body.error());

    const Result<wire::SessionReport> sent = wire::SessionReport::fromJson(*body);
    if (!sent)
        return HttpResponse::fromError(400, sent.error());
    SyncReport report;
    report.siteId = session.siteId;
    report.startedAt = sent->startedAt;
    report.finishedAt = sent->finishedAt;
    report.outcome = sent->outcome;
    if (report.startedAt > report.finishedAt)
        report.startedAt = report.finishedAt;
    if (report.finishedAt > receivedAt) {
        // A site whose clock runs ahead: its session ended when the report came, at the latest.
        const qint64 aheadMs = receivedAt.msecsTo(report.finishedAt);
        qCInfo(lcReport).noquote() << "the clock of site" << session.siteName << "runs about" << aheadMs / 1000
                                   << "s ahead of the hub's: its report's times are moved back to the hub's";
        report.startedAt = report.startedAt.addMSecs(-aheadMs);
        report.finishedAt = receivedAt;
    }
    report.errorCode = bounded(sent->errorCode, ReportLimits::maxCodeChars);
    report.errorMessage = bounded(sent->errorMessage, ReportLimits::maxMessageChars);
    report.pushed = sent->pushed;
    report.pulled = sent->pulled;
    report.rejected = sent->rejected;
    report.waiting = sent->waiting;
    report.durationMs = report.startedAt.msecsTo(report.finishedAt);
    report.appVersion = bounded(sent->appVersion, ReportLimits::maxVersionChars);
    report.protocolVersion = sent->protocolVersion;
    report.details = sent->links ? QJsonObject{{QStringLiteral("links"), boundedLinks(*sent->links)}} : QJsonObject();
    const Result<qint64> id = HubRepository(m_hub.database()).addReport(report);
    if (!id)
        return HttpResponse::fromError(503, id.error());
    return HttpResponse::json(wire::ReportAnswer{*id}.toJson(), 201);
}

} // namespace syncsites
