#include "BatchSizer.h"

#include <algorithm>

namespace syncsites {

BatchSizer::BatchSizer(int initial, int minimum, int maximum, int targetMs)
    : m_minimum(std::max(1, std::min(minimum, maximum))), m_maximum(std::max(1, maximum)), m_targetMs(targetMs)
{
    // The hub's limit wins over the engine's minimum.
    m_size = std::clamp(initial, m_minimum, m_maximum);
}

void BatchSizer::setMaximum(int maximum)
{
    m_maximum = std::max(1, maximum);
    m_minimum = std::min(m_minimum, m_maximum);
    m_size = std::clamp(m_size, m_minimum, m_maximum);
}

int BatchSizer::record(int records, qint64 elapsedMs)
{
    // A short batch (the end of a stream) says little about the link.
    if (records < m_size / 2)
        return m_size;
    const double ratio = std::clamp(double(m_targetMs) / double(std::max<qint64>(1, elapsedMs)), 0.5, 2.0);
    m_size = std::clamp(int(double(m_size) * ratio), m_minimum, m_maximum);
    return m_size;
}

} // namespace syncsites
