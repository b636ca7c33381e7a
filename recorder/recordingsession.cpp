// One recording, from the press to the last closed segment (see recorder.cpp for the
// pipeline). Runs on the recorder thread; the pad probes and splitmuxsink callbacks it
// installs only post into the inbox.

#include "recorder_p.h"

#include "durablefile.h"
#include "photocapture.h"
#include "recorderlog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <QUuid>

#include <gst/video/video.h>

namespace {

constexpr qint64 kMiB = 1024 * 1024;
constexpr int kStopTimeoutMs = 10000;   // a stop that has not finished by then is forced
constexpr int kThumbnailWidth = 320;

struct LatencyContext {
    std::shared_ptr<RecorderInbox> inbox;
    RecorderPrivate *d;
    int serial;
};

GstPadProbeReturn onFirstBuffer(GstPad *, GstPadProbeInfo *, gpointer data)
{
    // Streaming thread: the first buffer of the recording reaches the muxer's pad.
    const qint64 arrival = monotonicNowNs();
    auto *ctx = static_cast<LatencyContext *>(data);
    RecorderPrivate *d = ctx->d;
    const int serial = ctx->serial;
    ctx->inbox->post([d, serial, arrival] { d->onFirstBufferAtMuxer(serial, arrival); });
    return GST_PAD_PROBE_REMOVE;
}

bool linkTo(GstElement *queue, GstPad *sinkPad)
{
    GstPad *src = gst_element_get_static_pad(queue, "src");
    const bool ok = gst_pad_link(src, sinkPad) == GST_PAD_LINK_OK;
    gst_object_unref(src);
    return ok;
}

void unlinkFrom(GstElement *queue, GstPad *sinkPad)
{
    if (!queue || !sinkPad)
        return;
    GstPad *src = gst_element_get_static_pad(queue, "src");
    gst_pad_unlink(src, sinkPad);
    gst_object_unref(src);
}

void sendEos(GstElement *queue)
{
    GstPad *sink = gst_element_get_static_pad(queue, "sink");
    gst_pad_send_event(sink, gst_event_new_eos());
    gst_object_unref(sink);
}

} // namespace

void RecorderPrivate::startRecording(RecordingMode mode, qint64 pressMonoNs)
{
    if (pressMonoNs <= 0)
        pressMonoNs = monotonicNowNs();
    const RecorderState s = state();
    if (s != RecorderState::Idle) {
        if (s == RecorderState::Recording || s == RecorderState::PostRecord || s == RecorderState::Stopping) {
            qCInfo(lcRecorder) << "startRecording ignored: already recording";
        } else {
            emitError(RecorderErrorCode::NoCamera, tr("相机尚未就绪，无法录像。请稍候再试；如一直无法就绪，请重新打开相机。"),
                      QStringLiteral("startRecording in state %1").arg(int(s)));
        }
        return;
    }
    const bool audioUsable = m_cap.hasAudio() && m_audioAlive;
    if (mode == RecordingMode::AudioVideo && !m_videoAlive) {
        if (!audioUsable) {
            emitError(RecorderErrorCode::CameraLost, tr("摄像头和麦克风都不可用，无法录像。请检查设备连接后重新打开相机。"),
                      QStringLiteral("no live source"));
            return;
        }
        qCWarning(lcRecorder) << "camera lost earlier: recording audio only";
        mode = RecordingMode::AudioOnly;
    }
    if (mode == RecordingMode::AudioOnly && !audioUsable) {
        emitError(RecorderErrorCode::NoMicrophone, tr("未检测到麦克风，无法录音。请检查麦克风连接。"),
                  QStringLiteral("audio-only requested without audio"));
        return;
    }
    if (!storageAllowsRecording(true))
        return;
    const qint64 pressRt = pressMonoNs - m_baseTimeNs.load();
    const qint64 pre = qint64(m_config.profile.policy.prerecordSeconds) * qint64(GST_SECOND);
    beginSession(mode, pressMonoNs, pressRt - pre > 0 ? GstClockTime(pressRt - pre) : 0, false);
}

