#pragma once
// SyncController: the sync page and the home page's sync indicator (singleton `Sync`). Owns the
// sync thread and its SyncEngine; plans manifests and writes sync's audit rows through
// connections of its own on that thread. Nothing here blocks the GUI.

#include "syncengine.h"

#include <QObject>
#include <QThread>
#include <QtQml/qqmlregistration.h>

class DataPaths;
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

public:
    SyncController(const DeviceProfile &profile, const DataPaths &paths, QObject *parent = nullptr);
    ~SyncController() override;
    static SyncController *create(QQmlEngine *, QJSEngine *);
    static void setInstance(SyncController *instance);

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

    Q_INVOKABLE void retryNow();

signals:
    void stateChanged();
    void retryRequested();

private:
    void onPassFinished(const SyncSummary &summary, const QString &server);

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
};
