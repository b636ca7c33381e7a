#pragma once
// OfficerRows: the officers table's SQL in one place (internal to fieldterm_officers). Reads
// and writes rows with bound parameters only; callers own the transaction and the audit row.

#include "officer.h"
#include "pinkdf.h"

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

namespace OfficerRows {

QString rolesToText(const QList<Role> &roles);   // "squad_leader,admin"
QList<Role> rolesFromText(const QString &text);  // unknown keys are dropped

// *found false (and true returned) when there is no such officer. pin may be null.
bool read(Database &db, const QString &officerNo, Officer *out, PinKdf::PinHash *pin, bool *found, QString *error);
bool readAll(Database &db, QList<Officer> *out, QString *error);
bool count(Database &db, qint64 *n, QString *error);
// Active officers holding the admin role (an import must not leave the device without one).
bool countActiveAdmins(Database &db, qint64 *n, QString *error);

bool insert(Database &db, const OfficerInput &in, const PinKdf::PinHash &pin, const QDateTime &now, QString *error);
// Changes name, agency, squad, roles, active; and the PIN when pin is given (which also clears
// failed attempts, lockouts and any lock: an admin reset is a fresh start).
bool update(Database &db, const OfficerInput &in, const PinKdf::PinHash *pin, const QDateTime &now, QString *error);
bool setActive(Database &db, const QString &officerNo, bool active, const QDateTime &now, QString *error);
// Sign-in state after an attempt.
bool writeLockState(Database &db, const QString &officerNo, int failedAttempts, int lockouts,
                    const QDateTime &lockedUntil, QString *error);

} // namespace OfficerRows
