#include "LoginThrottle.h"

#include "ServerLog.h"

#include <algorithm>

namespace syncsites::server {

LoginThrottle::LoginThrottle(Clock clock) : m_clock(std::move(clock)) {}

std::chrono::milliseconds LoginThrottle::now() const
{
    if (m_clock)
        return m_clock();
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch());
}

std::chrono::milliseconds LoginThrottle::delayAfter(int failures)
{
    if (failures < kFreeFailures)
        return std::chrono::milliseconds(0);
    const int doublings = failures - kFreeFailures;
    // 2^9 s already exceeds the cap; stopping there also keeps the shift in range.
    if (doublings >= 9)
        return kMaxDelay;
    return std::min(kMaxDelay, std::chrono::milliseconds(kFirstDelay.count() << doublings));
}

std::chrono::milliseconds LoginThrottle::retryAfter(const QString& key) const
{
    const auto at = now();
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend() || forgotten(*it, at))
        return std::chrono::milliseconds(0);
    const auto until = it->lastFailure + delayAfter(it->failures);
    return until > at ? until - at : std::chrono::milliseconds(0);
}

void LoginThrottle::recordFailure(const QString& key)
{
    const auto at = now();
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_entries.size() >= kMaxTrackedKeys && !m_entries.contains(key)) {
        m_entries.removeIf([&](const QHash<QString, Entry>::iterator& it) { return forgotten(*it, at); });
        if (m_entries.size() >= kMaxTrackedKeys) {
            // Under a flood of distinct names, keep throttling the names already tracked.
            qCWarning(lcAuth).noquote() << "login throttle full:" << m_entries.size() << "keys; not tracking" << key;
            return;
        }
    }
    Entry& entry = m_entries[key];
    if (forgotten(entry, at))
        entry.failures = 0;
    entry.failures = qMin(entry.failures + 1, 1000000);
    entry.lastFailure = at;
    if (entry.failures >= kFreeFailures) {
        qCInfo(lcAuth).noquote() << "failed sign-in" << entry.failures << "for" << key << "; next attempt in"
                                 << delayAfter(entry.failures).count() << "ms";
    }
}

void LoginThrottle::recordSuccess(const QString& key)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_entries.remove(key);
}

int LoginThrottle::failures(const QString& key) const
{
    const auto at = now();
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_entries.constFind(key);
    return it == m_entries.cend() || forgotten(*it, at) ? 0 : it->failures;
}

int LoginThrottle::sweep()
{
    const auto at = now();
    std::lock_guard<std::mutex> lock(m_mutex);
    return static_cast<int>(
        m_entries.removeIf([&](const QHash<QString, Entry>::iterator& it) { return forgotten(*it, at); }));
}

int LoginThrottle::trackedKeys() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return static_cast<int>(m_entries.size());
}

} // namespace syncsites::server
