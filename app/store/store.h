#pragma once
// Store: opens the terminal's SQLite database the way the evidence rules need it.
//   writer: one per process, on the store thread — WAL, synchronous=FULL (a committed evidence
//           row survives power loss), foreign keys on, busy timeout, schema migrated.
//   reader: any number, one per thread — read-only (query_only), sees committed data only.
// Errors are in Chinese for the UI/CLI: what happened and what to do next.

#include "migrations.h"

#include <QString>

class Database;

namespace Store {

constexpr int busyTimeoutMs = 5000;

bool openWriter(Database *db, const QString &path, QString *error, MigrationResult *migration = nullptr);
bool openReader(Database *db, const QString &path, QString *error);

// PRAGMA integrity_check: true when SQLite answers "ok"; otherwise *report holds its findings.
bool integrityCheck(Database &db, QString *report);

} // namespace Store
