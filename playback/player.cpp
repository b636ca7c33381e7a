#include "player.h"

#include "gstlog.h"
#include "mediaprobe.h"
#include "playbacklog.h"
#include "playbackpipeline.h"

#include <QDateTime>

#include <cstdlib>

namespace {

QString describe(GstMessage *msg)
{
    GError *err = nullptr;
    gchar *debug = nullptr;
    if (GST_MESSAGE_TYPE(msg) == GST_MESSAGE_ERROR)
        gst_message_parse_error(msg, &err, &debug);
    else
        gst_message_parse_warning(msg, &err, &debug);
    const QString text = QStringLiteral("%1: %2 (%3)")
                             .arg(QString::fromUtf8(GST_MESSAGE_SRC_NAME(msg) ? GST_MESSAGE_SRC_NAME(msg) : "?"),
                                  QString::fromUtf8(err ? err->message : "?"), QString::fromUtf8(debug ? debug : ""));
    g_clear_error(&err);
    g_free(debug);
    return text;
}

bool allowedRate(double rate)
{
    return qFuzzyCompare(rate, 0.5) || qFuzzyCompare(rate, 1.0) || qFuzzyCompare(rate, 2.0);
}

} // namespace

Player::Player(GstElement *videoSink, GstElement *audioSink, QObject *parent)
    : QObject(parent)
    , m_videoSink(videoSink ? GST_ELEMENT(gst_object_ref_sink(videoSink)) : nullptr)
    , m_audioSink(audioSink ? GST_ELEMENT(gst_object_ref_sink(audioSink)) : nullptr)
    , m_tick(this)
{
    if (!gst_is_initialized())
        gst_init(nullptr, nullptr);
    GstLog::install();
    m_clock.start();
    m_tick.setInterval(kPositionIntervalMs);
    connect(&m_tick, &QTimer::timeout, this, &Player::pollPosition);
}

Player::~Player()
{
    teardown();
    for (GstElement *sink : {m_videoSink, m_audioSink}) {
        if (sink)
            gst_object_unref(sink);
    }
}

void Player::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    qCDebug(lcPlayback) << "state" << s;
    emit stateChanged(s);
}

// ─── opening and closing ────────────────────────────────────────────────────────────────────

void Player::open(const PlaybackTimeline &timeline)
{
    if (m_state != State::Closed || m_pipe)
        close();
    m_timeline = timeline;
    if (!qFuzzyCompare(m_rate, 1.0)) {
        m_rate = 1.0;
        emit rateChanged(m_rate);
    }
    m_watch = WatchLog();
    m_watch.start(QDateTime::currentDateTimeUtc());
    m_readyEmitted = false;
    m_wantPlaying = false;
    m_recoveries = 0;
    m_positionMs = 0;
    qCInfo(lcPlayback).noquote() << "open:" << timeline.segments().size() << "segments,"
                                 << timeline.playablePaths().size() << "playable," << timeline.durationMs() << "ms";
    for (const PlaybackSegment &s : timeline.dropped())
        emit segmentSkipped(s.index, PlaybackTimeline::problemText(s.problem), s.detail);
    if (!m_timeline.isPlayable()) {
        fail(tr("这段录像没有可以播放的文件，请核对证据文件是否完整。"),
             QStringLiteral("no playable segment among %1").arg(timeline.segments().size()));
        return;
    }
    startPipeline(0);
}

void Player::close()
{
    if (m_state == State::Closed && !m_pipe)
        return;
    if (m_state == State::Playing)
        pollPosition();
    const qint64 now = m_clock.elapsed();
    m_watch.addSample(m_positionMs, now, false);
    m_watch.stop(QDateTime::currentDateTimeUtc());
    teardown();
    setState(State::Closed);
    qCInfo(lcPlayback) << "closed; watched" << m_watch.watchedMs() << "ms";
    emit closed(m_watch);
}

