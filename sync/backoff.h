#pragma once
// Backoff: how long to wait before the next try after a transient failure (PROTOCOL.md §4) —
// exponential with full jitter: the n-th wait is uniform in [0, min(5 min, 1 s × 2^n)).
// reset() as soon as bytes move again, so a link that works resumes at once after a blip.
// The random source is injectable so tests can pin the jitter.

#include <QtGlobal>

#include <functional>

class Backoff
{
public:
    using Random = std::function<double()>;   // uniform in [0, 1)

    static constexpr qint64 baseMs = 1000;
    static constexpr qint64 capMs = 5 * 60 * 1000;

    explicit Backoff(Random random = {});   // empty → QRandomGenerator::global()

    // The wait before the next try, then counts this failure.
    qint64 nextDelayMs();
    // The ceiling of the next wait (before jitter): 1 s, 2 s, 4 s, … 300 s.
    qint64 currentCeilingMs() const;
    int failures() const { return m_failures; }
    void reset() { m_failures = 0; }

private:
    Random m_random;
    int m_failures = 0;
};
