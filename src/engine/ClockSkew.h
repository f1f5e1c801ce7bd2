#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace syncsites {

class Database;

/// How far this computer's clock was from the server's at the last handshake.
struct ClockCheck
{
    /// This clock minus the server's, in milliseconds: positive when this clock runs ahead, negative when behind.
    qint64 aheadMs = 0;
    QDateTime checkedAt; ///< when, by this computer's clock (UTC)
};

/// The site's clock against the server's. Each handshake answer carries the server's time (`server_time`); the
/// session compares it with the middle of the request's round trip (measure()) and saves the result in the replica
/// (save(): replica_setting `clock_ahead_ms`, `clock_checked_at`), where `syncsites-cli status` and the desktop
/// app's status bar read it (load()) and warn when it is off by more than warnAfterMs().
///
/// A site whose clock is wrong writes wrong times into its records and its session log, and the hub would
/// otherwise believe its reports (the hub moves reports "from the future" back to their arrival time).
///
/// Threading: the static functions are reentrant; save() and load() block on the given database, on the calling
/// thread's connection. Errors as values (database_* codes).
class ClockSkew
{
public:
    /// Five minutes: beyond this either way, the check warns.
    static constexpr qint64 warnAfterMs() { return 5 * 60 * 1000; }

    /// The check of one round trip: sent at `sentAt`, answered at `receivedAt` (both this clock), the server saying
    /// `serverTime`. Nullopt when a time is not valid (a server that sent none).
    static std::optional<ClockCheck> measure(const QDateTime& sentAt, const QDateTime& receivedAt,
                                             const QDateTime& serverTime);

    static Status save(Database& replica, const ClockCheck& check);
    /// The last check saved; nullopt when the replica never reached a server.
    static Result<std::optional<ClockCheck>> load(Database& replica);

    /// Whether `check` is off by more than warnAfterMs().
    static bool isSkewed(const ClockCheck& check);
    /// "12 seconds", "7 minutes", "3 hours", "365 days": how far off, in words (translated).
    static QString distance(qint64 milliseconds);
    /// A warning a person can act on when isSkewed(check) ("This computer's clock is 365 days ahead of the
    /// server's. ..."); empty otherwise. Translated (context "ClockSkew").
    static QString warning(const ClockCheck& check);
    /// The same in a few words for a status bar ("Clock 365 days ahead of the server's"); empty when not skewed.
    static QString shortWarning(const ClockCheck& check);
};

} // namespace syncsites
