#pragma once
// GstCensus: counts the elements of one GStreamer type that any bin adds and that are still
// alive — an emission hook on GstBin's "element-added" sees each one, a weak reference sees it
// finalised. For tests that prove a pipeline's elements do not outlive it (a message kept on a
// bus keeps the element it names alive).
//
//   auto *census = new GstCensus("GstSplitMuxSink");   // after gst_init
//   … run …
//   QTRY_COMPARE(census->alive(), 0);
//
// Make it with new and never delete it: an element may be finalised at any time, even during
// exit, and its weak reference points at the census.

#include <gst/gst.h>

#include <atomic>
#include <cstring>

class GstCensus
{
public:
    explicit GstCensus(const char *typeName) : m_typeName(typeName)
    {
        g_signal_add_emission_hook(g_signal_lookup("element-added", GST_TYPE_BIN), 0, &GstCensus::onAdded, this, nullptr);
    }
    GstCensus(const GstCensus &) = delete;
    GstCensus &operator=(const GstCensus &) = delete;

    int created() const { return m_created.load(); }
    int alive() const { return m_alive.load(); }

private:
    static gboolean onAdded(GSignalInvocationHint *, guint count, const GValue *values, gpointer data)
    {
        auto *self = static_cast<GstCensus *>(data);
        auto *element = count > 1 ? static_cast<GObject *>(g_value_get_object(&values[1])) : nullptr;
        if (element && std::strcmp(G_OBJECT_TYPE_NAME(element), self->m_typeName) == 0) {
            ++self->m_created;
            ++self->m_alive;
            g_object_weak_ref(element, [](gpointer census, GObject *) { --static_cast<GstCensus *>(census)->m_alive; }, self);
        }
        return TRUE;   // stay installed
    }

    const char *m_typeName;
    std::atomic_int m_created{0};
    std::atomic_int m_alive{0};
};
