#include "clisession.h"

#include "auditactions.h"
#include "auditlog.h"
#include "cliprofile.h"
#include "database.h"
#include "deviceidentity.h"
#include "signalwatcher.h"
#include "store.h"
#include "terminalcore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

CliSession::CliSession(const CliOptions &options, SignalWatcher *signalWatcher)
    : m_options(options)
    , m_signals(signalWatcher)
    , m_paths(options.dataDir)
{
}

CliSession::~CliSession()
{
    if (m_core)
        m_core->shutdown();
}

int CliSession::interruptSignal() const
{
    return m_signals ? m_signals->received() : 0;
}

void CliSession::audit(const char *action, const QString &objectType, const QJsonObject &details)
{
    Database writer;
    QString error;
    if (Store::openWriter(&writer, m_paths.database(), &error)) {
        QJsonObject withCommand = details;
        withCommand.insert(QStringLiteral("via"), QStringLiteral("fieldterm-cli ") + m_options.command);
        AuditLog log(writer, m_profile.deviceId, m_profile.hashAlgorithm());
        if (log.append({QString(), QLatin1String(action), objectType, QString(), withCommand, {}}, &error))
            return;
    }
    printErr(QCoreApplication::translate("fieldterm-cli", "无法写入审计记录：%1").arg(error));
}

bool CliSession::loadIdentity(DeviceIdentity *identity)
{
    const DeviceIdentity::Algorithm algorithm = DeviceIdentity::forCryptoProfile(m_profile.cryptoProfile);
    QString error;
    bool created = false;
    if (!identity->loadOrCreate(m_paths.keys(), algorithm, &error, &created)) {
        printErr(error);
        return false;
    }
    if (created) {
        audit(AuditAction::DeviceKeyCreated, QStringLiteral("device"),
              {{QStringLiteral("algorithm"), DeviceIdentity::algorithmKey(algorithm)},
               {QStringLiteral("fingerprint"), identity->fingerprint()}});
        printErr(QCoreApplication::translate("fieldterm-cli", "已为本设备生成新的签名密钥（%1）。").arg(DeviceIdentity::algorithmKey(algorithm)));
    }
    return true;
}

bool CliSession::openWriter(Database *db)
{
    QString error;
    if (Store::openWriter(db, m_paths.database(), &error))
        return true;
    printErr(QCoreApplication::translate("fieldterm-cli", "无法打开证据库：%1").arg(error));
    return false;
}

int CliSession::open()
{
    QString error;
    if (!resolveProfile(m_options, m_paths, &m_profile, &error)) {
        printErr(error);
        return ExitUsage;
    }
    m_core = std::make_unique<TerminalCore>(m_profile, m_paths);
    bool ready = false;
    QString failure;
    ReconcileReport report;
    QObject::connect(m_core.get(), &TerminalCore::storeReady, m_core.get(), [&](const ReconcileReport &r) {
        report = r;
        ready = true;
    });
    QObject::connect(m_core.get(), &TerminalCore::storeFailed, m_core.get(), [&](const QString &m) { failure = m; });
    m_core->startStore();
    // No time limit worth imposing: reconciliation hashes whatever a crash left behind.
    waitFor([&] { return ready || !failure.isEmpty(); }, 24 * 3600 * 1000);
    QObject::disconnect(m_core.get(), nullptr, m_core.get(), nullptr);
    if (!ready) {
        printErr(failure);
        return ExitStoreFailed;
    }
    if (report.changedAnything()) {
        printErr(report.summary());
        for (const QString &e : std::as_const(report.errors))
            printErr(e);
    }
    return ExitOk;
}

bool CliSession::waitFor(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    tick.start();
    loop.exec();
    return done();
}

void CliSession::printErr(const QString &line)
{
    const QByteArray utf8 = line.toUtf8() + '\n';
    fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    fflush(stderr);
}

void CliSession::printOut(const QByteArray &bytes)
{
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    fflush(stdout);
}

int CliSession::exitCodeFor(const RecorderError &error)
{
    return error.code == RecorderErrorCode::StorageLow ? ExitStorageLow : ExitRecorderFailed;
}
