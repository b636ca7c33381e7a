// Recorder: the body camera's one GStreamer pipeline, owned by the recorder thread.
//
//  camera src ─► capsfilter(WxH@fps) ─► videoconvert ─► I420 ─► clockoverlay(watermark) ─► tee ─┐
//     ┌──────────────────────────────────────────────────────────────────────────────────────────┘
//     ├─► queue(leaky) ─► [glupload ─► glcolorconvert | videoconvert] ─► preview sink (optional)
//     ├─► queue ─► x264enc|openh264enc|v4l2h264enc ─► h264parse ─► vpre queue ══╗
//     └─► queue(leaky,1) ─► appsink "photo" (newest frame, for stills)           ║ (blocked src pads
//                                                                                ║  while idle: the
//  mic src ─► audioconvert ─► audioresample ─► caps ─► volume(mute) ─►           ║  pre-record)
//            audioconvert ─► avenc_aac ─► aacparse ─► apre queue ═════════════════╣
//                                                                                ▼
//                          [recording bin, added per recording: splitmuxsink → mp4mux → filesink]
//                          → <evidenceRoot>/YYYY/MM/DD/<device>_<officer>_<time>_<seq>.mp4(.part)
//
// vpre/apre are leaky queues holding prerecord + GOP + 1 s of ENCODED data; PrerecordGate
// blocks and releases their src pads. Threads: public slots run on the recorder thread;
// pad probes, the bus sync handler and splitmuxsink's signals run on GStreamer threads and
// only post work into the RecorderInbox. The pipeline's clock is the monotonic system clock,
// so a buffer's clock time (base time + running time) is CLOCK_MONOTONIC.

#include "recorder.h"
#include "recorder_p.h"

#include "datapaths.h"
#include "durablefile.h"
#include "gstlog.h"
#include "photocapture.h"
#include "recorderlog.h"
#include "watermark.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <gst/gst.h>

namespace {

// Context of the bus sync handler; GStreamer frees it (GDestroyNotify) after its last call.
struct BusContext {
    std::shared_ptr<RecorderInbox> inbox;
    RecorderPrivate *d;
    GstElement *pipeline;   // borrowed; outlives every call (the handler is unset first)
};

bool interesting(GstMessage *msg, GstElement *pipeline)
{
    switch (GST_MESSAGE_TYPE(msg)) {
    case GST_MESSAGE_ERROR:
    case GST_MESSAGE_WARNING:
    case GST_MESSAGE_EOS:
    case GST_MESSAGE_LATENCY:
        return true;
    case GST_MESSAGE_STATE_CHANGED:
        return GST_MESSAGE_SRC(msg) == GST_OBJECT(pipeline);
    case GST_MESSAGE_ELEMENT: {
        const GstStructure *s = gst_message_get_structure(msg);
        if (!s)
            return false;
        if (gst_structure_has_name(s, "splitmuxsink-fragment-closed"))
            return true;
        if (gst_structure_has_name(s, "GstBinForwarded")) {
            GstMessage *inner = nullptr;
            gst_structure_get(s, "message", GST_TYPE_MESSAGE, &inner, nullptr);
            const bool eos = inner && GST_MESSAGE_TYPE(inner) == GST_MESSAGE_EOS;
            if (inner)
                gst_message_unref(inner);
            return eos;
        }
        return false;
    }
    default:
        return false;
    }
}

GstBusSyncReply busSyncHandler(GstBus *, GstMessage *msg, gpointer data)
{
    // Streaming/any thread: never handled here, only handed over.
    auto *ctx = static_cast<BusContext *>(data);
    if (interesting(msg, ctx->pipeline)) {
        MessageRef ref(gst_message_ref(msg), gst_message_unref);
        RecorderPrivate *d = ctx->d;
        ctx->inbox->post([d, ref] { d->handleBusMessage(ref.get()); });
    }
    // A sync handler that drops a message owns it (GstBusSyncHandler's contract): without this
    // unref every message — and the element it names — lived for ever (≈ 70 KiB per recording).
    gst_message_unref(msg);
    return GST_BUS_DROP;
}

GstPadProbeReturn onCameraEvent(GstPad *, GstPadProbeInfo *info, gpointer data)
{
    // Streaming thread of the camera: its end of stream is the camera going away, seen here
    // even while the pre-record queue is blocked.
    if (GST_EVENT_TYPE(GST_PAD_PROBE_INFO_EVENT(info)) == GST_EVENT_EOS) {
        auto *ctx = static_cast<BusContext *>(data);
        RecorderPrivate *d = ctx->d;
        ctx->inbox->post([d] { d->onVideoLost(QStringLiteral("camera stream ended")); });
    }
    return GST_PAD_PROBE_OK;
}

} // namespace

