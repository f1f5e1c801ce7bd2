#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

namespace syncsites {

class HubState;

/// POST /api/v1/sync/report: a site reports how its session went (per link: pushed, pulled, rejected, waiting,
/// duration, error), for the supervisors' dashboard. Thread-safe.
///
/// The hub judges a site by its own clock: a report whose times lie after the moment it arrived (a site whose clock
/// runs ahead) is moved back to that moment, keeping its duration, so that one report from a clock a year ahead
/// cannot stay the site's newest and hide the failures reported after it.
///
/// What a report may carry is bounded (ReportLimits, docs/operations.md "Limits"): a body over maxBodyBytes is
/// refused (413 `payload_too_large`, `details.max_bytes`); longer texts are cut and end in truncationMarker();
/// links beyond maxLinks, their fields beyond maxLinkFields and nested values in them are left out. The status API
/// applies the same bounds to what it serves, for reports stored before these limits.
class SyncReportHandler
{
public:
    /// The bounds of one report.
    struct ReportLimits
    {
        static constexpr qsizetype maxBodyBytes = 256 * 1024;
        static constexpr int maxCodeChars = 100;
        static constexpr int maxMessageChars = 2000;
        static constexpr int maxVersionChars = 100;
        static constexpr int maxLinks = 8;
        static constexpr int maxLinkFields = 16;
        static constexpr int maxLinkKeyChars = 40;
        static constexpr int maxLinkTextChars = 200;
    };

    explicit SyncReportHandler(HubState& hub) : m_hub(hub) {}

    HttpResponse handle(const HttpRequest& request);

    /// What ends a cut text: "… [truncated]".
    static QString truncationMarker();
    /// `text` when it has at most `maxChars` characters, otherwise its beginning and truncationMarker(), `maxChars`
    /// characters in all (never splitting a surrogate pair).
    static QString bounded(const QString& text, int maxChars);
    /// The report's `links` within ReportLimits: at most maxLinks objects, each with at most maxLinkFields fields
    /// of plain values (texts bounded; arrays, objects and keys over maxLinkKeyChars left out). Not an array: empty.
    static QJsonArray boundedLinks(const QJsonValue& links);

private:
    HubState& m_hub;
};

} // namespace syncsites
