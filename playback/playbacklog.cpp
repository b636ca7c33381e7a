#include "playbacklog.h"

Q_LOGGING_CATEGORY(lcPlayback, "fieldterm.playback")
