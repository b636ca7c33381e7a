#pragma once
// ReceiverStore: opens the receiver's SQLite database (receiver.db) and applies ReceiverSchema,
// plus the small helpers every route shares: UTC timestamps and the `events` trail.

#include <QString>

class Database;

namespace ReceiverStore {

// Opens (creating when missing, 0600) and migrates to ReceiverSchema::version. Errors in English
// (SQLite's message); the caller words them for the user.
bool open(Database &db, const QString &path, QString *error);

// "2026-11-22T04:00:00Z" (seconds) and "2026-11-22T04:00:00.000Z" (milliseconds), UTC.
QString isoFromSecs(qint64 secs);
QString isoMsFromSecs(qint64 secs);
qint64 secsFromIso(const QString &iso);   // -1 when unparsable
// RFC 9110 IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray httpDate(qint64 secs);

// One row of the receiver's own trail. actor: a device id, a user name or "anonymous".
void logEvent(Database &db, qint64 nowSecs, const QString &actor, const QString &action,
              const QString &object, const QString &details);

// Text for a NOT NULL column: a null QString (absent JSON field, empty metadata value) binds
// SQL NULL, so empty values go in as ''.
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// A device id or evidence id that can be a file name: [A-Za-z0-9][A-Za-z0-9._-]{0,127}.
bool isSafeName(const QString &name);

} // namespace ReceiverStore
