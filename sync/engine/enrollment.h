#pragma once
// Enrollment (PROTOCOL.md §3): registers this device's public key with the receiver using a
// one-time code, and keeps what the receiver answers — its URL and the public key that signs
// receipts — in sync_settings.

#include <QString>
#include <QUrl>

class Database;
class DeviceIdentity;
class HttpClient;

namespace Enrollment {

struct Result
{
    bool ok = false;
    QString error;                 // Chinese, says what to do
    QString receiverFingerprint;   // SHA-256 of the receiver key's DER, hex
};

// http must already sign with `identity` under keyid deviceId.
Result enroll(HttpClient &http, const QUrl &server, const QString &code, const DeviceIdentity &identity,
              const QString &deviceId, Database &db);

} // namespace Enrollment
