#pragma once

#include "SyncSummary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace syncsites::ui {

/// The Sync page's words for the engine's values: stages, outcomes, ages, durations, rates and result lines, all
/// translated (context "syncsites::ui::SyncText").
class SyncText
{
    Q_DECLARE_TR_FUNCTIONS(syncsites::ui::SyncText)

public:
    /// "Connecting to the server", "Sending core data", "Receiving and saving oms data", ...
    static QString stage(SyncStage stage, const QString& link);
    /// "Success", "Partly done", "Failed", "Cancelled", "Running" (OutcomeText).
    static QString outcome(SyncOutcome outcome);
    /// "just now", "12 minutes ago", "3 hours ago", "2 days ago".
    static QString age(const QDateTime& at, const QDateTime& now);
    /// "0.4 s", "12 s", "3 min 5 s", "1 h 2 min".
    static QString duration(qint64 milliseconds);
    /// "about 12 s left", "less than a second left"; empty when not known.
    static QString timeLeft(double seconds);
    /// "1,234 of 12,000 records · 850 records/s · about 13 s left" (parts that are not known left out).
    static QString progress(const SyncProgress& progress);
    /// The line shown after a session: what moved, or what went wrong and what to do about it.
    static QString result(const SyncSummary& summary);
    /// "1 record", "1,234 records".
    static QString records(qint64 n);
    /// "Every minute", "Every 15 minutes".
    static QString everyMinutes(int minutes);
    /// A number with the locale's grouping.
    static QString count(qint64 n);
};

} // namespace syncsites::ui
