#pragma once

#include <atomic>
#include <functional>
#include <thread>

namespace syncsites::cli {

/// Turns Ctrl-C (SIGINT) and SIGTERM into a clean cancel while it lives: the signals are blocked and a thread of its
/// own waits for them and calls `onInterrupt` (once), so a sync stops between two safe points instead of dying.
/// Create it on the main thread before any other thread starts; the destructor restores the signal mask.
class InterruptWatcher
{
public:
    explicit InterruptWatcher(std::function<void()> onInterrupt);
    ~InterruptWatcher();
    InterruptWatcher(const InterruptWatcher&) = delete;
    InterruptWatcher& operator=(const InterruptWatcher&) = delete;

    bool interrupted() const { return m_interrupted.load(); }

private:
    std::function<void()> m_onInterrupt;
    std::atomic<bool> m_done{false};
    std::atomic<bool> m_interrupted{false};
    std::thread m_thread;
};

} // namespace syncsites::cli
