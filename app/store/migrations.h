#pragma once
// Migrations: brings a database to the newest schema by PRAGMA user_version, one step per
// version, each step and its version bump in one transaction. Before an existing database is
// changed, a copy is written next to it as "<db>.bak-v<old version>" so a failed or regretted
// upgrade never costs data.

#include <QList>
#include <QString>

#include <functional>

class Database;

struct MigrationStep {
    int version = 0;   // the user_version this step produces
    std::function<bool(Database &db, QString *error)> apply;
};

struct MigrationResult {
    int fromVersion = 0;
    int toVersion = 0;
    QString backupPath;   // empty when no backup was needed (new or current database)
};

namespace Migrations {

// Applies the steps above the database's version. Refuses a database newer than the last step
// (an older program must not touch it). *error is set (English, technical) on failure; the
// database is then left at the last version that committed.
bool migrate(Database &db, const QList<MigrationStep> &steps, MigrationResult *result, QString *error);

// Writes a consistent copy of the open database to path (VACUUM INTO), owner-only. The file
// must not exist yet.
bool backup(Database &db, const QString &path, QString *error);

// "<db>.bak-v<version>", or with a time suffix when that name is taken already.
QString backupPathFor(const QString &databasePath, int version);

} // namespace Migrations
