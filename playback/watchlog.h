#pragma once
// WatchLog: what of a recording was actually watched during one playback — merged intervals of
// the global timeline, watched and playing time, time per rate, wall time of start and stop —
// built from the player's position samples so the app can write one audit row per playback.
// Pure logic: the caller passes positions and monotonic times in, nothing is read from clocks.
//
// A step between two consecutive playing samples counts as watched only when it moves forward
// and no faster than the rate allows (plus slack for sampling jitter); anything else — a seek,
// a jump over a dropped segment — starts a new run without crediting the skipped span.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>

struct WatchInterval {
    qint64 startMs = 0;   // global timeline, from the recording's first frame
    qint64 endMs = 0;
    bool operator==(const WatchInterval &o) const { return startMs == o.startMs && endMs == o.endMs; }
};

class WatchLog
{
public:
    // Sampling jitter allowed on top of rate × elapsed time.
    static constexpr qint64 kSlackMs = 300;

    void start(const QDateTime &wallUtc);
    void stop(const QDateTime &wallUtc);
    bool isStarted() const { return m_start.isValid(); }

    // One sample: position on the global timeline at monotonic time monoMs. Paused samples
    // (playing = false) add nothing but end the current run.
    void addSample(qint64 positionMs, qint64 monoMs, bool playing);
    // The playback rate from now on (1.0 until set).
    void setRate(double rate);
    // A seek: the next sample starts a new run.
    void discontinuity();

    QList<WatchInterval> intervals() const;   // merged, ordered
    qint64 watchedMs() const;                 // length of their union
    qint64 playingMs() const;                 // monotonic time spent playing
    QMap<double, qint64> playingMsByRate() const { return m_byRate; }
    QDateTime startWall() const { return m_start; }
    QDateTime stopWall() const { return m_stop; }

    // For the audit row: {"start","stop","watched_ms","playing_ms","intervals":[[s,e],…],
    // "rates":{"1":ms,…}}.
    QJsonObject toJson() const;

private:
    QDateTime m_start;
    QDateTime m_stop;
    double m_rate = 1.0;
    bool m_haveSample = false;
    bool m_lastPlaying = false;
    qint64 m_lastPos = 0;
    qint64 m_lastMono = 0;
    bool m_runOpen = false;         // the last raw interval can still grow
    QList<WatchInterval> m_raw;     // runs in the order watched (may overlap)
    QMap<double, qint64> m_byRate;
};

Q_DECLARE_METATYPE(WatchLog)
