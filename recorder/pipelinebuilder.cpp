#include "pipelinebuilder.h"

#include "gstelements.h"
#include "recorderlog.h"
#include "watermark.h"

#include <QCoreApplication>

#include <gst/gst.h>

using GstElements::make;
using GstElements::wantsGlMemory;

namespace {

// One element; null (with the factory name appended to *missing) when its plugin is absent.
// Adds the non-null elements to bin; drops (unrefs floating) all when any is null.
bool addAll(GstElement *bin, std::initializer_list<GstElement *> elements)
{
    bool ok = true;
    for (GstElement *e : elements)
        ok = ok && e;
    for (GstElement *e : elements) {
        if (!e)
            continue;
        if (ok)
            gst_bin_add(GST_BIN(bin), e);
        else
            gst_object_unref(gst_object_ref_sink(e));
    }
    return ok;
}

bool linkChain(std::initializer_list<GstElement *> elements)
{
    GstElement *prev = nullptr;
    for (GstElement *e : elements) {
        if (prev && !gst_element_link(prev, e)) {
            qCWarning(lcRecorder) << "cannot link" << GST_ELEMENT_NAME(prev) << "to" << GST_ELEMENT_NAME(e);
            return false;
        }
        prev = e;
    }
    return true;
}

void configurePrerecordQueue(GstElement *queue, quint64 ns)
{
    // Holds the last N seconds of encoded data; its src pad stays blocked while idle, so the
    // level is time-bounded by leaking the oldest buffers (downstream end).
    g_object_set(queue, "max-size-time", guint64(ns), "max-size-buffers", 0u, "max-size-bytes", 0u, nullptr);
    gst_util_set_object_arg(G_OBJECT(queue), "leaky", "downstream");
}

} // namespace

quint64 PipelineBuilder::prerecordQueueNs(const DeviceProfile &profile)
{
    return quint64(profile.policy.prerecordSeconds + profile.video.gopSeconds + 1) * GST_SECOND;
}

bool PipelineBuilder::build(GstElement *previewSink, CapturePipeline *out, RecorderError *error, RecorderError *warning)
{
    *out = CapturePipeline{};
    GstElement *pipeline = gst_pipeline_new("fieldterm-recorder");
    // Buffer clock times must be CLOCK_MONOTONIC so that they compare with the press time;
    // an audio source would otherwise offer its own clock.
    GstClock *clock = gst_system_clock_obtain();
    gst_pipeline_use_clock(GST_PIPELINE(pipeline), clock);
    gst_object_unref(clock);
    // Lets the bus see the EOS of a recording bin although the pipeline as a whole never ends.
    g_object_set(pipeline, "message-forward", TRUE, nullptr);

    if (!buildVideo(pipeline, previewSink, out, error)) {
        gst_object_unref(pipeline);
        *out = CapturePipeline{};
        return false;
    }
    if (m_profile.audio.source != QLatin1String("none"))
        buildAudio(pipeline, out, warning);
    out->pipeline = pipeline;
    return true;
}

