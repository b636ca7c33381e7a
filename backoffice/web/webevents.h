#pragma once
// WebEvents: one row in the receiver's `events` trail (through ReceiverStore::logEvent) for
// what a back-office user did: sign-in (and failures, lockouts), sign-out, export, enrollment
// code issued, device revoked. Details are compact JSON; they never hold a password, a cookie
// or a code.

#include <QJsonObject>
#include <QString>

class Database;

namespace WebEvents {

QString isoUtc(qint64 unixSecs);   // "2026-11-22T04:00:00Z"
void record(Database &db, qint64 nowSecs, const QString &actor, const QString &action, const QString &object,
            const QJsonObject &details = {});

} // namespace WebEvents
