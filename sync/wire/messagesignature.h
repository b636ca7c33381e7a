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

    // Empty when absent; several fields of one name are combined, each trimmed, with ", "
    // (RFC 9421 §2.1). Names compare case-insensitively.
    QByteArray header(const QByteArray &lowerName) const;
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

// Added: the @target-uri value of the signature base — the absolute URI with scheme and host
// lower-case, the default port (80/443) and any user info and fragment removed, an empty path
// written "/" (RFC 9110 §4.2.3), so the device's URL and the receiver's reconstruction of it
// (scheme, Host, request target) agree. Empty when targetUri is not absolute.
QByteArray normalizedTargetUri(const QByteArray &targetUri);

// The components to cover for this request, in the protocol's order (PROTOCOL.md §2).
QList<QByteArray> componentsFor(const Request &request);

QString algorithmName(DeviceIdentity::Algorithm algorithm);
bool algorithmFromName(const QString &name, DeviceIdentity::Algorithm *algorithm);

// Serialises `("@method" …);created=…;nonce="…";keyid="…";alg="…"` (the Signature-Input member).
QByteArray signatureParams(const QList<QByteArray> &components, const Params &params);

// The RFC 9421 §2.5 signature base. False (with *error) when a covered component is missing.
// Derived components understood: @method, @target-uri (the profile's), and for checking RFC 9421's
// own examples also @authority, @scheme, @path, @query (derived from targetUri).
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
    // The Signature-Input member as received: the parser is strict and this is the member
    // re-serialised canonically (RFC 8941 §4.1), which is what RFC 9421 §2.3 defines
    // "@signature-params" to be — for a canonically written member, the exact bytes received.
    QByteArray serializedParams;
    QByteArray signature;          // decoded bytes
};
bool parse(const Request &request, Parsed *out, QString *error);

// Added: PROTOCOL.md §2 receiver step 1 — @method and @target-uri covered, and every component
// componentsFor(request) lists (each covered header present in the request) covered too, plus
// content-digest whenever the request has a body. verify() applies it with hasBody = false;
// the receiver calls it with the real answer.
bool checkCoverage(const Request &request, const Parsed &parsed, bool hasBody, QString *error);

// Verifies the parsed signature over the rebuilt base with the given public key. Also refuses
// an `alg` parameter other than algorithmName(algorithm) and a coverage checkCoverage() refuses.
bool verify(const Request &request, const Parsed &parsed, const QByteArray &publicKeyPem,
            DeviceIdentity::Algorithm algorithm, QString *error);

} // namespace MessageSignature