bool RecorderPrivate::beginSession(RecordingMode mode, qint64 pressMonoNs, GstClockTime thresholdRt, bool continuation)
{
    const RecordingPolicy &policy = m_config.profile.policy;
    auto s = std::make_unique<Session>();
    s->serial = ++m_sessionSerial;
    s->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s->mode = mode;
    s->pressMonoNs = pressMonoNs;
    s->pressWall = wallForMono(pressMonoNs);
    s->thresholdRt = thresholdRt;
    s->volumeId = storageInfo()->volumeId(existingEvidencePath());
    const bool video = mode == RecordingMode::AudioVideo;
    const bool audio = m_cap.hasAudio() && m_audioAlive;

    SegmentWriter::Config wc;
    wc.evidenceRoot = m_config.evidenceRoot;
    wc.deviceId = m_config.profile.deviceId;
    wc.officerNo = m_officerNo;
    wc.extension = video ? QStringLiteral("mp4") : QStringLiteral("m4a");
    wc.segmentNs = quint64(policy.segmentSeconds) * GST_SECOND;
    wc.video = video;
    wc.audio = audio;
    std::shared_ptr<RecorderInbox> inbox = m_inbox;
    const int serial = s->serial;
    s->writer = std::make_unique<SegmentWriter>(
        wc, [this](GstClockTime rt) { return wallForRt(rt); },
        [this, inbox, serial](const SegmentWriter::Opened &o) { inbox->post([this, serial, o] { onSegmentOpened(serial, o); }); });
    if (!s->writer->isValid()) {
        emitError(RecorderErrorCode::PipelineFailure, tr("录像组件缺失，无法录像。请联系技术支持检查设备软件。"),
                  QStringLiteral("cannot create the recording bin (splitmuxsink, mp4mux)"));
        return false;
    }
    GstElement *bin = s->writer->bin();
    gst_bin_add(GST_BIN(m_cap.pipeline), bin);
    const bool linked = (!video || linkTo(m_cap.videoPre, s->writer->videoPad())) &&
                        (!audio || linkTo(m_cap.audioPre, s->writer->audioPad()));
    if (!linked || !gst_element_sync_state_with_parent(bin)) {
        unlinkFrom(m_cap.videoPre, s->writer->videoPad());
        unlinkFrom(m_cap.audioPre, s->writer->audioPad());
        gst_element_set_state(bin, GST_STATE_NULL);
        gst_bin_remove(GST_BIN(m_cap.pipeline), bin);
        emitError(RecorderErrorCode::PipelineFailure, tr("无法开始录像。请重试；如反复出现，请重新打开相机。"),
                  QStringLiteral("recording bin not linked/started"));
        return false;
    }
    s->firstPad = video ? s->writer->videoPad() : s->writer->audioPad();
    gst_pad_add_probe(s->firstPad, GST_PAD_PROBE_TYPE_BUFFER, onFirstBuffer, new LatencyContext{m_inbox, this, serial},
                      [](gpointer p) { delete static_cast<LatencyContext *>(p); });
    if (audio && m_cap.audioMute && !policy.prerecordAudio)
        g_object_set(m_cap.audioMute, "mute", FALSE, nullptr);
    if (video && policy.prerecordSeconds == 0) {
        // Nothing to take from the buffer: ask the encoder for a keyframe now rather than at
        // the end of the current GOP. The request names the threshold's running time: without
        // it the encoder keys the next frame it handles, which on a loaded machine can still be
        // one from before the press; the gate would skip that keyframe and wait a whole GOP.
        GstPad *encSrc = gst_element_get_static_pad(m_cap.videoEncoder, "src");
        gst_pad_send_event(encSrc, gst_video_event_new_upstream_force_key_unit(thresholdRt, TRUE, 0));
        gst_object_unref(encSrc);
    }
    qCInfo(lcRecorder) << "recording" << s->id << (video ? "audio+video" : "audio only") << "from running time"
                       << double(thresholdRt) / GST_SECOND;
    m_session = std::move(s);
    // Pre-record S > 0: at least S before the press (a keyframe at or before press − S).
    // S = 0 (or a continuation): nothing before the threshold.
    m_gate->open(video, audio, thresholdRt, policy.prerecordSeconds > 0 && !continuation);
    setState(RecorderState::Recording);
    m_storageTimer->start(qMax(50, m_config.storagePollMs));
    return true;
}

