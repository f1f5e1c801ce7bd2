#pragma once

#include "Result.h"
#include "Violation.h"

#include <QString>
#include <QVector>

namespace syncsites::ui {

/// The words the Administration page shows for a refused edit: the hub's (or the network's) sentence, and for
/// topology_invalid the rules the change breaks.
class AdminErrorText
{
public:
    /// The rules a topology_invalid error names (details.violations), empty for other errors.
    static QVector<Violation> violations(const Error& error);
    /// "What failed: the sentence" with, for broken rules, one line per rule.
    static QString describe(const QString& what, const Error& error);
    /// Whether the error says the edit was based on an old revision of the network.
    static bool isStale(const Error& error) { return error.code == QLatin1String("stale_revision"); }
};

} // namespace syncsites::ui