bool Player::startPipeline(qint64 resumeStreamMs)
{
    teardown();
    const quint64 generation = ++m_generation;
    // GStreamer threads → this thread; messages of a pipeline already replaced are dropped.
    auto onMessage = [this, generation](GstMessage *msg) {
        std::shared_ptr<GstMessage> ref(gst_message_ref(msg), gst_message_unref);
        QMetaObject::invokeMethod(this, [this, generation, ref] {
            if (generation == m_generation)
                handleMessage(ref.get());
        }, Qt::QueuedConnection);
    };
    m_pipe = std::make_unique<PlaybackPipeline>(m_timeline.playablePaths(), m_videoSink, m_audioSink, onMessage);
    QString detail;
    if (!m_pipe->build(&detail)) {
        fail(tr("播放组件不完整，无法播放录像，请联系管理员。"), detail);
        return false;
    }
    m_openStreamMs = resumeStreamMs;
    m_openingSeekSent = false;
    m_pending = PendingSeek();
    m_busy = true;
    setState(State::Opening);
    const GstStateChangeReturn r = gst_element_set_state(m_pipe->pipeline(), GST_STATE_PAUSED);
    if (r == GST_STATE_CHANGE_FAILURE) {
        onPipelineFailure(QStringLiteral("the pipeline refused to pause"));
        return false;
    }
    if (r != GST_STATE_CHANGE_ASYNC)   // prerolled already: no ASYNC_DONE will come
        QMetaObject::invokeMethod(this, [this, generation] {
            if (generation == m_generation)
                onAsyncDone();
        }, Qt::QueuedConnection);
    return true;
}

void Player::teardown()
{
    m_tick.stop();
    m_pipe.reset();
    ++m_generation;
    m_busy = false;
    m_pending = PendingSeek();
}

void Player::finishOpening()
{
    m_busy = false;
    // Positions map through the fragment tables' durations (playbacktimeline.h); splitmuxsrc
    // lays files end to end by its own measurement, which trusts the headers. They agree for
    // files the recorder finalised; a file whose header was never repaired (mp4mux's absolute
    // mehd/tfra times, e.g. a segment recovered after a crash) makes them differ.
    const qint64 measuredNs = m_pipe->durationNs();
    if (measuredNs > 0 && std::llabs(measuredNs / 1000000 - m_timeline.streamDurationMs()) > PlaybackTimeline::kDurationToleranceMs)
        qCWarning(lcPlayback) << "splitmuxsrc measures" << measuredNs / 1000000 << "ms, the fragment tables"
                              << m_timeline.streamDurationMs() << "ms: a segment header was not repaired; positions after it may be off";
    const qint64 ns = m_pipe->positionNs();
    m_positionMs = m_timeline.streamToGlobal(ns >= 0 ? ns / 1000000 : m_openStreamMs);
    if (m_wantPlaying) {
        m_wantPlaying = false;
        gst_element_set_state(m_pipe->pipeline(), GST_STATE_PLAYING);
        setState(State::Playing);
        m_tick.start();
        m_watch.addSample(m_positionMs, m_clock.elapsed(), true);
    } else {
        setState(State::Paused);
    }
    qCInfo(lcPlayback) << "ready at" << m_positionMs << "ms";
    if (!m_readyEmitted) {
        m_readyEmitted = true;
        emit ready(duration());
    }
    emit positionChanged(m_positionMs);
    if (m_pending.valid) {
        const PendingSeek p = m_pending;
        m_pending = PendingSeek();
        requestSeek(p.streamMs, p.accurate);
    }
}

// ─── bus ────────────────────────────────────────────────────────────────────────────────────

void Player::handleMessage(GstMessage *msg)
{
    switch (GST_MESSAGE_TYPE(msg)) {
    case GST_MESSAGE_ASYNC_DONE:
        onAsyncDone();
        break;
    case GST_MESSAGE_EOS:
        onEndOfStream();
        break;
    case GST_MESSAGE_ERROR:
        onPipelineFailure(describe(msg));
        break;
    case GST_MESSAGE_WARNING: {
        const QString text = describe(msg);
        qCWarning(lcPlayback).noquote() << "warning" << text;
        // splitmuxsrc could not open a file: it would silently stop playing before it.
        if (text.contains(QLatin1String("Failed to prepare file part")))
            onPipelineFailure(text);
        break;
    }
    case GST_MESSAGE_STATE_CHANGED: {
        GstState oldState, newState, pending;
        gst_message_parse_state_changed(msg, &oldState, &newState, &pending);
        qCDebug(lcPlayback) << "pipeline" << gst_element_state_get_name(oldState) << "→" << gst_element_state_get_name(newState);
        break;
    }
    default:
        break;
    }
}

