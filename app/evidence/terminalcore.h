#pragma once
// TerminalCore: the object graph both programs share (the terminal's UI and fieldterm-cli).
// It owns two threads and the objects living on them:
//
//   owner thread (GUI / CLI)          store thread                 recorder thread
//   ───────────────────────           ────────────                 ───────────────
//   TerminalCore ──queued calls──────────────────────────────────► Recorder (GStreamer)
//        ▲                            EvidenceIngest ◄──queued──── recordingStarted, segmentOpened,
//        └──── queued signals ─────── (writer connection)          segmentClosed, markerAdded, …
//
// Start-up order: startStore() opens/migrates the store and reconciles files against rows on
// the store thread; only after storeReady() may startCamera() run the recorder (reconciliation
// renames the recorder's leftover .part files, so it must finish first). shutdown() stops in
// the reverse order: the recorder finalises its files, the ingest commits them, threads end.
//
// Readers (EvidenceQuery, Verifier) open their own connections on the caller's thread.

#include "evidencerecord.h"
#include "reconciler.h"
#include "recordertypes.h"

#include "datapaths.h"
#include "deviceprofile.h"
#include "geofix.h"

#include <QObject>
#include <QThread>

class EvidenceIngest;
class Recorder;
class StorageInfo;
typedef struct _GstElement GstElement;

struct TerminalCoreOptions {
    GstElement *previewSink = nullptr;     // e.g. a qml6glsink made on the GUI thread; null = none
    const StorageInfo *storage = nullptr;  // null = statvfs
    int storagePollMs = 1000;
};

class TerminalCore : public QObject
{
    Q_OBJECT
public:
    TerminalCore(const DeviceProfile &profile, const DataPaths &paths, const TerminalCoreOptions &options = {},
                 QObject *parent = nullptr);
    ~TerminalCore() override;   // shuts down if the owner did not

    const DeviceProfile &profile() const { return m_profile; }
    const DataPaths &paths() const { return m_paths; }
    bool isStoreReady() const { return m_storeReady; }
    bool isCameraStarted() const { return m_cameraStarted; }

    // For connecting to their signals (queued: they live on other threads). Call their slots
    // through the thread-safe methods below, never directly.
    Recorder *recorder() const { return m_recorder; }
    EvidenceIngest *ingest() const { return m_ingest; }

public slots:
    void startStore();    // → storeReady(report) or storeFailed(message)
    void startCamera();   // requires storeReady; recorder's pipelineReady / errorOccurred follow
    void start();         // startStore(), then startCamera() once the store is ready

    // Thread-safe, queued onto the recorder thread.
    void startRecording(RecordingMode mode = RecordingMode::AudioVideo, qint64 pressMonoNs = 0);
    // reason: a key ("user", or an interruption reason such as "device_fault"); note: the
    // officer's words, stored with the recording and in its audit row.
    // withPostRecord false: stop at once (a failing battery cannot afford the post-record).
    void stopRecording(const QString &reason = QStringLiteral("user"), const QString &note = QString(),
                       bool withPostRecord = true);
    void addMarker(MarkerType type);
    void takePhoto();
    void setOverlayPosition(double latitude, double longitude, bool valid);
    // The current fix (LocationSource::fixChanged): the watermark's position ("无定位" when not
    // valid) and the position of photos and segments started from now on.
    void setLocation(const GeoFix &fix);
    void setOfficer(const QString &officerNo);   // the signed-in officer: watermark, rows, audit
    void setActiveCase(const QString &caseId);   // recordings started later link to it

    // storeFlushed() follows once every report queued so far is committed.
    void flushStore();
    // Blocks until the recorder has finalised its files and the ingest has committed them;
    // then both threads are finished. Safe to call more than once.
    void shutdown();

signals:
    void storeReady(const ReconcileReport &report);
    void storeFailed(const QString &message);
    void storeFlushed();
    // Forwarded from the ingest, delivered on the owner's thread.
    void evidenceRegistered(const EvidenceRecord &record);
    void recordingChanged(const QString &recordingId);
    void storeError(const QString &message);

private:
    void wireRecorderToIngest();

    DeviceProfile m_profile;
    DataPaths m_paths;
    QThread m_storeThread;
    QThread m_recorderThread;
    EvidenceIngest *m_ingest = nullptr;   // lives on m_storeThread; deleted by shutdown()
    Recorder *m_recorder = nullptr;       // lives on m_recorderThread; deleted by shutdown()
    bool m_storeReady = false;
    bool m_cameraStarted = false;
    bool m_cameraRequested = false;
    bool m_shutDown = false;
};
