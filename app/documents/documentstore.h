#pragma once
// DocumentStore: the write side of enforcement documents (文书) in table `documents` (schema v3).
//   createDraft  a new draft row (audit document_create)
//   saveDraft    autosave: one committed UPDATE per change, no audit row per keystroke; a
//                killed app loses at most the change it was making
//   lock         ONE transaction: counter → number → PDF rendered with that number → written
//                durably (.part → fsync → rename → fsync dir) → hashes of the exact stored
//                values_json bytes and of the PDF bytes → row locked → audit document_lock.
//                A failure anywhere rolls the counter back with the row, so numbers have no
//                gaps and are never reused, also across a crash.
//   newVersion   a draft copy of a locked document, version + 1, supersedes_id = the locked one
//                (audit document_version); the locked row itself never changes (trigger).
// Plain synchronous C++ over a Database& (the GUI thread's writer); refusals are Chinese.

#include "pdfrenderer.h"
#include "templatetypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class AuditLog;
class DataPaths;
class Database;

struct DocumentRecord {
    QString id;
    QString caseId;
    QString templateId;
    int templateVersion = 0;
    int version = 0;
    QString supersedesId;      // empty for version 1
    QString status;            // "draft" | "locked"
    QString number;            // empty while a draft
    QString valuesJson;        // exactly as stored (and, once locked, as hashed)
    QJsonObject values;
    QString pdfPath;           // relative to the data root; empty while a draft
    QString pdfHash;
    QString valuesHash;
    QString hashAlgorithm;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QDateTime lockedAt;
    QString lockedBy;

    bool isLocked() const { return status == QLatin1String("locked"); }
};

struct LockResult {
    bool ok = false;
    QString error;             // Chinese, when !ok
    QString number;
    QString pdfPath;           // absolute
    QString pdfHash;
    QString valuesHash;
    int pageCount = 0;
};

class DocumentStore
{
public:
    using Clock = std::function<QDateTime()>;

    // hashAlgorithm: "sha256" | "sm3" (the device's crypto profile).
    DocumentStore(Database &db, AuditLog &audit, const DataPaths &paths, const QString &deviceId,
                  const QString &hashAlgorithm, Clock clock = {});

    // The new document's id, or "" with *error set.
    QString createDraft(const QString &caseId, const DocumentTemplate &tpl, const QJsonObject &values,
                        const QString &actorNo, QString *error);
    // "" when saved, else the Chinese refusal (locked, unknown, too large, store failure).
    QString saveDraft(const QString &id, const QJsonObject &values);
    // problems: what the caller's form still finds wrong (DocumentForm::issues(), missing
    // signatures); a non-empty list refuses the lock and names them. info.number and
    // info.generatedAt are set by the store (the assigned number, the lock time).
    LockResult lock(const QString &id, const DocumentTemplate &tpl, const RenderInfo &info, const QString &actorNo,
                    const QStringList &problems = QStringList());
    // The new draft's id, or "" with *error set.
    QString newVersion(const QString &lockedId, const QString &actorNo, QString *error);

    QList<DocumentRecord> list(const QString &caseId, QString *error = nullptr) const;
    bool get(const QString &id, DocumentRecord *out, QString *error) const;

    // The stored form of values (compact JSON, keys sorted): what values_hash covers.
    static QByteArray serialise(const QJsonObject &values);
    static constexpr qint64 MaxValuesBytes = 8 * 1024 * 1024;

private:
    QDateTime now() const;

    Database &m_db;
    AuditLog &m_audit;
    const DataPaths &m_paths;
    QString m_deviceId;
    QString m_hashAlgorithm;
    Clock m_clock;
};
