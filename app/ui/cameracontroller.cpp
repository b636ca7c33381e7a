#include "cameracontroller.h"

#include "markerlabels.h"
#include "recorder.h"
#include "terminalcore.h"
#include "uilogging.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRunnable>

#include <gst/gst.h>

namespace {
CameraController *s_instance = nullptr;
} // namespace

CameraController::CameraController(TerminalCore *core, GstElement *previewSink, int prerecordSeconds,
                                   int postrecordSeconds, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_previewSink(previewSink ? GST_ELEMENT(gst_object_ref(previewSink)) : nullptr)
    , m_prerecordSeconds(prerecordSeconds)
    , m_postrecordSeconds(postrecordSeconds)
{
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &CameraController::tick);
    connect(core, &TerminalCore::storeReady, this, &CameraController::startCameraIfReady);
    connect(core, &TerminalCore::storeFailed, this, &CameraController::setError);
    connect(core, &TerminalCore::storeError, this, &CameraController::setError);
    Recorder *recorder = core->recorder();
    connect(recorder, &Recorder::stateChanged, this, &CameraController::onRecorderState, Qt::QueuedConnection);
    connect(recorder, &Recorder::recordingStarted, this, &CameraController::onRecordingStarted, Qt::QueuedConnection);
    connect(recorder, &Recorder::recordingStopped, this, &CameraController::onRecordingStopped, Qt::QueuedConnection);
    connect(recorder, &Recorder::errorOccurred, this, &CameraController::onError, Qt::QueuedConnection);
    connect(recorder, &Recorder::photoTaken, this, [this](const PhotoTaken &photo) {
        emit photoTaken(photo.path);
    }, Qt::QueuedConnection);
    connect(recorder, &Recorder::markerAdded, this, [this](const MarkerAdded &marker) {
        ++m_markerCount;
        m_lastMarkerLabel = MarkerLabels::label(markerTypeKey(marker.type));
        emit markerCountChanged();
        emit markerAdded(m_lastMarkerLabel);
    }, Qt::QueuedConnection);
}

CameraController::~CameraController()
{
    if (s_instance == this)
        s_instance = nullptr;
    if (m_previewSink)
        gst_object_unref(m_previewSink);
}

CameraController *CameraController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "CameraController::create", "main must set the instance before QML loads");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void CameraController::setInstance(CameraController *instance)
{
    s_instance = instance;
}

bool CameraController::recording() const
{
    return m_state == Recording || m_state == PostRecord || m_state == Stopping;
}

QVariantList CameraController::markerTypes() const
{
    QVariantList list;
    for (const auto &pair : MarkerLabels::all())
        list.append(QVariantMap{{QStringLiteral("key"), pair.first}, {QStringLiteral("label"), pair.second}});
    return list;
}

void CameraController::startCamera()
{
    m_cameraWanted = true;
    startCameraIfReady();
}

void CameraController::startCameraIfReady()
{
    if (m_cameraStarted || !m_cameraWanted || !m_core || !m_core->isStoreReady())
        return;
    if (m_previewSink && !m_previewReady)
        return;   // attachPreview() calls again
    m_cameraStarted = true;
    m_core->startCamera();
}

void CameraController::attachPreview(QQuickItem *videoItem)
{
    if (!m_previewSink || !videoItem || m_previewReady)
        return;
    g_object_set(m_previewSink, "widget", videoItem, nullptr);
    qCInfo(lcUi) << "preview attached";
    QQuickWindow *window = videoItem->window();
    if (!window) {
        m_previewReady = true;
        startCameraIfReady();
        return;
    }
    // RECIPES.md: qml6glsink renders only when PLAYING is requested after a render job in the
    // BeforeSynchronizing stage has run, once the item has its GL context.
    QPointer<CameraController> self(this);
    window->scheduleRenderJob(QRunnable::create([self] {
        QMetaObject::invokeMethod(self, [self] {
            if (!self)
                return;
            self->m_previewReady = true;
            self->startCameraIfReady();
        }, Qt::QueuedConnection);
    }), QQuickWindow::BeforeSynchronizingStage);
    window->update();
}

void CameraController::toggleRecording()
{
    if (recording())
        stopRecording();
    else
        startRecording(false);
}

