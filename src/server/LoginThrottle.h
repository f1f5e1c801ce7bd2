#pragma once

#include <QHash>
#include <QString>

#include <chrono>
#include <functional>
#include <mutex>

namespace syncsites::server {

/// Throttles failed sign-ins per key (a site name, a username) with published thresholds:
///
/// - The first kFreeFailures (5) failures cost nothing.
/// - From the 5th failure on, the key must wait before its next attempt: 1 s after the 5th, then doubling with
///   each further failure (2 s, 4 s, ... 256 s), capped at kMaxDelay (5 minutes) from the 14th on.
/// - A key's failures are forgotten kForgetAfter (15 minutes) after its last failure, and at once on a success.
///
/// Callers check retryAfter() before checking a secret. While it is above zero they refuse the attempt
/// without checking the secret (HTTP 429 with Retry-After) and without recording anything, so refused
/// attempts never lengthen the wait: a wrong attempt locks the key for at most kMaxDelay, after which the
/// right secret gets through. (An attacker who keeps guessing once every kMaxDelay keeps the key locked; where
/// that matters, throttle on key and client address together.)
///
/// Threading: every method is thread-safe (one mutex). The clock is monotonic milliseconds, injectable for
/// tests. Memory: keys are forgotten with their failures; past kMaxTrackedKeys, forgotten keys are swept.
class LoginThrottle
{
public:
    using Clock = std::function<std::chrono::milliseconds()>;
    static constexpr int kFreeFailures = 5;
    static constexpr std::chrono::milliseconds kFirstDelay{1000};
    static constexpr std::chrono::milliseconds kMaxDelay{5 * 60 * 1000};
    static constexpr std::chrono::milliseconds kForgetAfter{15 * 60 * 1000};
    static constexpr int kMaxTrackedKeys = 100000;

    /// `clock` defaults to std::chrono::steady_clock.
    explicit LoginThrottle(Clock clock = Clock());

    /// How long `key` must wait before its next attempt; zero when it may try now.
    std::chrono::milliseconds retryAfter(const QString& key) const;
    void recordFailure(const QString& key);
    void recordSuccess(const QString& key);
    /// Failures counted against `key` now (0 once forgotten).
    int failures(const QString& key) const;
    /// Forgets keys whose failures are older than kForgetAfter; returns how many.
    int sweep();
    int trackedKeys() const;

    /// The published schedule: the wait after the `failures`-th consecutive failure.
    static std::chrono::milliseconds delayAfter(int failures);

private:
    struct Entry
    {
        int failures = 0;
        std::chrono::milliseconds lastFailure{0};
    };

    std::chrono::milliseconds now() const;
    bool forgotten(const Entry& entry, std::chrono::milliseconds at) const
    {
        return at - entry.lastFailure >= kForgetAfter;
    }

    Clock m_clock;
    mutable std::mutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace syncsites::server