// ─── Recorder (public) ──────────────────────────────────────────────────────────────────────

Recorder::Recorder(const RecorderConfig &config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<RecorderPrivate>(this, config))
{
    registerRecorderMetaTypes();
}

Recorder::~Recorder()
{
    // Safe without shutdown(): recordings are finalised, the pipeline goes to NULL. Run it
    // on the recorder thread or after that thread has finished.
    if (d->m_cap.pipeline)
        d->shutdown();
}

RecorderState Recorder::state() const { return RecorderState(d->m_state.load()); }
void Recorder::start() { d->start(); }
void Recorder::startRecording(RecordingMode mode, qint64 pressMonoNs) { d->startRecording(mode, pressMonoNs); }
void Recorder::stopRecording(const QString &reason) { d->requestStop(reason, true); }
void Recorder::stopRecordingNow(const QString &reason) { d->requestStop(reason, false); }
void Recorder::addMarker(MarkerType type) { d->addMarker(type); }
void Recorder::takePhoto() { d->takePhoto(); }
void Recorder::shutdown() { d->shutdown(); }

void Recorder::setOverlayPosition(double latitude, double longitude, bool valid)
{
    d->m_latitude = latitude;
    d->m_longitude = longitude;
    d->m_positionValid = valid;
    d->updateWatermark();
}

void Recorder::setOfficer(const QString &officerNo)
{
    d->m_officerNo = officerNo;
    d->updateWatermark();
    if (d->m_session && d->m_session->writer)
        d->m_session->writer->setOfficer(officerNo);
}

// ─── lifecycle ──────────────────────────────────────────────────────────────────────────────

RecorderPrivate::RecorderPrivate(Recorder *q_, const RecorderConfig &config)
    : q(q_)
    , m_config(config)
    , m_inbox(std::make_shared<RecorderInbox>(q_))
{
    m_officerNo = config.profile.officerNo;
    m_positionValid = config.profile.hasFixedPosition;
    m_latitude = config.profile.latitude;
    m_longitude = config.profile.longitude;
    // Children of q: they move to the recorder thread with it.
    m_postTimer = new QTimer(q);
    m_postTimer->setSingleShot(true);
    QObject::connect(m_postTimer, &QTimer::timeout, q, [this] { issueStop(); });
    m_storageTimer = new QTimer(q);
    QObject::connect(m_storageTimer, &QTimer::timeout, q, [this] { pollStorage(); });
    m_stopWatchdog = new QTimer(q);
    m_stopWatchdog->setSingleShot(true);
    QObject::connect(m_stopWatchdog, &QTimer::timeout, q, [this] { onStopTimeout(); });
}

RecorderPrivate::~RecorderPrivate()
{
    teardownPipeline();
    m_inbox->close();
}

void RecorderPrivate::setState(RecorderState s)
{
    if (m_state.exchange(int(s)) == int(s))
        return;
    qCInfo(lcRecorder) << "state" << int(s);
    emit q->stateChanged(s);
}

void RecorderPrivate::emitError(RecorderErrorCode code, const QString &message, const QString &detail)
{
    qCWarning(lcRecorder).noquote() << "error" << int(code) << detail;
    emit q->errorOccurred(RecorderError{code, message, detail});
}

void RecorderPrivate::fail(RecorderErrorCode code, const QString &message, const QString &detail)
{
    emitError(code, message, detail);
    teardownPipeline();
    setState(RecorderState::Failed);
}

