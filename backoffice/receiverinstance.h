#pragma once
// ReceiverInstance: one receiver's data directory brought up — on first start it creates the
// directory (0700), receiver.db, the receiver key (keys/receiver-<algorithm>.pem, by crypto
// profile) and an `admin` user whose random password goes to <data>/admin-password (0600).
// It owns the database and the key the ReceiverContext points at.

#include "database.h"
#include "deviceidentity.h"
#include "receivercontext.h"

#include <QString>

class ReceiverInstance
{
public:
    ReceiverInstance() = default;
    ReceiverInstance(const ReceiverInstance &) = delete;
    ReceiverInstance &operator=(const ReceiverInstance &) = delete;

    // Errors are Chinese and say what to do. *adminPasswordFile is set when this start created
    // the admin user (the caller announces the path, never the password).
    bool open(const QString &dataDir, const QString &cryptoProfile, QString *error, QString *adminPasswordFile = nullptr);

    ReceiverContext *context() { return &m_ctx; }
    Database &database() { return m_db; }
    DeviceIdentity &receiverKey() { return m_key; }

    static QString receiverKeyFileName(DeviceIdentity::Algorithm algorithm);   // "receiver-ed25519.pem"

private:
    bool ensureAdmin(QString *error, QString *passwordFile);

    Database m_db;
    DeviceIdentity m_key;
    ReceiverContext m_ctx;
};
