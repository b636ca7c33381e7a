#pragma once
// RecorderPrivate: the state behind Recorder. Everything here belongs to the recorder thread
// unless marked atomic; GStreamer threads reach it only through the inbox (recorderinbox.h).
// recorder.cpp: pipeline lifecycle, bus, errors, photos, watermark.
// recordingsession.cpp: one recording from press to the last closed segment.

#include "pipelinebuilder.h"
#include "prerecordgate.h"
#include "recorder.h"
#include "recorderinbox.h"
#include "segmentwriter.h"
#include "storageinfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>

#include <atomic>
#include <memory>

class QTimer;

// GStreamer references held in closures that may be dropped unrun (inbox closed).
using BufferRef = std::shared_ptr<GstBuffer>;
using CapsRef = std::shared_ptr<GstCaps>;
using MessageRef = std::shared_ptr<GstMessage>;

// One recording: from startRecording() until its bin has been removed.
struct Session {
    int serial = 0;                          // tags inbox work so stale work is ignored
    QString id;
    RecordingMode mode = RecordingMode::AudioVideo;
    qint64 volumeId = -1;                    // the evidence folder's volume at the start
    qint64 pressMonoNs = 0;
    QDateTime pressWall;
    GstClockTime thresholdRt = 0;
    std::unique_ptr<SegmentWriter> writer;
    GstPad *firstPad = nullptr;              // writer pad the latency probe watches (borrowed)

    // Known once the gate has passed the first buffer.
    bool gateOpened = false;
    GstClockTime startRt = GST_CLOCK_TIME_NONE;
    BufferRef keyframe;
    CapsRef keyframeCaps;
    bool startedEmitted = false;
    qint64 firstFrameMonoNs = 0;
    QDateTime firstFrameWall;

    struct PendingMarker {
        MarkerType type;
        qint64 monoNs;
        QDateTime wall;
    };
    QList<PendingMarker> pendingMarkers;     // added before the first frame was known
    QList<SegmentWriter::Opened> deferredOpens;
    QMap<int, SegmentWriter::Opened> opened; // by index, until closed
    QHash<QString, int> indexByPart;
    QMap<int, SegmentClosed> closedAwaitingEnd; // closed after the stop, emitted at the end
    int closedCount = 0;
    QDateTime lastEndWall;

    bool stopRequested = false;              // stop asked for (maybe before the first frame)
    bool stopIssued = false;                 // cut installed, EOS on its way
    bool binEos = false;
    QString stopReason;
    GstClockTime audioCutRt = GST_CLOCK_TIME_NONE;
};

class RecorderPrivate
{
    // tr() uses the Recorder context, the same one lupdate records for these messages.
    Q_DECLARE_TR_FUNCTIONS(Recorder)
public:
    RecorderPrivate(Recorder *q, const RecorderConfig &config);
    ~RecorderPrivate();

    // recorder.cpp
    void start();
    void shutdown();
    void teardownPipeline();
    void setState(RecorderState s);
    RecorderState state() const { return RecorderState(m_state.load()); }
    void fail(RecorderErrorCode code, const QString &message, const QString &detail);
    void emitError(RecorderErrorCode code, const QString &message, const QString &detail);
    void handleBusMessage(GstMessage *msg);
    void handleError(GstMessage *msg);
    void onVideoLost(const QString &why);
    void onAudioLost(const QString &why);
    void takePhoto();
    void updateWatermark();
    QDateTime wallForMono(qint64 monoNs) const;
    QDateTime wallForRt(GstClockTime rt) const;
    qint64 monoForRt(GstClockTime rt) const { return m_baseTimeNs.load() + qint64(rt); }
    GstClockTime nowRt() const;
    bool isElementIn(GstObject *obj, GstElement *element) const;

    // recordingsession.cpp
    void startRecording(RecordingMode mode, qint64 pressMonoNs);
    bool beginSession(RecordingMode mode, qint64 pressMonoNs, GstClockTime thresholdRt, bool continuation);
    void onGateStarted(int serial, GstClockTime startRt, BufferRef keyframe, CapsRef caps);
    void onFirstBufferAtMuxer(int serial, qint64 arrivalMonoNs);
    void emitStarted();
    void onSegmentOpened(int serial, const SegmentWriter::Opened &o);
    void emitOpened(const SegmentWriter::Opened &o);
    void onFragmentClosed(const QString &location);
    void finaliseSegment(int index, bool forced);
    void onCut(int serial, bool video, GstClockTime cutRt);
    void onRecordingBinEos(GstObject *src);
    void requestStop(const QString &reason, bool withPostRecord);
    const StorageInfo *storageInfo() const;
    QString existingEvidencePath() const;
    void issueStop();
    void onStopTimeout();
    void finishSession();
    void addMarker(MarkerType type);
    void emitMarker(const Session::PendingMarker &m);
    bool storageAllowsRecording(bool starting);
    void pollStorage();

    Recorder *q;
    RecorderConfig m_config;
    StatvfsStorageInfo m_statvfs;
    std::shared_ptr<RecorderInbox> m_inbox;

    CapturePipeline m_cap;                    // m_cap.pipeline is our reference
    std::unique_ptr<PrerecordGate> m_gate;
    GstBus *m_bus = nullptr;
    gulong m_cameraEosProbe = 0;
    // Written by the recorder thread when the pipeline reaches PLAYING; read by streaming
    // threads (segment naming) to map running time to CLOCK_MONOTONIC.
    std::atomic<qint64> m_baseTimeNs{0};
    // Written by the recorder thread (setState); read by any thread through Recorder::state().
    std::atomic<int> m_state{int(RecorderState::Stopped)};

    QString m_officerNo;
    double m_latitude = 0;
    double m_longitude = 0;
    bool m_positionValid = false;
    bool m_videoAlive = true;
    bool m_audioAlive = true;
    bool m_shuttingDown = false;

    std::unique_ptr<Session> m_session;
    // Written by the recorder thread before a gate opens; read by probe callbacks.
    std::atomic<int> m_sessionSerial{0};
    bool m_continueAudioOnly = false;         // camera lost while recording: go on with audio
    RecorderError m_afterStopError;           // reported once the recording is saved
    bool m_hasAfterStopError = false;

    QTimer *m_postTimer = nullptr;
    QTimer *m_storageTimer = nullptr;
    QTimer *m_stopWatchdog = nullptr;
};
