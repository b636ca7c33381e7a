#pragma once
// Fmp4: reads the timing of a fragmented MP4 (ISO BMFF with moof boxes) from its box
// structure, and repairs the two header fields GStreamer 1.22's mp4mux gets wrong.
//
// Why: mp4mux rebases each track's decode times (tfdt) to 0 in every file, but writes the
// movie fragment duration (mvex/mehd) and the random-access table (mfra/tfra) in the stream's
// running time. splitmuxsink files that do not start at running time 0 — every pre-record file
// and every segment after the first — then claim a duration that is too long by their start
// time (qtdemux/GstDiscoverer report e.g. 4.0 s for a 2.0 s segment) and seek through a wrong
// index. fixHeader() rewrites those fields in place, before the file is fsync'd and hashed.

#include <QString>
#include <QtGlobal>

namespace Fmp4 {

struct Timing {
    bool fragmented = false;   // has at least one complete moof+mdat
    qint64 durationNs = -1;    // longest track, from the sample durations of complete fragments
    int fragments = 0;         // complete moof+mdat pairs
    int tracks = 0;
};

// Reads timing from the file; false when it is not a readable ISO BMFF file. A truncated file
// (a killed writer) is fine: only complete fragments count.
bool readTiming(const QString &path, Timing *out, QString *error);

// Sets mehd to the real duration and each tfra time to its fragment's decode time.
// Leaves a file without moof boxes untouched. Returns false (file unchanged) on a parse error.
bool fixHeader(const QString &path, QString *error);

} // namespace Fmp4
