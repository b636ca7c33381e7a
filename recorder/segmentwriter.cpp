#include "segmentwriter.h"

#include "datapaths.h"
#include "durablefile.h"
#include "fmp4.h"
#include "mediaprobe.h"
#include "recorderlog.h"

#include <QFileInfo>

#include <atomic>

SegmentWriter::SegmentWriter(const Config &config, std::function<QDateTime(GstClockTime)> wallForRt,
                             std::function<void(const Opened &)> opened)
    : m_config(config)
    , m_wallForRt(std::move(wallForRt))
    , m_opened(std::move(opened))
{
    static std::atomic<int> serial{0};
    const QByteArray name = "recording-" + QByteArray::number(++serial);
    m_splitmux = gst_element_factory_make("splitmuxsink", "segments");
    if (!m_splitmux) {
        qCWarning(lcRecorder) << "splitmuxsink missing";
        return;
    }
    // Crash safety: what a killed process leaves playable lags the live stream by the GOP that
    // splitmuxsink gathers before passing it on, plus the part of that GOP sitting in an
    // unfinished fragment. Quarter-second fragments keep the total to about GOP + 0.25 s
    // (1.25 s with the usual 1 s GOP) for a few hundred bytes of moof per second.
    GstStructure *muxProps = gst_structure_from_string("properties,fragment-duration=250,streamable=true", nullptr);
    // async-finalize: each file gets its own muxer+sink, finished in the background, and only
    // then do muxer-factory and muxer-properties take effect (fragmented MP4).
    g_object_set(m_splitmux, "async-finalize", TRUE, "muxer-factory", "mp4mux", "muxer-properties", muxProps,
                 "max-size-time", guint64(config.segmentNs), nullptr);
    // Splits land on the configured length when the encoder is asked for a keyframe there
    // (audio frames are all key units: nothing to ask for).
    g_object_set(m_splitmux, "send-keyframe-requests", gboolean(config.video), nullptr);
    gst_structure_free(muxProps);
    g_signal_connect(m_splitmux, "format-location-full", G_CALLBACK(onFormatLocation), this);
    g_signal_connect(m_splitmux, "sink-added", G_CALLBACK(onSinkAdded), nullptr);

    m_bin = gst_bin_new(name.constData());
    g_object_set(m_bin, "async-handling", TRUE, nullptr);
    gst_bin_add(GST_BIN(m_bin), m_splitmux);
    gst_object_ref_sink(m_bin);

    auto ghost = [this](const char *templ, const char *ghostName) -> GstPad * {
        GstPad *target = gst_element_request_pad_simple(m_splitmux, templ);
        if (!target)
            return nullptr;
        GstPad *g = gst_ghost_pad_new(ghostName, target);
        gst_object_unref(target);
        gst_pad_set_active(g, TRUE);
        gst_element_add_pad(m_bin, g);
        return g;
    };
    if (config.video)
        m_videoPad = ghost("video", "video");
    if (config.audio)
        m_audioPad = ghost("audio_%u", "audio");
    if ((config.video && !m_videoPad) || (config.audio && !m_audioPad)) {
        qCWarning(lcRecorder) << "splitmuxsink refused a pad";
        gst_object_unref(m_bin);
        m_bin = nullptr;
    }
}

SegmentWriter::~SegmentWriter()
{
    if (m_splitmux)
        g_signal_handlers_disconnect_by_data(m_splitmux, this);
    if (m_bin) {
        gst_element_set_state(m_bin, GST_STATE_NULL);
        gst_object_unref(m_bin);
    }
}

void SegmentWriter::setOfficer(const QString &officerNo)
{
    QMutexLocker lock(&m_mutex);
    m_config.officerNo = officerNo;
}

