#include "recorderlog.h"

Q_LOGGING_CATEGORY(lcRecorder, "fieldterm.recorder")
Q_LOGGING_CATEGORY(lcRecorderGst, "fieldterm.recorder.gst")
