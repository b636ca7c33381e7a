#include "identitycommand.h"

#include "auditactions.h"
#include "clisession.h"
#include "deviceidentity.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

int runIdentity(CliSession &session)
{
    const DeviceProfile &profile = session.profile();
    const DeviceIdentity::Algorithm algorithm = DeviceIdentity::forCryptoProfile(profile.cryptoProfile);
    DeviceIdentity identity;
    if (!session.loadIdentity(&identity))
        return ExitFailure;
    if (session.options().json) {
        const QJsonObject out{{QStringLiteral("deviceId"), profile.deviceId},
                              {QStringLiteral("algorithm"), DeviceIdentity::algorithmKey(algorithm)},
                              {QStringLiteral("fingerprint"), identity.fingerprint()},
                              {QStringLiteral("publicKeyPem"), QString::fromLatin1(identity.publicKeyPem())}};
        CliSession::printOut(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    QByteArray out;
    out += QCoreApplication::translate("fieldterm-cli", "设备编号：%1").arg(profile.deviceId).toUtf8() + '\n';
    out += QCoreApplication::translate("fieldterm-cli", "签名算法：%1").arg(DeviceIdentity::algorithmKey(algorithm)).toUtf8() + '\n';
    out += QCoreApplication::translate("fieldterm-cli", "公钥指纹（SHA-256）：%1").arg(identity.fingerprint()).toUtf8() + '\n';
    out += identity.publicKeyPem();
    CliSession::printOut(out);
    return ExitOk;
}
