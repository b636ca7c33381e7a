#include "synccontroller.h"

#include "auditactions.h"
#include "auditlog.h"
#include "database.h"
#include "datapaths.h"
#include "deviceidentity.h"
#include "deviceprofile.h"
#include "domainstore.h"
#include "downlink.h"
#include "networkmonitor.h"
#include "permissions.h"
#include "powersource.h"
#include "store.h"
#include "syncitemmodel.h"
#include "syncplanner.h"
#include "syncsettings.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJSEngine>
#include <QJsonObject>

namespace {
SyncController *s_instance = nullptr;
}

SyncController::SyncController(const DeviceProfile &profile, const DataPaths &paths, DomainStore *domain, QObject *parent)
    : QObject(parent), m_items(new SyncItemModel(this)), m_domain(domain)
{
    if (m_domain) {
        connect(m_domain, &DomainStore::currentChanged, this, &SyncController::policyChanged);
        connect(m_domain, &DomainStore::opened, this, [this] {
            m_videoOnCellular = SyncSettings::value(m_domain->db(), SyncSettings::videoOnCellular) == QLatin1String("1");
            emit policyChanged();
        });
    }
    const QString dbPath = paths.database();
    const QString keysDir = paths.keys();
    const QString deviceId = profile.deviceId;
    const QString cryptoProfile = profile.cryptoProfile;
    const QString hashAlg = profile.hashAlgorithm();
    m_setup.config.dataDir = paths.root();
    m_setup.config.dbPath = dbPath;
    m_setup.config.deviceId = deviceId;
    m_setup.keysDir = keysDir;
    m_setup.cryptoProfile = cryptoProfile;
    // The hooks below run on the sync thread, each with connections of its own.
    m_setup.plan = [=](QString *error) {
        Database writer;
        DeviceIdentity identity;
        if (!Store::openWriter(&writer, dbPath, error)
            || !identity.loadOrCreate(keysDir, DeviceIdentity::forCryptoProfile(cryptoProfile), error))
            return false;
        SyncPlanner planner(writer, identity, deviceId, hashAlg);
        SyncPlanResult result;
        return planner.plan(&result, error);
    };
    m_setup.auditSource = [=](qint64 after, int limit, QJsonArray *rows, QString *error) {
        Database reader;
        return reader.open(dbPath, Database::Access::ReadOnly, error)
               && SyncPlanner::auditRowsAfter(reader, after, limit, rows, error);
    };
    const QString dataDir = paths.root();
    m_setup.downlinkApply = [dataDir](const QString &name, const QByteArray &body, QString *error) {
        return Downlink::apply(dataDir, name, body, error);
    };
    m_setup.auditSink = [=](const QString &action, const QString &objectId, const QJsonObject &details) {
        Database writer;
        QString error;
        if (!Store::openWriter(&writer, dbPath, &error))
            return;
        AuditLog log(writer, deviceId, hashAlg);
        log.append({QString(), action, action == QLatin1String("sync_upload") ? QStringLiteral("evidence") : QStringLiteral("manifest"),
                    objectId, details, {}},
                   &error);
    };
}

SyncController::~SyncController()
{
    shutdown();
    if (s_instance == this)
        s_instance = nullptr;
}

SyncController *SyncController::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void SyncController::setInstance(SyncController *instance) { s_instance = instance; }

QObject *SyncController::items() const { return m_items; }

void SyncController::start()
{
    if (m_started)
        return;
    m_started = true;
    m_engine = new SyncEngine(m_setup);
    m_engine->setConditions(m_conditions);   // still on this thread
    m_engine->moveToThread(&m_thread);
    connect(this, &SyncController::conditionsChanged, m_engine, &SyncEngine::setConditions);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(&m_thread, &QThread::started, m_engine, &SyncEngine::start);
    connect(this, &SyncController::retryRequested, m_engine, &SyncEngine::runNow);
    connect(m_engine, &SyncEngine::passStarted, this, [this] {
        m_syncing = true;
        m_items->clearFinished();
        emit stateChanged();
    });
    connect(m_engine, &SyncEngine::itemChanged, m_items, &SyncItemModel::update);
    connect(m_engine, &SyncEngine::message, this, [this](const QString &text) {
        m_lastError = text;
        emit stateChanged();
    });
    connect(m_engine, &SyncEngine::passFinished, this, &SyncController::onPassFinished);
    m_thread.setObjectName(QStringLiteral("sync"));
    m_thread.start();
}

