#include "voiceplayer.h"

#include "feedbacklog.h"

#include <QFile>

#include <gst/gst.h>

#include <atomic>
#include <cmath>

// Shared with the bus's sync handler, which GStreamer calls on its own threads: what it needs
// to hand the end of a prompt back to the player's thread.
struct VoicePipelineContext {
    VoicePlayer *player;
    quint64 serial;
    std::atomic<double> peakDb{-1000.0};
    std::atomic<bool> ended{false};

    void end(bool ok, const QString &error)
    {
        if (ended.exchange(true))
            return;
        VoicePlayer *p = player;
        const quint64 s = serial;
        QMetaObject::invokeMethod(p, [p, s, ok, error] { p->onEnd(s, ok, error); }, Qt::QueuedConnection);
    }

    void notePeak(const GstStructure *level)
    {
        const GValue *peaks = gst_structure_get_value(level, "peak");
        if (!peaks || !G_VALUE_HOLDS_BOXED(peaks))
            return;
        G_GNUC_BEGIN_IGNORE_DEPRECATIONS   // level still reports a GValueArray
        const auto *array = static_cast<const GValueArray *>(g_value_get_boxed(peaks));
        for (guint i = 0; array && i < array->n_values; ++i) {
            const double db = g_value_get_double(&array->values[i]);
            double seen = peakDb.load();
            while (std::isfinite(db) && db > seen && !peakDb.compare_exchange_weak(seen, db)) {
            }
        }
        G_GNUC_END_IGNORE_DEPRECATIONS
    }
};

namespace {

constexpr int watchdogMs = 30000;   // the longest prompt is ~2.5 s; a stuck device gives up

GstBusSyncReply onBusMessage(GstBus *, GstMessage *message, gpointer data)
{
    auto *context = static_cast<VoicePipelineContext *>(data);
    switch (GST_MESSAGE_TYPE(message)) {
    case GST_MESSAGE_ELEMENT: {
        const GstStructure *s = gst_message_get_structure(message);
        if (s && gst_structure_has_name(s, "level"))
            context->notePeak(s);
        break;
    }
    case GST_MESSAGE_EOS:
        context->end(true, QString());
        break;
    case GST_MESSAGE_ERROR: {
        GError *error = nullptr;
        gchar *debug = nullptr;
        gst_message_parse_error(message, &error, &debug);
        const QString text = QStringLiteral("%1: %2").arg(QString::fromUtf8(GST_OBJECT_NAME(GST_MESSAGE_SRC(message))),
                                                          QString::fromUtf8(error ? error->message : "error"));
        if (debug)
            qCDebug(lcFeedback) << "voice prompt error detail:" << debug;
        g_clear_error(&error);
        g_free(debug);
        context->end(false, text);
        break;
    }
    default:
        break;
    }
    // Nobody pops this bus: drop everything once seen. A dropped message is the handler's to
    // release (GstBusSyncHandler's contract).
    gst_message_unref(message);
    return GST_BUS_DROP;
}

void deleteContext(gpointer data)
{
    delete static_cast<VoicePipelineContext *>(data);
}

// decodebin's audio pad → audioconvert (the first one only; prompts are a single stream).
void onPadAdded(GstElement *, GstPad *pad, gpointer convert)
{
    GstCaps *caps = gst_pad_get_current_caps(pad);
    if (!caps)
        caps = gst_pad_query_caps(pad, nullptr);
    const bool audio = caps && gst_caps_get_size(caps) > 0
        && g_str_has_prefix(gst_structure_get_name(gst_caps_get_structure(caps, 0)), "audio/");
    if (caps)
        gst_caps_unref(caps);
    if (!audio)
        return;
    GstPad *sinkPad = gst_element_get_static_pad(static_cast<GstElement *>(convert), "sink");
    if (!gst_pad_is_linked(sinkPad))
        gst_pad_link(pad, sinkPad);
    gst_object_unref(sinkPad);
}

} // namespace

VoicePlayer::VoicePlayer(const QString &sink, double volume, int maxPending)
    : m_sink(sink)
    , m_volume(volume)
    , m_maxPending(maxPending)
    , m_watchdog(this)   // a child: moves to the prompts' thread with the player
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] { onEnd(m_serial, false, QStringLiteral("timed out")); });
}

VoicePlayer::~VoicePlayer()
{
    teardown();
}

void VoicePlayer::enqueue(const QString &id, const QString &path)
{
    if (m_busy && m_current.id == id && m_queue.isEmpty()) {
        // The same prompt is sounding right now: once is enough.
        qCDebug(lcFeedback) << "voice prompt" << id << "already playing";
        return;
    }
    for (const Item &waiting : std::as_const(m_queue)) {
        if (waiting.id == id) {
            qCDebug(lcFeedback) << "voice prompt" << id << "already queued";
            return;
        }
    }
    m_queue.append({id, path});
    while (m_queue.size() > m_maxPending) {
        qCInfo(lcFeedback) << "voice prompt" << m_queue.first().id << "dropped: too many waiting";
        m_queue.removeFirst();
    }
    if (!m_busy)
        playNext();
}

void VoicePlayer::shutdown()
{
    m_queue.clear();
    m_watchdog.stop();
    teardown();
    m_busy = false;
}

