#pragma once

#include <QtGlobal>

namespace syncsites {

/// Adapts a batch size to the link so that one round trip takes about `targetMs`: after each batch, the next
/// size is the current one scaled by target / measured time (smoothed, at most doubling or halving at once),
/// kept within [minimum, maximum]. Slow links get small batches that still finish; fast links get big ones.
class BatchSizer
{
public:
    BatchSizer(int initial, int minimum, int maximum, int targetMs = 1000);

    int size() const { return m_size; }
    void setMaximum(int maximum);
    /// Records that a batch of `records` took `elapsedMs`; returns the next size.
    int record(int records, qint64 elapsedMs);

private:
    int m_size;
    int m_minimum;
    int m_maximum;
    int m_targetMs;
};

} // namespace syncsites
