#pragma once
// TusChecksum: the tus checksum extension's `Upload-Checksum: <algorithm> <base64 digest>` for
// the algorithms we offer and use (sha1, sha256), computed with OpenSSL's EVP digests — several
// times faster than QCryptographicHash's portable SHA-256 (75 ms vs ~5 ms per 8 MiB here),
// which matters twice per chunk: once on the device, once on the receiver.

#include <QByteArray>
#include <QString>

namespace TusChecksum {

// Raw digest of data; empty for an algorithm other than "sha1" / "sha256".
QByteArray digest(const QByteArray &algorithm, const QByteArray &data);

// "sha256 <base64>" for the header.
QByteArray header(const QByteArray &algorithm, const QByteArray &data);

// Splits a header value into a lower-case algorithm and the decoded digest; false (with *error,
// English, for logs) when it is malformed.
bool parse(const QByteArray &value, QByteArray *algorithm, QByteArray *digest, QString *error);

} // namespace TusChecksum
