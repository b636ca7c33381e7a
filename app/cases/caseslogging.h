#pragma once
// Logging category of the cases subsystem (STYLE.md: one dotted category per subsystem).

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCases)   // fieldterm.cases
