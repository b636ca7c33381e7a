#pragma once
// PlaybackPipeline: the GStreamer pipeline that plays a recording's usable segment files back
// to back as one stream. Built, started and destroyed by the Player on its thread; the
// branches are linked on GStreamer's threads as splitmuxsrc and decodebin expose their pads.
// Files are opened read-only (filesrc inside splitmuxsrc's part readers).
//
//  splitmuxsrc (format-location → our file list, in play order; one timeline across files)
//    ├─ video_0 ─► decodebin ─► [glupload ─► glcolorconvert | videoconvert] ─► video sink (injected:
//    │                                                        qml6glsink in the app, appsink/fakesink in tests)
//    └─ audio_0 ─► decodebin ─► audioconvert ─► audioresample ─► scaletempo ─► audioconvert ─►
//                  audioresample ─► audio sink (injected; autoaudiosink when none)
//
// scaletempo keeps the pitch at 0.5× and 2× (the rate comes from the seek event). A branch is
// built only when its stream exists (audio-only recordings have no video pad). Bus messages
// go through a sync handler to the callback, on whatever thread posted them.

#include <QString>
#include <QStringList>

#include <functional>

#include <gst/gst.h>

class PlaybackPipeline
{
public:
    // Called on GStreamer threads; must not block. The message is borrowed (ref it to keep it).
    using MessageCallback = std::function<void(GstMessage *)>;

    // videoSink/audioSink: borrowed; the caller keeps its own references so the same sinks can
    // move to a rebuilt pipeline. Null = fakesink / autoaudiosink made here.
    PlaybackPipeline(const QStringList &files, GstElement *videoSink, GstElement *audioSink, MessageCallback onMessage);
    ~PlaybackPipeline();   // to NULL, sinks taken out again, everything released
    PlaybackPipeline(const PlaybackPipeline &) = delete;
    PlaybackPipeline &operator=(const PlaybackPipeline &) = delete;

    // Creates the elements; false with an English *error when a plugin is missing.
    bool build(QString *error);
    GstElement *pipeline() const { return m_pipeline; }

    // Media position / duration of the stream in ns; -1 when unknown.
    qint64 positionNs() const;
    qint64 durationNs() const;

private:
    struct Branch;
    static gchar **onFormatLocation(GstElement *splitmux, gpointer self);
    static void onSourcePad(GstElement *splitmux, GstPad *pad, gpointer self);
    static void onDecodedPad(GstElement *decodebin, GstPad *pad, gpointer branch);
    static GstBusSyncReply onBusMessage(GstBus *bus, GstMessage *message, gpointer self);
    bool addBranch(GstPad *sourcePad, bool video);

    QStringList m_files;
    GstElement *m_videoSink = nullptr;   // ours (ref) once build() ran
    GstElement *m_audioSink = nullptr;
    MessageCallback m_onMessage;
    GstElement *m_pipeline = nullptr;
    GstElement *m_source = nullptr;      // splitmuxsrc, owned by m_pipeline
    bool m_videoLinked = false;          // guarded by the pipeline's object lock
    bool m_audioLinked = false;
};
