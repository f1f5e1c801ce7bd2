#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace syncsites::ui {

/// How a session outcome looks on the dashboard (charts, timeline): the same colours as the healths they lead to.
/// Its words are OutcomeText's.
class OutcomeStyle
{
public:
    /// success, partial, failed, cancelled (finishedSyncOutcomeIds()): the order of the stacked charts.
    static QStringList outcomes();
    static QColor color(const QString& outcome);
};

} // namespace syncsites::ui
