#pragma once
// PackageVerifier: the checks fieldterm-verify runs over a read package (packagereader.h):
//   manifest_signature   manifest.sig over manifest.json's exact bytes, device key + algorithm
//                        from device-public-key.pem / device.json;
//   file                 every evidence file's hash (manifest hashAlg), missing files named;
//   document_pdf         every document PDF's hash (documents[].pdfHash);
//   audit_chain          audit.jsonl rows: each hash recomputed (AuditCanonical), each linked to
//                        the previous one from seq 1 (genesis), ending exactly at auditHead;
//   receipt_signature    receipt.sig over receipt.json with the receiver key and algorithm;
//   receipt_manifest     the receipt's manifestHash/manifestId equal the manifest's.
// Messages are Chinese and name the entry, evidence id or seq that failed.

#include "packagereader.h"

#include <QList>
#include <QString>

struct VerifyReport {
    struct Check {
        QString code;
        bool ok = false;
        QString message;
    };
    bool readable = false;
    QString readError;
    QString deviceId;
    QString deviceAlgorithm;
    QString deviceFingerprint;   // SHA-256 of the DER public key, hex
    QString caseNo;
    QString manifestId;
    QList<Check> checks;

    bool allOk() const;
};

namespace PackageVerifier {

VerifyReport verify(const PackageContents &package);


} // namespace PackageVerifier