bool PipelineBuilder::buildVideo(GstElement *bin, GstElement *previewSink, CapturePipeline *out, RecorderError *error)
{
    const VideoProfile &v = m_profile.video;
    QStringList missing;

    GstElement *src = nullptr;
    if (v.source == QLatin1String("v4l2")) {
        src = make("v4l2src", "camera", &missing);
        if (src)
            g_object_set(src, "device", v.device.toLocal8Bit().constData(), nullptr);
    } else {
        src = make("videotestsrc", "camera", &missing);
        if (src) {
            g_object_set(src, "is-live", TRUE, nullptr);
            gst_util_set_object_arg(G_OBJECT(src), "pattern", v.testPattern.toLatin1().constData());
            // Simulation knob for the camera-lost path: FIELDTERM_SIM_CAMERA_BUFFERS=N makes the
            // simulated camera deliver N frames and then end its stream, as an unplugged camera
            // would. Only honoured for the test source.
            bool ok = false;
            const int n = qEnvironmentVariableIntValue("FIELDTERM_SIM_CAMERA_BUFFERS", &ok);
            if (ok && n > 0)
                g_object_set(src, "num-buffers", n, nullptr);
        }
    }
    if (!src) {
        error->code = RecorderErrorCode::NoCamera;
        error->message = tr("未找到摄像头驱动组件，无法录像。请联系技术支持检查设备软件。");
        error->detail = QStringLiteral("missing element factory: %1").arg(missing.join(QLatin1String(", ")));
        return false;
    }

    GstElement *encoder = nullptr;
    if (v.encoder == QLatin1String("openh264")) {
        encoder = make("openh264enc", "venc", &missing);
        if (encoder)
            g_object_set(encoder, "bitrate", guint(v.bitrateKbps * 1000), "gop-size", guint(v.fps * v.gopSeconds), nullptr);
    } else if (v.encoder == QLatin1String("v4l2h264")) {
        encoder = make("v4l2h264enc", "venc", &missing);
        if (encoder) {
            GstStructure *controls = gst_structure_new("controls", "video_bitrate", G_TYPE_INT, v.bitrateKbps * 1000,
                                                       "h264_i_frame_period", G_TYPE_INT, v.fps * v.gopSeconds, nullptr);
            g_object_set(encoder, "extra-controls", controls, nullptr);
            gst_structure_free(controls);
        }
    } else {
        encoder = make("x264enc", "venc", &missing);
        if (encoder) {
            gst_util_set_object_arg(G_OBJECT(encoder), "speed-preset", v.x264Preset.toLatin1().constData());
            gst_util_set_object_arg(G_OBJECT(encoder), "tune", "zerolatency");
            g_object_set(encoder, "bitrate", guint(v.bitrateKbps), "key-int-max", guint(v.fps * v.gopSeconds), nullptr);
        }
    }
    if (!encoder) {
        gst_object_unref(gst_object_ref_sink(src));
        error->code = RecorderErrorCode::EncoderFailure;
        error->message = tr("未找到视频编码器（%1），无法录像。请检查设备配置中的编码器设置，或联系技术支持。").arg(v.encoder);
        error->detail = QStringLiteral("missing element factory: %1").arg(missing.join(QLatin1String(", ")));
        return false;
    }

    GstElement *caps = make("capsfilter", "camera-caps", &missing);
    GstElement *convert = make("videoconvert", "camera-convert", &missing);
    GstElement *i420 = make("capsfilter", "camera-format", &missing);
    GstElement *overlay = make("clockoverlay", "watermark", &missing);
    GstElement *tee = make("tee", "video-tee", &missing);
    GstElement *encQueue = make("queue", "venc-queue", &missing);
    GstElement *parse = make("h264parse", "vparse", &missing);
    GstElement *vpre = make("queue", "vpre", &missing);
    GstElement *photoQueue = make("queue", "photo-queue", &missing);
    GstElement *photo = make("appsink", "photo", &missing);
    if (!addAll(bin, {src, caps, convert, i420, overlay, tee, encQueue, encoder, parse, vpre, photoQueue, photo})) {
        error->code = RecorderErrorCode::PipelineFailure;
        error->message = tr("录像组件缺失（%1），无法录像。请联系技术支持检查设备软件。").arg(missing.join(QLatin1String(", ")));
        error->detail = QStringLiteral("missing element factory: %1").arg(missing.join(QLatin1String(", ")));
        return false;
    }

    GstCaps *c = gst_caps_new_simple("video/x-raw", "width", G_TYPE_INT, v.width, "height", G_TYPE_INT, v.height,
                                     "framerate", GST_TYPE_FRACTION, v.fps, 1, nullptr);
    g_object_set(caps, "caps", c, nullptr);
    gst_caps_unref(c);
    // 8-bit 4:2:0 for every consumer: x264 would otherwise pick a 4:4:4 10-bit profile that
    // many players cannot decode.
    c = gst_caps_from_string("video/x-raw,format=I420");
    g_object_set(i420, "caps", c, nullptr);
    gst_caps_unref(c);
    Watermark::configure(overlay);
    g_object_set(tee, "allow-not-linked", TRUE, nullptr);
    configurePrerecordQueue(vpre, prerecordQueueNs(m_profile));
    // The photo branch keeps only the newest frame and never holds the camera back.
    g_object_set(photoQueue, "max-size-buffers", 1u, "max-size-bytes", 0u, "max-size-time", guint64(0), nullptr);
    gst_util_set_object_arg(G_OBJECT(photoQueue), "leaky", "downstream");
    g_object_set(photo, "max-buffers", 1u, "drop", TRUE, "sync", FALSE, "async", FALSE, "emit-signals", FALSE,
                 "enable-last-sample", FALSE, nullptr);

    if (!linkChain({src, caps, convert, i420, overlay, tee}) || !linkChain({tee, encQueue, encoder, parse, vpre}) ||
        !linkChain({tee, photoQueue, photo})) {
        error->code = v.source == QLatin1String("v4l2") ? RecorderErrorCode::NoCamera : RecorderErrorCode::PipelineFailure;
        error->message = tr("摄像头不支持所配置的画面格式（%1×%2 @ %3 fps）。请在设备配置中选择摄像头支持的分辨率和帧率。")
                             .arg(v.width)
                             .arg(v.height)
                             .arg(v.fps);
        error->detail = QStringLiteral("video branch link failure");
        return false;
    }

    if (previewSink) {
        // Leaky: a slow display drops preview frames, never recorded ones.
        GstElement *pq = make("queue", "preview-queue", &missing);
        const bool gl = wantsGlMemory(previewSink);
        GstElement *up = make(gl ? "glupload" : "videoconvert", "preview-upload", &missing);
        GstElement *cc = gl ? make("glcolorconvert", "preview-convert", &missing) : nullptr;
        if (pq && up && (cc || !gl)) {
            g_object_set(pq, "max-size-buffers", 2u, "max-size-bytes", 0u, "max-size-time", guint64(0), nullptr);
            gst_util_set_object_arg(G_OBJECT(pq), "leaky", "downstream");
            gst_bin_add_many(GST_BIN(bin), pq, up, previewSink, nullptr);
            if (cc)
                gst_bin_add(GST_BIN(bin), cc);
            const bool linked = cc ? linkChain({tee, pq, up, cc, previewSink}) : linkChain({tee, pq, up, previewSink});
            if (!linked)
                qCWarning(lcRecorder) << "preview branch not linked; recording continues without preview";
        } else {
            qCWarning(lcRecorder) << "preview elements missing:" << missing;
            for (GstElement *e : {pq, up, cc}) {
                if (e)
                    gst_object_unref(gst_object_ref_sink(e));
            }
        }
    }

    out->videoSource = src;
    out->overlay = overlay;
    out->videoEncoder = encoder;
    out->videoPre = vpre;
    out->photoSink = photo;
    return true;
}

