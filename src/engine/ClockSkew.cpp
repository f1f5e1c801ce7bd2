#include "ClockSkew.h"

#include "SettingTable.h"

#include <QCoreApplication>

#include <cstdlib>

namespace syncsites {

namespace {

// Its words, in the translation context "ClockSkew" (lupdate reads the macro; ClockSkew is no QObject).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ClockSkew)
};

QLatin1String aheadKey()
{
    return QLatin1String("clock_ahead_ms");
}

QLatin1String checkedAtKey()
{
    return QLatin1String("clock_checked_at");
}

} // namespace

std::optional<ClockCheck> ClockSkew::measure(const QDateTime& sentAt, const QDateTime& receivedAt,
                                             const QDateTime& serverTime)
{
    if (!sentAt.isValid() || !receivedAt.isValid() || !serverTime.isValid())
        return std::nullopt;
    // The server read its clock somewhere during the round trip; the middle is the best guess.
    const QDateTime middle = sentAt.addMSecs(sentAt.msecsTo(receivedAt) / 2);
    return ClockCheck{serverTime.msecsTo(middle), receivedAt.toUTC()};
}

Status ClockSkew::save(Database& replica, const ClockCheck& check)
{
    SettingTable settings(replica);
    if (Status s = settings.setValue(aheadKey(), QString::number(check.aheadMs)); !s)
        return s;
    return settings.setValue(checkedAtKey(), check.checkedAt.toUTC().toString(Qt::ISODateWithMs));
}

Result<std::optional<ClockCheck>> ClockSkew::load(Database& replica)
{
    SettingTable settings(replica);
    const Result<std::optional<QString>> ahead = settings.value(aheadKey());
    if (!ahead)
        return ahead.error();
    const Result<std::optional<QString>> checkedAt = settings.value(checkedAtKey());
    if (!checkedAt)
        return checkedAt.error();
    if (!ahead->has_value() || !checkedAt->has_value())
        return std::optional<ClockCheck>();
    bool ok = false;
    ClockCheck check;
    check.aheadMs = (*ahead)->toLongLong(&ok);
    check.checkedAt = QDateTime::fromString(**checkedAt, Qt::ISODateWithMs);
    if (!ok || !check.checkedAt.isValid())
        return std::optional<ClockCheck>();
    return std::optional<ClockCheck>(check);
}

bool ClockSkew::isSkewed(const ClockCheck& check)
{
    return std::llabs(check.aheadMs) > warnAfterMs();
}

QString ClockSkew::distance(qint64 milliseconds)
{
    // Not %n plurals: the command line loads no translation, and its English must read "365 days". Every count but
    // "1 second" is at least 2, which is plural in the languages built in.
    const qint64 seconds = std::llabs(milliseconds) / 1000;
    if (seconds < 120)
        return seconds == 1 ? Text::tr("1 second") : Text::tr("%1 seconds").arg(seconds);
    if (seconds < 2 * 3600)
        return Text::tr("%1 minutes").arg(seconds / 60);
    if (seconds < 2 * 86400)
        return Text::tr("%1 hours").arg(seconds / 3600);
    return Text::tr("%1 days").arg(seconds / 86400);
}

QString ClockSkew::warning(const ClockCheck& check)
{
    if (!isSkewed(check))
        return QString();
    const QString how = distance(check.aheadMs);
    return (check.aheadMs > 0 ? Text::tr("This computer's clock is %1 ahead of the server's. Set its date, "
                                         "time and time zone correctly: records and sync times saved here "
                                         "are wrong until then.")
                              : Text::tr("This computer's clock is %1 behind the server's. Set its date, "
                                         "time and time zone correctly: records and sync times saved here "
                                         "are wrong until then."))
        .arg(how);
}

QString ClockSkew::shortWarning(const ClockCheck& check)
{
    if (!isSkewed(check))
        return QString();
    return (check.aheadMs > 0 ? Text::tr("Clock %1 ahead of the server's") : Text::tr("Clock %1 behind the server's"))
        .arg(distance(check.aheadMs));
}

} // namespace syncsites
