#pragma once
// The officer as the rest of the program sees it: identity, roles and lock state. PIN material
// (salt, hash) is deliberately not part of it, so no list, log or JSON built from an Officer
// can carry it; only the store and the sign-in read it (PinKdf::PinHash).

#include "permissions.h"

#include <QDateTime>
#include <QList>
#include "fielderror.h"

#include <QString>

struct Officer {
    QString officerNo;       // 执法证号
    QString name;
    QString agency;
    QString squad;
    QList<Role> roles;       // canonical order, never empty for a stored officer
    bool active = true;
    int failedAttempts = 0;  // wrong PINs since the last success or lockout
    int lockouts = 0;        // lockouts since the last success (the next one lasts 5 min × 2^lockouts)
    QDateTime lockedUntil;   // invalid when not locked
    QDateTime createdAt;
    QDateTime updatedAt;

    bool can(Permission p) const { return Permissions::can(roles, p); }
    bool can(const QString &permissionKey) const { return Permissions::can(roles, permissionKey); }
    QString roleText() const { return Permissions::roleText(roles); }
    bool isLockedAt(const QDateTime &now) const { return lockedUntil.isValid() && now < lockedUntil; }
};

// What an admin (or the import file) gives for adding or changing an officer.
struct OfficerInput {
    QString officerNo;
    QString name;
    QString agency;
    QString squad;
    QList<Role> roles;
    QStringList unknownRoleKeys;   // role keys from outside that matched no Role (refused by validation)
    QString pin;                   // empty = keep the current PIN (updates only)
    bool active = true;
};

