#include "playbackpipeline.h"

#include "gstelements.h"
#include "playbacklog.h"

#include <QFile>

#include <initializer_list>

using GstElements::make;
using GstElements::wantsGlMemory;

namespace {

bool interesting(GstMessage *msg, GstElement *pipeline)
{
    switch (GST_MESSAGE_TYPE(msg)) {
    case GST_MESSAGE_ERROR:
    case GST_MESSAGE_WARNING:
    case GST_MESSAGE_EOS:
        return true;
    case GST_MESSAGE_ASYNC_DONE:
    case GST_MESSAGE_STATE_CHANGED:
        return GST_MESSAGE_SRC(msg) == GST_OBJECT(pipeline);
    default:
        return false;
    }
}

} // namespace

// What a decodebin's pad-added needs: where the decoded stream goes.
struct PlaybackPipeline::Branch {
    GstElement *head = nullptr;   // first converter; owned by the pipeline
    bool video = false;
};

PlaybackPipeline::PlaybackPipeline(const QStringList &files, GstElement *videoSink, GstElement *audioSink,
                                   MessageCallback onMessage)
    : m_files(files)
    , m_videoSink(videoSink ? GST_ELEMENT(gst_object_ref(videoSink)) : nullptr)
    , m_audioSink(audioSink ? GST_ELEMENT(gst_object_ref(audioSink)) : nullptr)
    , m_onMessage(std::move(onMessage))
{
}

PlaybackPipeline::~PlaybackPipeline()
{
    if (m_pipeline) {
        // NULL joins every streaming thread (splitmuxsrc stops its part readers too), so no
        // callback runs after this; then the injected sinks leave, free for the next pipeline.
        gst_element_set_state(m_pipeline, GST_STATE_NULL);
        GstBus *bus = gst_element_get_bus(m_pipeline);
        gst_bus_set_sync_handler(bus, nullptr, nullptr, nullptr);
        gst_object_unref(bus);
        for (GstElement *sink : {m_videoSink, m_audioSink}) {
            if (sink && GST_OBJECT_PARENT(sink) == GST_OBJECT(m_pipeline))
                gst_bin_remove(GST_BIN(m_pipeline), sink);
        }
        gst_object_unref(m_pipeline);
    }
    for (GstElement *sink : {m_videoSink, m_audioSink}) {
        if (sink)
            gst_object_unref(sink);
    }
}

bool PlaybackPipeline::build(QString *error)
{
    QStringList missing;
    m_pipeline = gst_pipeline_new("playback");
    m_source = make("splitmuxsrc", "segments", &missing);
    if (!m_videoSink) {
        m_videoSink = make("fakesink", "video-sink", &missing);
        if (m_videoSink) {
            gst_object_ref_sink(m_videoSink);
            g_object_set(m_videoSink, "sync", TRUE, nullptr);
        }
    }
    if (!m_audioSink) {
        m_audioSink = make("autoaudiosink", "audio-sink", &missing);
        if (m_audioSink)
            gst_object_ref_sink(m_audioSink);
    }
    for (const char *factory : {"decodebin", "scaletempo", "audioconvert", "audioresample", "videoconvert"}) {
        if (GstElementFactory *f = gst_element_factory_find(factory))
            gst_object_unref(f);
        else
            missing.append(QString::fromLatin1(factory));
    }
    if (!missing.isEmpty() || !m_source) {
        if (m_source)
            gst_object_unref(gst_object_ref_sink(m_source));
        m_source = nullptr;
        *error = QStringLiteral("GStreamer elements missing: %1").arg(missing.join(QLatin1String(", ")));
        return false;
    }
    gst_bin_add(GST_BIN(m_pipeline), m_source);
    g_signal_connect(m_source, "format-location", G_CALLBACK(onFormatLocation), this);
    g_signal_connect(m_source, "pad-added", G_CALLBACK(onSourcePad), this);
    GstBus *bus = gst_element_get_bus(m_pipeline);
    gst_bus_set_sync_handler(bus, onBusMessage, this, nullptr);
    gst_object_unref(bus);
    return true;
}

qint64 PlaybackPipeline::positionNs() const
{
    gint64 pos = -1;
    if (!m_pipeline || !gst_element_query_position(m_pipeline, GST_FORMAT_TIME, &pos))
        return -1;
    return pos;
}

qint64 PlaybackPipeline::durationNs() const
{
    gint64 dur = -1;
    if (!m_pipeline || !gst_element_query_duration(m_pipeline, GST_FORMAT_TIME, &dur))
        return -1;
    return dur;
}

gchar **PlaybackPipeline::onFormatLocation(GstElement *, gpointer self)
{
    // splitmuxsrc's start (state change thread): the file list, owned by splitmuxsrc after.
    const QStringList &files = static_cast<PlaybackPipeline *>(self)->m_files;
    gchar **out = g_new0(gchar *, files.size() + 1);
    for (int i = 0; i < files.size(); ++i)
        out[i] = g_strdup(QFile::encodeName(files[i]).constData());
    return out;
}