bool PipelineBuilder::buildAudio(GstElement *bin, CapturePipeline *out, RecorderError *warning)
{
    const AudioProfile &a = m_profile.audio;
    QStringList missing;
    GstElement *src = nullptr;
    if (a.source == QLatin1String("alsa")) {
        src = make("alsasrc", "microphone", &missing);
        if (src && !a.device.isEmpty())
            g_object_set(src, "device", a.device.toLocal8Bit().constData(), nullptr);
    } else if (a.source == QLatin1String("pulse")) {
        src = make("pulsesrc", "microphone", &missing);
        if (src && !a.device.isEmpty())
            g_object_set(src, "device", a.device.toLocal8Bit().constData(), nullptr);
    } else {
        src = make("audiotestsrc", "microphone", &missing);
        if (src) {
            g_object_set(src, "is-live", TRUE, "volume", 0.3, nullptr);
            gst_util_set_object_arg(G_OBJECT(src), "wave", "sine");
        }
    }
    GstElement *convert = make("audioconvert", "mic-convert", &missing);
    GstElement *resample = make("audioresample", "mic-resample", &missing);
    GstElement *caps = make("capsfilter", "mic-caps", &missing);
    GstElement *mute = make("volume", "mic-mute", &missing);
    GstElement *convert2 = make("audioconvert", "aenc-convert", &missing);
    GstElement *encoder = make("avenc_aac", "aenc", &missing);
    GstElement *parse = make("aacparse", "aparse", &missing);
    GstElement *apre = make("queue", "apre", &missing);
    if (!addAll(bin, {src, convert, resample, caps, mute, convert2, encoder, parse, apre})) {
        warning->code = RecorderErrorCode::NoMicrophone;
        warning->message = tr("未找到麦克风或音频编码组件，录像将没有声音。请检查麦克风连接；如仍无声音，请联系技术支持。");
        warning->detail = QStringLiteral("missing element factory: %1").arg(missing.join(QLatin1String(", ")));
        return false;
    }
    GstCaps *c = gst_caps_new_simple("audio/x-raw", "rate", G_TYPE_INT, a.sampleRate, "channels", G_TYPE_INT, a.channels,
                                     nullptr);
    g_object_set(caps, "caps", c, nullptr);
    gst_caps_unref(c);
    g_object_set(encoder, "bitrate", gint(a.bitrateKbps * 1000), nullptr);
    configurePrerecordQueue(apre, prerecordQueueNs(m_profile));
    if (!linkChain({src, convert, resample, caps, mute, convert2, encoder, parse, apre})) {
        for (GstElement *e : {src, convert, resample, caps, mute, convert2, encoder, parse, apre})
            gst_bin_remove(GST_BIN(bin), e);
        warning->code = RecorderErrorCode::NoMicrophone;
        warning->message = tr("麦克风不支持所配置的音频格式，录像将没有声音。请检查设备配置中的采样率和声道数。");
        warning->detail = QStringLiteral("audio branch link failure");
        return false;
    }
    out->audioSource = src;
    out->audioMute = mute;
    out->audioEncoder = encoder;
    out->audioPre = apre;
    return true;
}
