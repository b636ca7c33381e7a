#pragma once
// Logging category of evidence playback (STYLE.md: one per subsystem, dotted names).
// QT_LOGGING_RULES="fieldterm.playback.debug=true" shows the pipeline's life in detail.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPlayback)   // fieldterm.playback
