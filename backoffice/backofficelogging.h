#pragma once
// Logging category of the back-office receiver (fieldterm-backoffice).

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcBackoffice)   // fieldterm.backoffice
