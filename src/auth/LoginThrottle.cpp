#include "LoginThrottle.h"

#include "AuthLog.h"

#include <algorithm>

namespace syncsites {

LoginThrottle::LoginThrottle(Clock clock) : m_clock(std::move(clock)) {}

QString LoginThrottle::siteKey(const QString& site, const QString& address)
{
    return QStringLiteral("site:") + site + QLatin1Char('\x1f') + address;
}

QString LoginThrottle::userKey(const QString& username, const QString& address)
{
    return QStringLiteral("user:") + username + QLatin1Char('\x1f') + address;
}

int LoginThrottle::forgetSite(const QString& site)
{
    const QString prefix = QStringLiteral("site:") + site + QLatin1Char('\x1f');
    std::lock_guard<std::mutex> lock(m_mutex);
    return static_cast<int>(m_entries.removeIf(
        [&](const QHash<QString, Entry>::iterator& it) { return it.key().startsWith(prefix) && it->pending == 0; }));
}

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

LoginThrottle::Attempt::Attempt(LoginThrottle* throttle, QString key, std::chrono::milliseconds wait)
    : m_throttle(throttle), m_key(std::move(key)), m_wait(wait)
{}

LoginThrottle::Attempt::Attempt(Attempt&& other) noexcept
    : m_throttle(other.m_throttle), m_key(std::move(other.m_key)), m_wait(other.m_wait)
{
    other.m_throttle = nullptr;
}

LoginThrottle::Attempt::~Attempt()
{
    if (m_throttle) {
        // No verdict: the attempt no longer counts as pending, and nothing is recorded.
        std::lock_guard<std::mutex> lock(m_throttle->m_mutex);
        const auto it = m_throttle->m_entries.find(m_key);
        if (it != m_throttle->m_entries.end() && it->pending > 0 && --it->pending == 0 && it->failures == 0)
            m_throttle->m_entries.erase(it); // an entry made only for this attempt
    }
}

void LoginThrottle::Attempt::succeeded()
{
    if (m_throttle)
        m_throttle->finish(m_key, true);
    m_throttle = nullptr;
}

void LoginThrottle::Attempt::failed()
{
    if (m_throttle)
        m_throttle->finish(m_key, false);
    m_throttle = nullptr;
}

std::chrono::milliseconds LoginThrottle::waitLocked(const Entry& entry, std::chrono::milliseconds at) const
{
    if (forgotten(entry, at))
        return std::chrono::milliseconds(0);
    // Attempts still being checked count as failures-to-be: no more than the free ones run at once.
    const int counted = entry.failures + entry.pending;
    if (counted < kFreeFailures)
        return std::chrono::milliseconds(0);
    if (entry.pending > 0 && entry.failures < kFreeFailures)
        return kFirstDelay;
    const auto until = entry.lastFailure + delayAfter(entry.failures);
    if (until > at)
        return until - at;
    return entry.pending > 0 ? kFirstDelay : std::chrono::milliseconds(0);
}

LoginThrottle::Entry& LoginThrottle::entryLocked(const QString& key, std::chrono::milliseconds at)
{
    if (m_entries.size() >= kMaxTrackedKeys && !m_entries.contains(key)) {
        m_entries.removeIf([&](const QHash<QString, Entry>::iterator& it) { return forgotten(*it, at); });
        if (m_entries.size() >= kMaxTrackedKeys) {
            // A flood of distinct names: evict the key whose last failure is oldest (not one being checked).
            auto oldest = m_entries.end();
            for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
                if (it->pending == 0 && (oldest == m_entries.end() || it->lastFailure < oldest->lastFailure))
                    oldest = it;
            }
            if (oldest != m_entries.end()) {
                qCWarning(lcAuth).noquote()
                    << "login throttle full:" << m_entries.size() << "keys; evicting" << oldest.key();
                m_entries.erase(oldest);
            }
        }
    }
    return m_entries[key];
}

LoginThrottle::Attempt LoginThrottle::begin(const QString& key, bool force)
{
    const auto at = now();
    std::lock_guard<std::mutex> lock(m_mutex);
    Entry& entry = entryLocked(key, at);
    if (forgotten(entry, at))
        entry.failures = 0;
    const std::chrono::milliseconds wait = force ? std::chrono::milliseconds(0) : waitLocked(entry, at);
    if (wait.count() > 0) {
        if (entry.failures == 0 && entry.pending == 0)
            m_entries.remove(key);
        return Attempt(nullptr, key, wait);
    }
    ++entry.pending;
    return Attempt(this, key, std::chrono::milliseconds(0));
}

void LoginThrottle::finish(const QString& key, bool success)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        const auto it = m_entries.find(key);
        if (it != m_entries.end() && it->pending > 0)
            --it->pending;
    }
    if (success)
        recordSuccess(key);
    else
        recordFailure(key);
}

std::chrono::milliseconds LoginThrottle::retryAfter(const QString& key) const
{
    const auto at = now();
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_entries.constFind(key);
    return it == m_entries.cend() ? std::chrono::milliseconds(0) : waitLocked(*it, at);
}

void LoginThrottle::recordFailure(const QString& key)
{
    const auto at = now();
    std::lock_guard<std::mutex> lock(m_mutex);
    Entry& entry = entryLocked(key, at);
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
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    if (it->pending > 0) { // other attempts still being checked keep their entry
        it->failures = 0;
        return;
    }
    m_entries.erase(it);
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

} // namespace syncsites
