#include "enrollment.h"

#include "database.h"
#include "deviceidentity.h"
#include "httpclient.h"
#include "syncerrors.h"
#include "syncsettings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Enrollment {

Result enroll(HttpClient &http, const QUrl &server, const QString &code, const DeviceIdentity &identity,
              const QString &deviceId, Database &db, const TlsOptions &tls)
{
    Result result;
    const QString trimmedCode = code.trimmed();
    if (trimmedCode.isEmpty()) {
        result.error = QCoreApplication::translate("Sync", "注册码为空：请输入监督平台管理页发放的一次性注册码。");
        return result;
    }
    const QJsonObject body{{QStringLiteral("code"), trimmedCode},
                           {QStringLiteral("deviceId"), deviceId},
                           {QStringLiteral("algorithm"), DeviceIdentity::algorithmKey(identity.algorithm())},
                           {QStringLiteral("publicKeyPem"), QString::fromLatin1(identity.publicKeyPem())}};
    HttpRequest request;
    request.method = "POST";
    request.url = server.resolved(QUrl(QStringLiteral("api/v1/enroll")));
    request.headers = {{"content-type", "application/json"}};
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const HttpResponse response = http.perform(request);
    if (response.transportError) {
        result.error = response.error;
        return result;
    }
    if (response.status != 201 && response.status != 200) {
        result.error = SyncErrors::fromResponse(response);
        return result;
    }
    const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
    const QByteArray receiverPem = answer.value(QStringLiteral("receiverPublicKeyPem")).toString().toLatin1();
    const QString receiverAlgorithm = answer.value(QStringLiteral("receiverAlgorithm")).toString();
    if (!receiverPem.startsWith("-----BEGIN PUBLIC KEY-----")
        || (receiverAlgorithm != QLatin1String("ed25519") && receiverAlgorithm != QLatin1String("sm2-sm3"))) {
        result.error = QCoreApplication::translate("Sync", "服务器的登记应答不完整（缺少平台公钥）：请确认地址指向监督平台接收端。");
        return result;
    }
    QString error;
    const bool stored = db.exec("BEGIN IMMEDIATE", &error)
                        && SyncSettings::setValue(db, SyncSettings::server, server.toString(), &error)
                        && SyncSettings::setValue(db, SyncSettings::receiverKeyPem, QString::fromLatin1(receiverPem), &error)
                        && SyncSettings::setValue(db, SyncSettings::receiverAlgorithm, receiverAlgorithm, &error)
                        && SyncSettings::setValue(db, SyncSettings::receiverKeyId,
                                                  answer.value(QStringLiteral("receiverKeyId")).toString(QStringLiteral("receiver")), &error)
                        && SyncSettings::setValue(db, SyncSettings::enrolledAt, answer.value(QStringLiteral("enrolledAt")).toString(), &error)
                        && SyncSettings::setTls(db, tls, &error)
                        && db.exec("COMMIT", &error);
    if (!stored) {
        db.exec("ROLLBACK");
        result.error = QCoreApplication::translate("Sync", "登记已被平台接受，但本机保存失败（%1）：请检查存储后重新登记。").arg(error);
        return result;
    }
    result.ok = true;
    result.receiverFingerprint = DeviceIdentity::fingerprintOfPem(receiverPem);
    return result;
}

} // namespace Enrollment