void RecorderPrivate::onGateStarted(int serial, GstClockTime startRt, BufferRef keyframe, CapsRef caps)
{
    if (!m_session || m_session->serial != serial)
        return;
    m_session->gateOpened = true;
    m_session->startRt = startRt;
    m_session->keyframe = std::move(keyframe);
    m_session->keyframeCaps = std::move(caps);
}

void RecorderPrivate::onFirstBufferAtMuxer(int serial, qint64 arrivalMonoNs)
{
    if (!m_session || m_session->serial != serial || m_session->startedEmitted)
        return;
    if (!m_session->gateOpened) {
        qCWarning(lcRecorder) << "first buffer at the muxer before the gate reported; ignoring";
        return;
    }
    Session &s = *m_session;
    s.firstFrameMonoNs = monoForRt(s.startRt);
    s.firstFrameWall = wallForMono(s.firstFrameMonoNs);

    RecordingStarted info;
    info.recordingId = s.id;
    info.mode = s.mode;
    info.pressWall = s.pressWall;
    info.pressMonoNs = s.pressMonoNs;
    info.firstFrameWall = s.firstFrameWall;
    info.firstFrameMonoNs = s.firstFrameMonoNs;
    info.prerecordMs = qMax<qint64>(0, (s.pressMonoNs - s.firstFrameMonoNs) / 1000000);
    info.pressToFirstBufferNs = arrivalMonoNs - s.pressMonoNs;
    if (s.keyframe && s.keyframeCaps && !m_config.thumbnailDir.isEmpty()) {
        QString error;
        const QByteArray jpeg = PhotoCapture::keyframeToJpeg(s.keyframe.get(), s.keyframeCaps.get(), kThumbnailWidth, &error);
        const QString path = QDir(m_config.thumbnailDir).filePath(s.id + QStringLiteral(".jpg"));
        if (!jpeg.isEmpty() && DurableFile::ensurePrivateDir(m_config.thumbnailDir, &error) &&
            DurableFile::writeAndCommit(path, jpeg, &error)) {
            info.thumbnailPath = path;
        } else {
            qCWarning(lcRecorder) << "no thumbnail:" << error;
        }
    }
    s.keyframe.reset();
    s.keyframeCaps.reset();
    s.startedEmitted = true;
    qCInfo(lcRecorder) << "recording started" << s.id << "pre-record ms" << info.prerecordMs << "press→muxer ms"
                       << double(info.pressToFirstBufferNs) / 1e6;
    emit q->recordingStarted(info);

    // Work that had to wait for the first frame; the session may end inside these calls.
    const QList<SegmentWriter::Opened> opens = std::exchange(s.deferredOpens, {});
    for (const SegmentWriter::Opened &o : opens)
        emitOpened(o);
    const QList<Session::PendingMarker> markers = std::exchange(s.pendingMarkers, {});
    for (const Session::PendingMarker &m : markers)
        emitMarker(m);
    if (m_session && m_session->stopRequested && !m_session->stopIssued)
        issueStop();
}

void RecorderPrivate::onSegmentOpened(int serial, const SegmentWriter::Opened &o)
{
    if (!m_session || m_session->serial != serial) {
        qCWarning(lcRecorder) << "segment opened for an ended recording:" << o.partPath;
        return;
    }
    m_session->opened.insert(o.index, o);
    m_session->indexByPart.insert(o.partPath, o.index);
    if (!m_session->startedEmitted)
        m_session->deferredOpens.append(o);
    else
        emitOpened(o);
}

void RecorderPrivate::emitOpened(const SegmentWriter::Opened &o)
{
    SegmentOpened info;
    info.recordingId = m_session->id;
    info.index = o.index;
    info.partPath = o.partPath;
    info.finalPath = o.finalPath;
    info.startWall = o.startWall;
    info.startMonoNs = GST_CLOCK_TIME_IS_VALID(o.startRt) ? monoForRt(o.startRt) : monotonicNowNs();
    qCInfo(lcRecorder) << "segment opened" << o.index << o.partPath;
    emit q->segmentOpened(info);
}

void RecorderPrivate::onFragmentClosed(const QString &location)
{
    const int index = m_session ? m_session->indexByPart.value(location, 0) : 0;
    if (!index) {
        qCWarning(lcRecorder) << "fragment closed for an unknown file:" << location;
        return;
    }
    finaliseSegment(index, false);
}

