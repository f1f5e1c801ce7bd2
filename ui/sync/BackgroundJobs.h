#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace syncsites::ui {

/// Runs blocking library calls (replica reads, a quarantine retry) on a thread of their own and hands the result
/// back on the owner's thread, so that the GUI thread never waits for the database or the network.
///
/// `done` runs on this object's thread, unless this object was destroyed first. The destructor waits for the
/// threads still running (their work holds references the owner keeps alive until then).
class BackgroundJobs : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundJobs(QObject* parent = nullptr);
    ~BackgroundJobs() override;

    template <typename T> void run(std::function<T()> work, std::function<void(const T&)> done)
    {
        QPointer<BackgroundJobs> self(this);
        auto result = std::make_shared<std::optional<T>>();
        QThread* thread = QThread::create([work = std::move(work), result] { result->emplace(work()); });
        connect(thread, &QThread::finished, this, [self, thread, result, done = std::move(done)] {
            if (!self)
                return;
            self->forget(thread);
            if (*result)
                done(**result);
        });
        start(thread);
    }

    /// Jobs still running.
    int running() const { return int(m_threads.size()); }

private:
    void start(QThread* thread);
    void forget(QThread* thread);

    QList<QThread*> m_threads;
};

} // namespace syncsites::ui
