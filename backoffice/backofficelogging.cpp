#include "backofficelogging.h"

Q_LOGGING_CATEGORY(lcBackoffice, "fieldterm.backoffice")
