#include "InterruptWatcher.h"

#include <csignal>
#include <ctime>
#include <pthread.h>

namespace syncsites::cli {

namespace {

sigset_t stopSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    return set;
}

} // namespace

InterruptWatcher::InterruptWatcher(std::function<void()> onInterrupt) : m_onInterrupt(std::move(onInterrupt))
{
    const sigset_t set = stopSignals();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    m_thread = std::thread([this, set] {
        while (!m_done.load()) {
            const timespec wait{0, 200 * 1000 * 1000};
            if (sigtimedwait(&set, nullptr, &wait) > 0 && !m_interrupted.exchange(true))
                m_onInterrupt();
        }
    });
}

InterruptWatcher::~InterruptWatcher()
{
    m_done.store(true);
    m_thread.join();
    const sigset_t set = stopSignals();
    pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
}

} // namespace syncsites::cli
