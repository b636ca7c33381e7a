#include "terminalcore.h"

#include "evidenceingest.h"
#include "evidencelogging.h"
#include "recorder.h"

TerminalCore::TerminalCore(const DeviceProfile &profile, const DataPaths &paths, const TerminalCoreOptions &options,
                           QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_paths(paths)
{
    registerRecorderMetaTypes();
    registerEvidenceMetaTypes();
    qRegisterMetaType<ReconcileReport>();
    m_storeThread.setObjectName(QStringLiteral("store"));
    m_recorderThread.setObjectName(QStringLiteral("recorder"));

    m_ingest = new EvidenceIngest(m_paths, profile.deviceId, profile.officerNo, profile.hashAlgorithm());
    m_ingest->moveToThread(&m_storeThread);

    RecorderConfig config;
    config.profile = profile;
    config.evidenceRoot = m_paths.evidenceRoot();
    config.thumbnailDir = m_paths.thumbnails();
    config.previewSink = options.previewSink;
    config.storage = options.storage;
    config.storagePollMs = options.storagePollMs;
    m_recorder = new Recorder(config);
    m_recorder->moveToThread(&m_recorderThread);

    // Queued explicitly: the ingest must never run on the thread that emitted.
    connect(m_ingest, &EvidenceIngest::ready, this, [this](const ReconcileReport &report) {
        m_storeReady = true;
        qCInfo(lcEvidence).noquote() << report.summary();
        emit storeReady(report);
        if (m_cameraRequested)
            startCamera();
    }, Qt::QueuedConnection);
    connect(m_ingest, &EvidenceIngest::failed, this, &TerminalCore::storeFailed, Qt::QueuedConnection);
    connect(m_ingest, &EvidenceIngest::flushed, this, &TerminalCore::storeFlushed, Qt::QueuedConnection);
    connect(m_ingest, &EvidenceIngest::evidenceRegistered, this, &TerminalCore::evidenceRegistered, Qt::QueuedConnection);
    connect(m_ingest, &EvidenceIngest::recordingChanged, this, &TerminalCore::recordingChanged, Qt::QueuedConnection);
    connect(m_ingest, &EvidenceIngest::storeError, this, &TerminalCore::storeError, Qt::QueuedConnection);
    wireRecorderToIngest();
}

TerminalCore::~TerminalCore()
{
    shutdown();
}

void TerminalCore::wireRecorderToIngest()
{
    Recorder *r = m_recorder;
    EvidenceIngest *i = m_ingest;
    connect(r, &Recorder::recordingStarted, i, &EvidenceIngest::onRecordingStarted, Qt::QueuedConnection);
    connect(r, &Recorder::segmentOpened, i, &EvidenceIngest::onSegmentOpened, Qt::QueuedConnection);
    connect(r, &Recorder::segmentClosed, i, &EvidenceIngest::onSegmentClosed, Qt::QueuedConnection);
    connect(r, &Recorder::markerAdded, i, &EvidenceIngest::onMarkerAdded, Qt::QueuedConnection);
    connect(r, &Recorder::recordingStopped, i, &EvidenceIngest::onRecordingStopped, Qt::QueuedConnection);
    connect(r, &Recorder::photoTaken, i, &EvidenceIngest::onPhotoTaken, Qt::QueuedConnection);
}

void TerminalCore::startStore()
{
    if (m_shutDown || m_storeThread.isRunning())
        return;
    m_storeThread.start();
    QMetaObject::invokeMethod(m_ingest, &EvidenceIngest::openAndReconcile, Qt::QueuedConnection);
}

void TerminalCore::startCamera()
{
    if (m_shutDown || m_cameraStarted)
        return;
    if (!m_storeReady) {
        // Reconciliation must finish first; start as soon as it has.
        m_cameraRequested = true;
        return;
    }
    m_cameraStarted = true;
    m_recorderThread.start();
    QMetaObject::invokeMethod(m_recorder, &Recorder::start, Qt::QueuedConnection);
}

void TerminalCore::start()
{
    m_cameraRequested = true;
    startStore();
    if (m_storeReady)
        startCamera();
}

void TerminalCore::startRecording(RecordingMode mode, qint64 pressMonoNs)
{
    if (pressMonoNs == 0)
        pressMonoNs = monotonicNowNs();   // the press is now, not when the recorder thread gets to it
    Recorder *r = m_recorder;
    QMetaObject::invokeMethod(r, [r, mode, pressMonoNs] { r->startRecording(mode, pressMonoNs); }, Qt::QueuedConnection);
}

void TerminalCore::stopRecording(const QString &reason, const QString &note, bool withPostRecord)
{
    // The note reaches the ingest before the recorder's stop report can (both queued, in order).
    EvidenceIngest *i = m_ingest;
    QMetaObject::invokeMethod(i, [i, note] { i->setStopNote(note); }, Qt::QueuedConnection);
    Recorder *r = m_recorder;
    QMetaObject::invokeMethod(r, [r, reason, withPostRecord] {
        if (withPostRecord)
            r->stopRecording(reason);
        else
            r->stopRecordingNow(reason);
    }, Qt::QueuedConnection);
}

void TerminalCore::addMarker(MarkerType type)
{
    Recorder *r = m_recorder;
    QMetaObject::invokeMethod(r, [r, type] { r->addMarker(type); }, Qt::QueuedConnection);
}

void TerminalCore::takePhoto()
{
    QMetaObject::invokeMethod(m_recorder, &Recorder::takePhoto, Qt::QueuedConnection);
}

void TerminalCore::setOverlayPosition(double latitude, double longitude, bool valid)
{
    Recorder *r = m_recorder;
    QMetaObject::invokeMethod(r, [r, latitude, longitude, valid] { r->setOverlayPosition(latitude, longitude, valid); },
                              Qt::QueuedConnection);
}

void TerminalCore::setLocation(const GeoFix &fix)
{
    setOverlayPosition(fix.latitude, fix.longitude, fix.valid);
    EvidenceIngest *i = m_ingest;
    QMetaObject::invokeMethod(i, [i, fix] { i->setFix(fix); }, Qt::QueuedConnection);
}

void TerminalCore::setOfficer(const QString &officerNo)
{
    m_profile.officerNo = officerNo;
    Recorder *r = m_recorder;
    EvidenceIngest *i = m_ingest;
    QMetaObject::invokeMethod(r, [r, officerNo] { r->setOfficer(officerNo); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(i, [i, officerNo] { i->setOfficer(officerNo); }, Qt::QueuedConnection);
}

void TerminalCore::setActiveCase(const QString &caseId)
{
    EvidenceIngest *i = m_ingest;
    QMetaObject::invokeMethod(i, [i, caseId] { i->setActiveCase(caseId); }, Qt::QueuedConnection);
}

void TerminalCore::flushStore()
{
    QMetaObject::invokeMethod(m_ingest, &EvidenceIngest::flush, Qt::QueuedConnection);
}

void TerminalCore::shutdown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    if (m_recorderThread.isRunning()) {
        // Recorder::shutdown() returns once its files are finalised; every report it emitted on
        // the way is already queued for the ingest.
        QMetaObject::invokeMethod(m_recorder, &Recorder::shutdown, Qt::BlockingQueuedConnection);
        m_recorder->deleteLater();   // on its own thread, as the thread finishes
        m_recorderThread.quit();
        m_recorderThread.wait();
    } else {
        delete m_recorder;   // never started: no events, no pipeline
    }
    m_recorder = nullptr;
    if (m_storeThread.isRunning()) {
        // Runs after everything queued before it: all reports committed, then the writer closes.
        EvidenceIngest *i = m_ingest;
        QMetaObject::invokeMethod(i, [i] { i->close(); }, Qt::BlockingQueuedConnection);
        m_ingest->deleteLater();
        m_storeThread.quit();
        m_storeThread.wait();
    } else {
        delete m_ingest;
    }
    m_ingest = nullptr;
    qCInfo(lcEvidence) << "terminal core shut down";
}
