#include "prerecordgate.h"

#include "recorderlog.h"

PrerecordGate::PrerecordGate(GstPad *videoSrc, GstPad *videoSink, GstPad *audioSrc, Callbacks callbacks)
    : m_callbacks(std::move(callbacks))
{
    if (videoSink) {
        m_videoSink = GST_PAD(gst_object_ref(videoSink));
        m_incomingId = gst_pad_add_probe(m_videoSink, GST_PAD_PROBE_TYPE_BUFFER, onIncoming, this, nullptr);
    }
    m_video.gate = this;
    m_video.video = true;
    m_video.pad = videoSrc ? GST_PAD(gst_object_ref(videoSrc)) : nullptr;
    m_audio.gate = this;
    m_audio.pad = audioSrc ? GST_PAD(gst_object_ref(audioSrc)) : nullptr;
    for (Stream *s : {&m_video, &m_audio}) {
        if (s->pad)
            s->eventId = gst_pad_add_probe(s->pad, GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM, onEvent, s, nullptr);
    }
    blockAll();
}

PrerecordGate::~PrerecordGate()
{
    if (m_videoSink) {
        gst_pad_remove_probe(m_videoSink, m_incomingId);
        gst_object_unref(m_videoSink);
    }
    for (Stream *s : {&m_video, &m_audio}) {
        if (!s->pad)
            continue;
        for (gulong *id : {&s->blockId, &s->gateId, &s->eventId}) {
            if (*id)
                gst_pad_remove_probe(s->pad, *id);
            *id = 0;
        }
        gst_object_unref(s->pad);
    }
}

GstClockTime PrerecordGate::runningTime(GstPad *pad, GstBuffer *buffer)
{
    const GstClockTime ts = GST_BUFFER_PTS_IS_VALID(buffer) ? GST_BUFFER_PTS(buffer) : GST_BUFFER_DTS(buffer);
    if (!GST_CLOCK_TIME_IS_VALID(ts))
        return GST_CLOCK_TIME_NONE;
    GstEvent *ev = gst_pad_get_sticky_event(pad, GST_EVENT_SEGMENT, 0);
    if (!ev)
        return GST_CLOCK_TIME_NONE;
    const GstSegment *segment = nullptr;
    gst_event_parse_segment(ev, &segment);
    const GstClockTime rt = gst_segment_to_running_time(segment, GST_FORMAT_TIME, ts);
    gst_event_unref(ev);
    return rt;
}

void PrerecordGate::installBlock(Stream &s)
{
    if (s.pad && !s.blockId) {
        s.blockId = gst_pad_add_probe(s.pad, GstPadProbeType(GST_PAD_PROBE_TYPE_BLOCK | GST_PAD_PROBE_TYPE_BUFFER |
                                                             GST_PAD_PROBE_TYPE_BUFFER_LIST),
                                      onBlock, &s, nullptr);
    }
}

void PrerecordGate::blockAll()
{
    QMutexLocker lock(&m_mutex);
    for (Stream *s : {&m_video, &m_audio}) {
        s->cutting = false;
        s->active = false;
        installBlock(*s);
        // A start gate that never opened (a recording forced to end before its first frame)
        // would otherwise sit in front of the block and drain the pre-record while idle.
        if (s->gateId && s->pad)
            gst_pad_remove_probe(s->pad, s->gateId);
        s->gateId = 0;
    }
}

