#include "receiverstore.h"

#include "backofficelogging.h"
#include "database.h"
#include "receiverschema.h"
#include "transaction.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace ReceiverStore {

bool open(Database &db, const QString &path, QString *error)
{
    if (!db.open(path, Database::Access::ReadWrite, error))
        return false;
    if (!db.exec("PRAGMA journal_mode = WAL", error) || !db.exec("PRAGMA synchronous = FULL", error)
        || !db.exec("PRAGMA foreign_keys = ON", error) || !db.exec("PRAGMA busy_timeout = 5000", error))
        return false;
    const int current = db.userVersion();
    if (current > ReceiverSchema::version) {
        *error = QStringLiteral("receiver.db has schema version %1, newer than this program (%2)")
                     .arg(current).arg(ReceiverSchema::version);
        return false;
    }
    if (current < 1) {
        Transaction tx(db);
        if (!tx.isActive()) {
            *error = tx.error();
            return false;
        }
        if (!db.exec(ReceiverSchema::v1, error) || !db.setUserVersion(1, error))
            return false;
        if (!tx.commit()) {
            *error = tx.error();
            return false;
        }
        qCInfo(lcBackoffice) << "receiver database created at schema version" << ReceiverSchema::version;
    }
    return true;
}

QString isoFromSecs(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString isoMsFromSecs(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

qint64 secsFromIso(const QString &iso)
{
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toSecsSinceEpoch() : -1;
}

QByteArray httpDate(qint64 secs)
{
    return QLocale::c()
        .toString(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

void logEvent(Database &db, qint64 nowSecs, const QString &actor, const QString &action,
              const QString &object, const QString &details)
{
    QString error;
    Statement st = db.prepare("INSERT INTO events (at, actor, action, object, details) VALUES (?, ?, ?, ?, ?)", &error);
    if (st.isValid()) {
        st.bind(1, isoFromSecs(nowSecs)).bind(2, actor.isEmpty() ? QStringLiteral("anonymous") : actor)
            .bind(3, action).bind(4, object.isNull() ? QStringLiteral("") : object)
            .bind(5, details.isNull() ? QStringLiteral("") : details);
        if (st.exec())
            return;
        error = st.error();
    }
    qCWarning(lcBackoffice) << "could not record event" << action << ":" << error;
}

bool isSafeName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"));
    return re.match(name).hasMatch();
}

} // namespace ReceiverStore
