#include "syncerrors.h"

#include "httpclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace SyncErrors {

QString fromResponse(const HttpResponse &response)
{
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    const QString code = body.value(QStringLiteral("error")).toString();
    const QString message = body.value(QStringLiteral("message")).toString().left(200);
    if (code == QLatin1String("device_revoked") || response.status == 403)
        return QCoreApplication::translate("Sync", "本设备已被监督平台停用：请联系平台管理员。");
    if (code == QLatin1String("unknown_device"))
        return QCoreApplication::translate("Sync", "监督平台不认识本设备：请先用注册码登记（fieldterm-cli enroll）。");
    if (code == QLatin1String("invalid_code") || code == QLatin1String("code_used") || code == QLatin1String("code_expired"))
        return QCoreApplication::translate("Sync", "注册码无效、已用过或已过期：请在平台管理页重新生成注册码。");
    if (code == QLatin1String("stale_signature") || code == QLatin1String("clock_skew"))
        return QCoreApplication::translate("Sync", "设备时间与平台相差过大：请校准设备时间后重试。");
    if (response.status == 401)
        return QCoreApplication::translate("Sync", "平台拒绝了本设备的签名（%1）：请确认设备已登记且未更换密钥。").arg(code.isEmpty() ? QStringLiteral("401") : code);
    if (response.status >= 500)
        return QCoreApplication::translate("Sync", "监督平台暂时不可用（HTTP %1）：稍后会自动重试。").arg(response.status);
    if (!message.isEmpty())
        return QCoreApplication::translate("Sync", "监督平台拒绝了请求（HTTP %1）：%2").arg(response.status).arg(message);
    return QCoreApplication::translate("Sync", "监督平台拒绝了请求（HTTP %1 %2）。").arg(response.status).arg(code);
}

} // namespace SyncErrors