void PrerecordGate::open(bool video, bool audio, GstClockTime thresholdRt, bool atOrBefore)
{
    QMutexLocker lock(&m_mutex);
    m_threshold = thresholdRt;
    if (atOrBefore && video) {
        // The latest keyframe not after the threshold; if the buffer does not reach back that
        // far, the gate simply takes the first keyframe it sees.
        GstClockTime best = 0;
        for (GstClockTime k : m_keyframes) {
            if (k <= thresholdRt)
                best = k;
        }
        m_threshold = best;
    }
    m_startRt = GST_CLOCK_TIME_NONE;
    m_video.active = video && m_video.pad;
    m_audio.active = audio && m_audio.pad;
    m_audioOnly = !m_video.active;
    for (Stream *s : {&m_video, &m_audio}) {
        s->cutting = false;
        s->cutRt = GST_CLOCK_TIME_NONE;
        s->eosSent = false;
        if (s->active && !s->gateId)
            s->gateId = gst_pad_add_probe(s->pad, GST_PAD_PROBE_TYPE_BUFFER, onGate, s, nullptr);
    }
    // Video (or, audio-only, audio) starts flowing into its gate now; audio waits for the
    // video keyframe so that it can start at that keyframe's time.
    Stream &first = m_video.active ? m_video : m_audio;
    if (first.active && first.blockId) {
        const gulong id = first.blockId;
        first.blockId = 0;
        lock.unlock();
        gst_pad_remove_probe(first.pad, id);
    }
}

void PrerecordGate::close(GstClockTime cutRt)
{
    QMutexLocker lock(&m_mutex);
    for (Stream *s : {&m_video, &m_audio}) {
        if (!s->active)
            continue;
        s->cutting = true;
        s->cutRt = cutRt;
        installBlock(*s);
    }
}

bool PrerecordGate::videoEnded() const
{
    QMutexLocker lock(&m_mutex);
    return m_video.ended;
}

bool PrerecordGate::audioEnded() const
{
    QMutexLocker lock(&m_mutex);
    return m_audio.ended;
}

GstPadProbeReturn PrerecordGate::onBlock(GstPad *pad, GstPadProbeInfo *info, gpointer data)
{
    Stream &s = *static_cast<Stream *>(data);
    PrerecordGate *self = s.gate;
    GstBuffer *buffer = nullptr;
    if (GST_PAD_PROBE_INFO_TYPE(info) & GST_PAD_PROBE_TYPE_BUFFER)
        buffer = GST_PAD_PROBE_INFO_BUFFER(info);
    else if (GstBufferList *list = GST_PAD_PROBE_INFO_BUFFER_LIST(info))
        buffer = gst_buffer_list_length(list) ? gst_buffer_list_get(list, 0) : nullptr;
    const GstClockTime rt = buffer ? runningTime(pad, buffer) : GST_CLOCK_TIME_NONE;

    QMutexLocker lock(&self->m_mutex);
    if (!s.cutting || s.eosSent)
        return GST_PAD_PROBE_OK;   // hold: idle (or already cut)
    if (GST_CLOCK_TIME_IS_VALID(rt) && rt < s.cutRt)
        return GST_PAD_PROBE_PASS; // still before the cut: belongs to the recording
    s.eosSent = true;
    lock.unlock();
    // This thread is parked here for good (until the next recording), so the EOS goes
    // straight to the recording bin's pad; nothing else pushes into it.
    if (GstPad *peer = gst_pad_get_peer(pad)) {
        gst_pad_send_event(peer, gst_event_new_eos());
        gst_object_unref(peer);
    }
    if (self->m_callbacks.cut)
        self->m_callbacks.cut(s.video, rt);
    return GST_PAD_PROBE_OK;
}

GstPadProbeReturn PrerecordGate::onIncoming(GstPad *pad, GstPadProbeInfo *info, gpointer data)
{
    // Encoder thread: note keyframes entering the video queue. Entries older than any queue
    // can hold (pre-record ≤ 120 s + GOP ≤ 10 s + 1 s) are dropped.
    GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info);
    if (GST_BUFFER_FLAG_IS_SET(buffer, GST_BUFFER_FLAG_DELTA_UNIT))
        return GST_PAD_PROBE_OK;
    const GstClockTime rt = runningTime(pad, buffer);
    if (!GST_CLOCK_TIME_IS_VALID(rt))
        return GST_PAD_PROBE_OK;
    auto *self = static_cast<PrerecordGate *>(data);
    QMutexLocker lock(&self->m_mutex);
    self->m_keyframes.push_back(rt);
    while (!self->m_keyframes.empty() && self->m_keyframes.front() + 300 * GST_SECOND < rt)
        self->m_keyframes.pop_front();
    return GST_PAD_PROBE_OK;
}

