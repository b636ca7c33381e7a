#include "recorderharness.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

DeviceProfile smallProfile()
{
    DeviceProfile p = DeviceProfile::simulatedDefault();
    p.video.width = 320;
    p.video.height = 240;
    p.video.fps = 30;
    p.video.bitrateKbps = 500;
    p.video.x264Preset = QStringLiteral("ultrafast");
    p.video.gopSeconds = 1;
    p.audio.sampleRate = 48000;
    p.audio.channels = 1;
    p.policy.prerecordSeconds = 0;
    p.policy.postrecordSeconds = 0;
    p.policy.segmentSeconds = 600;
    p.policy.storageReserveMB = 0;
    return p;
}

QList<SegmentClosed> SignalCollector::closedFor(const QString &recordingId) const
{
    QList<SegmentClosed> out;
    for (const SegmentClosed &c : closed) {
        if (c.recordingId == recordingId)
            out.append(c);
    }
    return out;
}

bool SignalCollector::hasError(RecorderErrorCode code) const
{
    for (const RecorderError &e : errors) {
        if (e.code == code)
            return true;
    }
    return false;
}

RecorderHarness::RecorderHarness(const RecorderConfig &config)
{
    registerRecorderMetaTypes();
    m_recorder = new Recorder(config);
    m_recorder->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_recorder, &QObject::deleteLater);
    SignalCollector *c = &m_collector;
    const auto q = Qt::QueuedConnection;
    QObject::connect(m_recorder, &Recorder::stateChanged, c, [c](RecorderState s) { c->states.append(s); }, q);
    QObject::connect(m_recorder, &Recorder::pipelineReady, c, [c] { ++c->ready; }, q);
    QObject::connect(m_recorder, &Recorder::recordingStarted, c, [c](const RecordingStarted &i) {
        c->started.append(i);
        c->monoAtStarted.append(monotonicNowNs());
    }, q);
    QObject::connect(m_recorder, &Recorder::segmentOpened, c, [c](const SegmentOpened &i) { c->opened.append(i); }, q);
    QObject::connect(m_recorder, &Recorder::segmentClosed, c, [c](const SegmentClosed &i) { c->closed.append(i); }, q);
    QObject::connect(m_recorder, &Recorder::markerAdded, c, [c](const MarkerAdded &i) { c->markers.append(i); }, q);
    QObject::connect(m_recorder, &Recorder::recordingStopped, c, [c](const RecordingStopped &i) { c->stopped.append(i); }, q);
    QObject::connect(m_recorder, &Recorder::photoTaken, c, [c](const PhotoTaken &i) { c->photos.append(i); }, q);
    QObject::connect(m_recorder, &Recorder::errorOccurred, c, [c](const RecorderError &e) {
        qWarning("recorder error %d: %s (%s)", int(e.code), qPrintable(e.message), qPrintable(e.detail));
        c->errors.append(e);
    }, q);
    QObject::connect(m_recorder, &Recorder::shutdownComplete, c, [c] { ++c->shutdowns; }, q);
    m_thread.start();
}

RecorderHarness::~RecorderHarness()
{
    if (!m_shutdown)
        shutdown();
    m_thread.quit();
    m_thread.wait();
}

void RecorderHarness::start()
{
    QMetaObject::invokeMethod(m_recorder, &Recorder::start, Qt::QueuedConnection);
}

void RecorderHarness::startRecording(RecordingMode mode, qint64 pressMonoNs)
{
    Recorder *r = m_recorder;
    QMetaObject::invokeMethod(r, [r, mode, pressMonoNs] { r->startRecording(mode, pressMonoNs); }, Qt::QueuedConnection);
}

void RecorderHarness::stopRecording(const QString &reason)
{
    Recorder *r = m_recorder;
    QMetaObject::invokeMethod(r, [r, reason] { r->stopRecording(reason); }, Qt::QueuedConnection);
}

void RecorderHarness::addMarker(MarkerType type)
{
    Recorder *r = m_recorder;
    QMetaObject::invokeMethod(r, [r, type] { r->addMarker(type); }, Qt::QueuedConnection);
}

void RecorderHarness::takePhoto()
{
    QMetaObject::invokeMethod(m_recorder, &Recorder::takePhoto, Qt::QueuedConnection);
}

void RecorderHarness::shutdown()
{
    m_shutdown = true;
    // Blocking: shutdown() finalises files before it returns.
    QMetaObject::invokeMethod(m_recorder, &Recorder::shutdown, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents();
}

bool RecorderHarness::waitReady(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_collector.ready == 0 && m_collector.errors.isEmpty() && !deadline.hasExpired())
        QTest::qWait(20);
    return m_collector.ready > 0;
}

bool RecorderHarness::waitStopped(int count, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_collector.stopped.size() < count && !deadline.hasExpired())
        QTest::qWait(20);
    return m_collector.stopped.size() >= count;
}

QJsonObject ffprobe(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                                        QStringLiteral("format=duration:stream=codec_type,start_time,duration,width,height"),
                                        QStringLiteral("-of"), QStringLiteral("json"), path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning("ffprobe failed on %s: %s", qPrintable(path), p.readAllStandardError().constData());
        return QJsonObject();
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QList<QJsonObject> streamsOf(const QJsonObject &probe, const QString &type)
{
    QList<QJsonObject> out;
    const QJsonArray streams = probe.value(QLatin1String("streams")).toArray();
    for (const QJsonValue &v : streams) {
        if (v.toObject().value(QLatin1String("codec_type")).toString() == type)
            out.append(v.toObject());
    }
    return out;
}

double formatDuration(const QJsonObject &probe)
{
    return probe.value(QLatin1String("format")).toObject().value(QLatin1String("duration")).toString().toDouble();
}

bool firstVideoFrameIsKey(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("ffprobe"),
            {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"), QStringLiteral("v"),
             QStringLiteral("-show_frames"), QStringLiteral("-read_intervals"), QStringLiteral("%+#1"),
             QStringLiteral("-show_entries"), QStringLiteral("frame=key_frame"), QStringLiteral("-of"), QStringLiteral("json"),
             path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return false;
    const QJsonArray frames =
        QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QLatin1String("frames")).toArray();
    return !frames.isEmpty() && frames.first().toObject().value(QLatin1String("key_frame")).toInt() == 1;
}

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(dir).relativeFilePath(it.next()));
    out.sort();
    return out;
}
