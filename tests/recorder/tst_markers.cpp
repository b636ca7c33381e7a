// Markers: typed, offset from the recording's first frame (pre-record included), in order,
// at the time they were pressed; ignored when nothing is recording.
#include "recorderharness.h"

#include <QTemporaryDir>
#include <QTest>

class TestMarkers : public QObject
{
    Q_OBJECT
private slots:
    void markers()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        RecorderConfig config;
        config.profile = smallProfile();
        config.profile.policy.prerecordSeconds = 2;
        config.evidenceRoot = tmp.filePath(QStringLiteral("evidence"));
        RecorderHarness h(config);
        SignalCollector &c = h.signals_();
        h.start();
        QVERIFY(h.waitReady());
        h.addMarker(MarkerType::Other);   // idle: ignored
        QTest::qWait(2500);

        const qint64 press = monotonicNowNs();
        h.startRecording(RecordingMode::AudioVideo, press);
        // Queued right behind the start: may arrive before the first frame is known.
        h.addMarker(MarkerType::ShowCredentials);
        const QList<MarkerType> types{MarkerType::Notify, MarkerType::Question, MarkerType::Sign};
        QList<qint64> pressedAt{press};
        for (MarkerType t : types) {
            QTest::qWait(400);
            pressedAt.append(monotonicNowNs());
            h.addMarker(t);
        }
        QTRY_COMPARE_WITH_TIMEOUT(c.markers.size(), 4, 5000);
        h.stopRecording();
        QVERIFY(h.waitStopped(1));
        h.addMarker(MarkerType::Serve);   // stopped: ignored
        QTest::qWait(300);

        QCOMPARE(c.markers.size(), 4);
        const RecordingStarted s = c.started.first();
        const QList<MarkerType> expected{MarkerType::ShowCredentials, MarkerType::Notify, MarkerType::Question, MarkerType::Sign};
        for (int i = 0; i < c.markers.size(); ++i) {
            const MarkerAdded &m = c.markers[i];
            QCOMPARE(m.recordingId, s.recordingId);
            QCOMPARE(m.type, expected[i]);
            if (i > 0)
                QVERIFY(m.offsetMs > c.markers[i - 1].offsetMs);
            // Offset = pre-record + time since the press (the queued call takes a few ms).
            const qint64 want = s.prerecordMs + (pressedAt[i] - press) / 1000000;
            QVERIFY2(m.offsetMs >= want - 5 && m.offsetMs <= want + 150,
                     qPrintable(QStringLiteral("marker %1: %2 ms, expected ~%3").arg(i).arg(m.offsetMs).arg(want)));
            QVERIFY(m.wall.isValid());
            QVERIFY(m.wall >= s.firstFrameWall);
        }
        // Within the file's duration.
        const QList<SegmentClosed> files = c.closedFor(s.recordingId);
        QCOMPARE(files.size(), 1);
        QVERIFY(c.markers.last().offsetMs < files.first().durationNs / 1000000);
    }
};

QTEST_GUILESS_MAIN(TestMarkers)
#include "tst_markers.moc"
