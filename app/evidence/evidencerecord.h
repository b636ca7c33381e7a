#pragma once
// Value types of the evidence store as the rest of the app sees them: one EvidenceRecord per
// media file or photo, its recording's markers, and the per-recording summary of the home page.
// Plain data, registered as metatypes so they cross threads in queued signals.

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

enum class EvidenceKind { Video, Audio, Photo };
enum class EvidenceStatus {
    Open,        // being written; a placeholder so a crash can be traced to its recording
    Ok,          // closed, hashed and committed in order
    Recovered,   // registered by start-up reconciliation (crash, or a file with no row)
    Missing,     // the row's file is gone; flagged, never deleted
};

QString evidenceKindKey(EvidenceKind kind);          // "video", "audio", "photo"
bool evidenceKindFromKey(const QString &key, EvidenceKind *out);
QString evidenceStatusKey(EvidenceStatus status);    // "open", "ok", "recovered", "missing"
bool evidenceStatusFromKey(const QString &key, EvidenceStatus *out);
QString evidenceStatusLabel(EvidenceStatus status);  // Chinese, for tables and the UI

// Where a file was recorded: the last valid fix when a photo was taken or a segment started.
struct EvidencePosition {
    bool valid = false;          // false = no fix then (stored as NULL)
    double latitude = 0;
    double longitude = 0;
    QString fixQuality;          // "gps", "dgps", "rtk", … (geofix.h fixQualityKey)
    double accuracyMeters = -1;  // < 0 = unknown
};

struct EvidenceRecord {
    QString id;                 // UUID without braces
    EvidenceKind kind = EvidenceKind::Video;
    QString recordingId;        // empty for photos outside a recording and unmatched files
    int segmentIndex = 0;       // 1-based; 0 = none
    QString path;               // relative to the data directory, as stored
    QString absolutePath;       // filled in by whoever knows the data directory
    QString deviceId;
    QString officerNo;
    qint64 sizeBytes = -1;      // -1 = unknown
    qint64 durationMs = -1;     // -1 = unknown
    QDateTime startWall;        // UTC
    QDateTime endWall;
    qint64 startMonoNs = 0;     // 0 = unknown
    qint64 endMonoNs = 0;
    QString hash;               // lower-case hex; empty while open
    QString hashAlgorithm;      // "sha256" or "sm3"
    EvidenceStatus status = EvidenceStatus::Open;
    QDateTime createdAt;
    QString note;
    EvidencePosition position;  // written with the row; not read back by EVIDENCE_COLUMNS
};

struct MarkerRecord {
    qint64 id = 0;
    QString recordingId;
    QString type;               // key, e.g. "show_credentials" (markerlabels.h for the label)
    qint64 offsetMs = 0;        // from the recording's first frame (pre-record included)
    QDateTime wall;
};

enum class RecordingStatus { Recording, Closed, Interrupted };
QString recordingStatusKey(RecordingStatus status);  // "recording", "closed", "interrupted"
bool recordingStatusFromKey(const QString &key, RecordingStatus *out);

// One recording as the home page lists it.
struct RecordingSummary {
    QString recordingId;
    bool audioOnly = false;
    QDateTime startWall;        // first frame (pre-record included), else the press
    QDateTime stopWall;
    qint64 totalDurationMs = 0; // sum over its segments
    int segmentCount = 0;
    int markerCount = 0;
    int photoCount = 0;
    QString thumbnailPath;      // absolute; empty for audio-only or when none was made
    RecordingStatus status = RecordingStatus::Recording;
};

struct EvidenceCounts {
    int total = 0;
    int ok = 0;
    int recovered = 0;
    int missing = 0;
    int open = 0;
    int recordings = 0;
};

Q_DECLARE_METATYPE(EvidenceRecord)
Q_DECLARE_METATYPE(MarkerRecord)
Q_DECLARE_METATYPE(RecordingSummary)

void registerEvidenceMetaTypes();
