#include "evidencelogging.h"

Q_LOGGING_CATEGORY(lcEvidence, "fieldterm.evidence")