void PlaybackPipeline::onSourcePad(GstElement *, GstPad *pad, gpointer self)
{
    // A part reader's thread, while splitmuxsrc prepares the first file.
    auto *p = static_cast<PlaybackPipeline *>(self);
    gchar *name = gst_pad_get_name(pad);
    const bool video = g_str_has_prefix(name, "video");
    const bool audio = g_str_has_prefix(name, "audio");
    qCDebug(lcPlayback) << "stream" << name;
    g_free(name);
    if (!video && !audio)
        return;   // subtitles/data: nothing of ours; an unlinked pad is ignored by splitmuxsrc
    GST_OBJECT_LOCK(p->m_pipeline);
    bool &linked = video ? p->m_videoLinked : p->m_audioLinked;
    const bool first = !linked;
    linked = true;
    GST_OBJECT_UNLOCK(p->m_pipeline);
    if (!first) {
        qCWarning(lcPlayback) << "a second" << (video ? "video" : "audio") << "stream is not played";
        return;
    }
    if (!p->addBranch(pad, video))
        qCWarning(lcPlayback) << "could not link the" << (video ? "video" : "audio") << "branch";
}

bool PlaybackPipeline::addBranch(GstPad *sourcePad, bool video)
{
    QStringList missing;
    GstElement *decoder = make("decodebin", video ? "video-decoder" : "audio-decoder", &missing);
    QList<GstElement *> chain;   // decoded stream → sink
    if (video) {
        if (wantsGlMemory(m_videoSink)) {
            chain << make("glupload", "video-upload", &missing) << make("glcolorconvert", "video-convert", &missing);
        } else {
            chain << make("videoconvert", "video-convert", &missing);
        }
        chain << m_videoSink;
    } else {
        chain << make("audioconvert", "audio-convert", &missing) << make("audioresample", "audio-resample", &missing)
              << make("scaletempo", "audio-tempo", &missing) << make("audioconvert", "audio-convert-out", &missing)
              << make("audioresample", "audio-resample-out", &missing) << m_audioSink;
    }
    if (!missing.isEmpty() || !decoder) {
        qCWarning(lcPlayback) << "elements missing:" << missing;
        for (GstElement *e : chain) {
            if (e && e != m_videoSink && e != m_audioSink)
                gst_object_unref(gst_object_ref_sink(e));
        }
        if (decoder)
            gst_object_unref(gst_object_ref_sink(decoder));
        return false;
    }
    GstBin *bin = GST_BIN(m_pipeline);
    gst_bin_add(bin, decoder);
    for (GstElement *e : chain)
        gst_bin_add(bin, e);
    bool ok = true;
    for (int i = 0; i + 1 < chain.size(); ++i)
        ok = ok && gst_element_link(chain[i], chain[i + 1]);
    // Downstream first, so nothing pushes into an element that is not ready yet.
    for (int i = chain.size() - 1; i >= 0; --i)
        gst_element_sync_state_with_parent(chain[i]);
    auto *branch = new Branch{chain.first(), video};
    g_signal_connect_data(decoder, "pad-added", G_CALLBACK(onDecodedPad), branch,
                          [](gpointer data, GClosure *) { delete static_cast<Branch *>(data); }, GConnectFlags(0));
    gst_element_sync_state_with_parent(decoder);
    GstPad *decoderSink = gst_element_get_static_pad(decoder, "sink");
    ok = ok && gst_pad_link(sourcePad, decoderSink) == GST_PAD_LINK_OK;
    gst_object_unref(decoderSink);
    return ok;
}

void PlaybackPipeline::onDecodedPad(GstElement *, GstPad *pad, gpointer data)
{
    auto *branch = static_cast<Branch *>(data);
    GstCaps *caps = gst_pad_get_current_caps(pad);
    if (!caps)
        caps = gst_pad_query_caps(pad, nullptr);
    const gchar *media = caps && gst_caps_get_size(caps) > 0 ? gst_structure_get_name(gst_caps_get_structure(caps, 0)) : "";
    const bool matches = g_str_has_prefix(media, branch->video ? "video/" : "audio/");
    if (caps)
        gst_caps_unref(caps);
    if (!matches)
        return;
    GstPad *sink = gst_element_get_static_pad(branch->head, "sink");
    if (!gst_pad_is_linked(sink) && gst_pad_link(pad, sink) != GST_PAD_LINK_OK)
        qCWarning(lcPlayback) << "decoded" << (branch->video ? "video" : "audio") << "not linked";
    gst_object_unref(sink);
}

GstBusSyncReply PlaybackPipeline::onBusMessage(GstBus *, GstMessage *message, gpointer self)
{
    auto *p = static_cast<PlaybackPipeline *>(self);
    if (interesting(message, p->m_pipeline) && p->m_onMessage)
        p->m_onMessage(message);
    gst_message_unref(message);   // dropped: ours to release (GstBusSyncHandler's contract)
    return GST_BUS_DROP;
}
