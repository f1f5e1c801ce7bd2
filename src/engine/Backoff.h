#pragma once

#include "SplitMix64.h"

#include <chrono>

namespace syncsites {

/// Exponential backoff with jitter for retrying transient failures: attempt n waits a random time in
/// [d/2, d] where d = base * 2^n, capped at `max` (so that many sites failing together do not retry in step).
/// A server's Retry-After wins when it asks for longer. Not thread-safe; seeded, so tests can repeat it.
class Backoff
{
public:
    Backoff(std::chrono::milliseconds base, std::chrono::milliseconds max, std::uint64_t seed);

    std::chrono::milliseconds delay(int attempt, int retryAfterSeconds = 0);

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_max;
    SplitMix64 m_random;
};

} // namespace syncsites