void RecorderPrivate::start()
{
    if (m_cap.pipeline) {
        qCInfo(lcRecorder) << "start() ignored: already running";
        return;
    }
    if (!gst_is_initialized())
        gst_init(nullptr, nullptr);
    GstLog::install();
    m_videoAlive = m_audioAlive = true;
    m_shuttingDown = false;
    setState(RecorderState::Starting);

    RecorderError error, warning;
    PipelineBuilder builder(m_config.profile);
    if (!builder.build(m_config.previewSink, &m_cap, &error, &warning)) {
        emitError(error.code, error.message, error.detail);
        setState(RecorderState::Failed);
        return;
    }
    if (!warning.message.isEmpty()) {
        m_audioAlive = false;
        emitError(warning.code, warning.message, warning.detail);
    }
    updateWatermark();
    if (m_cap.audioMute && !m_config.profile.policy.prerecordAudio) {
        // Policy: no sound from before the press is kept, not even in memory. The track still
        // starts with the picture (mp4mux starts every track at 0, so a later start would
        // shift the sound); it is silent until the press.
        g_object_set(m_cap.audioMute, "mute", TRUE, nullptr);
    }

    GstPad *vsrc = gst_element_get_static_pad(m_cap.videoPre, "src");
    GstPad *vsink = gst_element_get_static_pad(m_cap.videoPre, "sink");
    GstPad *asrc = m_cap.audioPre ? gst_element_get_static_pad(m_cap.audioPre, "src") : nullptr;
    PrerecordGate::Callbacks cb;
    std::shared_ptr<RecorderInbox> inbox = m_inbox;
    cb.started = [this, inbox](GstClockTime rt, GstBuffer *keyframe, GstCaps *caps) {
        BufferRef kf(keyframe, [](GstBuffer *b) { if (b) gst_buffer_unref(b); });
        CapsRef cr(caps, [](GstCaps *c) { if (c) gst_caps_unref(c); });
        const int serial = m_sessionSerial;   // read-only here: set before the gate opens
        inbox->post([this, serial, rt, kf, cr] { onGateStarted(serial, rt, kf, cr); });
    };
    cb.cut = [this, inbox](bool video, GstClockTime rt) {
        const int serial = m_sessionSerial;
        inbox->post([this, serial, video, rt] { onCut(serial, video, rt); });
    };
    cb.upstreamEos = [this, inbox](bool video) {
        inbox->post([this, video] {
            if (video)
                onVideoLost(QStringLiteral("video stream ended"));
            else
                onAudioLost(QStringLiteral("audio stream ended"));
        });
    };
    m_gate = std::make_unique<PrerecordGate>(vsrc, vsink, asrc, cb);
    gst_object_unref(vsrc);
    gst_object_unref(vsink);
    if (asrc)
        gst_object_unref(asrc);

    m_bus = gst_element_get_bus(m_cap.pipeline);
    gst_bus_set_sync_handler(m_bus, busSyncHandler, new BusContext{m_inbox, this, m_cap.pipeline},
                             [](gpointer p) { delete static_cast<BusContext *>(p); });
    if (GstPad *camPad = gst_element_get_static_pad(m_cap.videoSource, "src")) {
        m_cameraEosProbe = gst_pad_add_probe(camPad, GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM, onCameraEvent,
                                             new BusContext{m_inbox, this, m_cap.pipeline},
                                             [](gpointer p) { delete static_cast<BusContext *>(p); });
        gst_object_unref(camPad);
    }

    if (gst_element_set_state(m_cap.pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
        m_inbox->drain();   // the ERROR message that explains it, if any
        if (state() == RecorderState::Starting)
            fail(RecorderErrorCode::PipelineFailure, tr("相机启动失败。请重新打开相机；如反复出现，请联系技术支持。"),
                 QStringLiteral("pipeline refused PLAYING"));
    }
}

void RecorderPrivate::teardownPipeline()
{
    m_postTimer->stop();
    m_storageTimer->stop();
    m_stopWatchdog->stop();
    if (!m_cap.pipeline)
        return;
    gst_element_set_state(m_cap.pipeline, GST_STATE_NULL);
    if (m_session) {
        // Only after a failure: whatever is on disk stays as ".part" for reconciliation.
        m_session->writer.reset();
        m_session.reset();
    }
    m_gate.reset();
    if (m_cameraEosProbe) {
        if (GstPad *camPad = gst_element_get_static_pad(m_cap.videoSource, "src")) {
            gst_pad_remove_probe(camPad, m_cameraEosProbe);
            gst_object_unref(camPad);
        }
        m_cameraEosProbe = 0;
    }
    if (m_bus) {
        gst_bus_set_sync_handler(m_bus, nullptr, nullptr, nullptr);
        gst_bus_set_flushing(m_bus, TRUE);
        gst_object_unref(m_bus);
        m_bus = nullptr;
    }
    gst_object_unref(m_cap.pipeline);
    m_cap = CapturePipeline{};
}

void RecorderPrivate::shutdown()
{
    if (!m_cap.pipeline) {
        setState(RecorderState::Stopped);
        emit q->shutdownComplete();
        return;
    }
    m_shuttingDown = true;
    m_continueAudioOnly = false;
    if (m_session) {
        requestStop(QStringLiteral("shutdown"), false);
        // Blocks this thread; GStreamer's threads keep posting, we run their work here.
        if (!m_inbox->drainUntil([this] { return !m_session; }, 15000)) {
            qCWarning(lcRecorder) << "shutdown: recording did not end in time, forcing";
            onStopTimeout();
        }
    }
    teardownPipeline();
    setState(RecorderState::Stopped);
    emit q->shutdownComplete();
}

// ─── bus ────────────────────────────────────────────────────────────────────────────────────

bool RecorderPrivate::isElementIn(GstObject *obj, GstElement *element) const
{
    return element && obj && (obj == GST_OBJECT(element) || gst_object_has_as_ancestor(obj, GST_OBJECT(element)));
}

void RecorderPrivate::handleBusMessage(GstMessage *msg)
{
    if (!m_cap.pipeline)
        return;
    switch (GST_MESSAGE_TYPE(msg)) {
    case GST_MESSAGE_STATE_CHANGED: {
        GstState oldState, newState, pending;
        gst_message_parse_state_changed(msg, &oldState, &newState, &pending);
        if (newState == GST_STATE_PLAYING && state() == RecorderState::Starting) {
            m_baseTimeNs = qint64(gst_element_get_base_time(m_cap.pipeline));
            setState(RecorderState::Idle);
            emit q->pipelineReady();
        }
        break;
    }
    case GST_MESSAGE_LATENCY:
        gst_bin_recalculate_latency(GST_BIN(m_cap.pipeline));
        break;
    case GST_MESSAGE_ERROR:
        handleError(msg);
        break;
    case GST_MESSAGE_WARNING: {
        GError *err = nullptr;
        gchar *dbg = nullptr;
        gst_message_parse_warning(msg, &err, &dbg);
        qCWarning(lcRecorder) << "GStreamer warning from" << GST_OBJECT_NAME(GST_MESSAGE_SRC(msg)) << ':'
                              << (err ? err->message : "") << (dbg ? dbg : "");
        g_clear_error(&err);
        g_free(dbg);
        break;
    }
    case GST_MESSAGE_EOS:
        qCWarning(lcRecorder) << "the whole pipeline ended (no source left)";
        break;
    case GST_MESSAGE_ELEMENT: {
        const GstStructure *s = gst_message_get_structure(msg);
        if (gst_structure_has_name(s, "splitmuxsink-fragment-closed")) {
            onFragmentClosed(QFile::decodeName(gst_structure_get_string(s, "location")));
        } else if (gst_structure_has_name(s, "GstBinForwarded")) {
            GstMessage *inner = nullptr;
            gst_structure_get(s, "message", GST_TYPE_MESSAGE, &inner, nullptr);
            if (inner) {
                onRecordingBinEos(GST_MESSAGE_SRC(inner));
                gst_message_unref(inner);
            }
        }
        break;
    }
    default:
        break;
    }
}

void RecorderPrivate::handleError(GstMessage *msg)
{
    GError *err = nullptr;
    gchar *dbg = nullptr;
    gst_message_parse_error(msg, &err, &dbg);
    GstObject *src = GST_MESSAGE_SRC(msg);
    const QString detail = QStringLiteral("%1: %2 (%3)")
                               .arg(QString::fromUtf8(GST_OBJECT_NAME(src)), QString::fromUtf8(err ? err->message : ""),
                                    QString::fromUtf8(dbg ? dbg : ""));
    g_clear_error(&err);
    g_free(dbg);
    qCWarning(lcRecorder).noquote() << "GStreamer error" << detail;

    const bool starting = state() == RecorderState::Starting;
    if (isElementIn(src, m_cap.videoSource)) {
        if (starting) {
            fail(RecorderErrorCode::NoCamera, tr("未检测到摄像头或摄像头无法打开，无法录像。请检查摄像头连接后重新打开相机。"),
                 detail);
        } else {
            onVideoLost(detail);
        }
        return;
    }
    if (isElementIn(src, m_cap.videoEncoder)) {
        m_videoAlive = false;
        if (m_session) {
            m_afterStopError = RecorderError{RecorderErrorCode::EncoderFailure,
                                             tr("视频编码器出错，录像已停止，已录内容已保存。请重新打开相机；如反复出现，请联系技术支持。"),
                                             detail};
            m_hasAfterStopError = true;
            requestStop(QStringLiteral("error"), false);
        } else {
            emitError(RecorderErrorCode::EncoderFailure, tr("视频编码器出错，无法录像。请重新打开相机；如反复出现，请联系技术支持。"),
                      detail);
        }
        return;
    }
    if (isElementIn(src, m_cap.audioSource) || isElementIn(src, m_cap.audioEncoder)) {
        onAudioLost(detail);
        return;
    }
    if (m_session && m_session->writer && isElementIn(src, m_session->writer->bin())) {
        m_afterStopError = RecorderError{RecorderErrorCode::WriteFailed,
                                         tr("写入录像文件失败，录像已停止。请检查存储卡是否已满或损坏，然后重试。"), detail};
        m_hasAfterStopError = true;
        requestStop(QStringLiteral("error"), false);
        m_stopWatchdog->start(3000);   // the writer may be unable to finish on its own
        return;
    }
    if (starting) {
        fail(RecorderErrorCode::PipelineFailure, tr("相机启动失败。请重新打开相机；如反复出现，请联系技术支持。"), detail);
        return;
    }
    if (m_session) {
        m_afterStopError = RecorderError{RecorderErrorCode::PipelineFailure,
                                         tr("录像出错，录像已停止，已录内容已保存。请重新打开相机；如反复出现，请联系技术支持。"),
                                         detail};
        m_hasAfterStopError = true;
        requestStop(QStringLiteral("error"), false);
        m_stopWatchdog->start(3000);
    } else {
        emitError(RecorderErrorCode::PipelineFailure, tr("相机出错。请重新打开相机；如反复出现，请联系技术支持。"), detail);
    }
}

void RecorderPrivate::onVideoLost(const QString &why)
{
    if (!m_videoAlive || !m_cap.pipeline)
        return;
    m_videoAlive = false;
    qCWarning(lcRecorder).noquote() << "camera lost:" << why;
    if (m_session && m_session->mode == RecordingMode::AudioVideo) {
        if (m_cap.hasAudio() && m_audioAlive && !m_shuttingDown) {
            m_continueAudioOnly = true;
            m_afterStopError = RecorderError{RecorderErrorCode::CameraLost,
                                             tr("摄像头连接中断，已保存已录视频，正在继续录音。请检查摄像头连接。"), why};
        } else {
            m_afterStopError = RecorderError{RecorderErrorCode::CameraLost,
                                             tr("摄像头连接中断，已保存已录视频。请检查摄像头连接。"), why};
        }
        m_hasAfterStopError = true;
        requestStop(QStringLiteral("camera_lost"), false);
        return;
    }
    emitError(RecorderErrorCode::CameraLost, tr("摄像头连接中断，暂时无法录像和拍照。请检查摄像头连接，然后重新打开相机。"), why);
}

void RecorderPrivate::onAudioLost(const QString &why)
{
    if (!m_audioAlive || !m_cap.audioPre)
        return;
    m_audioAlive = false;
    // End the audio stream towards a running recording so that splitmuxsink does not wait
    // for sound that will never come; the picture goes on.
    if (GstPad *sink = gst_element_get_static_pad(m_cap.audioPre, "sink")) {
        gst_pad_send_event(sink, gst_event_new_eos());
        gst_object_unref(sink);
    }
    if (m_session && m_session->mode == RecordingMode::AudioOnly) {
        m_afterStopError = RecorderError{RecorderErrorCode::NoMicrophone,
                                         tr("麦克风连接中断，录音已停止，已录内容已保存。请检查麦克风连接。"), why};
        m_hasAfterStopError = true;
        requestStop(QStringLiteral("error"), false);
        return;
    }
    emitError(RecorderErrorCode::NoMicrophone, tr("麦克风连接中断，录像将没有声音。请检查麦克风连接。"), why);
}

// ─── time ───────────────────────────────────────────────────────────────────────────────────

QDateTime RecorderPrivate::wallForMono(qint64 monoNs) const
{
    const qint64 agoMs = (monotonicNowNs() - monoNs) / 1000000;
    return QDateTime::currentDateTimeUtc().addMSecs(-agoMs);
}

QDateTime RecorderPrivate::wallForRt(GstClockTime rt) const
{
    return wallForMono(monoForRt(rt));
}

GstClockTime RecorderPrivate::nowRt() const
{
    const qint64 rt = monotonicNowNs() - m_baseTimeNs.load();
    return rt > 0 ? GstClockTime(rt) : 0;
}

// ─── watermark and photos ───────────────────────────────────────────────────────────────────

void RecorderPrivate::updateWatermark()
{
    if (!m_cap.overlay)
        return;
    const QString position = Watermark::positionText(m_latitude, m_longitude, m_positionValid);
    Watermark::apply(m_cap.overlay, Watermark::timeFormat(m_config.profile.deviceId, m_officerNo, position));
}

void RecorderPrivate::takePhoto()
{
    const RecorderState s = state();
    if (!m_cap.pipeline || s == RecorderState::Starting || s == RecorderState::Failed || s == RecorderState::Stopped) {
        emitError(RecorderErrorCode::NoCamera, tr("相机尚未就绪，无法拍照。请稍候再试。"), QStringLiteral("photo: pipeline not running"));
        return;
    }
    if (!m_videoAlive) {
        emitError(RecorderErrorCode::CameraLost, tr("摄像头不可用，无法拍照。请检查摄像头连接。"), QStringLiteral("photo: camera lost"));
        return;
    }
    GstSample *sample = PhotoCapture::latestFrame(m_cap.photoSink, GST_SECOND);
    if (!sample) {
        emitError(RecorderErrorCode::CameraLost, tr("摄像头没有画面，无法拍照。请检查摄像头连接。"), QStringLiteral("photo: no frame"));
        return;
    }
    PhotoTaken photo;
    photo.monoNs = monotonicNowNs();
    GstBuffer *buffer = gst_sample_get_buffer(sample);
    const GstSegment *segment = gst_sample_get_segment(sample);
    if (buffer && segment && GST_BUFFER_PTS_IS_VALID(buffer)) {
        const GstClockTime rt = gst_segment_to_running_time(segment, GST_FORMAT_TIME, GST_BUFFER_PTS(buffer));
        if (GST_CLOCK_TIME_IS_VALID(rt))
            photo.monoNs = monoForRt(rt);   // when the frame was captured
    }
    photo.wall = wallForMono(photo.monoNs);
    QString error;
    const QByteArray jpeg = PhotoCapture::rawToJpeg(sample, 0, &photo.width, &photo.height, &error);
    gst_sample_unref(sample);
    if (jpeg.isEmpty()) {
        emitError(RecorderErrorCode::PipelineFailure, tr("照片编码失败，未保存。请重试。"), error);
        return;
    }
    const QDateTime local = photo.wall.toLocalTime();
    const QString dir = m_config.evidenceRoot + QLatin1Char('/') + local.toString(QStringLiteral("yyyy/MM/dd"));
    if (!DurableFile::ensurePrivateDir(dir, &error)) {
        emitError(RecorderErrorCode::WriteFailed, tr("无法保存照片：存储目录不可写。请检查存储卡。"), error);
        return;
    }
    for (int seq = 1;; ++seq) {
        photo.path = dir + QLatin1Char('/') + evidenceFileName(m_config.profile.deviceId, m_officerNo, local, seq, QStringLiteral("jpg"));
        if (!QFileInfo::exists(photo.path) && !QFileInfo::exists(photo.path + QStringLiteral(".part")))
            break;
    }
    if (!DurableFile::writeAndCommit(photo.path, jpeg, &error)) {
        emitError(RecorderErrorCode::WriteFailed, tr("照片保存失败。请检查存储卡是否已满或损坏。"), error);
        return;
    }
    photo.sizeBytes = jpeg.size();
    if (m_session && (s == RecorderState::Recording || s == RecorderState::PostRecord))
        photo.recordingId = m_session->id;
    qCInfo(lcRecorder) << "photo" << photo.path << photo.width << 'x' << photo.height;
    emit q->photoTaken(photo);
}
