#pragma once
// Recorder: the body camera. Owns one GStreamer pipeline on its own thread (see recorder.cpp
// for the pipeline diagram). Public slots may be called from any thread through queued
// invocation (or the thread-safe wrappers below); results come back as signals.
//
// Lifecycle: construct → moveToThread(recorderThread) → start() → … → shutdown().
// start() brings up preview + pre-record; startRecording()/stopRecording() cut files out of
// the running stream.

#include "recordertypes.h"

#include <QObject>
#include <QString>
#include <memory>

#include "deviceprofile.h"

class StorageInfo;
typedef struct _GstElement GstElement;

struct RecorderConfig {
    DeviceProfile profile;
    QString evidenceRoot;            // absolute; files go to <evidenceRoot>/YYYY/MM/DD/
    QString thumbnailDir;            // absolute; first-frame JPEGs (not evidence)
    GstElement *previewSink = nullptr; // e.g. a qml6glsink made on the GUI thread; null = none
    const StorageInfo *storage = nullptr; // null = statvfs
    int storagePollMs = 1000;        // how often free space is checked while recording
};

class RecorderPrivate;

class Recorder : public QObject
{
    Q_OBJECT
public:
    explicit Recorder(const RecorderConfig &config, QObject *parent = nullptr);
    ~Recorder() override;

    // Thread-safe snapshot of the state (atomic; written by the recorder thread).
    RecorderState state() const;

public slots:
    void start();                                        // build pipeline, PLAYING
    // pressMonoNs: CLOCK_MONOTONIC ns of the key press as seen by the caller (0 = now); the
    // latency from it to the first buffer at the muxer is reported in RecordingStarted.
    void startRecording(RecordingMode mode = RecordingMode::AudioVideo, qint64 pressMonoNs = 0);
    void stopRecording(const QString &reason = QStringLiteral("user")); // honours post-record
    void stopRecordingNow(const QString &reason);   // skips post-record (power failing); also cuts one counting down
    void addMarker(MarkerType type);
    void takePhoto();
    void setOverlayPosition(double latitude, double longitude, bool valid);
    void setOfficer(const QString &officerNo);
    void shutdown();   // stops any recording (no post-record), finalises, NULL state; blocks the
                       // recorder thread until files are closed. Emits shutdownComplete().

signals:
    void stateChanged(RecorderState state);
    void pipelineReady();                     // preview and pre-record running
    void recordingStarted(const RecordingStarted &info);
    void segmentOpened(const SegmentOpened &info);
    void segmentClosed(const SegmentClosed &info);
    void markerAdded(const MarkerAdded &info);
    void recordingStopped(const RecordingStopped &info);
    void photoTaken(const PhotoTaken &info);
    void errorOccurred(const RecorderError &error);
    void shutdownComplete();

private:
    std::unique_ptr<RecorderPrivate> d;
};
