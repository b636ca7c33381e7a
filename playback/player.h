#pragma once
// Player: plays one recording — all its usable segment files as ONE seamless timeline — for
// review on the handheld. Lives on the thread that creates it (or is moved to); every public
// slot runs there, GStreamer's bus messages are handed over to it (pipeline diagram:
// playbackpipeline.h). Positions are ms on the recording's global timeline (from its first
// frame, pre-record included: the clock of marker offsets), see playbacktimeline.h.
//
// Evidence is never modified: files are only opened for reading, never re-muxed or copied.
// A segment that cannot be played is reported (segmentSkipped) and left out; only a recording
// with nothing playable, or a failure no single file explains, is an error.
//
// Sinks: the video sink receives raw video (system memory, or GL memory through glupload and
// glcolorconvert when the sink only takes that, e.g. qml6glsink). With qml6glsink, make the
// first state change the way RECIPES.md says for the preview: call open() from a
// QQuickWindow::scheduleRenderJob(…, BeforeSynchronizingStage) job once the sink's item is set.
// An appsink must not hold EOS back (wait-on-eos=false, or be drained).
//
//   open(timeline) ──► Opening ──preroll──► Paused ◄──pause/play──► Playing ──EOS──► Ended
//                                 (ready)      ▲                                       │
//                                              └──────────── seek / play (restart) ────┘

#include "playbacktimeline.h"
#include "watchlog.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

#include <gst/gst.h>

class PlaybackPipeline;

class Player : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Opening, Paused, Playing, Ended, Failed };
    Q_ENUM(State)

    static constexpr int kPositionIntervalMs = 100;   // positionChanged while playing
    static constexpr qint64 kEndGuardMs = 100;        // seeks land at least this far before the end

    // videoSink/audioSink: the elements to render into, taken over (a floating reference is
    // sunk): qml6glsink in the app, appsink/fakesink in tests. Null = fakesink (sync) /
    // autoaudiosink.
    explicit Player(GstElement *videoSink = nullptr, GstElement *audioSink = nullptr, QObject *parent = nullptr);
    ~Player() override;

    State state() const { return m_state; }
    qint64 position() const { return m_positionMs; }
    qint64 duration() const { return m_timeline.durationMs(); }
    double rate() const { return m_rate; }
    const PlaybackTimeline &timeline() const { return m_timeline; }
    // What was watched so far in this playback (complete after close()).
    const WatchLog &watchLog() const { return m_watch; }

public slots:
    // Starts a playback: reports dropped segments, prerolls the first frame (paused), then
    // emits ready(). A previous playback is closed first.
    void open(const PlaybackTimeline &timeline);
    // Ends the playback: pipeline released, closed(watch log) emitted.
    void close();
    void play();    // from Ended: starts again at the beginning
    void pause();
    void seek(qint64 ms);          // accurate: to the exact position
    void seekPreview(qint64 ms);   // fast, to the nearest keyframe (while dragging); coalesced
    void skip(qint64 deltaMs);     // e.g. ±10 000
    bool setRate(double rate);     // 0.5, 1 or 2; pitch-corrected audio; false for others
    void jumpToMarker(qint64 offsetMs);

signals:
    void stateChanged(Player::State state);
    void ready(qint64 durationMs);
    void positionChanged(qint64 ms);
    void seeked(qint64 ms);        // a seek settled: the new frame is shown
    void rateChanged(double rate);
    void endOfStream();
    // index: the segment's 1-based index; reason: Chinese, for the UI; detail: English.
    void segmentSkipped(int index, const QString &reason, const QString &detail);
    // message: Chinese, what happened and what to do; detail: English, for the log.
    void error(const QString &message, const QString &detail);
    void closed(const WatchLog &log);

private:
    void setState(State s);
    bool startPipeline(qint64 resumeStreamMs);
    void teardown();
    void handleMessage(GstMessage *msg);
    void onAsyncDone();
    void onEndOfStream();
    void onPipelineFailure(const QString &detail);
    void fail(const QString &message, const QString &detail);
    void finishOpening();
    void requestSeek(qint64 streamMs, bool accurate);
    bool sendSeek(qint64 streamMs, bool accurate);
    void pollPosition();
    qint64 clampStream(qint64 streamMs) const;
    int dropUnplayable();

    GstElement *m_videoSink = nullptr;   // our references
    GstElement *m_audioSink = nullptr;
    std::unique_ptr<PlaybackPipeline> m_pipe;
    quint64 m_generation = 0;            // bus messages of older pipelines are ignored

    PlaybackTimeline m_timeline;
    State m_state = State::Closed;
    double m_rate = 1.0;
    bool m_wantPlaying = false;          // play once opening or a restart finishes
    bool m_readyEmitted = false;
    bool m_busy = false;                 // a preroll or a seek waits for ASYNC_DONE
    bool m_openingSeekSent = false;
    qint64 m_openStreamMs = 0;           // where opening starts (0, a requested seek, a resume)
    struct PendingSeek {
        bool valid = false;
        qint64 streamMs = 0;
        bool accurate = true;
    } m_pending;
    qint64 m_positionMs = 0;             // global
    int m_recoveries = 0;

    QTimer m_tick;
    QElapsedTimer m_clock;               // monotonic time for the watch log
    WatchLog m_watch;
};

Q_DECLARE_METATYPE(Player::State)