GstPadProbeReturn PrerecordGate::onGate(GstPad *, GstPadProbeInfo *info, gpointer data)
{
    Stream &s = *static_cast<Stream *>(data);
    GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info);
    return s.video ? s.gate->gateVideo(s, buffer) : s.gate->gateAudio(s, buffer);
}

GstPadProbeReturn PrerecordGate::gateVideo(Stream &s, GstBuffer *buffer)
{
    const GstClockTime rt = runningTime(s.pad, buffer);
    QMutexLocker lock(&m_mutex);
    if (GST_BUFFER_FLAG_IS_SET(buffer, GST_BUFFER_FLAG_DELTA_UNIT) || !GST_CLOCK_TIME_IS_VALID(rt) || rt < m_threshold)
        return GST_PAD_PROBE_DROP;
    // The earliest keyframe not older than the threshold: the recording starts here.
    m_startRt = rt;
    s.gateId = 0;
    gulong audioBlock = 0;
    if (m_audio.active) {
        audioBlock = m_audio.blockId;
        m_audio.blockId = 0;
    }
    lock.unlock();
    if (audioBlock)
        gst_pad_remove_probe(m_audio.pad, audioBlock);
    if (m_callbacks.started) {
        GstCaps *caps = gst_pad_get_current_caps(s.pad);
        m_callbacks.started(rt, gst_buffer_ref(buffer), caps);
    }
    return GST_PAD_PROBE_REMOVE;
}

GstPadProbeReturn PrerecordGate::gateAudio(Stream &s, GstBuffer *buffer)
{
    const GstClockTime rt = runningTime(s.pad, buffer);
    const GstClockTime half = GST_BUFFER_DURATION_IS_VALID(buffer) ? GST_BUFFER_DURATION(buffer) / 2 : 0;
    QMutexLocker lock(&m_mutex);
    const GstClockTime start = m_audioOnly ? m_threshold : m_startRt;
    if (!GST_CLOCK_TIME_IS_VALID(start) || !GST_CLOCK_TIME_IS_VALID(rt))
        return GST_PAD_PROBE_DROP;
    // The buffer nearest to the start (AAC frames are ~21 ms): most of it lies at or after it.
    if (rt + half < start)
        return GST_PAD_PROBE_DROP;
    s.gateId = 0;
    const bool first = m_audioOnly;
    if (first)
        m_startRt = rt;
    lock.unlock();
    if (first && m_callbacks.started)
        m_callbacks.started(rt, nullptr, nullptr);
    return GST_PAD_PROBE_REMOVE;
}

GstPadProbeReturn PrerecordGate::onEvent(GstPad *, GstPadProbeInfo *info, gpointer data)
{
    Stream &s = *static_cast<Stream *>(data);
    GstEvent *event = GST_PAD_PROBE_INFO_EVENT(info);
    if (GST_EVENT_TYPE(event) != GST_EVENT_EOS)
        return GST_PAD_PROBE_OK;
    PrerecordGate *self = s.gate;
    QMutexLocker lock(&self->m_mutex);
    const bool first = !s.ended;
    const bool towardsRecording = s.active && !s.eosSent;
    s.ended = true;
    if (towardsRecording)
        s.eosSent = true;
    lock.unlock();
    if (first && self->m_callbacks.upstreamEos)
        self->m_callbacks.upstreamEos(s.video);
    if (towardsRecording && self->m_callbacks.cut)
        self->m_callbacks.cut(s.video, GST_CLOCK_TIME_NONE);
    return GST_PAD_PROBE_OK;
}
