#pragma once
// ReceiverFixture: a receiver data directory filled the way fieldterm-backoffice fills it —
// schema, a receiver key, an enrolled device with its own key, completed uploads under
// files/<device>/<evidence id>, signed manifests, signed receipts and a hash-chained audit
// trail — so the web page and the package export can be tested without the protocol side.

#include "database.h"
#include "deviceidentity.h"
#include "receivercontext.h"

#include <QJsonObject>
#include <QString>

class ReceiverFixture
{
public:
    struct CaseIds {
        QString caseId;
        QString caseNo;
        QString manifestId;
        QString videoId;
        QString photoId;
        QString pdfId;
    };

    // profile: "intl" (Ed25519/SHA-256) or "gm" (SM2/SM3).
    bool create(const QString &dataDir, const QString &profile, QString *error);

    // A summary case: video + photo + a penalty decision PDF, all received; audit rows 1..5.
    bool addCompleteCase(CaseIds *ids, QString *error);
    // A general case chained to the previous manifest, with a decision but no video, one photo
    // never received, and an auditHead beyond the stored rows.
    bool addCaseWithGaps(CaseIds *ids, QString *error);
    bool addUser(const QString &username, const QString &password, const QString &role, QString *error);

    Database &db() { return m_db; }
    ReceiverContext *context() { return &m_ctx; }
    DeviceIdentity &deviceKey() { return m_deviceKey; }
    QString deviceId() const { return QStringLiteral("SIM0001"); }
    QString hashAlg() const { return m_hashAlg; }
    QString dataDir() const { return m_dataDir; }
    QString profile() const { return m_profile; }

private:
    bool addFile(const QString &evidenceId, const QString &caseId, const QString &kind, const QString &fileName,
                 const QByteArray &bytes, QString *hash, QString *error);
    bool addAuditRows(int count, const QString &objectId, QString *error);
    bool storeManifest(const QJsonObject &manifest, const QStringList &evidenceIds, CaseIds *ids, QString *error);

    QString m_dataDir;
    QString m_profile;
    QString m_hashAlg;
    Database m_db;
    DeviceIdentity m_deviceKey;
    DeviceIdentity m_receiverKey;
    ReceiverContext m_ctx;
    QString m_lastManifestHash;
    QString m_auditHead;
    qint64 m_auditSeq = 0;
};
