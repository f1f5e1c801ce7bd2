#include "BackgroundJobs.h"

namespace syncsites::ui {

BackgroundJobs::BackgroundJobs(QObject* parent) : QObject(parent) {}

BackgroundJobs::~BackgroundJobs()
{
    const QList<QThread*> threads = m_threads;
    m_threads.clear();
    for (QThread* thread : threads) {
        thread->wait();
        delete thread;
    }
}

void BackgroundJobs::start(QThread* thread)
{
    thread->setObjectName(QStringLiteral("sync-page-job"));
    m_threads.append(thread);
    thread->start();
}

void BackgroundJobs::forget(QThread* thread)
{
    m_threads.removeOne(thread);
    thread->wait();
    thread->deleteLater();
}

} // namespace syncsites::ui
