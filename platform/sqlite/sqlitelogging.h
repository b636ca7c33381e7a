#pragma once
// Logging category of the SQLite wrapper shared by the terminal and the receiver.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSqlite)   // fieldterm.sqlite
