#pragma once
// RecorderHarness: a Recorder on its own QThread (as in the app) plus a collector on the test
// thread that receives every signal through queued connections, so the test reads plain
// lists without racing the recorder thread. Also the small profile the tests record with and
// helpers that ask ffprobe (an independent witness) about the files.

#include "recorder.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QThread>

// A 320×240@30 profile with a 1 s GOP, ultrafast x264, test sources, small segments.
DeviceProfile smallProfile();

class SignalCollector : public QObject
{
    Q_OBJECT
public:
    QList<RecorderState> states;
    int ready = 0;
    QList<RecordingStarted> started;
    QList<SegmentOpened> opened;
    QList<SegmentClosed> closed;
    QList<MarkerAdded> markers;
    QList<RecordingStopped> stopped;
    QList<PhotoTaken> photos;
    QList<RecorderError> errors;
    int shutdowns = 0;
    QList<qint64> monoAtStarted;   // when the signal arrived (CLOCK_MONOTONIC)

    QList<SegmentClosed> closedFor(const QString &recordingId) const;
    bool hasError(RecorderErrorCode code) const;
};

class RecorderHarness
{
public:
    explicit RecorderHarness(const RecorderConfig &config);
    ~RecorderHarness();   // shutdown() on the recorder thread, then the thread ends

    Recorder *recorder() const { return m_recorder; }
    SignalCollector &signals_() { return m_collector; }

    // Queued calls onto the recorder thread.
    void start();
    void startRecording(RecordingMode mode = RecordingMode::AudioVideo, qint64 pressMonoNs = 0);
    void stopRecording(const QString &reason = QStringLiteral("user"));
    void addMarker(MarkerType type);
    void takePhoto();
    void shutdown();

    // Waits (spinning the test thread's event loop) until the pipeline is ready.
    bool waitReady(int timeoutMs = 10000);
    bool waitStopped(int count, int timeoutMs = 20000);

private:
    QThread m_thread;
    Recorder *m_recorder = nullptr;
    SignalCollector m_collector;
    bool m_shutdown = false;
};

// ffprobe -show_streams/-show_format as JSON.
QJsonObject ffprobe(const QString &path);
// Streams of one codec_type ("video"/"audio") in the ffprobe JSON.
QList<QJsonObject> streamsOf(const QJsonObject &probe, const QString &type);
double formatDuration(const QJsonObject &probe);
// key_frame of the first video frame, via ffprobe -show_frames.
bool firstVideoFrameIsKey(const QString &path);
// All files under dir (recursively), relative names sorted.
QStringList filesUnder(const QString &dir);
