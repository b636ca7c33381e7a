// Audio-only recording: an .m4a with exactly one audio stream and no picture, named per
// PRODUCT.md, pre-record included, no thumbnail.
#include "recorderharness.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

class TestAudioOnly : public QObject
{
    Q_OBJECT
private slots:
    void audioOnly()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        RecorderConfig config;
        config.profile = smallProfile();
        config.profile.policy.prerecordSeconds = 1;
        config.evidenceRoot = tmp.filePath(QStringLiteral("evidence"));
        config.thumbnailDir = tmp.filePath(QStringLiteral("thumbs"));
        RecorderHarness h(config);
        SignalCollector &c = h.signals_();
        h.start();
        QVERIFY(h.waitReady());
        QTest::qWait(2000);
        const qint64 press = monotonicNowNs();
        h.startRecording(RecordingMode::AudioOnly, press);
        QTRY_COMPARE_WITH_TIMEOUT(c.started.size(), 1, 5000);
        QTest::qWait(2000);
        const qint64 stop = monotonicNowNs();
        h.stopRecording();
        QVERIFY(h.waitStopped(1));
        QVERIFY2(c.errors.isEmpty(), qPrintable(c.errors.value(0).detail));

        const RecordingStarted s = c.started.first();
        QCOMPARE(s.mode, RecordingMode::AudioOnly);
        QVERIFY(s.thumbnailPath.isEmpty());
        // Audio has no GOP: the pre-record is the configured second, to an AAC frame (~21 ms).
        QVERIFY2(std::llabs(s.prerecordMs - 1000) <= 30, qPrintable(QString::number(s.prerecordMs)));

        const QList<SegmentClosed> files = c.closedFor(s.recordingId);
        QCOMPARE(files.size(), 1);
        const QString path = files.first().finalPath;
        QVERIFY(QRegularExpression(QStringLiteral("/SIM0001_11010001_\\d{14}_001\\.m4a$")).match(path).hasMatch());
        QCOMPARE(QFileInfo(path).size(), files.first().sizeBytes);
        const QJsonObject probe = ffprobe(path);
        QCOMPARE(streamsOf(probe, QStringLiteral("audio")).size(), 1);
        QCOMPARE(streamsOf(probe, QStringLiteral("video")).size(), 0);
        const double expected = (stop - s.firstFrameMonoNs) / 1e9;
        QVERIFY2(std::fabs(formatDuration(probe) - expected) < 0.25,
                 qPrintable(QStringLiteral("%1 vs %2").arg(formatDuration(probe)).arg(expected)));
        QCOMPARE(filesUnder(config.evidenceRoot).size(), 1);
        QVERIFY(filesUnder(config.thumbnailDir).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAudioOnly)
#include "tst_audioonly.moc"
