// webtestserver: a QHttpServer with only the web routes (WebRoutes::install) over an existing
// receiver data directory, so the web tests do not depend on the protocol side.
//   webtestserver --data-dir DIR [--crypto-profile intl|gm]
// Listens on 127.0.0.1 (free port) and prints "webtestserver listening on http://127.0.0.1:PORT".

#include "database.h"
#include "deviceidentity.h"
#include "receivercontext.h"
#include "receiverinstance.h"
#include "receiverstore.h"
#include "webroutes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QHttpServer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("receiver data directory"), QStringLiteral("DIR"));
    const QCommandLineOption profile(QStringLiteral("crypto-profile"), QStringLiteral("intl|gm"), QStringLiteral("PROFILE"),
                                     QStringLiteral("intl"));
    parser.addOptions({dataDir, profile});
    parser.process(app);

    Database db;
    QString error;
    DeviceIdentity receiverKey;
    const QString dir = parser.value(dataDir);
    const auto algorithm = DeviceIdentity::forCryptoProfile(parser.value(profile));
    if (!ReceiverStore::open(db, dir + QStringLiteral("/receiver.db"), &error)
        || !receiverKey.loadOrCreateFile(dir + QStringLiteral("/keys/") + ReceiverInstance::receiverKeyFileName(algorithm),
                                         algorithm, &error)) {
        std::fprintf(stderr, "webtestserver: %s\n", qPrintable(error));
        return 2;
    }
    ReceiverContext ctx;
    ctx.dataDir = dir;
    ctx.db = &db;
    ctx.receiverKey = &receiverKey;
    ctx.hashAlg = parser.value(profile) == QLatin1String("gm") ? QStringLiteral("sm3") : QStringLiteral("sha256");
    ctx.nowSecs = [] { return QDateTime::currentSecsSinceEpoch(); };

    QHttpServer server;
    WebRoutes::install(&server, &ctx);
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    if (port == 0) {
        std::fprintf(stderr, "webtestserver: cannot listen\n");
        return 2;
    }
    std::fprintf(stderr, "webtestserver listening on http://127.0.0.1:%u\n", unsigned(port));
    std::fflush(stderr);
    return app.exec();
}
