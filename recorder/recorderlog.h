#pragma once
// Logging categories of the recorder (STYLE.md: one per subsystem, dotted names).
// QT_LOGGING_RULES="fieldterm.recorder*.debug=true" shows everything.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcRecorder)      // fieldterm.recorder
Q_DECLARE_LOGGING_CATEGORY(lcRecorderGst)   // fieldterm.recorder.gst (GStreamer's own debug log)
