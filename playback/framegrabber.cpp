#include "framegrabber.h"

#include "gstlog.h"
#include "playbacklog.h"

#include <QUrl>

#include <gst/app/gstappsink.h>
#include <gst/video/video.h>

namespace {

constexpr GstClockTime kTimeout = 3 * GST_SECOND;

} // namespace

FrameGrabber::FrameGrabber(const PlaybackTimeline &timeline, const QSize &maxSize)
    : m_timeline(timeline)
    , m_maxSize(maxSize)
{
    if (!gst_is_initialized())
        gst_init(nullptr, nullptr);
    GstLog::install();
}

FrameGrabber::~FrameGrabber()
{
    closeFile();
}

QImage FrameGrabber::frameAt(qint64 globalMs, bool accurate, QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    const int pos = m_timeline.segmentAt(globalMs);
    if (pos < 0 || !m_timeline.segments().at(pos).usable()) {
        err = pos < 0 ? QStringLiteral("%1 ms is outside the recording").arg(globalMs)
                      : QStringLiteral("%1 ms lies in segment %2, which is not played").arg(globalMs).arg(m_timeline.segments().at(pos).index);
        return QImage();
    }
    const PlaybackSegment &segment = m_timeline.segments().at(pos);
    if (segment.path != m_path && !openFile(segment.path, &err))
        return QImage();

    const qint64 localMs = qBound<qint64>(0, globalMs - segment.globalStartMs, qMax<qint64>(0, segment.realMs - 1));
    const auto flags = GstSeekFlags(GST_SEEK_FLAG_FLUSH | (accurate ? GST_SEEK_FLAG_ACCURATE : GST_SEEK_FLAG_KEY_UNIT | GST_SEEK_FLAG_SNAP_BEFORE));
    if (!gst_element_seek_simple(m_pipeline, GST_FORMAT_TIME, flags, localMs * GST_MSECOND)
        || gst_element_get_state(m_pipeline, nullptr, nullptr, kTimeout) != GST_STATE_CHANGE_SUCCESS) {
        err = QStringLiteral("cannot seek to %1 ms in %2").arg(localMs).arg(segment.path);
        closeFile();
        return QImage();
    }
    GstSample *sample = gst_app_sink_try_pull_preroll(GST_APP_SINK(m_sink), kTimeout);
    if (!sample) {
        err = QStringLiteral("no frame at %1 ms in %2").arg(localMs).arg(segment.path);
        return QImage();
    }
    GstVideoInfo info;
    GstVideoFrame frame;
    QImage image;
    GstBuffer *buffer = gst_sample_get_buffer(sample);
    if (gst_video_info_from_caps(&info, gst_sample_get_caps(sample)) && buffer
        && gst_video_frame_map(&frame, &info, buffer, GST_MAP_READ)) {
        // BGRx in memory is QImage's RGB32 on little-endian machines.
        const QImage view(static_cast<const uchar *>(GST_VIDEO_FRAME_PLANE_DATA(&frame, 0)), GST_VIDEO_FRAME_WIDTH(&frame),
                          GST_VIDEO_FRAME_HEIGHT(&frame), GST_VIDEO_FRAME_PLANE_STRIDE(&frame, 0), QImage::Format_RGB32);
        const QSize size = view.size().scaled(m_maxSize, Qt::KeepAspectRatio).boundedTo(view.size());
        image = size == view.size() ? view.copy() : view.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        gst_video_frame_unmap(&frame);
    } else {
        err = QStringLiteral("unreadable frame in %1").arg(segment.path);
    }
    gst_sample_unref(sample);
    return image;
}

bool FrameGrabber::openFile(const QString &path, QString *error)
{
    closeFile();
    GstElement *pipeline = gst_pipeline_new("frame-grabber");
    GstElement *source = gst_element_factory_make("uridecodebin", nullptr);
    GstElement *convert = gst_element_factory_make("videoconvert", nullptr);
    GstElement *sink = gst_element_factory_make("appsink", nullptr);
    if (!source || !convert || !sink) {
        for (GstElement *e : {source, convert, sink}) {
            if (e)
                gst_object_unref(gst_object_ref_sink(e));
        }
        gst_object_unref(pipeline);
        *error = QStringLiteral("uridecodebin/videoconvert/appsink missing");
        return false;
    }
    // Video only: the audio stream is neither decoded nor exposed.
    GstCaps *video = gst_caps_from_string("video/x-raw(ANY)");
    const QByteArray uri = QUrl::fromLocalFile(path).toEncoded();
    g_object_set(source, "uri", uri.constData(), "caps", video, "expose-all-streams", FALSE, nullptr);
    gst_caps_unref(video);
    GstCaps *bgrx = gst_caps_from_string("video/x-raw,format=BGRx");
    g_object_set(sink, "caps", bgrx, "sync", FALSE, "max-buffers", 1u, "drop", TRUE, "wait-on-eos", FALSE, nullptr);
    gst_caps_unref(bgrx);
    gst_bin_add_many(GST_BIN(pipeline), source, convert, sink, nullptr);
    gst_element_link(convert, sink);
    g_signal_connect(source, "pad-added", G_CALLBACK(onPad), convert);
    gst_element_set_state(pipeline, GST_STATE_PAUSED);
    if (gst_element_get_state(pipeline, nullptr, nullptr, kTimeout) != GST_STATE_CHANGE_SUCCESS) {
        gst_element_set_state(pipeline, GST_STATE_NULL);
        gst_object_unref(pipeline);
        *error = QStringLiteral("cannot decode %1").arg(path);
        qCWarning(lcPlayback).noquote() << "frame grabber:" << *error;
        return false;
    }
    m_pipeline = pipeline;
    m_sink = sink;
    m_path = path;
    return true;
}

void FrameGrabber::closeFile()
{
    if (m_pipeline) {
        gst_element_set_state(m_pipeline, GST_STATE_NULL);
        gst_object_unref(m_pipeline);
    }
    m_pipeline = nullptr;
    m_sink = nullptr;
    m_path.clear();
}

void FrameGrabber::onPad(GstElement *, GstPad *pad, gpointer convert)
{
    GstPad *sink = gst_element_get_static_pad(GST_ELEMENT(convert), "sink");
    if (!gst_pad_is_linked(sink))
        gst_pad_link(pad, sink);
    gst_object_unref(sink);
}