void Player::onAsyncDone()
{
    if (!m_busy || !m_pipe)
        return;
    if (m_state == State::Opening) {
        // The first frame is prerolled; start where asked and at the chosen rate.
        if (!m_openingSeekSent && (m_openStreamMs > 0 || !qFuzzyCompare(m_rate, 1.0))) {
            m_openingSeekSent = true;
            m_busy = false;
            if (sendSeek(clampStream(m_openStreamMs), true))
                return;
        }
        finishOpening();
        return;
    }
    m_busy = false;
    if (m_pending.valid) {   // the newest request while this seek ran (dragging)
        const PendingSeek p = m_pending;
        m_pending = PendingSeek();
        if (sendSeek(p.streamMs, p.accurate))
            return;
    }
    const qint64 ns = m_pipe->positionNs();
    if (ns >= 0)
        m_positionMs = m_timeline.streamToGlobal(ns / 1000000);
    if (m_state == State::Playing)
        m_watch.addSample(m_positionMs, m_clock.elapsed(), true);
    emit positionChanged(m_positionMs);
    emit seeked(m_positionMs);
}

void Player::onEndOfStream()
{
    if (m_busy || m_state == State::Ended || !m_pipe)
        return;   // an EOS from before a seek that is still settling
    m_tick.stop();
    m_positionMs = m_timeline.playableEndMs();
    const qint64 now = m_clock.elapsed();
    if (m_state == State::Playing)
        m_watch.addSample(m_positionMs, now, true);
    m_watch.addSample(m_positionMs, now, false);
    gst_element_set_state(m_pipe->pipeline(), GST_STATE_PAUSED);
    setState(State::Ended);
    qCInfo(lcPlayback) << "end of stream at" << m_positionMs << "ms";
    emit positionChanged(m_positionMs);
    emit endOfStream();
}

void Player::onPipelineFailure(const QString &detail)
{
    qCWarning(lcPlayback).noquote() << "pipeline failure:" << detail;
    const qint64 resumeGlobal = m_positionMs;
    const bool wasPlaying = m_state == State::Playing || m_wantPlaying;
    teardown();
    // Which file was it? Look at every file again, more closely than before; a file that
    // fails now is left out and playback goes on from where it was.
    const int dropped = dropUnplayable();
    if (dropped == 0 || !m_timeline.isPlayable() || ++m_recoveries > m_timeline.segments().size()) {
        fail(dropped > 0 ? tr("这段录像没有可以播放的文件，请核对证据文件是否完整。")
                         : tr("录像无法播放，请稍后重试；如仍不能播放，请联系管理员。"),
             detail);
        return;
    }
    m_wantPlaying = wasPlaying;
    startPipeline(m_timeline.globalToStream(resumeGlobal));
}

int Player::dropUnplayable()
{
    int dropped = 0;
    for (int i = 0; i < m_timeline.segments().size(); ++i) {
        const PlaybackSegment s = m_timeline.segments().at(i);
        if (!s.usable())
            continue;
        PlaybackSegment again = PlaybackTimeline::check(PlaybackTimeline::sourceOf(s));
        if (again.usable() && MediaProbe::discovererDurationNs(s.path) < 0) {
            again.problem = SegmentProblem::DecodeFailed;
            again.detail = QStringLiteral("GStreamer cannot demux/decode %1").arg(s.path);
        }
        if (again.usable())
            continue;
        qCWarning(lcPlayback).noquote() << "segment" << s.index << "dropped while playing:" << again.detail;
        m_timeline = m_timeline.withDropped(i, again.problem, again.detail);
        ++dropped;
        emit segmentSkipped(s.index, PlaybackTimeline::problemText(again.problem), again.detail);
    }
    return dropped;
}

void Player::fail(const QString &message, const QString &detail)
{
    qCWarning(lcPlayback).noquote() << "failed:" << detail;
    m_watch.addSample(m_positionMs, m_clock.elapsed(), false);
    teardown();
    setState(State::Failed);
    emit error(message, detail);
}

// ─── controls ───────────────────────────────────────────────────────────────────────────────

void Player::play()
{
    switch (m_state) {
    case State::Closed:
    case State::Failed:
    case State::Playing:
        return;
    case State::Opening:
        m_wantPlaying = true;
        return;
    case State::Ended:
        seek(0);
        break;
    case State::Paused:
        break;
    }
    gst_element_set_state(m_pipe->pipeline(), GST_STATE_PLAYING);
    setState(State::Playing);
    m_tick.start();
    m_watch.addSample(m_positionMs, m_clock.elapsed(), true);
}

void Player::pause()
{
    if (m_state == State::Opening) {
        m_wantPlaying = false;
        return;
    }
    if (m_state != State::Playing)
        return;
    pollPosition();   // credit what was watched up to now
    m_tick.stop();
    gst_element_set_state(m_pipe->pipeline(), GST_STATE_PAUSED);
    setState(State::Paused);
    m_watch.addSample(m_positionMs, m_clock.elapsed(), false);
}

