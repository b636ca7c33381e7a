#pragma once
// PlaybackTimeline: one recording's segment files seen as one timeline. It checks each file
// (present, readable, its real duration read from the file itself) and drops the ones that
// cannot be played, each with a reason, instead of failing the whole recording. It then maps
// between two clocks:
//
//   global timeline  ms from the recording's first frame (pre-record included), the clock of
//                    marker offsets and of the seek bar; a dropped segment keeps its place
//                    (its expected length), so later markers stay where they were recorded
//   stream           ms into the concatenation of the usable files only, the clock of the
//                    playback pipeline (splitmuxsrc plays them back to back)
//
//   global  |── seg 1 ──|── seg 2 (dropped) ──|── seg 3 ──|
//   stream  |── seg 1 ──|── seg 3 ──|
//
// Pure logic plus read-only file access; never writes, moves or copies a file.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// One row of the store's evidence table, as playback needs it.
struct PlaybackSegmentSource {
    QString path;               // absolute
    int index = 0;              // 1-based within the recording
    qint64 expectedMs = -1;     // duration the store recorded; <= 0 = unknown
    QString status;             // evidence status key: "ok", "recovered", "missing", "open"
    qint64 startMonoNs = 0;     // CLOCK_MONOTONIC of the segment's first frame; 0 = unknown
    qint64 expectedBytes = -1;  // size the store recorded (hashed at that size); <= 0 = unknown
};

// Why a segment is not played. None = usable.
enum class SegmentProblem {
    None,
    MarkedMissing,      // the store already flags the file as missing; the file is not touched
    StillOpen,          // still being written (no hash yet)
    FileMissing,        // no file at the path
    NotReadable,        // not a regular file, or no read permission
    NotMedia,           // cannot be parsed as audio/video (corrupt, empty, foreign)
    DurationMismatch,   // readable, but its length differs from what was recorded (truncated)
    DecodeFailed,       // the playback pipeline failed on it (found while playing)
};

struct PlaybackSegment {
    int index = 0;              // 1-based within the recording
    QString path;
    QString status;
    qint64 expectedMs = -1;     // as given; <= 0 = unknown
    qint64 realMs = -1;         // read from the file (or the store's, see check()); -1 = not readable
    qint64 startMonoNs = 0;
    qint64 expectedBytes = -1;
    SegmentProblem problem = SegmentProblem::None;
    QString detail;             // English, for logs and the audit trail

    // Filled in by PlaybackTimeline::assemble():
    qint64 globalStartMs = 0;
    qint64 globalEndMs = 0;
    qint64 streamStartMs = -1;  // usable segments only

    bool usable() const { return problem == SegmentProblem::None; }
};

class PlaybackTimeline
{
    Q_DECLARE_TR_FUNCTIONS(PlaybackTimeline)
public:
    // A recorded length may differ from the file's by this much before the file counts as
    // altered (the store keeps whole milliseconds of the same measurement).
    static constexpr qint64 kDurationToleranceMs = 500;

    PlaybackTimeline() = default;

    // Checks every file (ordered by index) and assembles the timeline. Reads files; any thread.
    static PlaybackTimeline build(QList<PlaybackSegmentSource> sources);
    // The check of one file, without the timeline. A finalised file (ok/recovered) still at
    // the size the store hashed it at keeps the store's duration — the same fragment-table
    // measurement, taken when the file was registered — so a 2-hour recording opens without
    // reading 30,000 fragment headers; any other file is timed from its fragment tables
    // (Fmp4::readTiming, via MediaProbe). Content changed at the same size is the verifier's
    // to find (hashes); the player then skips the file if GStreamer cannot play it.
    static PlaybackSegment check(const PlaybackSegmentSource &source);
    // The source a segment was checked from (to check it again).
    static PlaybackSegmentSource sourceOf(const PlaybackSegment &segment);
    // Places already-checked segments on both clocks (no file access).
    static PlaybackTimeline assemble(QList<PlaybackSegment> segments);

    // The same timeline with one more segment dropped (pos = position in segments()).
    PlaybackTimeline withDropped(int pos, SegmentProblem problem, const QString &detail) const;

    // Chinese, for the UI: why a segment is not played.
    static QString problemText(SegmentProblem problem);
    static QString problemKey(SegmentProblem problem);   // "file_missing", … (logs, audit)

    const QList<PlaybackSegment> &segments() const { return m_segments; }
    QList<PlaybackSegment> dropped() const;
    QStringList playablePaths() const;       // in play order
    bool isPlayable() const { return m_streamDurationMs > 0; }
    bool isEmpty() const { return m_segments.isEmpty(); }
    int findPath(const QString &path) const; // position in segments(), -1 if none

    qint64 durationMs() const { return m_durationMs; }            // global, dropped parts included
    qint64 streamDurationMs() const { return m_streamDurationMs; } // usable parts only
    qint64 playableEndMs() const;            // global end of the last usable segment

    // Stream position → global position (clamped to the usable range).
    qint64 streamToGlobal(qint64 streamMs) const;
    // Global position → stream position. Inside a dropped segment: the start of the next
    // usable one; past the last usable one: the end of the stream.
    qint64 globalToStream(qint64 globalMs) const;
    // Position in segments() of the segment containing globalMs (start inclusive), -1 if none.
    int segmentAt(qint64 globalMs) const;

private:
    QList<PlaybackSegment> m_segments;
    qint64 m_durationMs = 0;
    qint64 m_streamDurationMs = 0;
};
