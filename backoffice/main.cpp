// fieldterm-backoffice: the supervision platform's receiver (docs/PROTOCOL.md).
//   fieldterm-backoffice --data-dir DIR --listen HOST:PORT [--crypto-profile intl|gm] [--open-tus]
//                        [--bench-sink] [--tls-cert PEM --tls-key PEM]
//   fieldterm-backoffice --data-dir DIR issue-code | revoke DEVICE_ID | publish NAME FILE.json | devices

#include "admincommands.h"
#include "backofficelogging.h"
#include "httpfront.h"
#include "protocolroutes.h"
#include "receiverinstance.h"
#include "webroutes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace {

bool loadTls(const QString &certPath, const QString &keyPath, QSslCertificate *cert, QSslKey *key, QString *error)
{
    QFile c(certPath);
    QFile k(keyPath);
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("fieldterm-backoffice", "无法读取 TLS 证书或私钥文件。");
        return false;
    }
    *cert = QSslCertificate(c.readAll(), QSsl::Pem);
    const QByteArray keyPem = k.readAll();
    for (QSsl::KeyAlgorithm alg : {QSsl::Rsa, QSsl::Ec, QSsl::Opaque}) {
        *key = QSslKey(keyPem, alg, QSsl::Pem);
        if (!key->isNull())
            break;
    }
    if (cert->isNull() || key->isNull()) {
        *error = QCoreApplication::translate("fieldterm-backoffice", "TLS 证书或私钥无效（需要 PEM 格式的 RSA 或 EC 密钥）。");
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fieldterm-backoffice"));
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("fieldterm-backoffice", "执法终端数据接收端（监督平台）"));
    parser.addHelpOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QCoreApplication::translate("fieldterm-backoffice", "数据目录"),
                                     QStringLiteral("DIR"));
    const QCommandLineOption listen(QStringLiteral("listen"), QCoreApplication::translate("fieldterm-backoffice", "监听地址"),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8088"));
    const QCommandLineOption profile(QStringLiteral("crypto-profile"), QCoreApplication::translate("fieldterm-backoffice", "密码配置（intl 或 gm）"),
                                     QStringLiteral("intl|gm"), QStringLiteral("intl"));
    const QCommandLineOption openTus(QStringLiteral("open-tus"),
                                     QCoreApplication::translate("fieldterm-backoffice", "接受未签名的 tus 上传（仅用于互通测试和基准测试）"));
    const QCommandLineOption benchSink(QStringLiteral("bench-sink"),
                                       QCoreApplication::translate("fieldterm-backoffice", "启用 PUT /bench/sink/<名称>（仅用于基准测试）"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), QCoreApplication::translate("fieldterm-backoffice", "TLS 证书（PEM）"),
                                     QStringLiteral("PEM"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QCoreApplication::translate("fieldterm-backoffice", "TLS 私钥（PEM）"),
                                    QStringLiteral("PEM"));
    parser.addOptions({dataDir, listen, profile, openTus, benchSink, tlsCert, tlsKey});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("issue-code | revoke DEVICE_ID | publish NAME FILE.json | devices"));
    parser.process(app);

    if (!parser.isSet(dataDir)) {
        err << QCoreApplication::translate("fieldterm-backoffice", "请用 --data-dir 指定数据目录。") << Qt::endl;
        return 2;
    }
    const QString cryptoProfile = parser.value(profile);
    if (cryptoProfile != QLatin1String("intl") && cryptoProfile != QLatin1String("gm")) {
        err << QCoreApplication::translate("fieldterm-backoffice", "--crypto-profile 只能是 intl 或 gm。") << Qt::endl;
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && !AdminCommands::isCommand(positional.first())) {
        err << QCoreApplication::translate("fieldterm-backoffice", "未知的命令 %1。").arg(positional.first()) << Qt::endl;
        return 2;
    }

    ReceiverInstance instance;
    QString error;
    QString adminPasswordFile;
    if (!instance.open(parser.value(dataDir), cryptoProfile, &error, &adminPasswordFile)) {
        err << error << Qt::endl;
        return 1;
    }
    if (!adminPasswordFile.isEmpty()) {
        err << QCoreApplication::translate("fieldterm-backoffice", "已创建管理员账号 admin，初始密码已写入 %1（仅本机用户可读）。")
                   .arg(adminPasswordFile)
            << Qt::endl;
    }
    ReceiverContext *ctx = instance.context();
    if (!positional.isEmpty())
        return AdminCommands::run(ctx, positional);

    ctx->openTus = parser.isSet(openTus);
    const QString hostPort = parser.value(listen);
    const int colon = hostPort.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = hostPort.mid(colon + 1).toInt(&portOk);
    QString host = hostPort.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host);
    if (colon < 0 || !portOk || port < 0 || port > 65535 || address.isNull()) {
        err << QCoreApplication::translate("fieldterm-backoffice", "--listen 需要 主机:端口，例如 127.0.0.1:8088。") << Qt::endl;
        return 2;
    }

    QHttpServer server;
    std::optional<QSslConfiguration> ssl;
    if (parser.isSet(tlsCert) || parser.isSet(tlsKey)) {
        QSslCertificate cert;
        QSslKey key;
        if (!loadTls(parser.value(tlsCert), parser.value(tlsKey), &cert, &key, &error)) {
            err << error << Qt::endl;
            return 1;
        }
        ssl = QSslConfiguration::defaultConfiguration();
        ssl->setLocalCertificate(cert);
        ssl->setPrivateKey(key);
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        ctx->tls = true;
    }
    ProtocolRouteOptions options;
    options.benchSink = parser.isSet(benchSink);
    const HttpFront::StreamRoute streamed = ProtocolRoutes::install(&server, ctx, options);
    WebRoutes::install(&server, ctx);

    // Every connection is read by HttpFront first (httpfront.h): streamed routes there, the rest
    // through QHttpServer.
    HttpFront::Server front(&server, streamed);
    QString listenError;
    const quint16 actualPort = front.listen(address, quint16(port), ssl ? &*ssl : nullptr, &listenError);
    if (actualPort == 0) {
        err << QCoreApplication::translate("fieldterm-backoffice", "无法监听 %1（端口可能已被占用）。").arg(hostPort) << Qt::endl;
        qCWarning(lcBackoffice) << "listen failed:" << listenError;
        return 1;
    }
    if (ctx->openTus)
        qCWarning(lcBackoffice) << "--open-tus: unsigned tus uploads are accepted (interop and benchmark use only)";
    // Tests and scripts wait for this line (with port 0 it names the real port).
    err << "fieldterm-backoffice listening on " << (ctx->tls ? "https://" : "http://") << host << ':' << actualPort << Qt::endl;
    return app.exec();
}
