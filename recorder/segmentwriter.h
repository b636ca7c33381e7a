#pragma once
// SegmentWriter: the recording bin of one recording — a splitmuxsink writing fragmented-MP4
// segments (crash safe: a killed process leaves every fragment written so far playable) —
// its file naming (format-location-full), and the finalisation of each closed segment:
// header fix (fmp4.h), fsync, rename ".part" → final name, fsync of the directory.
//
// The bin is added to the running pipeline by the owner for each recording and removed after
// its EOS. async-handling keeps splitmuxsink's asynchronous start from pulling the whole live
// pipeline back to PAUSED (which would move its base time).

#include <QDateTime>
#include <QMutex>
#include <QString>

#include <functional>

#include <gst/gst.h>

class SegmentWriter
{
public:
    struct Config {
        QString evidenceRoot;
        QString deviceId;
        QString officerNo;
        QString extension;          // "mp4" or "m4a"
        quint64 segmentNs = 0;
        bool video = true;
        bool audio = true;
    };
    // Sent from a streaming thread when splitmuxsink starts a file.
    struct Opened {
        int index = 0;              // 1-based
        QString partPath;
        QString finalPath;
        GstClockTime startRt = GST_CLOCK_TIME_NONE;   // running time of the file's first buffer
        QDateTime startWall;
    };
    struct Finalised {
        QString finalPath;
        qint64 sizeBytes = 0;
        qint64 durationNs = 0;
    };
    // wallForRt: wall-clock time (UTC) of a running time; must be callable from any thread.
    // opened: called on a streaming thread; must not block.
    SegmentWriter(const Config &config, std::function<QDateTime(GstClockTime)> wallForRt,
                  std::function<void(const Opened &)> opened);
    ~SegmentWriter();
    SegmentWriter(const SegmentWriter &) = delete;
    SegmentWriter &operator=(const SegmentWriter &) = delete;

    bool isValid() const { return m_bin != nullptr; }
    GstElement *bin() const { return m_bin; }     // we hold a reference; the pipeline adds its own
    GstPad *videoPad() const { return m_videoPad; }
    GstPad *audioPad() const { return m_audioPad; }

    void setOfficer(const QString &officerNo);    // names of segments opened from now on

    // Recorder thread: makes a closed segment durable under its final name.
    static bool finalise(const QString &partPath, const QString &finalPath, Finalised *out, QString *error);

private:
    static void onSinkAdded(GstElement *splitmux, GstElement *sink, gpointer data);
    static gchar *onFormatLocation(GstElement *splitmux, guint fragmentId, GstSample *sample, gpointer data);
    QString pathFor(const QDateTime &wall, int index, QString *finalPath);

    Config m_config;
    std::function<QDateTime(GstClockTime)> m_wallForRt;
    std::function<void(const Opened &)> m_opened;
    GstElement *m_bin = nullptr;
    GstElement *m_splitmux = nullptr;
    GstPad *m_videoPad = nullptr;    // ghost pads on m_bin
    GstPad *m_audioPad = nullptr;
    QMutex m_mutex;                  // guards m_config.officerNo (format-location runs on a streaming thread)
};