void SyncController::setConditionSources(PowerSource *power, NetworkMonitor *network)
{
    if (m_power)
        disconnect(m_power, nullptr, this, nullptr);
    if (m_network)
        disconnect(m_network, nullptr, this, nullptr);
    m_power = power;
    m_network = network;
    if (m_power)
        connect(m_power, &PowerSource::changed, this, &SyncController::updateConditions);
    if (m_network)
        connect(m_network, &NetworkMonitor::changed, this, &SyncController::updateConditions);
    updateConditions();
}

void SyncController::updateConditions()
{
    SyncConditions next;   // defaults: ethernet, battery unknown
    if (m_network)
        next.medium = m_network->reachable() ? m_network->medium() : QStringLiteral("none");
    if (m_power) {
        next.batteryPercent = m_power->levelPercent();
        next.charging = m_power->charging();
    }
    if (next.medium == m_conditions.medium && next.batteryPercent == m_conditions.batteryPercent
        && next.charging == m_conditions.charging)
        return;
    const bool linkCameUp = next.medium != m_conditions.medium && next.medium != QLatin1String("none");
    m_conditions = next;
    emit conditionsChanged(m_conditions);
    if (linkCameUp && m_started)
        emit retryRequested();   // what waited for a link (or for Wi-Fi) may go now
}

void SyncController::shutdown()
{
    if (!m_started)
        return;
    m_engine->stop();
    m_thread.quit();
    m_thread.wait();
    m_started = false;
}

bool SyncController::canChangePolicy() const
{
    return m_domain && m_domain->can(Permission::ChangeSettings);
}

void SyncController::setVideoOnCellular(bool allowed)
{
    if (allowed == m_videoOnCellular)
        return;
    if (!canChangePolicy()) {
        m_lastError = tr("只有管理员可以修改同步策略：请由管理员登录后再改。");
        emit stateChanged();
        emit policyChanged();   // the switch goes back to the stored value
        return;
    }
    QString error;
    Transaction tx(m_domain->db());
    const bool ok = tx.isActive()
                    && SyncSettings::setValue(m_domain->db(), SyncSettings::videoOnCellular, allowed ? QStringLiteral("1") : QStringLiteral("0"), &error)
                    && m_domain->audit(AuditAction::SettingsChange, QStringLiteral("settings"), QStringLiteral("sync_video_on_cellular"),
                                       {{QStringLiteral("value"), allowed}})
                    && tx.commit();
    if (!ok) {
        m_lastError = tr("无法保存同步策略：请检查存储空间后重试。");
        emit stateChanged();
        emit policyChanged();
        return;
    }
    m_videoOnCellular = allowed;
    emit policyChanged();
    emit retryRequested();   // the next pass follows the new policy
}

void SyncController::retryNow()
{
    m_lastError.clear();
    emit stateChanged();
    emit retryRequested();
}

void SyncController::onPassFinished(const SyncSummary &summary, const QString &server)
{
    m_summary = summary;
    m_server = server;
    m_syncing = false;
    if (summary.clock.valid)
        emit clockChecked(summary.clock);
    // A refused downlink document changes nothing the device sends, but someone must hear of it.
    m_lastError = summary.lastError.isEmpty() && !summary.downlinkRefused.isEmpty() ? summary.downlinkRefused.last()
                                                                                   : summary.lastError;
    m_lastSyncText = QCoreApplication::translate("SyncController", "上次同步：%1")
                         .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")));
    emit stateChanged();
}

QString SyncController::indicator() const
{
    if (m_server.isEmpty())
        return QStringLiteral("off");
    if (m_syncing)
        return QStringLiteral("syncing");
    if (!m_lastError.isEmpty())
        return QStringLiteral("error");
    return m_summary.items == m_summary.receipted ? QStringLiteral("ok") : QStringLiteral("pending");
}

QString SyncController::remainingText() const
{
    const int left = m_summary.items - m_summary.receipted;
    if (left <= 0)
        return QCoreApplication::translate("SyncController", "全部已由平台确认");
    return QCoreApplication::translate("SyncController", "还有 %1 项待确认，约 %2 待上传")
        .arg(left)
        .arg(SyncItemModel::sizeText(m_summary.bytesRemaining));
}
