#include "migrations.h"

#include "database.h"
#include "storelogging.h"
#include "transaction.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Migrations {

QString backupPathFor(const QString &databasePath, int version)
{
    const QString base = databasePath + QStringLiteral(".bak-v") + QString::number(version);
    if (!QFileInfo::exists(base))
        return base;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz"));
    return base + QLatin1Char('-') + stamp;
}

bool backup(Database &db, const QString &path, QString *error)
{
    // VACUUM INTO needs an absent or empty target; creating it first makes it owner-only.
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = QStringLiteral("cannot create backup %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    ::close(fd);
    Statement st = db.prepare("VACUUM INTO ?1", error);
    if (!st.isValid() || !st.bind(1, path).exec()) {
        if (st.isValid())
            *error = st.error();
        QFile::remove(path);
        return false;
    }
    return true;
}

namespace {

bool hasContent(Database &db, int version)
{
    if (version > 0)
        return true;
    qint64 objects = 0;
    db.queryInt("SELECT count(*) FROM sqlite_schema", &objects);
    return objects > 0;
}

} // namespace

bool migrate(Database &db, const QList<MigrationStep> &steps, MigrationResult *result, QString *error)
{
    const int current = db.userVersion();
    const int latest = steps.isEmpty() ? 0 : steps.constLast().version;
    result->fromVersion = current;
    result->toVersion = current;
    if (current < 0) {
        *error = QStringLiteral("cannot read user_version: %1").arg(db.lastError());
        return false;
    }
    if (current > latest) {
        *error = QStringLiteral("database schema version %1 is newer than this program's %2").arg(current).arg(latest);
        return false;
    }
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i).version != i + 1) {
            *error = QStringLiteral("migration steps must be numbered 1..N in order");
            return false;
        }
    }
    if (current == latest)
        return true;

    if (hasContent(db, current)) {
        const QString path = backupPathFor(db.path(), current);
        if (!backup(db, path, error))
            return false;
        result->backupPath = path;
        qCInfo(lcStore).noquote() << QStringLiteral("backed up schema v%1 to %2 before migrating").arg(current).arg(path);
    }

    for (const MigrationStep &step : steps) {
        if (step.version <= current)
            continue;
        Transaction tx(db);
        if (!tx.isActive()) {
            *error = tx.error();
            return false;
        }
        QString stepError;
        if (!step.apply(db, &stepError) || !db.setUserVersion(step.version, &stepError)) {
            *error = QStringLiteral("migration to schema v%1 failed: %2").arg(step.version).arg(stepError);
            return false;   // tx rolls back: the database stays at the previous version
        }
        if (!tx.commit()) {
            *error = QStringLiteral("migration to schema v%1 failed to commit: %2").arg(step.version).arg(tx.error());
            return false;
        }
        result->toVersion = step.version;
        qCInfo(lcStore).noquote() << QStringLiteral("migrated %1 to schema v%2").arg(db.path()).arg(step.version);
    }
    return true;
}

} // namespace Migrations
