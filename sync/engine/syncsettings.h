#pragma once
// SyncSettings: the key/value rows of `sync_settings` (sync/syncschema.h) — the receiver's URL
// and public key learnt at enrollment, downlink ETags, policy switches. Read and written on
// whichever connection the caller holds.

#include "httpclient.h"

#include <QString>

class Database;

namespace SyncSettings {

inline constexpr const char *server = "server";
inline constexpr const char *receiverKeyPem = "receiver_public_key_pem";
inline constexpr const char *receiverAlgorithm = "receiver_algorithm";   // ed25519 | sm2-sm3
inline constexpr const char *receiverKeyId = "receiver_key_id";
inline constexpr const char *enrolledAt = "enrolled_at";
inline constexpr const char *videoOnCellular = "video_on_cellular";       // "1" allows it

inline constexpr const char *tlsCaBundle = "tls_ca_bundle";
inline constexpr const char *tlsPins = "tls_pins";                       // ';'-separated sha256//… pins
inline constexpr const char *tlsClientCert = "tls_client_cert";
inline constexpr const char *tlsClientKey = "tls_client_key";

QString value(Database &db, const char *key, QString *error = nullptr);   // null when absent
bool setValue(Database &db, const char *key, const QString &value, QString *error);

// How the receiver's TLS is checked, as chosen at enrollment (verification itself is never off).
TlsOptions tls(Database &db);
bool setTls(Database &db, const TlsOptions &tls, QString *error);

} // namespace SyncSettings
