#pragma once
// FrameGrabber: the picture at a position of a recording's global timeline as a QImage — the
// preview bubble while dragging the seek bar and browse thumbnails — through a small pipeline
// of its own, apart from the Player's. Synchronous (blocks up to the timeout): call it from a
// worker thread or an image provider, not the GUI thread. Files are opened read-only.
//
//   uridecodebin (one segment file, video only) ─► videoconvert ─► BGRx ─► appsink (preroll)
//
// The pipeline of the last file stays open, so grabs while dragging within one file cost a
// seek and a decode, not a new pipeline.

#include "playbacktimeline.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <gst/gst.h>

class FrameGrabber
{
public:
    explicit FrameGrabber(const PlaybackTimeline &timeline, const QSize &maxSize = QSize(480, 270));
    ~FrameGrabber();
    FrameGrabber(const FrameGrabber &) = delete;
    FrameGrabber &operator=(const FrameGrabber &) = delete;

    // The frame shown at globalMs: accurate = that very frame; otherwise the keyframe at or
    // before it (faster). Null image with an English *error inside a dropped segment, past
    // the end, or when the file cannot be decoded.
    QImage frameAt(qint64 globalMs, bool accurate = false, QString *error = nullptr);

private:
    bool openFile(const QString &path, QString *error);
    void closeFile();
    static void onPad(GstElement *decodebin, GstPad *pad, gpointer convert);

    PlaybackTimeline m_timeline;
    QSize m_maxSize;
    QString m_path;                     // file of the open pipeline
    GstElement *m_pipeline = nullptr;
    GstElement *m_sink = nullptr;       // owned by m_pipeline
};