void RecorderPrivate::finaliseSegment(int index, bool forced)
{
    Session &s = *m_session;
    const auto it = s.opened.find(index);
    if (it == s.opened.end())
        return;
    const SegmentWriter::Opened o = *it;
    s.opened.erase(it);
    s.indexByPart.remove(o.partPath);
    if (forced && QFileInfo(o.partPath).size() == 0) {
        // Nothing reached the disk: no evidence, no file.
        qCWarning(lcRecorder) << "empty segment removed:" << o.partPath;
        QFile::remove(o.partPath);
        return;
    }
    SegmentWriter::Finalised fin;
    QString error;
    if (!SegmentWriter::finalise(o.partPath, o.finalPath, &fin, &error)) {
        emitError(RecorderErrorCode::WriteFailed,
                  tr("录像文件保存失败，文件将在下次启动时恢复。请检查存储卡是否已满或损坏。"), error);
        return;
    }
    SegmentClosed c;
    c.recordingId = s.id;
    c.index = o.index;
    c.finalPath = fin.finalPath;
    c.sizeBytes = fin.sizeBytes;
    c.durationNs = fin.durationNs;
    c.startWall = o.startWall;
    c.startMonoNs = GST_CLOCK_TIME_IS_VALID(o.startRt) ? monoForRt(o.startRt) : 0;
    c.endMonoNs = c.startMonoNs + c.durationNs;
    c.endWall = c.startWall.addMSecs(c.durationNs / 1000000);
    ++s.closedCount;
    if (!s.lastEndWall.isValid() || c.endWall > s.lastEndWall)
        s.lastEndWall = c.endWall;
    qCInfo(lcRecorder) << "segment closed" << c.index << c.finalPath << c.sizeBytes << "bytes"
                       << double(c.durationNs) / 1e9 << "s";
    if (s.stopIssued) {
        // Which file is the last is known only at the recording's end.
        s.closedAwaitingEnd.insert(c.index, c);
    } else {
        emit q->segmentClosed(c);
    }
}

void RecorderPrivate::onCut(int serial, bool video, GstClockTime cutRt)
{
    if (!m_session || m_session->serial != serial)
        return;
    qCDebug(lcRecorder) << (video ? "video" : "audio") << "cut at" << (GST_CLOCK_TIME_IS_VALID(cutRt) ? double(cutRt) / 1e9 : -1.0);
    if (!video && GST_CLOCK_TIME_IS_VALID(cutRt))
        m_session->audioCutRt = cutRt;
}

void RecorderPrivate::onRecordingBinEos(GstObject *src)
{
    if (!m_session || !m_session->writer || src != GST_OBJECT(m_session->writer->bin()))
        return;
    m_session->binEos = true;
    finishSession();
}

void RecorderPrivate::requestStop(const QString &reason, bool withPostRecord)
{
    if (!m_session) {
        qCInfo(lcRecorder) << "stop ignored: not recording";
        return;
    }
    Session &s = *m_session;
    if (s.stopIssued)
        return;
    if (!withPostRecord || s.stopReason.isEmpty())
        s.stopReason = reason;   // a forced stop names the real reason
    const int post = withPostRecord ? m_config.profile.policy.postrecordSeconds : 0;
    if (post > 0) {
        if (state() == RecorderState::Recording) {
            setState(RecorderState::PostRecord);
            m_postTimer->start(post * 1000);
        }
        return;   // already counting down otherwise
    }
    m_postTimer->stop();
    issueStop();
}

void RecorderPrivate::issueStop()
{
    if (!m_session)
        return;
    Session &s = *m_session;
    s.stopRequested = true;
    if (s.stopIssued)
        return;
    m_postTimer->stop();
    if (!s.startedEmitted) {
        // Nothing has reached the file yet; cut as soon as the first frame is there.
        qCInfo(lcRecorder) << "stop waits for the recording's first frame";
        if (!m_stopWatchdog->isActive())
            m_stopWatchdog->start(kStopTimeoutMs);
        return;
    }
    s.stopIssued = true;
    m_storageTimer->stop();
    setState(RecorderState::Stopping);
    m_gate->close(nowRt());
    // A stream whose source died sends no buffer to the cut: end it behind its queued data.
    if (s.mode == RecordingMode::AudioVideo && !m_videoAlive && !m_gate->videoEnded())
        sendEos(m_cap.videoPre);
    if (!m_stopWatchdog->isActive())
        m_stopWatchdog->start(kStopTimeoutMs);
}

