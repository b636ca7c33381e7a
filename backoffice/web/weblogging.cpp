#include "weblogging.h"

Q_LOGGING_CATEGORY(lcWeb, "fieldterm.backoffice.web")
