#include "Backoff.h"

#include <QtGlobal>

#include <algorithm>

namespace syncsites {

Backoff::Backoff(std::chrono::milliseconds base, std::chrono::milliseconds max, std::uint64_t seed)
    : m_base(base), m_max(max), m_random(seed)
{}

std::chrono::milliseconds Backoff::delay(int attempt, int retryAfterSeconds)
{
    const int shift = std::clamp(attempt, 0, 20);
    const qint64 full = std::min<qint64>(m_max.count(), m_base.count() << shift);
    const qint64 jittered = full / 2 + qint64(m_random.unit() * double(full - full / 2));
    return std::chrono::milliseconds(std::max<qint64>(jittered, qint64(retryAfterSeconds) * 1000));
}

} // namespace syncsites
