#include "caseslogging.h"

Q_LOGGING_CATEGORY(lcCases, "fieldterm.cases")
