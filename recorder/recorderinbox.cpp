#include "recorderinbox.h"

#include <QDeadlineTimer>

void RecorderInbox::post(std::function<void()> work)
{
    QMutexLocker lock(&m_mutex);
    if (m_closed)
        return;
    m_queue.push_back(std::move(work));
    m_posted.wakeAll();
    if (!m_wakePending && m_owner) {
        m_wakePending = true;
        std::weak_ptr<RecorderInbox> weak = weak_from_this();
        QMetaObject::invokeMethod(
            m_owner.data(),
            [weak] {
                if (auto self = weak.lock())
                    self->drain();
            },
            Qt::QueuedConnection);
    }
}

void RecorderInbox::drain()
{
    for (;;) {
        std::deque<std::function<void()>> batch;
        {
            QMutexLocker lock(&m_mutex);
            m_wakePending = false;
            if (m_queue.empty() || m_closed)
                return;
            batch.swap(m_queue);
        }
        for (auto &work : batch)
            work();
    }
}

bool RecorderInbox::drainUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        drain();
        if (done())
            return true;
        QMutexLocker lock(&m_mutex);
        if (m_queue.empty() && !m_posted.wait(&m_mutex, deadline))
            return done();
    }
}

void RecorderInbox::close()
{
    std::deque<std::function<void()>> dropped;
    QMutexLocker lock(&m_mutex);
    m_closed = true;
    dropped.swap(m_queue);
    lock.unlock();
}
