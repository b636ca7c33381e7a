#include "enrollcommand.h"

#include "auditactions.h"
#include "clisession.h"
#include "database.h"
#include "deviceidentity.h"
#include "devicesigner.h"
#include "enrollment.h"
#include "httpclient.h"
#include "store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

int runEnroll(CliSession &session)
{
    const DeviceProfile &profile = session.profile();
    const QUrl server = QUrl::fromUserInput(session.options().server);
    if (!server.isValid() || (server.scheme() != QLatin1String("https") && server.scheme() != QLatin1String("http"))) {
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "--server 不是有效的 http(s) 地址：%1").arg(session.options().server));
        return ExitUsage;
    }
    DeviceIdentity identity;
    if (!session.loadIdentity(&identity))
        return ExitFailure;
    Database writer;
    if (!session.openWriter(&writer))
        return ExitStoreFailed;
    const CliOptions &o = session.options();
    auto absolute = [](const QString &path) { return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath(); };
    TlsOptions tls;
    tls.caBundle = absolute(o.caBundle);
    tls.pins = o.pins;
    tls.clientCertificate = absolute(o.clientCert);
    tls.clientKey = absolute(o.clientKey);
    HttpClient http;
    http.setTls(tls);
    http.setSigner(deviceSigner(identity, profile.deviceId));
    QUrl base = server;
    if (!base.path().endsWith(QLatin1Char('/')))
        base.setPath(base.path() + QLatin1Char('/'));
    const Enrollment::Result result = Enrollment::enroll(http, base, o.code, identity, profile.deviceId, writer, tls);
    if (!result.ok) {
        CliSession::printErr(result.error);
        return ExitFailure;
    }
    session.audit(AuditAction::SyncEnroll, QStringLiteral("device"),
                  {{QStringLiteral("server"), base.toString()}, {QStringLiteral("receiverFingerprint"), result.receiverFingerprint},
                   {QStringLiteral("deviceFingerprint"), identity.fingerprint()}});
    CliSession::printOut(QCoreApplication::translate("fieldterm-cli", "已登记到 %1（设备 %2）。平台公钥指纹：%3\n")
                             .arg(base.toString(), profile.deviceId, result.receiverFingerprint).toUtf8());
    return ExitOk;
}
