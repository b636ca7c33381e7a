#pragma once
// Logging category of the hardware keys: fieldterm.keys (defined in evdevreader.cpp).

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcKeys)
