#include "synccommand.h"

#include "auditactions.h"
#include "clisession.h"
#include "database.h"
#include "deviceidentity.h"
#include "devicesigner.h"
#include "downlink.h"
#include "httpclient.h"
#include "signalwatcher.h"
#include "store.h"
#include "syncpass.h"
#include "syncplanner.h"
#include "synclabels.h"
#include "syncsettings.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

namespace {

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

int runSync(CliSession &session)
{
    const DeviceProfile &profile = session.profile();
    DeviceIdentity identity;
    if (!session.loadIdentity(&identity))
        return ExitFailure;
    Database writer;
    if (!session.openWriter(&writer))
        return ExitStoreFailed;
    QString error;
    QUrl server = QUrl::fromUserInput(session.options().server.isEmpty() ? SyncSettings::value(writer, SyncSettings::server)
                                                                         : session.options().server);
    if (!server.isValid() || server.isEmpty()) {
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "本设备尚未登记到监督平台：请先运行 enroll --server 地址 --code 注册码。"));
        return ExitUsage;
    }
    if (!server.path().endsWith(QLatin1Char('/')))
        server.setPath(server.path() + QLatin1Char('/'));

    SyncPlanner planner(writer, identity, profile.deviceId, profile.hashAlgorithm());
    SyncPlanResult plan;
    if (!planner.plan(&plan, &error)) {
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "生成同步清单失败：%1").arg(error));
        return ExitStoreFailed;
    }
    CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "新生成 %1 份案件清单，新加入 %2 个文件。")
                             .arg(plan.manifests).arg(plan.files));

    HttpClient http;
    http.setTls(SyncSettings::tls(writer));   // as chosen at enrollment
    http.setSigner(deviceSigner(identity, profile.deviceId));
    std::atomic_bool abort{false};
    SyncConfig config;
    config.server = server;
    config.dataDir = session.paths().root();
    config.dbPath = session.paths().database();
    config.deviceId = profile.deviceId;
    config.chunkBytes = session.options().chunkBytes;
    config.attempts = session.options().attempts;
    config.videoOnCellular = true;   // a person at the command line chose this link
    SyncPass pass(config, &http, &abort);
    Database reader;
    if (!reader.open(session.paths().database(), Database::Access::ReadOnly, &error)) {
        CliSession::printErr(error);
        return ExitStoreFailed;
    }
    pass.setAuditSource([&reader](qint64 after, int limit, QJsonArray *rows, QString *e) {
        return SyncPlanner::auditRowsAfter(reader, after, limit, rows, e);
    });
    pass.setAuditSink([&session](const QString &action, const QString &objectId, const QJsonObject &details) {
        QJsonObject withId = details;
        withId.insert(QStringLiteral("id"), objectId);
        session.audit(action == QLatin1String("sync_upload") ? AuditAction::SyncUpload : AuditAction::SyncReceipt,
                      action == QLatin1String("sync_upload") ? QStringLiteral("evidence") : QStringLiteral("manifest"), withId);
    });
    const QString dataDir = session.paths().root();
    pass.setDownlinkApply([dataDir](const QString &name, const QByteArray &body, QString *e) {
        return Downlink::apply(dataDir, name, body, e);
    });
    QHash<qint64, QString> lastStatus;
    QElapsedTimer throttle;
    throttle.start();
    pass.setItemCallback([&](const SyncItem &item) {
        if (session.interruptSignal() != 0)
            abort = true;
        const bool changed = lastStatus.value(item.outboxId) != item.status;
        if (!changed && throttle.elapsed() < 250)
            return;
        throttle.restart();
        lastStatus.insert(item.outboxId, item.status);
        const int percent = item.size > 0 ? int(item.sent * 100 / item.size) : 100;
        QString line = QStringLiteral("%1 %2  %3  %4%  (%5 / %6 MiB)")
                           .arg(SyncLabels::kind(item.kind), item.fileName, SyncLabels::status(item.status))
                           .arg(percent)
                           .arg(mib(item.sent), mib(item.size));
        if (!item.error.isEmpty())
            line += QStringLiteral("  ") + item.error;
        CliSession::printErr(line);
    });
    const SyncSummary summary = pass.run(SyncConditions{});
    CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "同步结束：%1 / %2 项已取得平台回执，本次发送 %3 MiB，尚余 %4 MiB。")
                             .arg(summary.receipted)
                             .arg(summary.items)
                             .arg(mib(summary.bytesSent), mib(summary.bytesRemaining)));
    if (!summary.downlinkApplied.isEmpty()) {
        QStringList names;
        for (const QString &name : summary.downlinkApplied)
            names << SyncLabels::downlink(name);
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "已更新平台下发的数据：%1（下次启动终端时生效）。")
                                 .arg(QLocale().createSeparatedList(names)));
    }
    for (const QString &refused : summary.downlinkRefused)
        CliSession::printErr(refused);
    if (!summary.lastError.isEmpty())
        CliSession::printErr(summary.lastError);
    if (session.interruptSignal() != 0)
        return ExitSignalBase + session.interruptSignal();
    return summary.everythingReceipted() ? ExitOk : ExitFailure;
}
