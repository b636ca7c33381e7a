#pragma once
// GstElements: small helpers shared by the pipelines that build elements by factory name
// (recorder/pipelinebuilder.cpp, playback/playbackpipeline.cpp).

#include <QStringList>

#include <gst/gst.h>

namespace GstElements {

// gst_element_factory_make; a missing factory is appended to *missing (for one error naming
// every plugin that is not installed).
GstElement *make(const char *factory, const char *name, QStringList *missing);

// True when the sink only takes GL memory (qml6glsink and friends): glupload and
// glcolorconvert must then come before it.
bool wantsGlMemory(GstElement *sink);

} // namespace GstElements