void Player::seek(qint64 ms)
{
    if (m_state == State::Closed || m_state == State::Failed)
        return;
    const bool accurate = true;
    const qint64 stream = clampStream(m_timeline.globalToStream(qBound<qint64>(0, ms, duration())));
    if (m_state == State::Playing)
        pollPosition();
    m_watch.discontinuity();
    m_positionMs = m_timeline.streamToGlobal(stream);
    emit positionChanged(m_positionMs);
    if (m_state == State::Opening) {
        m_openStreamMs = stream;
        if (m_openingSeekSent)
            m_pending = PendingSeek{true, stream, accurate};
        return;
    }
    if (m_state == State::Ended)
        setState(State::Paused);
    requestSeek(stream, accurate);
}

void Player::seekPreview(qint64 ms)
{
    if (m_state != State::Paused && m_state != State::Playing && m_state != State::Ended) {
        seek(ms);
        return;
    }
    const qint64 stream = clampStream(m_timeline.globalToStream(qBound<qint64>(0, ms, duration())));
    if (m_state == State::Playing)
        pollPosition();
    m_watch.discontinuity();
    m_positionMs = m_timeline.streamToGlobal(stream);
    emit positionChanged(m_positionMs);
    if (m_state == State::Ended)
        setState(State::Paused);
    requestSeek(stream, false);
}

void Player::skip(qint64 deltaMs)
{
    seek(m_positionMs + deltaMs);
}

bool Player::setRate(double rate)
{
    if (!allowedRate(rate)) {
        qCWarning(lcPlayback) << "rate" << rate << "refused";
        return false;
    }
    if (qFuzzyCompare(rate, m_rate))
        return true;
    if (m_state == State::Playing)
        pollPosition();   // credit the time played at the old rate
    m_rate = rate;
    m_watch.setRate(rate);
    emit rateChanged(rate);
    if (m_state == State::Paused || m_state == State::Playing) {
        // The rate travels in a seek event: an accurate one to where we are.
        const qint64 ns = m_pending.valid ? m_pending.streamMs * 1000000 : m_pipe->positionNs();
        requestSeek(ns >= 0 ? ns / 1000000 : m_timeline.globalToStream(m_positionMs), true);
    } else if (m_state == State::Opening && m_openingSeekSent) {
        m_pending = PendingSeek{true, m_openStreamMs, true};
    }
    return true;
}

void Player::jumpToMarker(qint64 offsetMs)
{
    qCInfo(lcPlayback) << "jump to marker at" << offsetMs << "ms";
    seek(offsetMs);
}

// ─── seeking and position ───────────────────────────────────────────────────────────────────

void Player::requestSeek(qint64 streamMs, bool accurate)
{
    if (m_busy) {   // only the newest request matters
        m_pending = PendingSeek{true, streamMs, accurate};
        return;
    }
    sendSeek(streamMs, accurate);
}

bool Player::sendSeek(qint64 streamMs, bool accurate)
{
    if (!m_pipe)
        return false;
    const auto flags = GstSeekFlags(GST_SEEK_FLAG_FLUSH
                                    | (accurate ? GST_SEEK_FLAG_ACCURATE : GST_SEEK_FLAG_KEY_UNIT | GST_SEEK_FLAG_SNAP_NEAREST));
    GstEvent *seek = gst_event_new_seek(m_rate, GST_FORMAT_TIME, flags, GST_SEEK_TYPE_SET, guint64(streamMs) * GST_MSECOND,
                                        GST_SEEK_TYPE_NONE, GST_CLOCK_TIME_NONE);
    if (!gst_element_send_event(m_pipe->pipeline(), seek)) {
        qCWarning(lcPlayback) << "seek to" << streamMs << "ms (stream) refused";
        return false;
    }
    qCDebug(lcPlayback) << "seek to" << streamMs << "ms (stream)" << (accurate ? "accurate" : "key unit") << "rate" << m_rate;
    m_busy = true;
    return true;
}

void Player::pollPosition()
{
    if (!m_pipe || m_busy)
        return;
    const qint64 ns = m_pipe->positionNs();
    if (ns < 0)
        return;
    const qint64 global = m_timeline.streamToGlobal(ns / 1000000);
    if (m_state == State::Playing)
        m_watch.addSample(global, m_clock.elapsed(), true);
    if (global != m_positionMs) {
        m_positionMs = global;
        emit positionChanged(global);
    }
}

qint64 Player::clampStream(qint64 streamMs) const
{
    return qBound<qint64>(0, streamMs, qMax<qint64>(0, m_timeline.streamDurationMs() - kEndGuardMs));
}