void RecorderPrivate::onStopTimeout()
{
    if (!m_session)
        return;
    qCWarning(lcRecorder) << "recording" << m_session->id << "did not finish in time; forcing it closed";
    m_session->stopIssued = true;
    if (m_session->stopReason.isEmpty())
        m_session->stopReason = QStringLiteral("error");
    finishSession();
}

void RecorderPrivate::finishSession()
{
    Session &s = *m_session;
    m_stopWatchdog->stop();
    m_postTimer->stop();
    m_storageTimer->stop();

    // Park the pre-record queues again before the bin goes away (a normal stop has done this
    // already); a push into a bin on its way to NULL would stop the queue for good.
    const bool videoEnded = m_gate->videoEnded();
    const bool audioEnded = m_gate->audioEnded();
    m_gate->blockAll();
    for (GstElement *queue : {m_cap.videoPre, m_cap.audioPre}) {
        if (!queue || (queue == m_cap.videoPre && videoEnded) || (queue == m_cap.audioPre && audioEnded))
            continue;
        GstPad *src = gst_element_get_static_pad(queue, "src");
        for (int i = 0; i < 50 && gst_pad_is_linked(src) && !gst_pad_is_blocking(src) && GST_PAD_IS_ACTIVE(src); ++i)
            g_usleep(4000);
        gst_object_unref(src);
    }
    GstElement *bin = s.writer->bin();
    unlinkFrom(m_cap.videoPre, s.writer->videoPad());
    unlinkFrom(m_cap.audioPre, s.writer->audioPad());
    // NULL here, on the recorder thread, never on a streaming thread. Closes any file a forced
    // stop left open; those are finalised below like the others.
    gst_element_set_state(bin, GST_STATE_NULL);
    const QList<int> leftovers = s.opened.keys();
    for (int index : leftovers)
        finaliseSegment(index, true);
    gst_bin_remove(GST_BIN(m_cap.pipeline), bin);
    s.writer.reset();

    if (!s.closedAwaitingEnd.isEmpty()) {
        const int lastIndex = s.closedAwaitingEnd.lastKey();
        for (auto it = s.closedAwaitingEnd.begin(); it != s.closedAwaitingEnd.end(); ++it) {
            it->last = it.key() == lastIndex;
            emit q->segmentClosed(*it);
        }
    }
    if (m_cap.audioMute && !m_config.profile.policy.prerecordAudio)
        g_object_set(m_cap.audioMute, "mute", TRUE, nullptr);

    RecordingStopped stopped;
    stopped.recordingId = s.id;
    stopped.stopWall = s.lastEndWall.isValid() ? s.lastEndWall : QDateTime::currentDateTimeUtc();
    stopped.reason = s.stopReason.isEmpty() ? QStringLiteral("user") : s.stopReason;
    const bool started = s.startedEmitted;
    const GstClockTime audioCut = s.audioCutRt;
    m_session.reset();
    setState(RecorderState::Idle);
    if (started)
        emit q->recordingStopped(stopped);
    else
        qCWarning(lcRecorder) << "recording" << stopped.recordingId << "ended before its first frame; nothing written";
    qCInfo(lcRecorder) << "recording stopped" << stopped.recordingId << stopped.reason;

    if (m_continueAudioOnly && !m_shuttingDown) {
        // The camera went away: keep the sound, from exactly where the last file's sound ended.
        m_continueAudioOnly = false;
        beginSession(RecordingMode::AudioOnly, monotonicNowNs(), GST_CLOCK_TIME_IS_VALID(audioCut) ? audioCut : nowRt(), true);
    }
    m_continueAudioOnly = false;
    if (m_hasAfterStopError) {
        m_hasAfterStopError = false;
        emitError(m_afterStopError.code, m_afterStopError.message, m_afterStopError.detail);
    }
}

