// Camera lost mid-recording (simulated: FIELDTERM_SIM_CAMERA_BUFFERS makes the test camera end
// its stream): the video file is closed and playable, sound goes on in a new audio-only
// recording that starts where the video file's sound ended, and the UI is told in Chinese.
#include "recorderharness.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

class TestCameraLost : public QObject
{
    Q_OBJECT
private slots:
    void cameraLostWhileRecording()
    {
        // 90 frames at 30 fps: the camera "dies" about 3 s after the pipeline starts.
        qputenv("FIELDTERM_SIM_CAMERA_BUFFERS", "90");
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        RecorderConfig config;
        config.profile = smallProfile();
        config.evidenceRoot = tmp.filePath(QStringLiteral("evidence"));
        RecorderHarness h(config);
        SignalCollector &c = h.signals_();
        h.start();
        QVERIFY(h.waitReady());
        qunsetenv("FIELDTERM_SIM_CAMERA_BUFFERS");
        QTest::qWait(500);
        h.startRecording();
        QTRY_COMPARE_WITH_TIMEOUT(c.stopped.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(c.started.size(), 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(c.hasError(RecorderErrorCode::CameraLost), 5000);
        QTest::qWait(1500);
        h.stopRecording();
        QVERIFY(h.waitStopped(2));

        const RecorderError e = c.errors.first();
        QCOMPARE(c.errors.size(), 1);
        QCOMPARE(e.code, RecorderErrorCode::CameraLost);
        QCOMPARE(e.message, QStringLiteral("摄像头连接中断，已保存已录视频，正在继续录音。请检查摄像头连接。"));

        // The video recording: closed, playable, cut where the camera ended.
        QCOMPARE(c.stopped[0].reason, QStringLiteral("camera_lost"));
        QCOMPARE(c.started[0].mode, RecordingMode::AudioVideo);
        const QList<SegmentClosed> video = c.closedFor(c.started[0].recordingId);
        QCOMPARE(video.size(), 1);
        QVERIFY(video.first().last);
        QVERIFY(video.first().finalPath.endsWith(QLatin1String(".mp4")));
        const QJsonObject vprobe = ffprobe(video.first().finalPath);
        QCOMPARE(streamsOf(vprobe, QStringLiteral("video")).size(), 1);
        QCOMPARE(streamsOf(vprobe, QStringLiteral("audio")).size(), 1);
        QVERIFY(firstVideoFrameIsKey(video.first().finalPath));
        QVERIFY2(formatDuration(vprobe) > 1.5 && formatDuration(vprobe) < 3.2, qPrintable(QString::number(formatDuration(vprobe))));

        // The sound goes on: a new audio-only recording, no gap, no overlap (within a frame).
        QCOMPARE(c.started[1].mode, RecordingMode::AudioOnly);
        QVERIFY(c.started[1].recordingId != c.started[0].recordingId);
        const QList<SegmentClosed> audio = c.closedFor(c.started[1].recordingId);
        QCOMPARE(audio.size(), 1);
        QVERIFY(audio.first().finalPath.endsWith(QLatin1String(".m4a")));
        const QJsonObject aprobe = ffprobe(audio.first().finalPath);
        QCOMPARE(streamsOf(aprobe, QStringLiteral("video")).size(), 0);
        QCOMPARE(streamsOf(aprobe, QStringLiteral("audio")).size(), 1);
        QVERIFY(formatDuration(aprobe) > 1.2);
        const qint64 gap = c.started[1].firstFrameMonoNs - video.first().endMonoNs;
        QVERIFY2(std::llabs(gap) < 45000000LL, qPrintable(QStringLiteral("gap %1 ms").arg(gap / 1e6)));
        QCOMPARE(c.stopped[1].reason, QStringLiteral("user"));

        // No picture any more: a photo is refused with a message, not a crash.
        h.takePhoto();
        QTRY_COMPARE_WITH_TIMEOUT(c.errors.size(), 2, 5000);
        QCOMPARE(c.errors.last().code, RecorderErrorCode::CameraLost);
        QVERIFY(c.photos.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCameraLost)
#include "tst_cameralost.moc"