void CameraController::startRecording(bool audioOnly)
{
    if (!m_core || recording())
        return;
    if (m_mayRecord && !m_mayRecord()) {
        setError(tr("当前账号没有录像权限。请由执法人员登录后再录像。"));
        return;
    }
    const qint64 press = monotonicNowNs();   // the key event, before any queueing
    m_pressMonoNs = press;
    m_core->startRecording(audioOnly ? RecordingMode::AudioOnly : RecordingMode::AudioVideo, press);
}

void CameraController::stopRecording()
{
    stopRecordingWithReason(QStringLiteral("user"), QString());
}

void CameraController::stopRecordingWithReason(const QString &reasonKey, const QString &note)
{
    if (!m_core || !recording())
        return;
    m_stopPressMonoNs = monotonicNowNs();
    m_core->stopRecording(reasonKey.isEmpty() ? QStringLiteral("user") : reasonKey, note.trimmed());
}

void CameraController::stopRecordingNow(const QString &reasonKey, const QString &note)
{
    if (!m_core || !recording())
        return;
    m_stopPressMonoNs = monotonicNowNs();
    m_core->stopRecording(reasonKey, note.trimmed(), false);
}

void CameraController::takePhoto()
{
    if (m_core)
        m_core->takePhoto();
}

void CameraController::addMarker(const QString &key)
{
    MarkerType type;
    if (!markerTypeFromKey(key, &type)) {
        qCWarning(lcUi) << "unknown marker type" << key;
        return;
    }
    if (m_core)
        m_core->addMarker(type);
}

void CameraController::dismissError()
{
    setError(QString());
}

void CameraController::setError(const QString &message)
{
    if (m_lastError == message)
        return;
    m_lastError = message;
    emit lastErrorChanged();
}

void CameraController::onRecorderState(RecorderState state)
{
    const State mapped = State(int(state));
    if (mapped == m_state)
        return;
    const bool wasRecording = recording();
    m_state = mapped;
    if (!wasRecording && recording()) {
        m_markerCount = 0;
        m_lastMarkerLabel.clear();
        emit markerCountChanged();
        m_tick.start();
    } else if (wasRecording && !recording()) {
        m_tick.stop();
    }
    tick();
    emit stateChanged();
}

void CameraController::onRecordingStarted(const RecordingStarted &info)
{
    if (m_audioOnly != (info.mode == RecordingMode::AudioOnly)) {
        m_audioOnly = info.mode == RecordingMode::AudioOnly;
        emit audioOnlyChanged();
    }
    if (info.pressMonoNs > 0)
        m_pressMonoNs = info.pressMonoNs;
    m_recordingId = info.recordingId;
    m_timelineZeroMonoNs = info.firstFrameMonoNs > 0 ? info.firstFrameMonoNs : info.pressMonoNs - qint64(info.prerecordMs) * 1000000;
    qCInfo(lcUi) << "recording" << info.recordingId << "started; press to first buffer"
                 << info.pressToFirstBufferNs / 1e6 << "ms";
    emit recordingLatency(info.pressToFirstBufferNs);
}

QJsonObject CameraController::recordingMoment() const
{
    if (!recording() || m_recordingId.isEmpty())
        return {};
    return {{QStringLiteral("recordingId"), m_recordingId},
            {QStringLiteral("offsetMs"), qMax<qint64>(0, (monotonicNowNs() - m_timelineZeroMonoNs) / 1000000)}};
}

void CameraController::onRecordingStopped(const RecordingStopped &info)
{
    if (info.recordingId == m_recordingId)
        m_recordingId.clear();
    qCInfo(lcUi) << "recording" << info.recordingId << "stopped:" << info.reason;
}

void CameraController::onError(const RecorderError &error)
{
    qCWarning(lcUi) << "recorder error" << int(error.code) << error.detail;
    setError(error.message);
}

void CameraController::tick()
{
    int elapsed = 0;
    int post = 0;
    if (recording()) {
        elapsed = int((monotonicNowNs() - m_pressMonoNs) / 1000000000LL);
        if (m_state == PostRecord && m_postrecordSeconds > 0)
            post = qMax(0, m_postrecordSeconds - int((monotonicNowNs() - m_stopPressMonoNs) / 1000000000LL));
    }
    if (elapsed != m_elapsedSeconds) {
        m_elapsedSeconds = elapsed;
        emit elapsedSecondsChanged();
    }
    if (post != m_postrecordRemaining) {
        m_postrecordRemaining = post;
        emit postrecordRemainingChanged();
    }
}