void RecorderPrivate::addMarker(MarkerType type)
{
    const RecorderState st = state();
    if (!m_session || (st != RecorderState::Recording && st != RecorderState::PostRecord)) {
        qCInfo(lcRecorder) << "marker" << markerTypeKey(type) << "ignored: not recording";
        return;
    }
    const Session::PendingMarker m{type, monotonicNowNs(), QDateTime::currentDateTimeUtc()};
    if (!m_session->startedEmitted)
        m_session->pendingMarkers.append(m);
    else
        emitMarker(m);
}

void RecorderPrivate::emitMarker(const Session::PendingMarker &m)
{
    MarkerAdded info;
    info.recordingId = m_session->id;
    info.type = m.type;
    info.offsetMs = qMax<qint64>(0, (m.monoNs - m_session->firstFrameMonoNs) / 1000000);
    info.wall = m.wall;
    emit q->markerAdded(info);
}

const StorageInfo *RecorderPrivate::storageInfo() const
{
    return m_config.storage ? m_config.storage : &m_statvfs;
}

QString RecorderPrivate::existingEvidencePath() const
{
    // The evidence folder, or its nearest existing ancestor before the first file creates it.
    QString path = m_config.evidenceRoot;
    while (!path.isEmpty() && !QFileInfo::exists(path) && QFileInfo(path).path() != path)
        path = QFileInfo(path).path();
    return path;
}

bool RecorderPrivate::storageAllowsRecording(bool starting)
{
    const StorageInfo *storage = storageInfo();
    // The card (policy.removableStorage): it must be in to start, and a recording whose volume
    // went away (unmounted, pulled) stops at once — nothing more can reach that card.
    const QString root = m_config.evidenceRoot;
    const QString path = existingEvidencePath();
    const bool cardOut = m_config.profile.policy.removableStorage && !storage->isMountPoint(root);
    if (starting && cardOut) {
        emitError(RecorderErrorCode::StorageRemoved, tr("未检测到存储卡：无法录像。请插好存储卡，待界面显示可录时长后再试。"),
                  QStringLiteral("%1 is not a mount point (policy.removableStorage)").arg(root));
        return false;
    }
    const bool volumeChanged = m_session && m_session->volumeId >= 0 && storage->volumeId(path) != m_session->volumeId;
    if (!starting && m_session && (cardOut || volumeChanged)) {
        m_afterStopError = RecorderError{
            RecorderErrorCode::StorageRemoved,
            tr("存储卡已移除：录像已停止。此前录好的片段在存储卡上，请插回存储卡；插回前无法录像。"),
            QStringLiteral("the volume of %1 changed from %2 to %3").arg(path).arg(m_session->volumeId).arg(storage->volumeId(path))};
        m_hasAfterStopError = true;
        qCWarning(lcRecorder).noquote() << m_afterStopError.detail;
        requestStop(QStringLiteral("storage_removed"), false);
        return false;
    }
    const qint64 available = storage->availableBytes(path);
    if (available < 0) {
        qCWarning(lcRecorder) << "free space unknown at" << path;
        return true;
    }
    const qint64 reserveMB = m_config.profile.policy.storageReserveMB;
    if (available >= reserveMB * kMiB)
        return true;
    const QString detail = QStringLiteral("available %1 bytes at %2, reserve %3 MB").arg(available).arg(path).arg(reserveMB);
    if (starting) {
        emitError(RecorderErrorCode::StorageLow,
                  tr("存储空间不足：剩余 %1 MB，低于保留的 %2 MB，无法开始录像。请上传并释放已回执的文件，或更换存储卡。")
                      .arg(available / kMiB)
                      .arg(reserveMB),
                  detail);
    } else {
        m_afterStopError = RecorderError{
            RecorderErrorCode::StorageLow,
            tr("存储空间不足：剩余 %1 MB，低于保留的 %2 MB，录像已停止，已录内容已保存。请上传并释放已回执的文件，或更换存储卡。")
                .arg(available / kMiB)
                .arg(reserveMB),
            detail};
        m_hasAfterStopError = true;
        requestStop(QStringLiteral("storage_low"), false);
    }
    return false;
}

void RecorderPrivate::pollStorage()
{
    if (m_session && !m_session->stopIssued)
        storageAllowsRecording(false);
}
