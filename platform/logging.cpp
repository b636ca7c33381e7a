#include "logging.h"

Q_LOGGING_CATEGORY(lcPlatform, "fieldterm.platform")
