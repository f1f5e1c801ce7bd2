#pragma once

#include <chrono>
#include <cstddef>

namespace syncsites {

/// A deadline that progress pushes back: a transfer starts with `grace` to make progress, and every byte moved buys
/// 1/minBytesPerSecond more, but never more than `grace` ahead of now. A peer that keeps to the minimum rate (averaged
/// over any stretch of about `grace`) never meets the deadline; one that stalls meets it at most `grace` later, however
/// fast it was before. With a minimum rate of 0 only the grace for each stall applies.
class RateDeadline
{
public:
    using Clock = std::chrono::steady_clock;

    RateDeadline() = default;
    RateDeadline(std::chrono::milliseconds grace, double minBytesPerSecond) : m_grace(grace), m_rate(minBytesPerSecond)
    {}

    void start(Clock::time_point now)
    {
        m_started = true;
        m_deadline = now + m_grace;
    }
    bool started() const { return m_started; }

    void progress(std::size_t bytes, Clock::time_point now)
    {
        if (m_rate <= 0.0) {
            m_deadline = now + m_grace;
            return;
        }
        m_deadline += std::chrono::duration_cast<Clock::duration>(
            std::chrono::duration<double>(static_cast<double>(bytes) / m_rate));
        if (m_deadline > now + m_grace)
            m_deadline = now + m_grace;
    }

    Clock::time_point deadline() const { return m_deadline; }

private:
    std::chrono::milliseconds m_grace{10000};
    double m_rate = 0.0;
    bool m_started = false;
    Clock::time_point m_deadline{};
};

} // namespace syncsites
