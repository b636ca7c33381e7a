#include "hashlane.h"

#include "streamdigest.h"

HashLane::HashLane(std::vector<StreamDigest *> digests) : m_digests(std::move(digests)), m_thread([this] { run(); }) {}

HashLane::~HashLane()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void HashLane::feed(const QByteArray &buffer, const char *data, qint64 size)
{
    if (size <= 0)
        return;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_queue.push_back({buffer, data, size});
    }
    m_wake.notify_one();
}

void HashLane::wait()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_drained.wait(lock, [this] { return m_queue.empty() && !m_busy; });
}

void HashLane::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_queue.empty()) {   // stopping, nothing left
            m_drained.notify_all();
            return;
        }
        Piece piece = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();
        for (StreamDigest *d : m_digests)
            d->update(piece.data, piece.size);
        piece.buffer = QByteArray();   // released off the lock
        lock.lock();
        m_busy = false;
        if (m_queue.empty())
            m_drained.notify_all();
    }
}
