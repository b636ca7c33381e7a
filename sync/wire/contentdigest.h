#pragma once
// ContentDigest: the RFC 9530 `Content-Digest` field — a structured-field dictionary of
// algorithm → byte sequence, e.g. `sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:`.
// Known algorithms: `sha-256`, `sha-512` (registered) and `sm3` (private, docs/PROTOCOL.md §2).

#include <QByteArray>
#include <QStringList>

namespace ContentDigest {

// The header value for body with the given algorithms, in that order (default: sha-256).
QByteArray header(const QByteArray &body, const QStringList &algorithms = {QStringLiteral("sha-256")});

// The header value for a SHA-256 digest computed elsewhere (raw 32 bytes).
QByteArray headerFromSha256(const QByteArray &sha256);
// The raw digest listed for algorithm ("sha-256", …) in a header value; empty when absent/malformed.
QByteArray listedDigest(const QByteArray &headerValue, const QByteArray &algorithm);

enum class Check { Match, Mismatch, NoKnownAlgorithm, Malformed };
// Every known algorithm listed must match; unknown ones are ignored; at least one must be known.
// *detail (English, for logs/error codes) says which algorithm failed.
Check check(const QByteArray &headerValue, const QByteArray &body, QString *detail = nullptr);

} // namespace ContentDigest
