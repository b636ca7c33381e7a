#include "watchlog.h"

#include <QJsonArray>

#include <algorithm>

void WatchLog::start(const QDateTime &wallUtc)
{
    m_start = wallUtc;
}

void WatchLog::stop(const QDateTime &wallUtc)
{
    m_stop = wallUtc;
    m_runOpen = false;
    m_haveSample = false;
}

void WatchLog::setRate(double rate)
{
    if (rate > 0)
        m_rate = rate;
}

void WatchLog::discontinuity()
{
    m_haveSample = false;
    m_runOpen = false;
}

void WatchLog::addSample(qint64 positionMs, qint64 monoMs, bool playing)
{
    if (m_haveSample && playing && m_lastPlaying) {
        const qint64 dt = monoMs - m_lastMono;
        const qint64 dp = positionMs - m_lastPos;
        if (dt > 0) {
            m_byRate[m_rate] += dt;
            if (dp >= 0 && dp <= qint64(dt * m_rate) + kSlackMs) {
                if (m_runOpen && !m_raw.isEmpty() && m_raw.last().endMs == m_lastPos) {
                    m_raw.last().endMs = positionMs;
                } else {
                    m_raw.append(WatchInterval{m_lastPos, positionMs});
                }
                m_runOpen = true;
            } else {
                m_runOpen = false;
            }
        }
    } else {
        m_runOpen = false;
    }
    m_haveSample = true;
    m_lastPlaying = playing;
    m_lastPos = positionMs;
    m_lastMono = monoMs;
}

QList<WatchInterval> WatchLog::intervals() const
{
    QList<WatchInterval> sorted;
    for (const WatchInterval &i : m_raw) {
        if (i.endMs > i.startMs)
            sorted.append(i);
    }
    std::sort(sorted.begin(), sorted.end(), [](const WatchInterval &a, const WatchInterval &b) { return a.startMs < b.startMs; });
    QList<WatchInterval> merged;
    for (const WatchInterval &i : sorted) {
        if (!merged.isEmpty() && i.startMs <= merged.last().endMs)
            merged.last().endMs = qMax(merged.last().endMs, i.endMs);
        else
            merged.append(i);
    }
    return merged;
}

qint64 WatchLog::watchedMs() const
{
    qint64 total = 0;
    for (const WatchInterval &i : intervals())
        total += i.endMs - i.startMs;
    return total;
}

qint64 WatchLog::playingMs() const
{
    qint64 total = 0;
    for (qint64 ms : m_byRate)
        total += ms;
    return total;
}

QJsonObject WatchLog::toJson() const
{
    QJsonArray spans;
    for (const WatchInterval &i : intervals())
        spans.append(QJsonArray{i.startMs, i.endMs});
    QJsonObject rates;
    for (auto it = m_byRate.cbegin(); it != m_byRate.cend(); ++it)
        rates.insert(QString::number(it.key()), it.value());
    return QJsonObject{
        {QStringLiteral("start"), m_start.isValid() ? m_start.toUTC().toString(Qt::ISODateWithMs) : QString()},
        {QStringLiteral("stop"), m_stop.isValid() ? m_stop.toUTC().toString(Qt::ISODateWithMs) : QString()},
        {QStringLiteral("watched_ms"), watchedMs()},
        {QStringLiteral("playing_ms"), playingMs()},
        {QStringLiteral("intervals"), spans},
        {QStringLiteral("rates"), rates},
    };
}
