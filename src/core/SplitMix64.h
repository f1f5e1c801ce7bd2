#pragma once

#include <cstdint>

namespace syncsites {

/// A tiny deterministic PRNG (SplitMix64): the same sequence for a seed on every compiler and platform,
/// unlike std:: distributions. For demo data and seeded tests, not for secrets.
class SplitMix64
{
public:
    explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next();
    /// Uniform in [0, bound) for bound > 0.
    std::uint64_t below(std::uint64_t bound);
    /// Uniform in [lo, hi].
    int between(int lo, int hi) { return lo + int(below(std::uint64_t(hi - lo) + 1)); }
    /// True with probability `percent` / 100.
    bool chance(int percent) { return below(100) < std::uint64_t(percent); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

private:
    std::uint64_t m_state;
};

} // namespace syncsites
