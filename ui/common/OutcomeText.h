#pragma once

#include <QString>
#include <QStringView>

namespace syncsites::ui {

/// The one set of words for a sync session's outcome, wherever the app shows one (the Sync page, the dashboard,
/// a site's sessions on the topology page). Outcomes are their ids: the engine's (syncOutcomeId) and the hub's
/// reports use the same.
class OutcomeText
{
public:
    /// "success", "partial", "failed", "cancelled", "running" -> "Success", "Partly done", "Failed", "Cancelled",
    /// "Running", translated (context "OutcomeText"); the id itself for an unknown outcome.
    static QString label(QStringView outcome);
};

} // namespace syncsites::ui
