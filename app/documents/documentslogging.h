#pragma once
// Logging category of the documents subsystem (STYLE.md: one dotted category per subsystem).

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDocuments)   // fieldterm.documents
