#include "SyncText.h"

#include "OutcomeText.h"

#include <QLocale>

#include <cmath>

namespace syncsites::ui {

QString SyncText::stage(SyncStage stage, const QString& link)
{
    switch (stage) {
    case SyncStage::Handshake:
        return tr("Connecting to the server");
    case SyncStage::Push:
        return tr("Sending %1 data").arg(link);
    case SyncStage::Pull:
        return tr("Receiving and saving %1 data").arg(link);
    case SyncStage::Transfers:
        return tr("Processing transfers");
    case SyncStage::Report:
        return tr("Reporting to the server");
    }
    return QString();
}

QString SyncText::outcome(SyncOutcome outcome)
{
    return OutcomeText::label(syncOutcomeId(outcome));
}

QString SyncText::age(const QDateTime& at, const QDateTime& now)
{
    if (!at.isValid())
        return tr("never");
    const qint64 seconds = std::max<qint64>(0, at.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    const int minutes = int(seconds / 60);
    if (minutes < 60)
        return minutes == 1 ? tr("1 minute ago") : tr("%1 minutes ago").arg(minutes);
    const int hours = minutes / 60;
    if (hours < 48)
        return hours == 1 ? tr("1 hour ago") : tr("%1 hours ago").arg(hours);
    return tr("%1 days ago").arg(hours / 24);
}

QString SyncText::duration(qint64 milliseconds)
{
    if (milliseconds < 0)
        return QString();
    if (milliseconds < 10000)
        return tr("%1 s").arg(QLocale().toString(double(milliseconds) / 1000.0, 'f', 1));
    const qint64 seconds = milliseconds / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString SyncText::timeLeft(double seconds)
{
    if (seconds < 0 || std::isnan(seconds))
        return QString();
    if (seconds < 1)
        return tr("less than a second left");
    const qint64 whole = qint64(std::ceil(seconds));
    if (whole < 60)
        return tr("about %1 s left").arg(whole);
    return tr("about %1 left").arg(duration(whole * 1000));
}

QString SyncText::progress(const SyncProgress& p)
{
    if (p.stage == SyncStage::Handshake || p.stage == SyncStage::Report)
        return QString(); // one request each: no records to count
    if (p.total == 0)
        return tr("nothing to do");
    if (p.stage == SyncStage::Transfers)
        return tr("%1 written").arg(records(p.done));
    QStringList parts;
    if (p.total >= 0)
        parts << tr("%1 of %2 records").arg(count(p.done), count(p.total));
    else
        parts << tr("%1 records").arg(count(p.done));
    if (p.recordsPerSecond > 0 && p.done > 0)
        parts << tr("%1 records/s").arg(count(qint64(std::llround(p.recordsPerSecond))));
    const QString left = timeLeft(p.secondsLeft);
    if (!left.isEmpty() && p.total > p.done)
        parts << left;
    return parts.join(QStringLiteral(" · "));
}

QString SyncText::result(const SyncSummary& s)
{
    const QString moved = tr("%1 sent, %2 received").arg(records(s.pushed), records(s.pulled));
    switch (s.outcome) {
    case SyncOutcome::Success:
        return tr("Sync finished: %1.").arg(moved);
    case SyncOutcome::Partial:
        return s.rejected == 1
                   ? tr("Sync finished: %1, but 1 record was refused and kept in the quarantine.").arg(moved)
                   : tr("Sync finished: %1, but %2 records were refused and kept in the quarantine.")
                         .arg(moved, count(s.rejected));
    case SyncOutcome::Cancelled:
        return tr("Sync cancelled. Nothing was lost: the next sync resumes where this one stopped.");
    case SyncOutcome::Failed:
        if (s.failure)
            return tr("Sync failed: %1").arg(s.failure->text());
        return tr("Sync failed.");
    case SyncOutcome::Running:
        break;
    }
    return QString();
}

QString SyncText::records(qint64 n)
{
    return n == 1 ? tr("1 record") : tr("%1 records").arg(count(n));
}

QString SyncText::everyMinutes(int minutes)
{
    return minutes == 1 ? tr("Every minute") : tr("Every %1 minutes").arg(minutes);
}

QString SyncText::count(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace syncsites::ui
