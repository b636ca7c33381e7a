#include "gstelements.h"

namespace GstElements {

GstElement *make(const char *factory, const char *name, QStringList *missing)
{
    GstElement *e = gst_element_factory_make(factory, name);
    if (!e)
        missing->append(QString::fromLatin1(factory));
    return e;
}

bool wantsGlMemory(GstElement *sink)
{
    GstPad *pad = gst_element_get_static_pad(sink, "sink");
    if (!pad)
        return false;
    GstCaps *caps = gst_pad_get_pad_template_caps(pad);
    bool gl = caps && !gst_caps_is_any(caps) && gst_caps_get_size(caps) > 0;
    for (guint i = 0; caps && i < gst_caps_get_size(caps); ++i) {
        GstCapsFeatures *f = gst_caps_get_features(caps, i);
        if (!f || !gst_caps_features_contains(f, "memory:GLMemory"))
            gl = false;
    }
    if (caps)
        gst_caps_unref(caps);
    gst_object_unref(pad);
    return gl;
}

} // namespace GstElements
