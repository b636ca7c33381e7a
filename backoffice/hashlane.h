#pragma once
// HashLane: digests fed on a thread of their own, so hashing a streamed request body runs
// beside receiving and writing it (two cores: the socket and the disk on one, SHA-256 on the
// other) instead of after them. Pieces are queued as shared QByteArrays — no copy.
//
//   receiving thread: feed(piece) … feed(piece) → wait() → read the digests
//   lane thread:      for each piece, every digest.update(piece)

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

class StreamDigest;

class HashLane
{
public:
    // The digests are updated only on the lane's thread until wait() returns; the caller keeps
    // owning them.
    explicit HashLane(std::vector<StreamDigest *> digests);
    ~HashLane();   // waits for what was fed
    HashLane(const HashLane &) = delete;
    HashLane &operator=(const HashLane &) = delete;

    // data points into buffer (which keeps it alive until hashed).
    void feed(const QByteArray &buffer, const char *data, qint64 size);
    // Blocks until every piece fed so far has been hashed.
    void wait();

private:
    struct Piece
    {
        QByteArray buffer;
        const char *data;
        qint64 size;
    };
    void run();

    std::vector<StreamDigest *> m_digests;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_drained;
    std::deque<Piece> m_queue;
    bool m_busy = false;
    bool m_stop = false;
    std::thread m_thread;
};
