#pragma once
// PipelineBuilder: creates and links the capture pipeline's elements for a device profile
// (diagram at the top of recorder.cpp): sources and encoders by profile, the watermark, the
// tee with its preview / encode / photo branches, and the two pre-record queues. It knows
// element factories and properties; it knows nothing about recordings.

#include "deviceprofile.h"
#include "recordertypes.h"

#include <QCoreApplication>
#include <QtGlobal>

typedef struct _GstElement GstElement;

// Borrowed pointers into `pipeline` (which the caller owns: one reference).
struct CapturePipeline {
    GstElement *pipeline = nullptr;
    GstElement *videoSource = nullptr;   // camera
    GstElement *overlay = nullptr;       // clockoverlay (watermark)
    GstElement *videoEncoder = nullptr;
    GstElement *videoPre = nullptr;      // pre-record queue, encoded video
    GstElement *photoSink = nullptr;     // appsink keeping the latest raw frame
    GstElement *audioSource = nullptr;   // null when the profile has no audio or no microphone
    GstElement *audioMute = nullptr;     // volume before the encoder (prerecordAudio=false)
    GstElement *audioEncoder = nullptr;
    GstElement *audioPre = nullptr;      // pre-record queue, encoded audio
    bool hasAudio() const { return audioPre != nullptr; }
};

class PipelineBuilder
{
    // Its messages are the Recorder's: one translation context for all recorder errors.
    Q_DECLARE_TR_FUNCTIONS(Recorder)
public:
    explicit PipelineBuilder(const DeviceProfile &profile) : m_profile(profile) {}

    // On failure returns false with *error set (nothing to clean up). A missing microphone
    // element is not fatal: the pipeline is built without audio and *warning says so.
    // previewSink (may be null) is added to the pipeline behind a leaky queue.
    bool build(GstElement *previewSink, CapturePipeline *out, RecorderError *error, RecorderError *warning);

    // Pre-record queue depth: the configured seconds, plus one GOP (the file starts at a
    // keyframe at or before that point), plus one second of slack.
    static quint64 prerecordQueueNs(const DeviceProfile &profile);

private:
    bool buildVideo(GstElement *bin, GstElement *previewSink, CapturePipeline *out, RecorderError *error);
    bool buildAudio(GstElement *bin, CapturePipeline *out, RecorderError *warning);

    DeviceProfile m_profile;
};
