#pragma once
// GstLog: routes GStreamer's debug log into the Qt category fieldterm.recorder.gst so that one
// logging configuration (QT_LOGGING_RULES, the app's message handler) sees both worlds.

namespace GstLog {
// Idempotent; call after gst_init(). Without GST_DEBUG in the environment the threshold is
// WARNING (errors and warnings only); with it, GStreamer's own threshold syntax applies.
void install();
}
