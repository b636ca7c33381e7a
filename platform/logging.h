#pragma once
// Logging categories, one per subsystem, dotted names (STYLE.md). Enable with
// QT_LOGGING_RULES="fieldterm.*.debug=true".

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPlatform)   // fieldterm.platform
