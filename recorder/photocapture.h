#pragma once
// PhotoCapture: turns frames into JPEG bytes — a still from the photo branch (the newest
// watermarked raw frame, full camera resolution) and a small thumbnail of a recording's first
// frame (an encoded H.264 keyframe, decoded by a one-off pipeline). Synchronous; any thread.

#include <QByteArray>
#include <QString>

#include <gst/gst.h>

namespace PhotoCapture {

// The newest frame in the photo appsink, waiting up to timeout for one; null when the camera
// delivers nothing. The caller unrefs.
GstSample *latestFrame(GstElement *appsink, GstClockTime timeout);

// JPEG of a raw video sample; width 0 keeps the resolution, otherwise scales keeping the
// aspect ratio. *outWidth/*outHeight receive the JPEG's size.
QByteArray rawToJpeg(GstSample *raw, int width, int *outWidth, int *outHeight, QString *error);

// JPEG (width px wide) of one H.264 keyframe with its caps.
QByteArray keyframeToJpeg(GstBuffer *keyframe, GstCaps *caps, int width, QString *error);

} // namespace PhotoCapture
