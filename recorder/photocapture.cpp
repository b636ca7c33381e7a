#include "photocapture.h"

#include <gst/app/gstappsink.h>
#include <gst/app/gstappsrc.h>
#include <gst/video/video.h>

namespace {

QByteArray sampleBytes(GstSample *sample)
{
    QByteArray out;
    GstBuffer *buffer = sample ? gst_sample_get_buffer(sample) : nullptr;
    GstMapInfo map;
    if (buffer && gst_buffer_map(buffer, &map, GST_MAP_READ)) {
        out = QByteArray(reinterpret_cast<const char *>(map.data), int(map.size));
        gst_buffer_unmap(buffer, &map);
    }
    return out;
}

bool sampleSize(GstSample *sample, int *w, int *h)
{
    GstCaps *caps = sample ? gst_sample_get_caps(sample) : nullptr;
    if (!caps || gst_caps_get_size(caps) == 0)
        return false;
    const GstStructure *s = gst_caps_get_structure(caps, 0);
    return gst_structure_get_int(s, "width", w) && gst_structure_get_int(s, "height", h);
}

} // namespace

GstSample *PhotoCapture::latestFrame(GstElement *appsink, GstClockTime timeout)
{
    return gst_app_sink_try_pull_sample(GST_APP_SINK(appsink), timeout);
}

QByteArray PhotoCapture::rawToJpeg(GstSample *raw, int width, int *outWidth, int *outHeight, QString *error)
{
    int w = 0, h = 0;
    if (!sampleSize(raw, &w, &h)) {
        *error = QStringLiteral("frame without size");
        return QByteArray();
    }
    if (width > 0 && width < w) {
        h = qMax(2, int(qint64(h) * width / w) & ~1);
        w = width;
    }
    // Via RGB: jpegenc writes YUV samples as they come, and camera YUV is limited range
    // (16–235) while JPEG is full range, so a direct encode looks washed out. From RGB,
    // libjpeg does the full-range conversion itself.
    GstCaps *rgbCaps = gst_caps_new_simple("video/x-raw", "format", G_TYPE_STRING, "RGB", "width", G_TYPE_INT, w, "height",
                                           G_TYPE_INT, h, "pixel-aspect-ratio", GST_TYPE_FRACTION, 1, 1, nullptr);
    GError *err = nullptr;
    GstSample *rgb = gst_video_convert_sample(raw, rgbCaps, 5 * GST_SECOND, &err);
    gst_caps_unref(rgbCaps);
    GstSample *jpeg = nullptr;
    if (rgb) {
        GstCaps *to = gst_caps_new_simple("image/jpeg", "width", G_TYPE_INT, w, "height", G_TYPE_INT, h, nullptr);
        jpeg = gst_video_convert_sample(rgb, to, 5 * GST_SECOND, &err);
        gst_caps_unref(to);
        gst_sample_unref(rgb);
    }
    if (!jpeg) {
        *error = QStringLiteral("JPEG conversion failed: %1").arg(QString::fromUtf8(err ? err->message : "?"));
        g_clear_error(&err);
        return QByteArray();
    }
    const QByteArray bytes = sampleBytes(jpeg);
    gst_sample_unref(jpeg);
    *outWidth = w;
    *outHeight = h;
    return bytes;
}

QByteArray PhotoCapture::keyframeToJpeg(GstBuffer *keyframe, GstCaps *caps, int width, QString *error)
{
    int w = 0, h = 0;
    const GstStructure *s = caps && gst_caps_get_size(caps) ? gst_caps_get_structure(caps, 0) : nullptr;
    if (!s || !gst_structure_get_int(s, "width", &w) || !gst_structure_get_int(s, "height", &h) || w <= 0) {
        *error = QStringLiteral("keyframe caps without size");
        return QByteArray();
    }
    const int th = qMax(2, int(qint64(h) * width / w) & ~1);
    // RGB into jpegenc for the same reason as in rawToJpeg().
    const QByteArray desc = QByteArray("appsrc name=src format=time ! h264parse ! avdec_h264 ! videoconvert ! "
                                       "videoscale ! video/x-raw,width=") +
                            QByteArray::number(width) + ",height=" + QByteArray::number(th) +
                            ",pixel-aspect-ratio=1/1,format=RGB ! jpegenc ! appsink name=sink sync=false";
    GError *err = nullptr;
    GstElement *pipeline = gst_parse_launch(desc.constData(), &err);
    if (!pipeline) {
        *error = QStringLiteral("thumbnail pipeline: %1").arg(QString::fromUtf8(err ? err->message : "?"));
        g_clear_error(&err);
        return QByteArray();
    }
    g_clear_error(&err);
    GstElement *src = gst_bin_get_by_name(GST_BIN(pipeline), "src");
    GstElement *sink = gst_bin_get_by_name(GST_BIN(pipeline), "sink");
    g_object_set(src, "caps", caps, nullptr);
    QByteArray bytes;
    if (gst_element_set_state(pipeline, GST_STATE_PLAYING) != GST_STATE_CHANGE_FAILURE) {
        GstBuffer *copy = gst_buffer_copy(keyframe);
        GST_BUFFER_PTS(copy) = 0;
        GST_BUFFER_DTS(copy) = 0;
        gst_app_src_push_buffer(GST_APP_SRC(src), copy);
        gst_app_src_end_of_stream(GST_APP_SRC(src));
        if (GstSample *jpeg = gst_app_sink_try_pull_sample(GST_APP_SINK(sink), 5 * GST_SECOND)) {
            bytes = sampleBytes(jpeg);
            gst_sample_unref(jpeg);
        }
    }
    if (bytes.isEmpty())
        *error = QStringLiteral("keyframe did not decode");
    gst_element_set_state(pipeline, GST_STATE_NULL);
    gst_object_unref(src);
    gst_object_unref(sink);
    gst_object_unref(pipeline);
    return bytes;
}
