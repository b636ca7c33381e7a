#pragma once
// SyncController: the sync page and the home page's sync indicator (singleton `Sync`). Owns the
// sync thread and its SyncEngine; plans manifests and writes sync's audit rows through
// connections of its own on that thread. Nothing here blocks the GUI.

#include "syncengine.h"

#include <QObject>
#include <QThread>
#include <QtQml/qqmlregistration.h>

class DataPaths;
class DomainStore;
class NetworkMonitor;
class PowerSource;
class DeviceProfile;
class SyncItemModel;
class QQmlEngine;
class QJSEngine;

class SyncController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Sync)
    QML_SINGLETON
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY stateChanged)
    Q_PROPERTY(QString server READ server NOTIFY stateChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY stateChanged)
    Q_PROPERTY(QString indicator READ indicator NOTIFY stateChanged)   // off | ok | pending | syncing | error
    Q_PROPERTY(int itemCount READ itemCount NOTIFY stateChanged)
    Q_PROPERTY(int receiptedCount READ receiptedCount NOTIFY stateChanged)
    Q_PROPERTY(QString remainingText READ remainingText NOTIFY stateChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY stateChanged)
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY stateChanged)
    Q_PROPERTY(QObject *items READ items CONSTANT)
    // Policy: recordings wait for Wi-Fi/Ethernet unless this allows the cellular link. Only an
    // officer with Permission::ChangeSettings may change it (checked here); the change is audited.
    Q_PROPERTY(bool videoOnCellular READ videoOnCellular NOTIFY policyChanged)
    Q_PROPERTY(bool canChangePolicy READ canChangePolicy NOTIFY policyChanged)

public:
    // domain: the GUI's writer connection and the signed-in officer (policy changes); may be null in tests.
    SyncController(const DeviceProfile &profile, const DataPaths &paths, DomainStore *domain = nullptr, QObject *parent = nullptr);
    ~SyncController() override;
    static SyncController *create(QQmlEngine *, QJSEngine *);
    static void setInstance(SyncController *instance);

    // The link and the battery the sync policy weighs (SyncConditions); either may be null, then
    // the engine assumes Ethernet / an unknown battery. Every change reaches the engine; a link
    // coming up also asks for a pass. Call before or after start().
    void setConditionSources(PowerSource *power, NetworkMonitor *network);
    SyncConditions conditions() const { return m_conditions; }

    // Starts the sync thread (after the store has been migrated).
    void start();
    void shutdown();

    bool enrolled() const { return !m_server.isEmpty(); }
    QString server() const { return m_server; }
    bool syncing() const { return m_syncing; }
    QString indicator() const;
    int itemCount() const { return m_summary.items; }
    int receiptedCount() const { return m_summary.receipted; }
    QString remainingText() const;
    QString lastError() const { return m_lastError; }
    QString lastSyncText() const { return m_lastSyncText; }
    QObject *items() const;

    bool videoOnCellular() const { return m_videoOnCellular; }
    bool canChangePolicy() const;

    Q_INVOKABLE void retryNow();
    // Something new to send (a closed segment, a photo): a pass soon rather than at the next tick.
    void kick() { emit retryRequested(); }
    Q_INVOKABLE void setVideoOnCellular(bool allowed);

signals:
    void stateChanged();
    void retryRequested();
    void policyChanged();
    // The conditions now handed to the engine (queued onto the sync thread).
    void conditionsChanged(const SyncConditions &conditions);
    // A pass measured the device clock against the receiver's (ClockStatus weighs it).
    void clockChecked(const ClockCheck &check);

private:
    void onPassFinished(const SyncSummary &summary, const QString &server);
    void updateConditions();

    SyncEngine::Setup m_setup;
    QThread m_thread;
    SyncEngine *m_engine = nullptr;
    SyncItemModel *m_items;
    SyncSummary m_summary;
    QString m_server;
    QString m_lastError;
    QString m_lastSyncText;
    bool m_syncing = false;
    bool m_started = false;
    DomainStore *m_domain = nullptr;
    bool m_videoOnCellular = false;
    PowerSource *m_power = nullptr;
    NetworkMonitor *m_network = nullptr;
    SyncConditions m_conditions;
};
