#pragma once
// Logging category of the SQLite store (STYLE.md: one dotted category per subsystem).

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)   // fieldterm.store
