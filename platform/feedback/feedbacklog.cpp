#include "feedbacklog.h"

Q_LOGGING_CATEGORY(lcFeedback, "fieldterm.feedback")
