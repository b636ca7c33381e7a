#pragma once
// Enrollment (PROTOCOL.md §3): registers this device's public key with the receiver using a
// one-time code, and keeps what the receiver answers — its URL and the public key that signs
// receipts — in sync_settings.

#include "httpclient.h"

#include <QString>
#include <QUrl>

class Database;
class DeviceIdentity;

namespace Enrollment {

struct Result
{
    bool ok = false;
    QString error;                 // Chinese, says what to do
    QString receiverFingerprint;   // SHA-256 of the receiver key's DER, hex
};

// http must already sign with `identity` under keyid deviceId.
// tls (how the receiver was checked; http must already use it) is kept for every later sync.
Result enroll(HttpClient &http, const QUrl &server, const QString &code, const DeviceIdentity &identity,
              const QString &deviceId, Database &db, const TlsOptions &tls = TlsOptions());

} // namespace Enrollment
