#pragma once
// SyncPass: one pass over the durable outbox (sync/syncschema.h), in this order —
//
//   audit rows ─► downlink ─► manifests (queued) ─► files by priority ─► manifests waiting ─► summary
//   (POST)        (GET, ETag)  (POST, receipt)    (tus, resumable)      (re-POST → receipt)
//
// Audit rows go first so a receipt can confirm the manifest's audit-chain head; a manifest goes
// before its files so the receiver knows the hashes to expect, and again after them to collect
// a receipt in which every file is verified. Each item is retried with backoff (full jitter,
// reset once bytes move) up to `attempts` times within the pass; what is still unsent stays
// queued for the next pass. Evidence becomes 'receipted' only from a receipt whose signature
// verifies with the receiver key learnt at enrollment.
//
// Blocking; runs on the sync thread (SyncEngine) or the CLI's main thread. Opens its own
// connection to the store. Policy: video/audio wait for Wi-Fi/Ethernet unless allowed; the pass
// pauses below a battery level (unless charging); the bandwidth cap is the HttpClient's.

#include "clockcheck.h"
#include "httpclient.h"

#include <QJsonArray>
#include <QStringList>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>

class DeviceIdentity;

struct SyncConfig
{
    QUrl server;                    // the receiver's base URL (ends with '/')
    QString dataDir;                // absolute; outbox paths are relative to it
    QString dbPath;
    QString deviceId;
    qint64 chunkBytes = 8 * 1024 * 1024;
    int attempts = 8;               // per item within one pass
    bool videoOnCellular = false;
    int pauseBelowBatteryPercent = 15;
};

struct SyncConditions
{
    QString medium = QStringLiteral("ethernet");   // wifi | ethernet | cellular | none
    int batteryPercent = -1;                        // -1 unknown
    bool charging = false;
};

struct SyncItem
{
    qint64 outboxId = 0;
    QString kind;           // manifest | document | photo | marked_video | video | audio
    QString objectId;
    QString fileName;
    qint64 size = 0;
    qint64 sent = 0;
    QString status;         // queued | sending | sent | receipted | failed | waiting
    QString error;          // Chinese
};

struct SyncSummary
{
    int items = 0;          // outbox rows
    int receipted = 0;
    int failed = 0;
    qint64 bytesSent = 0;   // body bytes the receiver acknowledged in this pass
    qint64 bytesRemaining = 0;
    QString lastError;      // Chinese, with what to do
    QStringList downlinkApplied;   // names of downlink documents newly applied in this pass
    QStringList downlinkRefused;   // why a received downlink document was not applied (Chinese)
    ClockCheck clock;              // the device clock against the receiver's: the pass's best measurement
    bool everythingReceipted() const { return items == receipted && lastError.isEmpty(); }
};

class SyncPass
{
public:
    // Reads audit rows after a seq (ascending, at most limit) as PROTOCOL.md §5 objects.
    using AuditSource = std::function<bool(qint64 afterSeq, int limit, QJsonArray *rows, QString *error)>;
    // Records what sync did to evidence in the device's audit trail (the app provides it).
    using AuditSink = std::function<void(const QString &action, const QString &objectId, const QJsonObject &details)>;
    // Validates a downlink document (tasks | catalogue | templates) and applies it atomically;
    // false with *error leaves the previous copy and ETag in place (PROTOCOL.md §6).
    using DownlinkApply = std::function<bool(const QString &name, const QByteArray &body, QString *error)>;

    SyncPass(const SyncConfig &config, HttpClient *http, std::atomic_bool *abort);

    void setAuditSource(AuditSource source) { m_auditSource = std::move(source); }
    void setAuditSink(AuditSink sink) { m_auditSink = std::move(sink); }
    void setDownlinkApply(DownlinkApply apply) { m_downlinkApply = std::move(apply); }
    void setItemCallback(std::function<void(const SyncItem &)> callback) { m_onItem = std::move(callback); }
    void setMessageCallback(std::function<void(const QString &)> callback) { m_onMessage = std::move(callback); }
    // For tests: how a backoff delay is waited (default: sleeps in 100 ms steps, watching abort).
    void setSleeper(std::function<void(int ms)> sleeper) { m_sleep = std::move(sleeper); }

    SyncSummary run(const SyncConditions &conditions);

private:
    struct Private;
    SyncConfig m_config;
    HttpClient *m_http;
    std::atomic_bool *m_abort;
    AuditSource m_auditSource;
    AuditSink m_auditSink;
    DownlinkApply m_downlinkApply;
    std::function<void(const SyncItem &)> m_onItem;
    std::function<void(const QString &)> m_onMessage;
    std::function<void(int)> m_sleep;
};
