#pragma once
// RecorderInbox: the one way GStreamer's threads (pad probes, bus sync handler, splitmuxsink
// signals) hand work to the recorder thread. They post closures and never wait; the owner
// runs them on its own thread — woken by a queued invocation on the owner QObject, or, when
// the owner has to block (shutdown, destructor), by draining synchronously until a condition
// holds. Shared (std::shared_ptr) with the bus handler, whose lifetime GStreamer controls.

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>

class RecorderInbox : public std::enable_shared_from_this<RecorderInbox>
{
public:
    explicit RecorderInbox(QObject *owner) : m_owner(owner) {}

    // Any thread. Dropped after close().
    void post(std::function<void()> work);

    // Owner thread: runs everything posted so far (and what that work posts).
    void drain();

    // Owner thread: runs posted work as it arrives until done() is true or timeoutMs passed.
    // Returns done().
    bool drainUntil(const std::function<bool()> &done, int timeoutMs);

    // Owner thread, at teardown: later posts are dropped, pending work is discarded.
    void close();

private:
    QMutex m_mutex;
    QWaitCondition m_posted;
    std::deque<std::function<void()>> m_queue;
    QPointer<QObject> m_owner;
    bool m_wakePending = false;
    bool m_closed = false;
};
