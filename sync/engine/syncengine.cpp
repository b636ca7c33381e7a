#include "syncengine.h"

#include "database.h"
#include "deviceidentity.h"
#include "devicesigner.h"
#include "synclogging.h"
#include "syncsettings.h"

#include <QCoreApplication>

SyncEngine::SyncEngine(Setup setup, QObject *parent)
    : QObject(parent), m_setup(std::move(setup))
{
    qRegisterMetaType<SyncItem>();
    qRegisterMetaType<SyncSummary>();
    qRegisterMetaType<SyncConditions>();
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::stop()
{
    m_abort = true;
    if (m_http)
        m_http->abort();
}

void SyncEngine::start()
{
    m_identity = std::make_unique<DeviceIdentity>();
    QString error;
    if (!m_identity->loadOrCreate(m_setup.keysDir, DeviceIdentity::forCryptoProfile(m_setup.cryptoProfile), &error)) {
        emit message(error);
        return;
    }
    m_http = std::make_unique<HttpClient>();
    m_http->setSigner(deviceSigner(*m_identity, m_setup.config.deviceId));
    m_http->setMaxSendBytesPerSecond(m_setup.maxSendBytesPerSecond);
    m_timer = new QTimer(this);
    m_timer->setInterval(m_setup.intervalSecs * 1000);
    connect(m_timer, &QTimer::timeout, this, &SyncEngine::runNow);
    m_timer->start();
    runNow();
}

void SyncEngine::setConditions(const SyncConditions &conditions)
{
    m_conditions = conditions;
}

void SyncEngine::runNow()
{
    if (m_abort || !m_http)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    runPass();
    if (m_again && !m_abort) {
        m_again = false;
        QMetaObject::invokeMethod(this, &SyncEngine::runNow, Qt::QueuedConnection);
    }
}

void SyncEngine::runPass()
{
    m_running = true;
    emit passStarted();
    QString error;
    QString server;
    bool videoOnCellular = false;
    {
        Database db;
        if (db.open(m_setup.config.dbPath, Database::Access::ReadOnly, &error)) {
            server = SyncSettings::value(db, SyncSettings::server);
            videoOnCellular = SyncSettings::value(db, SyncSettings::videoOnCellular) == QLatin1String("1");
            m_http->setTls(SyncSettings::tls(db));   // as chosen at enrollment
        }
    }
    if (server.isEmpty()) {
        SyncSummary summary;   // not enrolled: the sync page explains how to enroll; no error to show
        m_running = false;
        emit passFinished(summary, QString());
        return;
    }
    if (m_setup.plan && !m_setup.plan(&error))
        emit message(QCoreApplication::translate("Sync", "生成同步清单失败（%1）：请检查存储空间。").arg(error));
    SyncConfig config = m_setup.config;
    config.server = QUrl(server);
    config.videoOnCellular = videoOnCellular;
    if (!config.server.path().endsWith(QLatin1Char('/')))
        config.server.setPath(config.server.path() + QLatin1Char('/'));
    m_http->clearAbort();
    SyncPass pass(config, m_http.get(), &m_abort);
    pass.setAuditSource(m_setup.auditSource);
    pass.setAuditSink(m_setup.auditSink);
    pass.setDownlinkApply(m_setup.downlinkApply);
    pass.setItemCallback([this](const SyncItem &item) { emit itemChanged(item); });
    pass.setMessageCallback([this](const QString &text) { emit message(text); });
    const SyncSummary summary = pass.run(m_conditions);
    qCInfo(lcSync) << "sync pass:" << summary.receipted << "of" << summary.items << "receipted," << summary.bytesSent << "bytes sent";
    m_running = false;
    emit passFinished(summary, server);
}
