#pragma once
// CameraController: what QML sees of the body camera (singleton `Camera` in Fieldterm.Core).
// Forwards presses to the Recorder on its thread and mirrors the Recorder's signals into
// properties. No rules live here beyond presentation: policy is the Recorder's.

#include "recordertypes.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

class TerminalCore;
class QQmlEngine;
class QJSEngine;
typedef struct _GstElement GstElement;

class CameraController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Camera)
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool recording READ recording NOTIFY stateChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY stateChanged)
    Q_PROPERTY(int elapsedSeconds READ elapsedSeconds NOTIFY elapsedSecondsChanged)
    Q_PROPERTY(bool audioOnly READ audioOnly NOTIFY audioOnlyChanged)
    Q_PROPERTY(bool previewAvailable READ previewAvailable CONSTANT)
    Q_PROPERTY(int prerecordSeconds READ prerecordSeconds CONSTANT)
    Q_PROPERTY(int postrecordRemaining READ postrecordRemaining NOTIFY postrecordRemainingChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(int markerCount READ markerCount NOTIFY markerCountChanged)
    Q_PROPERTY(QString lastMarkerLabel READ lastMarkerLabel NOTIFY markerCountChanged)
    Q_PROPERTY(QVariantList markerTypes READ markerTypes CONSTANT)

public:
    enum State { Stopped, Starting, Idle, Recording, PostRecord, Stopping, Failed };
    Q_ENUM(State)

    // core owns the recorder thread; previewSink (may be null) is the qml6glsink the
    // recorder's pipeline renders into.
    CameraController(TerminalCore *core, GstElement *previewSink, int prerecordSeconds,
                     int postrecordSeconds, QObject *parent = nullptr);
    ~CameraController() override;

    static CameraController *create(QQmlEngine *, QJSEngine *);
    static void setInstance(CameraController *instance);

    State state() const { return m_state; }
    bool recording() const;
    bool ready() const { return m_state == Idle || recording(); }
    int elapsedSeconds() const { return m_elapsedSeconds; }
    bool audioOnly() const { return m_audioOnly; }
    bool previewAvailable() const { return m_previewSink != nullptr; }
    int prerecordSeconds() const { return m_prerecordSeconds; }
    int postrecordRemaining() const { return m_postrecordRemaining; }
    QString lastError() const { return m_lastError; }
    int markerCount() const { return m_markerCount; }
    QString lastMarkerLabel() const { return m_lastMarkerLabel; }
    QVariantList markerTypes() const;

    // Starts the camera pipeline once the store is ready and, with a preview sink, once
    // attachPreview() has handed over the video item (the sink needs its GL context first).
    void startCamera();
    // Who may start a recording (the signed-in officer's Record permission); unset = anyone.
    void setMayRecord(std::function<bool()> mayRecord) { m_mayRecord = std::move(mayRecord); }

    // {recordingId, offsetMs} of the recording running now (offset on its own timeline, the
    // pre-record included), or {} when not recording: ties an event — a refused signature — to video.
    QJsonObject recordingMoment() const;

    Q_INVOKABLE void toggleRecording();
    Q_INVOKABLE void startRecording(bool audioOnly = false);
    Q_INVOKABLE void stopRecording();
    // Stop with an interruption reason (key from Cases.stopReasons) and the officer's note.
    Q_INVOKABLE void stopRecordingWithReason(const QString &reasonKey, const QString &note);
    // The same, skipping the profile's post-record and cutting one already counting down
    // (critical battery: the power left goes to closing and hashing the open segment).
    void stopRecordingNow(const QString &reasonKey, const QString &note);
    Q_INVOKABLE void takePhoto();
    Q_INVOKABLE void addMarker(const QString &key);
    Q_INVOKABLE void dismissError();
    Q_INVOKABLE void attachPreview(QQuickItem *videoItem);

signals:
    void stateChanged();
    void elapsedSecondsChanged();
    void audioOnlyChanged();
    void postrecordRemainingChanged();
    void lastErrorChanged();
    void markerCountChanged();
    void photoTaken(const QString &path);
    void markerAdded(const QString &label);
    // Emitted when a recording starts, with the press→first-buffer latency (benchmarks, logs).
    void recordingLatency(qint64 pressToFirstBufferNs);

private:
    void onRecorderState(RecorderState state);
    void onRecordingStarted(const RecordingStarted &info);
    void onRecordingStopped(const RecordingStopped &info);
    void onError(const RecorderError &error);
    void tick();
    void setError(const QString &message);

    void startCameraIfReady();

    QPointer<TerminalCore> m_core;
    std::function<bool()> m_mayRecord;
    GstElement *m_previewSink = nullptr;
    bool m_cameraWanted = false;
    bool m_cameraStarted = false;
    bool m_previewReady = false;
    State m_state = Stopped;
    int m_elapsedSeconds = 0;
    bool m_audioOnly = false;
    int m_prerecordSeconds = 0;
    int m_postrecordSeconds = 0;
    int m_postrecordRemaining = 0;
    QString m_lastError;
    int m_markerCount = 0;
    QString m_lastMarkerLabel;
    qint64 m_pressMonoNs = 0;
    QString m_recordingId;          // the running recording; empty when none
    qint64 m_timelineZeroMonoNs = 0;   // CLOCK_MONOTONIC of its file's first frame
    qint64 m_stopPressMonoNs = 0;
    QTimer m_tick;
};
