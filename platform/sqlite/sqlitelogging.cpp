#include "sqlitelogging.h"

Q_LOGGING_CATEGORY(lcSqlite, "fieldterm.sqlite")
