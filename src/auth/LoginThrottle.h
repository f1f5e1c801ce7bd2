#pragma once

#include <QHash>
#include <QString>

#include <chrono>
#include <functional>
#include <mutex>

namespace syncsites {

/// Throttles failed sign-ins per key (a site name, a username) with published thresholds:
///
/// - The first kFreeFailures (5) failures cost nothing.
/// - From the 5th failure on, the key must wait before its next attempt: 1 s after the 5th, then doubling with
///   each further failure (2 s, 4 s, ... 256 s), capped at kMaxDelay (5 minutes) from the 14th on.
/// - A key's failures are forgotten kForgetAfter (15 minutes) after its last failure, and at once on a success.
///
/// Callers take an Attempt (begin()) before checking a secret. While the key must wait they refuse the attempt
/// without checking the secret (HTTP 429 with Retry-After) and without recording anything, so refused
/// attempts never lengthen the wait. begin() is atomic: attempts being checked count against the free ones, so
/// 16 wrong attempts at once get 5 checks, not 16. Callers key by name and client address together, so that
/// guessing from one place cannot lock the rightful holder out from another; a site's handshake from its bound
/// installation is checked even while its key waits.
///
/// Threading: every method is thread-safe (one mutex). The clock is monotonic milliseconds, injectable for
/// tests. Memory: keys are forgotten with their failures; at kMaxTrackedKeys the forgotten keys are swept and,
/// if that is not enough, the key whose last failure is oldest is evicted (a flood of new names never stops
/// the throttle from tracking the next one).
class LoginThrottle
{
public:
    using Clock = std::function<std::chrono::milliseconds()>;
    static constexpr int kFreeFailures = 5;
    static constexpr std::chrono::milliseconds kFirstDelay{1000};
    static constexpr std::chrono::milliseconds kMaxDelay{5 * 60 * 1000};
    static constexpr std::chrono::milliseconds kForgetAfter{15 * 60 * 1000};
    static constexpr int kMaxTrackedKeys = 100000;

    /// The key of a site's handshakes, or a user's sign-ins, from one client address.
    static QString siteKey(const QString& site, const QString& address);
    static QString userKey(const QString& username, const QString& address);
    /// Forgets every key of a site (from any address): its secret was reset.
    int forgetSite(const QString& site);

    /// `clock` defaults to std::chrono::steady_clock.
    explicit LoginThrottle(Clock clock = Clock());

    /// One attempt at a secret, from begin() to its verdict (succeeded(), failed()); an attempt dropped without
    /// a verdict (a storage error, say) counts for nothing.
    class Attempt
    {
    public:
        Attempt(Attempt&& other) noexcept;
        Attempt& operator=(Attempt&&) = delete;
        Attempt(const Attempt&) = delete;
        Attempt& operator=(const Attempt&) = delete;
        ~Attempt();
        /// Zero when the attempt may go on; otherwise how long the key must wait (nothing was recorded).
        std::chrono::milliseconds wait() const { return m_wait; }
        void succeeded();
        void failed();

    private:
        friend class LoginThrottle;
        Attempt(LoginThrottle* throttle, QString key, std::chrono::milliseconds wait);
        LoginThrottle* m_throttle;
        QString m_key;
        std::chrono::milliseconds m_wait;
    };

    /// Starts an attempt for `key`, atomically: admitted (wait() zero, counted as pending) or told to wait.
    /// `force` admits it even while the key waits (a bound installation's handshake).
    Attempt begin(const QString& key, bool force = false);

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
        int pending = 0; ///< attempts admitted and not yet decided
        std::chrono::milliseconds lastFailure{0};
    };

    std::chrono::milliseconds now() const;
    std::chrono::milliseconds waitLocked(const Entry& entry, std::chrono::milliseconds at) const;
    /// The entry for `key`, made room for when the table is full. Called with the mutex held.
    Entry& entryLocked(const QString& key, std::chrono::milliseconds at);
    void finish(const QString& key, bool success);
    bool forgotten(const Entry& entry, std::chrono::milliseconds at) const
    {
        return entry.pending == 0 && at - entry.lastFailure >= kForgetAfter;
    }

    Clock m_clock;
    mutable std::mutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace syncsites
