#pragma once
// AuditLog: the append-only, hash-chained audit trail (PRODUCT.md: every event that touches
// evidence). One row per event in table audit_log:
//
//   seq │ at │ officer_no │ device_id │ action │ object_type │ object_id │ details │ prev_hash │ hash │ hash_alg
//
//   hash(n) = H(canonical bytes of row n), and the canonical bytes include prev_hash = hash(n-1)
//   (64 zeros before the first row). H is SHA-256 or SM3 by crypto profile, named per row.
//
// Canonical bytes (canonicalBytes()): the tag "fieldterm-audit-v1" followed by each field as a
// netstring "<byte length>:<UTF-8 bytes>," in the order seq, at, officer_no, device_id, action,
// object_type, object_id, details, prev_hash, hash_alg. Details are compact JSON stored as the
// exact text that was hashed; verification never re-serialises anything.
//
// Append is safe from any writer connection: it reads the head and inserts inside one
// BEGIN IMMEDIATE transaction (the caller's, or its own), so two connections can never fork
// the chain. Callers that change other rows append inside the same transaction, so the event
// and its audit row commit together or not at all.

#include "auditcanonical.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

class Database;
class Statement;

struct AuditEntry {
    QString officerNo;      // who; empty when nobody is signed in
    QString action;         // an AuditAction key (auditactions.h)
    QString objectType;     // "recording", "evidence", "case", "officer", "settings", "audit", "session"
    QString objectId;
    QJsonObject details;    // small, action-specific
    QDateTime at;           // invalid = now
};

struct AuditRow {
    qint64 seq = 0;
    QString at;
    QString officerNo;
    QString deviceId;
    QString action;
    QString objectType;
    QString objectId;
    QString details;        // compact JSON text, as hashed
    QString prevHash;
    QString hash;
    QString hashAlgorithm;  // "sha256" | "sm3"
};

class AuditLog
{
public:
    // deviceId goes into every row; algorithm is "sha256" or "sm3" (DeviceProfile::hashAlgorithm()).
    AuditLog(Database &db, const QString &deviceId, const QString &algorithm);

    // Appends one row. Joins the caller's open transaction if there is one (it must have been
    // begun IMMEDIATE — Transaction does), otherwise commits its own. *written gets the row.
    bool append(const AuditEntry &entry, QString *error, AuditRow *written = nullptr);

    QString deviceId() const { return m_deviceId; }
    QString algorithm() const { return m_algorithm; }

    static QString genesisHash();                       // 64 zeros
    static QByteArray canonicalBytes(const AuditRow &row);
    static AuditRowFields fields(const AuditRow &row);   // the hashed fields (sync/wire's view of a row)
    static QString computeHash(const AuditRow &row);    // hex, by row.hashAlgorithm; empty if unknown

    // The columns every reader selects, in AuditRow order, and the row they make.
    static const char *columns();
    static AuditRow readRow(const Statement &st);

    // The head of the chain (seq 0 and genesisHash() when empty).
    static bool head(Database &db, qint64 *seq, QString *hash, QString *error);
    // Rows about one object, oldest first (case detail, review).
    static QList<AuditRow> rowsFor(Database &db, const QString &objectType, const QString &objectId, QString *error);
    // The newest rows, newest first (settings page).
    static QList<AuditRow> latest(Database &db, int limit, QString *error);

private:
    bool appendLocked(const AuditEntry &entry, QString *error, AuditRow *written);

    Database &m_db;
    QString m_deviceId;
    QString m_algorithm;
};
