#pragma once
// MediaProbe: how long a media file plays, for files the recorder did not report itself
// (start-up reconciliation of recovered segments). Synchronous; any thread; calls gst_init
// when needed.

#include <QString>
#include <QtGlobal>

class MediaProbe
{
public:
    // Media duration in ns; -1 when the file cannot be read as media; 0 for a still image.
    // Fragmented MP4 (our segments, also a killed writer's truncated file) is timed from its
    // fragment tables (Fmp4::readTiming), because qtdemux trusts the header fields that
    // GStreamer 1.22's mp4mux writes wrongly; everything else goes through GstDiscoverer.
    static qint64 durationNs(const QString &path);

    // GstDiscoverer's opinion only (5 s timeout); -1 on failure.
    static qint64 discovererDurationNs(const QString &path);
};
