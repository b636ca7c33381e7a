#include "locationlogging.h"

Q_LOGGING_CATEGORY(lcLocation, "fieldterm.location")
