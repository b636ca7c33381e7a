#pragma once
// PrerecordGate: the valves on the src pads of the two encoded pre-record queues (RECIPES.md).
//
//  idle       both pads BLOCKED (a pad probe), so each leaky queue keeps the newest N seconds
//  open()     video: start at the latest keyframe at or before the threshold (so at least the
//             configured pre-record precedes the press, by less than one GOP more), or at the
//             first keyframe after it when the buffer holds nothing that old (or when asked to,
//             for a pre-record of 0); audio stays blocked until that keyframe has passed, then
//             drops what lies before it. Audio-only: audio from the threshold.
//  close(t)   pass buffers older than t, then send EOS to the recording and block again.
//
// The probes run on GStreamer streaming threads: they touch only this object's mutex-guarded
// state and report through the callbacks (which must not block); the owner (recorder thread)
// calls the public methods.

#include <QMutex>

#include <deque>
#include <functional>

#include <gst/gst.h>

class PrerecordGate
{
public:
    struct Callbacks {
        // The first buffer of a recording passed. keyframe is that video buffer (null for
        // audio-only) with its caps, so the owner can make a thumbnail; refs are the callee's.
        std::function<void(GstClockTime startRt, GstBuffer *keyframe, GstCaps *caps)> started;
        // A stream got its EOS towards the recording; cutRt = running time of the first buffer
        // held back (GST_CLOCK_TIME_NONE when the stream had ended upstream).
        std::function<void(bool video, GstClockTime cutRt)> cut;
        // EOS came down a stream from upstream (camera unplugged, encoder gone).
        std::function<void(bool video)> upstreamEos;
    };

    // videoSrc/videoSink: the video pre-record queue's pads (keyframes are noted on the way
    // in); audioSrc: the audio queue's src pad. Any may be null.
    PrerecordGate(GstPad *videoSrc, GstPad *videoSink, GstPad *audioSrc, Callbacks callbacks);
    ~PrerecordGate();
    PrerecordGate(const PrerecordGate &) = delete;
    PrerecordGate &operator=(const PrerecordGate &) = delete;

    // Idle state; installs the blocks (done by the constructor).
    void blockAll();

    // Releases the streams of a recording (see the class comment). thresholdRt is the running
    // time the recording should start at (press − pre-record), clamped at 0. atOrBefore:
    // video may start at a keyframe before the threshold (false: first keyframe at/after it).
    void open(bool video, bool audio, GstClockTime thresholdRt, bool atOrBefore);

    // Cuts the released streams at cutRt (see class comment).
    void close(GstClockTime cutRt);

    bool videoEnded() const;   // upstream EOS seen on the video stream
    bool audioEnded() const;

    // Running time of a buffer on pad, from the pad's sticky segment; NONE when unknown.
    static GstClockTime runningTime(GstPad *pad, GstBuffer *buffer);

private:
    struct Stream {
        PrerecordGate *gate = nullptr;
        bool video = false;
        GstPad *pad = nullptr;
        gulong blockId = 0;     // BLOCK probe (idle / cut)
        gulong gateId = 0;      // start gate (while opening)
        gulong eventId = 0;     // watches EOS
        bool cutting = false;   // block probe passes buffers older than cutRt, then sends EOS
        GstClockTime cutRt = GST_CLOCK_TIME_NONE;
        bool eosSent = false;
        bool ended = false;     // upstream EOS passed
        bool active = false;    // part of the current recording
    };

    static GstPadProbeReturn onBlock(GstPad *pad, GstPadProbeInfo *info, gpointer data);
    static GstPadProbeReturn onGate(GstPad *pad, GstPadProbeInfo *info, gpointer data);
    static GstPadProbeReturn onEvent(GstPad *pad, GstPadProbeInfo *info, gpointer data);
    static GstPadProbeReturn onIncoming(GstPad *pad, GstPadProbeInfo *info, gpointer data);
    void installBlock(Stream &s);       // with m_mutex held
    GstPadProbeReturn gateVideo(Stream &s, GstBuffer *buffer);
    GstPadProbeReturn gateAudio(Stream &s, GstBuffer *buffer);

    mutable QMutex m_mutex;
    GstPad *m_videoSink = nullptr;
    gulong m_incomingId = 0;
    std::deque<GstClockTime> m_keyframes;   // running times of keyframes that entered the queue
    Callbacks m_callbacks;
    Stream m_video;
    Stream m_audio;
    bool m_audioOnly = false;
    GstClockTime m_threshold = 0;
    GstClockTime m_startRt = GST_CLOCK_TIME_NONE;   // video keyframe (or first audio) passed
};
