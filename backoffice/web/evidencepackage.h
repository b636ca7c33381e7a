#pragma once
// EvidencePackage: one received case as a self-contained zip a court or auditor can check with
// fieldterm-verify (or by hand with openssl/sha256sum, see the README.txt inside):
//   manifest.json            the manifest bytes exactly as received
//   manifest.sig             the device's raw signature over them
//   device-public-key.pem    device.json {id, algorithm, fingerprint, enrolledAt, revokedAt}
//   receipt.json receipt.sig the receiver's latest receipt for the manifest and its raw signature
//   receiver-public-key.pem  receiver.json {keyId, algorithm}
//   files/<evidence id>-<fileName>   every received file the manifest lists (evidence and PDFs)
//   audit.jsonl              the device's audit rows up to the manifest's auditHead.seq
//   README.txt               how to verify (Chinese)
// Written with libarchive, stored (media does not compress), entries streamed from disk.

#include <QByteArray>
#include <QString>

class Database;

namespace EvidencePackage {

struct Receiver {
    QByteArray publicKeyPem;
    QString algorithm;   // "ed25519" | "sm2-sm3"
};

// Builds the package of manifest `manifestId` at outPath. *caseNo receives the case number (for
// the download's file name). Errors are English, for the log.
bool write(Database &db, const QString &dataDir, const QString &manifestId, const Receiver &receiver,
           const QString &outPath, QString *caseNo, QString *error);

// The file name a listed file gets inside files/: "<evidence id>-<fileName>" with path
// separators and leading dots neutralised.
QString entryName(const QString &evidenceId, const QString &fileName);


} // namespace EvidencePackage
