#pragma once
// SignedJson: detached signatures over JSON bytes exactly as sent (manifests by the device key,
// receipts by the receiver key). The bytes are stored and verified as they are; nothing
// re-serialises JSON to check a signature. On the wire the signature travels as a structured-
// field byte sequence (`:<base64>:`) in `Manifest-Signature` / `Receipt-Signature`.

#include "deviceidentity.h"

#include <QByteArray>
#include <QString>

namespace SignedJson {

QByteArray signatureHeader(const QByteArray &signature);                 // ":<base64>:"
bool parseSignatureHeader(const QByteArray &value, QByteArray *signature, QString *error);

QByteArray sign(const DeviceIdentity &key, const QByteArray &jsonBytes, QString *error);
bool verify(const QByteArray &publicKeyPem, DeviceIdentity::Algorithm algorithm,
            const QByteArray &jsonBytes, const QByteArray &signature, QString *error);

// Hex hash of the bytes with the profile's algorithm ("sha256" | "sm3").
QString hashHex(const QString &hashAlg, const QByteArray &bytes);

} // namespace SignedJson
