#pragma once
// CaseReader: the received cases as the web page shows them — one entry per (device, case),
// from the case's latest manifest — with the badges (manifest signature valid, files n/m
// verified, audit chain complete/broken/pending) and CaseGaps flags, and the detail view
// (case fields, steps, documents, evidence with their media URLs, the device's audit rows for
// the case). Reads the receiver database only.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

struct ReceiverContext;

class CaseReader
{
public:
    struct ManifestRow {
        QString id;
        QString deviceId;
        QString caseId;
        QString caseNo;
        QByteArray bytes;
        QByteArray signature;
        QString hash;
        QString prevHash;
        QString receivedAt;
        qint64 rowId = 0;
    };

    struct StoredFile {
        QString path;       // absolute
        QString fileName;
        QString mimeType;
    };

    explicit CaseReader(ReceiverContext *ctx) : m_ctx(ctx) {}

    QJsonArray list() const;
    // False when no manifest has that case id.
    bool detail(const QString &caseId, QJsonObject *out) const;
    bool latestManifest(const QString &caseId, ManifestRow *row) const;
    // A completed upload of the case's device that the case's manifest lists (evidence or a
    // document PDF); false otherwise, so no other file can be fetched through a case.
    bool fileForCase(const QString &caseId, const QString &evidenceId, StoredFile *file) const;

    static QString mimeTypeFor(const QString &kind, const QString &fileName);

private:
    QJsonObject summary(const ManifestRow &row, const QJsonObject &manifest) const;
    QString verifiedState(const ManifestRow &row, const QString &evidenceId, const QString &hash) const;
    bool chainOk(const ManifestRow &row) const;
    QString auditState(const QString &deviceId, const QJsonObject &manifest) const;
    bool signatureValid(const ManifestRow &row) const;

    ReceiverContext *m_ctx;
};
