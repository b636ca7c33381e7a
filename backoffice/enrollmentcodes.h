#pragma once
// EnrollmentCodes: one-time codes that let a device enroll (PROTOCOL.md §3). A code is 8 random
// digits, valid 24 h, stored only as its SHA-256; consuming it marks it used in the same
// transaction that stores the device.

#include <QString>

class Database;

namespace EnrollmentCodes {

// Creates a code (returned in *code, never logged) issued by `by`; expiresAt in ISO-8601 UTC.
bool issue(Database &db, const QString &by, qint64 nowSecs, QString *code, QString *expiresAt, QString *error);

// Inside the caller's transaction: true when the code exists, is unused and not expired; marks it used.
bool consume(Database &db, const QString &code, const QString &deviceId, qint64 nowSecs, QString *error);

} // namespace EnrollmentCodes
