#pragma once
// OfficerStore: the officers of this device — find, list, add, update, reset a PIN, deactivate.
// Every change is validated first (Chinese messages naming the field), its PIN hashed before
// the write transaction opens (the KDF takes ~0.5 s; the write lock is held for milliseconds),
// then written together with its audit row in one transaction. No PIN, salt or hash ever
// leaves this class except through SignIn.
//
// Authorisation is the caller's: the UI facade checks Permission::ManageOfficers for the
// signed-in officer; OfficerImport takes the signed-in actor and checks it itself.

#include "officer.h"
#include "pinkdf.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class AuditLog;
class Database;

class OfficerStore
{
    Q_DECLARE_TR_FUNCTIONS(OfficerStore)
public:
    using Clock = std::function<QDateTime()>;

    // kdf: the KDF new PINs are hashed with (PinKdf::kdfForCryptoProfile of the device profile).
    // clock: UTC now; defaults to the system clock.
    OfficerStore(Database &db, AuditLog &audit, const QString &kdf, Clock clock = {});

    Database &database() const { return m_db; }
    AuditLog &audit() const { return m_audit; }
    QString kdf() const { return m_kdf; }
    QDateTime now() const { return m_clock(); }

    // nullopt when there is no such officer (*error empty) or the read failed (*error set).
    std::optional<Officer> find(const QString &officerNo, QString *error) const;
    bool list(QList<Officer> *out, QString *error) const;   // ordered by officer number
    qint64 count(QString *error) const;                     // -1 on error

    // Adds the officer, or updates it when the number exists (input.pin: required for a new
    // officer; empty keeps the current PIN). On failure *errors holds every problem (a store
    // failure has field ""), and nothing was written. actorNo goes into the audit row.
    bool save(const OfficerInput &input, const QString &actorNo, QList<FieldError> *errors, bool *added = nullptr);
    // An admin's PIN reset: also clears failed attempts and any lock.
    bool setPin(const QString &officerNo, const QString &pin, const QString &actorNo, QString *error);
    bool setActive(const QString &officerNo, bool active, const QString &actorNo, QString *error);

    // Hashes a PIN with this store's KDF (slow; thread-safe).
    PinKdf::PinHash hashPin(const QString &pin, QString *error) const;

    // For OfficerImport: inside the caller's open transaction, adds or updates one validated
    // officer with a PIN hashed beforehand (null = keep). Writes no audit row.
    bool writeInTransaction(const OfficerInput &input, const PinKdf::PinHash *pin, bool *added, QString *error);

private:
    Database &m_db;
    AuditLog &m_audit;
    QString m_kdf;
    Clock m_clock;
};
