#include "documentslogging.h"

Q_LOGGING_CATEGORY(lcDocuments, "fieldterm.documents")