void VoicePlayer::playNext()
{
    while (!m_busy && !m_queue.isEmpty()) {
        const Item item = m_queue.takeFirst();
        QString error;
        if (item.path.isEmpty() || !QFile::exists(item.path)) {
            error = item.path.isEmpty() ? QStringLiteral("no prompt file") : QStringLiteral("missing file %1").arg(item.path);
        } else if (startPipeline(item, &error)) {
            m_current = item;
            m_busy = true;
            m_watchdog.start(watchdogMs);
            qCInfo(lcFeedback) << "voice prompt" << item.id << "playing" << item.path;
            emit started(item.id, item.path);
            return;
        }
        qCWarning(lcFeedback) << "voice prompt" << item.id << "not played:" << error;
        emit failed(item.id, error);
    }
}

GstElement *VoicePlayer::makeSink(QString *error) const
{
    GstElement *sink = nullptr;
    if (m_sink == QLatin1String("fake")) {
        sink = gst_element_factory_make("fakesink", "sink");
        if (sink)
            g_object_set(sink, "sync", TRUE, nullptr);   // as long as it would sound
    } else if (m_sink.startsWith(QLatin1String("alsa:"))) {
        sink = gst_element_factory_make("alsasink", "sink");
        if (sink)
            g_object_set(sink, "device", m_sink.mid(5).toUtf8().constData(), nullptr);
    } else {
        sink = gst_element_factory_make("autoaudiosink", "sink");
    }
    if (!sink)
        *error = QStringLiteral("no GStreamer element for sink \"%1\"").arg(m_sink);
    return sink;
}

bool VoicePlayer::startPipeline(const Item &item, QString *error)
{
    teardown();
    GstElement *pipeline = gst_pipeline_new("voice-prompt");
    GstElement *src = gst_element_factory_make("filesrc", "src");
    GstElement *decode = gst_element_factory_make("decodebin", "decode");
    GstElement *convert = gst_element_factory_make("audioconvert", "convert");
    GstElement *resample = gst_element_factory_make("audioresample", "resample");
    GstElement *volume = gst_element_factory_make("volume", "volume");
    GstElement *level = gst_element_factory_make("level", "level");
    GstElement *sink = makeSink(error);
    GstElement *all[] = {src, decode, convert, resample, volume, level, sink};
    bool complete = true;
    for (GstElement *e : all)
        complete = complete && e;
    if (!complete) {
        if (error->isEmpty())
            *error = QStringLiteral("a GStreamer element is missing (filesrc, decodebin, audioconvert, audioresample, volume, level)");
        for (GstElement *e : all) {
            if (e)
                gst_object_unref(gst_object_ref_sink(e));
        }
        gst_object_unref(pipeline);
        return false;
    }
    g_object_set(src, "location", QFile::encodeName(item.path).constData(), nullptr);
    g_object_set(volume, "volume", m_volume, nullptr);
    g_object_set(level, "interval", guint64(50 * GST_MSECOND), nullptr);
    gst_bin_add_many(GST_BIN(pipeline), src, decode, convert, resample, volume, level, sink, nullptr);
    if (!gst_element_link(src, decode) || !gst_element_link_many(convert, resample, volume, level, sink, nullptr)) {
        *error = QStringLiteral("cannot link the prompt pipeline");
        gst_object_unref(pipeline);
        return false;
    }
    g_signal_connect(decode, "pad-added", G_CALLBACK(onPadAdded), convert);

    m_pipeline = pipeline;
    m_context = new VoicePipelineContext{this, ++m_serial};
    GstBus *bus = gst_element_get_bus(pipeline);
    gst_bus_set_sync_handler(bus, onBusMessage, m_context, deleteContext);
    gst_object_unref(bus);
    if (gst_element_set_state(pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
        m_context->end(false, QStringLiteral("the pipeline would not start (sink %1)").arg(m_sink));   // an ERROR usually said why first
    return true;
}

void VoicePlayer::onEnd(quint64 serial, bool ok, const QString &error)
{
    if (serial != m_serial || !m_busy)
        return;   // a pipeline already gone
    m_watchdog.stop();
    const double peak = m_context ? m_context->peakDb.load() : -1000.0;
    teardown();
    m_busy = false;
    const Item item = m_current;
    m_current = Item();
    if (ok) {
        qCInfo(lcFeedback) << "voice prompt" << item.id << "done, peak" << peak << "dB";
        emit finished(item.id, peak);
    } else {
        qCWarning(lcFeedback) << "voice prompt" << item.id << "failed:" << error;
        emit failed(item.id, error);
    }
    playNext();
}

void VoicePlayer::teardown()
{
    if (!m_pipeline)
        return;
    // Streaming threads stop first, so the sync handler is no longer running when its context
    // is freed (unsetting the handler deletes it).
    gst_element_set_state(m_pipeline, GST_STATE_NULL);
    GstBus *bus = gst_element_get_bus(m_pipeline);
    gst_bus_set_sync_handler(bus, nullptr, nullptr, nullptr);
    gst_object_unref(bus);
    gst_object_unref(m_pipeline);
    m_pipeline = nullptr;
    m_context = nullptr;
}
