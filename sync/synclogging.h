#pragma once
// Logging category of the device's sync subsystem (transport, tus uploads, upload state).
// Never logs secrets: no keys, no signatures' inputs beyond method and URL, no cookies.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)   // fieldterm.sync
