#pragma once
// AuditCanonical: the canonical bytes and hash of one audit row (format fieldterm-audit-v1):
// the tag followed by each field as a netstring (`<decimal length>:<bytes>,`) in this order:
// seq, at, officer_no, device_id, action, object_type, object_id, details, prev_hash, hash_alg.
// The terminal's audit log and the receiver's chain check both use this one definition.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

struct AuditRowFields
{
    qint64 seq = 0;
    QString at;
    QString officerNo;
    QString deviceId;
    QString action;
    QString objectType;
    QString objectId;
    QString details;       // JSON text exactly as stored
    QString prevHash;      // hex; 64 zeros before the first row
    QString hashAlgorithm; // "sha256" | "sm3"
};

namespace AuditCanonical {
QString genesisHash();                                 // 64 zeros
QByteArray bytes(const AuditRowFields &row);
QString hashHex(const AuditRowFields &row);            // empty when the algorithm is unknown

// The row as it travels (PROTOCOL.md §5 audit rows, audit.jsonl in evidence packages):
// seq, at, officerNo, deviceId, action, objectType, objectId, details (JSON text as hashed),
// prevHash, hash, hashAlg. fromJson also takes details given as an object (compact-serialised).
QJsonObject toJson(const AuditRowFields &row, const QString &hash);
AuditRowFields fromJson(const QJsonObject &json, QString *hash = nullptr);
} // namespace AuditCanonical
