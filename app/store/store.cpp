#include "store.h"

#include "database.h"
#include "schema.h"
#include "storelogging.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sqlite3.h>

namespace Store {

namespace {

QString openFailed(const QString &path, const QString &detail)
{
    return QCoreApplication::translate("Store", "无法打开证据数据库 %1（%2）。请检查存储卡是否插好且可写，然后重新启动。")
        .arg(path, detail);
}

} // namespace

bool openWriter(Database *db, const QString &path, QString *error, MigrationResult *migration)
{
    QString detail;
    if (!db->open(path, Database::Access::ReadWrite, &detail)) {
        *error = openFailed(path, detail);
        return false;
    }
    sqlite3_busy_timeout(db->handle(), busyTimeoutMs);
    QString mode;
    if (!db->queryText("PRAGMA journal_mode = WAL", &mode, &detail) || mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *error = openFailed(path, detail.isEmpty() ? QStringLiteral("journal_mode=%1").arg(mode) : detail);
        db->close();
        return false;
    }
    // FULL: in WAL mode every commit syncs the log, so a committed evidence row survives power
    // loss, not only a crash.
    if (!db->exec("PRAGMA synchronous = FULL", &detail) || !db->exec("PRAGMA foreign_keys = ON", &detail)) {
        *error = openFailed(path, detail);
        db->close();
        return false;
    }
    MigrationResult result;
    if (!Migrations::migrate(*db, Schema::steps(), &result, &detail)) {
        qCCritical(lcStore) << "migration of" << path << "failed:" << detail;
        if (result.fromVersion > Schema::latestVersion) {
            *error = QCoreApplication::translate("Store", "证据数据库 %1 来自更新版本的软件（版本 %2），本程序无法使用。请安装新版软件。")
                         .arg(path)
                         .arg(result.fromVersion);
        } else {
            *error = QCoreApplication::translate("Store", "证据数据库 %1 升级失败（%2）。原数据未改动，请联系技术支持。").arg(path, detail);
        }
        db->close();
        return false;
    }
    if (migration)
        *migration = result;
    return true;
}

bool openReader(Database *db, const QString &path, QString *error)
{
    QString detail;
    if (!QFileInfo::exists(path)) {
        *error = openFailed(path, QCoreApplication::translate("Store", "文件不存在"));
        return false;
    }
    // SQLITE_OPEN_READONLY plus query_only: the reader can never write, even by mistake.
    if (!db->open(path, Database::Access::ReadOnly, &detail)) {
        *error = openFailed(path, detail);
        return false;
    }
    sqlite3_busy_timeout(db->handle(), busyTimeoutMs);
    if (!db->exec("PRAGMA query_only = ON", &detail)) {
        *error = openFailed(path, detail);
        db->close();
        return false;
    }
    return true;
}

bool integrityCheck(Database &db, QString *report)
{
    Statement st = db.prepare("PRAGMA integrity_check", report);
    if (!st.isValid())
        return false;
    QStringList lines;
    while (st.step() == Statement::Step::Row)
        lines << st.text(0);
    *report = lines.join(QLatin1Char('\n'));
    return lines == QStringList{QStringLiteral("ok")};
}

} // namespace Store
