#pragma once
// Logging category of officers and sign-in (STYLE.md: one dotted category per subsystem).
// Never log a PIN, salt or hash.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcOfficers)   // fieldterm.officers
