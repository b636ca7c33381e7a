#pragma once
// Value types the recorder reports to whoever listens (the app's evidence ingest, the CLI, the
// UI facade). Plain data, registered as Qt metatypes so they cross threads in queued signals.

#include <QDateTime>
#include <QMetaType>
#include <QString>

// What the recorder is doing; GUI reads it through signals, never by polling.
enum class RecorderState {
    Stopped,      // pipeline not running (no camera)
    Starting,     // pipeline going to PLAYING
    Idle,         // preview and pre-record running, not recording
    Recording,    // writing files
    PostRecord,   // stop pressed, still writing the post-record tail
    Stopping,     // finalising the last segment
    Failed,       // pipeline error; see RecorderError
};

enum class RecordingMode { AudioVideo, AudioOnly };

// Marker types of PRODUCT.md; stored by their key (e.g. "show_credentials").
enum class MarkerType { ShowCredentials, Notify, Question, Statement, Sign, Serve, Other };
QString markerTypeKey(MarkerType type);                 // "show_credentials", …
bool markerTypeFromKey(const QString &key, MarkerType *out);

struct RecordingStarted {
    QString recordingId;           // UUID, chosen by the recorder
    RecordingMode mode = RecordingMode::AudioVideo;
    QDateTime pressWall;           // when start was requested (UTC)
    qint64 pressMonoNs = 0;        // CLOCK_MONOTONIC at the press
    QDateTime firstFrameWall;      // wall time of the first recorded frame (pre-record included)
    qint64 firstFrameMonoNs = 0;
    qint64 prerecordMs = 0;        // how much recorded material precedes the press
    qint64 pressToFirstBufferNs = 0; // press → first buffer at the muxer (latency benchmark)
    QString thumbnailPath;         // JPEG of the first frame, empty for audio-only
};

// A segment file has been opened: it is being written under partPath and will become finalPath.
struct SegmentOpened {
    QString recordingId;
    int index = 0;                 // 1-based within the recording
    QString partPath;              // absolute, "<finalPath>.part"
    QString finalPath;             // absolute
    QDateTime startWall;
    qint64 startMonoNs = 0;
};

// A segment file is complete on disk: closed, fsync'd, renamed to finalPath, directory fsync'd.
struct SegmentClosed {
    QString recordingId;
    int index = 0;
    QString finalPath;
    qint64 sizeBytes = 0;
    qint64 durationNs = 0;         // media duration of this file
    QDateTime startWall;
    QDateTime endWall;
    qint64 startMonoNs = 0;
    qint64 endMonoNs = 0;
    bool last = false;             // the recording's final segment
};

struct MarkerAdded {
    QString recordingId;
    MarkerType type = MarkerType::Other;
    qint64 offsetMs = 0;           // from the recording's first frame (pre-record included)
    QDateTime wall;
};

struct RecordingStopped {
    QString recordingId;
    QDateTime stopWall;            // when the last frame was written (post-record included)
    QString reason;                // "user", "storage_low", "storage_removed", "camera_lost", "error", "shutdown"
};

struct PhotoTaken {
    QString path;                  // absolute, final name, fsync'd
    QString recordingId;           // empty when taken outside a recording
    QDateTime wall;
    qint64 monoNs = 0;
    int width = 0;
    int height = 0;
    qint64 sizeBytes = 0;
};

enum class RecorderErrorCode {
    NoCamera,          // camera missing at start
    CameraLost,        // camera gone mid-recording (audio continues where possible)
    NoMicrophone,
    EncoderFailure,
    StorageLow,        // free space below the reserve
    StorageRemoved,    // the evidence card is not there, or went away mid-recording
    WriteFailed,       // file system error while writing/finalising
    PipelineFailure,   // anything else from GStreamer
};

struct RecorderError {
    RecorderErrorCode code = RecorderErrorCode::PipelineFailure;
    QString message;   // Chinese, for the UI: what happened and what to do
    QString detail;    // English/technical, for the log only
};

Q_DECLARE_METATYPE(RecorderState)
Q_DECLARE_METATYPE(RecordingMode)
Q_DECLARE_METATYPE(MarkerType)
Q_DECLARE_METATYPE(RecordingStarted)
Q_DECLARE_METATYPE(SegmentOpened)
Q_DECLARE_METATYPE(SegmentClosed)
Q_DECLARE_METATYPE(MarkerAdded)
Q_DECLARE_METATYPE(RecordingStopped)
Q_DECLARE_METATYPE(PhotoTaken)
Q_DECLARE_METATYPE(RecorderError)

void registerRecorderMetaTypes();

// CLOCK_MONOTONIC in nanoseconds: the clock GStreamer's system clock runs on, and the one the
// store records next to wall time.
qint64 monotonicNowNs();
