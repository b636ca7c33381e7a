#pragma once
// ReceiverContext: what every group of routes needs — the data directory, the receiver's
// store (one connection, used from the server's thread only), its signing key, and the clock
// (injectable for the signature window tests).

#include <QString>
#include <functional>

class Database;
class DeviceIdentity;

struct ReceiverContext
{
    QString dataDir;                      // absolute
    Database *db = nullptr;               // schema: receiverschema.h
    DeviceIdentity *receiverKey = nullptr;
    QString hashAlg = QStringLiteral("sha256");   // of the receiver's crypto profile
    std::function<qint64()> nowSecs;      // Unix seconds
    bool openTus = false;                 // --open-tus: accept unsigned tus clients (interop tests only)
    bool tls = false;                     // serving https (the scheme of @target-uri)
};
