// Lifecycle: shutdown during a recording finalises it; recordings back to back; destroying a
// recording Recorder without shutdown() still leaves closed, renamed files; start-up failures
// (no camera, no encoder) are reported in Chinese; a slow preview never holds back recording;
// a stopped recording leaves no GStreamer element of its own alive.
#include "recorderharness.h"

#include "../common/gstcensus.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <gst/gst.h>

namespace {

RecorderConfig configIn(const QTemporaryDir &tmp)
{
    RecorderConfig config;
    config.profile = smallProfile();
    config.evidenceRoot = tmp.filePath(QStringLiteral("evidence"));
    config.thumbnailDir = tmp.filePath(QStringLiteral("thumbs"));
    return config;
}

int videoFrames(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"),
                                        QStringLiteral("v"), QStringLiteral("-count_frames"), QStringLiteral("-show_entries"),
                                        QStringLiteral("stream=nb_read_frames"), QStringLiteral("-of"), QStringLiteral("csv=p=0"),
                                        path});
    p.waitForFinished(30000);
    return p.readAllStandardOutput().trimmed().toInt();
}

bool noPartFiles(const QString &dir)
{
    for (const QString &f : filesUnder(dir)) {
        if (f.endsWith(QLatin1String(".part")))
            return false;
    }
    return true;
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        gst_init(nullptr, nullptr);
        m_splitmuxsinks = new GstCensus("GstSplitMuxSink");   // never deleted: see gstcensus.h
    }

    void shutdownWhileRecording()
    {
        QTemporaryDir tmp;
        RecorderConfig config = configIn(tmp);
        config.profile.policy.postrecordSeconds = 30;   // shutdown does not wait for it
        RecorderHarness h(config);
        SignalCollector &c = h.signals_();
        h.start();
        QVERIFY(h.waitReady());
        h.startRecording();
        QTRY_COMPARE_WITH_TIMEOUT(c.started.size(), 1, 5000);
        QTest::qWait(1500);
        h.shutdown();   // blocking
        QCOMPARE(c.shutdowns, 1);
        QCOMPARE(c.stopped.size(), 1);
        QCOMPARE(c.stopped.first().reason, QStringLiteral("shutdown"));
        QCOMPARE(c.closed.size(), 1);
        QVERIFY(c.closed.first().last);
        QCOMPARE(c.states.last(), RecorderState::Stopped);
        QVERIFY(noPartFiles(config.evidenceRoot));
        QCOMPARE(streamsOf(ffprobe(c.closed.first().finalPath), QStringLiteral("video")).size(), 1);
    }

    void backToBack()
    {
        QTemporaryDir tmp;
        RecorderConfig config = configIn(tmp);
        config.profile.policy.prerecordSeconds = 2;
        RecorderHarness h(config);
        SignalCollector &c = h.signals_();
        h.start();
        QVERIFY(h.waitReady());
        QTest::qWait(1000);
        for (int i = 1; i <= 3; ++i) {
            h.startRecording();
            QTRY_COMPARE_WITH_TIMEOUT(c.started.size(), i, 5000);
            h.startRecording();   // already recording: ignored
            QTest::qWait(1000);
            h.stopRecording();
            QVERIFY(h.waitStopped(i));
        }
        QVERIFY2(c.errors.isEmpty(), qPrintable(c.errors.value(0).detail));
        QCOMPARE(c.started.size(), 3);
        QCOMPARE(c.closed.size(), 3);
        // Each later recording's pre-record reaches back only to the previous cut: no frame is
        // in two files.
        for (int i = 1; i < 3; ++i)
            QVERIFY2(c.started[i].firstFrameMonoNs >= c.closed[i - 1].endMonoNs - 20000000LL,
                     qPrintable(QStringLiteral("overlap %1 ms").arg((c.closed[i - 1].endMonoNs - c.started[i].firstFrameMonoNs) / 1e6)));
        for (const SegmentClosed &f : c.closed) {
            QVERIFY(firstVideoFrameIsKey(f.finalPath));
            QVERIFY(formatDuration(ffprobe(f.finalPath)) > 0.9);
        }
        h.stopRecording();   // nothing recording: ignored
        QTest::qWait(200);
        QCOMPARE(c.stopped.size(), 3);

        // Each recording's bin is gone once it stopped: no splitmuxsink outlives its recording.
        // (A bus sync handler that dropped messages without releasing them kept every element
        // they named alive: ≈ 70 KiB per recording.)
        QVERIFY(m_splitmuxsinks->created() >= 3);
        QTRY_COMPARE_WITH_TIMEOUT(m_splitmuxsinks->alive(), 0, 5000);
    }

    void destructorFinalises()
    {
        QTemporaryDir tmp;
        const RecorderConfig config = configIn(tmp);
        QList<SegmentClosed> closed;
        int started = 0;
        {
            // On this thread, destroyed without shutdown().
            Recorder recorder(config);
            QObject::connect(&recorder, &Recorder::recordingStarted, [&] { ++started; });
            QObject::connect(&recorder, &Recorder::segmentClosed, [&](const SegmentClosed &s) { closed.append(s); });
            bool ready = false;
            QObject::connect(&recorder, &Recorder::pipelineReady, [&] { ready = true; });
            recorder.start();
            QTRY_VERIFY_WITH_TIMEOUT(ready, 10000);
            recorder.startRecording();
            QTRY_COMPARE_WITH_TIMEOUT(started, 1, 5000);
            QTest::qWait(1200);
        }
        QCOMPARE(closed.size(), 1);
        QVERIFY(QFileInfo::exists(closed.first().finalPath));
        QVERIFY(noPartFiles(config.evidenceRoot));
        QVERIFY(formatDuration(ffprobe(closed.first().finalPath)) > 1.0);
    }

    void startFailures_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("encoder");
        QTest::addColumn<int>("code");
        QTest::newRow("no-camera") << "v4l2" << "x264" << int(RecorderErrorCode::NoCamera);
        if (!gst_element_factory_find("v4l2h264enc"))   // a desktop has no hardware encoder
            QTest::newRow("no-encoder") << "test" << "v4l2h264" << int(RecorderErrorCode::EncoderFailure);
    }

    void startFailures()
    {
        QFETCH(QString, source);
        QFETCH(QString, encoder);
        QFETCH(int, code);
        QTemporaryDir tmp;
        RecorderConfig config = configIn(tmp);
        config.profile.video.source = source;
        config.profile.video.device = tmp.filePath(QStringLiteral("no-such-video-device"));
        config.profile.video.encoder = encoder;
        RecorderHarness h(config);
        SignalCollector &c = h.signals_();
        h.start();
        QTRY_VERIFY_WITH_TIMEOUT(!c.errors.isEmpty(), 10000);
        QCOMPARE(int(c.errors.first().code), code);
        QVERIFY(!c.errors.first().message.isEmpty());
        QVERIFY(c.errors.first().message.contains(QStringLiteral("。")));   // Chinese, a full sentence
        QTRY_COMPARE_WITH_TIMEOUT(h.recorder()->state(), RecorderState::Failed, 5000);
        QCOMPARE(c.ready, 0);
        h.startRecording();
        QTRY_COMPARE_WITH_TIMEOUT(c.errors.size(), 2, 5000);   // refused, with a message
        QVERIFY(c.started.isEmpty());
    }

    void unwritableEvidenceDirectory()
    {
        // The card's directory cannot be created (here: a file is in the way).
        QTemporaryDir tmp;
        QFile blocker(tmp.filePath(QStringLiteral("card")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        RecorderConfig config = configIn(tmp);
        config.evidenceRoot = tmp.filePath(QStringLiteral("card/evidence"));
        RecorderHarness h(config);
        SignalCollector &c = h.signals_();
        h.start();
        QVERIFY(h.waitReady());
        h.startRecording();
        QTRY_VERIFY_WITH_TIMEOUT(c.hasError(RecorderErrorCode::WriteFailed), 10000);
        QVERIFY(h.waitStopped(1));
        QCOMPARE(c.stopped.first().reason, QStringLiteral("error"));
        QVERIFY(c.opened.isEmpty());   // no file was announced that does not exist
        QVERIFY(c.closed.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(h.recorder()->state(), RecorderState::Idle, 5000);
        h.takePhoto();   // same card: refused with a message
        QTRY_COMPARE_WITH_TIMEOUT(c.errors.size(), 2, 5000);
        QCOMPARE(c.errors.last().code, RecorderErrorCode::WriteFailed);
    }

    void slowPreviewDoesNotStallRecording()
    {
        QTemporaryDir tmp;
        RecorderConfig config = configIn(tmp);
        // A "display" that takes 200 ms per frame (5 fps) behind the leaky preview queue.
        GError *err = nullptr;
        GstElement *preview = gst_parse_bin_from_description("identity sleep-time=200000 ! fakesink sync=false", TRUE, &err);
        QVERIFY(preview);
        config.previewSink = preview;
        RecorderHarness h(config);
        SignalCollector &c = h.signals_();
        h.start();
        QVERIFY(h.waitReady());
        h.startRecording();
        QTRY_COMPARE_WITH_TIMEOUT(c.started.size(), 1, 5000);
        QTest::qWait(3000);
        h.stopRecording();
        QVERIFY(h.waitStopped(1));
        const double seconds = formatDuration(ffprobe(c.closed.first().finalPath));
        const int frames = videoFrames(c.closed.first().finalPath);
        // Every frame of the 30 fps camera is in the file.
        QVERIFY2(std::abs(frames - qRound(seconds * 30)) <= 2, qPrintable(QStringLiteral("%1 frames in %2 s").arg(frames).arg(seconds)));
    }

private:
    GstCensus *m_splitmuxsinks = nullptr;
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