QString SegmentWriter::pathFor(const QDateTime &wall, int index, QString *finalPath)
{
    QString deviceId, officerNo;
    {
        QMutexLocker lock(&m_mutex);
        deviceId = m_config.deviceId;
        officerNo = m_config.officerNo;
    }
    const QDateTime local = wall.toLocalTime();
    const QString dir = m_config.evidenceRoot + QLatin1Char('/') + local.toString(QStringLiteral("yyyy/MM/dd"));
    QString error;
    if (!DurableFile::ensurePrivateDir(dir, &error))
        qCWarning(lcRecorder) << "cannot create" << dir << error;
    // seq is the segment index; only two recordings started within the same second could
    // collide, and then the next free number is taken (evidence is never overwritten).
    for (int seq = index;; seq += 100) {
        const QString final_ = dir + QLatin1Char('/') + evidenceFileName(deviceId, officerNo, local, seq, m_config.extension);
        const QString part = final_ + QStringLiteral(".part");
        if (QFileInfo::exists(final_) || QFileInfo::exists(part)) {
            qCWarning(lcRecorder) << "name taken, trying another sequence number:" << final_;
            continue;
        }
        *finalPath = final_;
        return part;
    }
}

void SegmentWriter::onSinkAdded(GstElement *, GstElement *sink, gpointer)
{
    // filesink keeps up to 64 KB in its own buffer by default: lost on a crash. Each muxer
    // output (a whole fragment) goes to the kernel at once instead.
    if (g_object_class_find_property(G_OBJECT_GET_CLASS(sink), "buffer-mode"))
        gst_util_set_object_arg(G_OBJECT(sink), "buffer-mode", "unbuffered");
}

gchar *SegmentWriter::onFormatLocation(GstElement *, guint fragmentId, GstSample *sample, gpointer data)
{
    // Streaming thread (splitmuxsink's output). Names the file after its first frame.
    auto *self = static_cast<SegmentWriter *>(data);
    Opened o;
    o.index = int(fragmentId) + 1;
    GstBuffer *buffer = sample ? gst_sample_get_buffer(sample) : nullptr;
    const GstSegment *segment = sample ? gst_sample_get_segment(sample) : nullptr;
    if (buffer && segment) {
        const GstClockTime ts = GST_BUFFER_PTS_IS_VALID(buffer) ? GST_BUFFER_PTS(buffer) : GST_BUFFER_DTS(buffer);
        o.startRt = gst_segment_to_running_time(segment, GST_FORMAT_TIME, ts);
    }
    o.startWall = GST_CLOCK_TIME_IS_VALID(o.startRt) ? self->m_wallForRt(o.startRt) : QDateTime::currentDateTimeUtc();
    o.partPath = self->pathFor(o.startWall, o.index, &o.finalPath);
    QString error;
    // Created here with 0600 so that filesink (which truncates, not re-creates) keeps the mode.
    if (!DurableFile::createPrivateFile(o.partPath, &error)) {
        // filesink will fail on it too and the bus reports that; announce no file that
        // never existed.
        qCWarning(lcRecorder) << error;
    } else if (self->m_opened) {
        self->m_opened(o);
    }
    return g_strdup(QFile::encodeName(o.partPath).constData());
}

bool SegmentWriter::finalise(const QString &partPath, const QString &finalPath, Finalised *out, QString *error)
{
    // splitmuxsink reports a fragment closed when its filesink has handled EOS: every byte has
    // been written (filesink writes with write(2) and flushes its buffer on EOS) although the
    // descriptor closes later, in the background. Our own descriptor fsyncs the same inode.
    QString fixError;
    if (!Fmp4::fixHeader(partPath, &fixError))
        qCWarning(lcRecorder) << "fragment header not fixed:" << partPath << fixError;
    if (!DurableFile::commit(partPath, finalPath, error))
        return false;
    out->finalPath = finalPath;
    out->sizeBytes = QFileInfo(finalPath).size();
    Fmp4::Timing timing;
    QString timingError;
    if (Fmp4::readTiming(finalPath, &timing, &timingError) && timing.fragmented)
        out->durationNs = timing.durationNs;
    else
        out->durationNs = qMax<qint64>(0, MediaProbe::durationNs(finalPath));
    return true;
}
