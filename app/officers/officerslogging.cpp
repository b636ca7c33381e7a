#include "officerslogging.h"

Q_LOGGING_CATEGORY(lcOfficers, "fieldterm.officers")
