#pragma once
// MessageSignature: RFC 9421 HTTP message signatures as docs/PROTOCOL.md §2 profiles them —
// one signature labelled `sig1`, covered components chosen from what the request carries,
// parameters created / nonce / keyid / alg, algorithms `ed25519` and the private
// `fieldterm-sm2-sm3` (SM2 over SM3, distinguishing ID 1234567812345678).
//
// The same code builds the signature base on both sides; the verifier rebuilds it from the
// request it received and the Signature-Input it was given (never from its own idea of the
// parameters), so any change to a covered component or parameter breaks the signature.

#include "deviceidentity.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace MessageSignature {

// A request as both sides see it. Header names lower-case; values as sent (the base trims them).
struct Request
{
    QByteArray method;      // "PATCH"
    QByteArray targetUri;   // "http://127.0.0.1:8088/tus/abc" — absolute, as sent
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &lowerName) const;   // empty when absent
    bool hasHeader(const QByteArray &lowerName) const;
    void setHeader(const QByteArray &lowerName, const QByteArray &value);   // replaces
};

struct Params
{
    qint64 created = 0;     // Unix seconds
    QByteArray nonce;       // base64 of 16 random bytes
    QString keyId;
    QString alg;            // "ed25519" | "fieldterm-sm2-sm3"
};

// The components to cover for this request, in the protocol's order (PROTOCOL.md §2).
QList<QByteArray> componentsFor(const Request &request);

QString algorithmName(DeviceIdentity::Algorithm algorithm);
bool algorithmFromName(const QString &name, DeviceIdentity::Algorithm *algorithm);

// Serialises `("@method" …);created=…;nonce="…";keyid="…";alg="…"` (the Signature-Input member).
QByteArray signatureParams(const QList<QByteArray> &components, const Params &params);

// The RFC 9421 §2.5 signature base. False (with *error) when a covered component is missing.
bool signatureBase(const Request &request, const QList<QByteArray> &components,
                   const QByteArray &serializedParams, QByteArray *base, QString *error);

// Signs: sets `Signature-Input` and `Signature` on the request. created = 0 → now; an empty
// nonce → 16 fresh random bytes. The request's body digest must already be in its headers
// (use ContentDigest::header) when it has a body.
bool sign(Request *request, const DeviceIdentity &key, const QString &keyId, QString *error,
          qint64 created = 0, const QByteArray &nonce = QByteArray());

// What a receiver learns from Signature-Input / Signature (label sig1).
struct Parsed
{
    QList<QByteArray> components;
    Params params;
    QByteArray serializedParams;   // the Signature-Input member exactly as received
    QByteArray signature;          // decoded bytes
};
bool parse(const Request &request, Parsed *out, QString *error);

// Verifies the parsed signature over the rebuilt base with the given public key.
bool verify(const Request &request, const Parsed &parsed, const QByteArray &publicKeyPem,
            DeviceIdentity::Algorithm algorithm, QString *error);

} // namespace MessageSignature
