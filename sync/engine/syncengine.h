#pragma once
// SyncEngine: runs sync passes on its own thread (ARCHITECTURE.md: the sync thread never blocks
// the GUI) — every `intervalSecs`, when asked (retry now), and never two at once. Each pass
// first lets the app plan new manifests (its hook opens its own connection on this thread),
// then runs SyncPass with one HttpClient (one libcurl multi handle) owned by this thread.
// Results come back as queued signals. stop() is safe from any thread: it aborts the running
// transfer and no further pass starts.

#include "syncpass.h"

#include <QObject>
#include <QTimer>

#include <memory>

class DeviceIdentity;

Q_DECLARE_METATYPE(SyncItem)
Q_DECLARE_METATYPE(SyncSummary)
Q_DECLARE_METATYPE(SyncConditions)

class SyncEngine : public QObject
{
    Q_OBJECT
public:
    struct Setup
    {
        SyncConfig config;                 // server is read from sync_settings at each pass
        QString keysDir;
        QString cryptoProfile;             // intl | gm
        int intervalSecs = 60;
        std::function<bool(QString *error)> plan;
        SyncPass::AuditSource auditSource;
        SyncPass::AuditSink auditSink;
        SyncPass::DownlinkApply downlinkApply;
        qint64 maxSendBytesPerSecond = 0;
    };

    explicit SyncEngine(Setup setup, QObject *parent = nullptr);
    ~SyncEngine() override;

    void stop();   // any thread

public slots:
    void start();                                  // on the sync thread
    void runNow();
    void setConditions(const SyncConditions &conditions);

signals:
    void passStarted();
    void itemChanged(const SyncItem &item);
    void message(const QString &text);
    void passFinished(const SyncSummary &summary, const QString &server);

private:
    void runPass();

    Setup m_setup;
    SyncConditions m_conditions;
    std::unique_ptr<DeviceIdentity> m_identity;
    std::unique_ptr<HttpClient> m_http;
    QTimer *m_timer = nullptr;
    std::atomic_bool m_abort{false};
    bool m_running = false;
    bool m_again = false;
};
