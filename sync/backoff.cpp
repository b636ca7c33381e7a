#include "backoff.h"

#include <QRandomGenerator>

#include <algorithm>

Backoff::Backoff(Random random)
    : m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

qint64 Backoff::currentCeilingMs() const
{
    // 2^9 s already exceeds the cap; stop shifting before it could overflow.
    const int exponent = std::min(m_failures, 20);
    return std::min(capMs, baseMs << exponent);
}

qint64 Backoff::nextDelayMs()
{
    const qint64 ceiling = currentCeilingMs();
    const double r = std::clamp(m_random(), 0.0, 1.0);
    ++m_failures;
    return std::min(ceiling, qint64(r * double(ceiling)));
}
